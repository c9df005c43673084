import { createHash } from 'node:crypto';
import { hashEvent, hashedContentReference } from './hash-chain';

describe('hashEvent', () => {
  const event = {
    streamId: 'staff-s1',
    revision: 4,
    type: 'ProficiencyAssessed',
    data: { staffMemberId: 's1', competencyId: 'c1', level: 3, evidence: 'Observed "well"\n', courseId: null, nested: [{ b: 1, a: undefined }], skipped: undefined },
    metadata: {
      eventId: 'e',
      commandId: 'c',
      correlationId: 'r',
      causationId: 'k',
      actorId: 'a',
      actorRoles: ['ADMIN', 'STAFF'],
      recordedAt: '2026-11-30T10:00:00.000Z',
      schemaVersion: 1,
    },
  };

  it('hashes the same text as canonical JSON of the whole envelope, as every stored hash was computed', () => {
    const expected = (prev: string, e: Parameters<typeof hashEvent>[1]) => createHash('sha256').update(prev).update(hashedContentReference(e)).digest('hex');
    expect(hashEvent('0'.repeat(64), event)).toBe(expected('0'.repeat(64), event));
    const sparse = { ...event, data: undefined, metadata: { ...event.metadata, schemaVersion: undefined as unknown as number, actorRoles: [] } };
    expect(hashEvent('ab', sparse)).toBe(expected('ab', sparse));
    const odd = { ...event, data: { 'é': 1, e: [true, false, 'Zoë 🙂 \u2028'], Z: { y: 1, x: 2 } } };
    expect(hashEvent('ab', odd)).toBe(expected('ab', odd));
  });
});
