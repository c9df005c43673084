import { createHash } from 'node:crypto';
import { Projection } from './projection';

/**
 * Names which projections, at which versions, a snapshot holds: it changes whenever a projection is
 * added, removed or renamed, bumps its version, or changes the collections it writes or the events
 * it handles. It is not taken from the projection's source text, which would miss a change in a
 * helper `apply` calls and so keep serving stale snapshots; the version says what the output is,
 * and the projection fixture test holds every projection to it.
 */
export function projectionsFingerprint(projections: readonly Projection[]): string {
  const hash = createHash('sha256');
  for (const projection of [...projections].sort((a, b) => a.name.localeCompare(b.name))) {
    const { name, version, collections, handles } = projection;
    hash.update(JSON.stringify([name, version, [...collections].sort(), [...handles].sort()])).update('\n');
  }
  return hash.digest('hex').slice(0, 32);
}
