import { EVENTS_PER_READ_PAGE, EventStore } from '../event-store';
import { InMemoryReadModelStore, readModelsFromSnapshot } from './in-memory-read-model-store';
import { foldIntoMemory, projectionsByType } from './in-memory-fold';
import { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { projectionsFingerprint } from './projections-fingerprint';
import { ReadModelStore } from './read-model-store';
import { SnapshotStore } from './snapshot-store';

/**
 * As-of: folds the given projections in memory from the events recorded up to `until`, with the
 * same projection code the live read models use. With `to`, only the events at or before that
 * global position as well: a reproducible answer (e.g. a report rebuilt at the position it recorded),
 * untouched by events appended later even when their recordedAt is not after `until`.
 */
export async function foldAsOf(
  store: EventStore,
  projections: readonly Projection[],
  until: Date,
  readModels: ReadModelStore = new InMemoryReadModelStore(),
  to?: bigint,
): Promise<ReadModelStore> {
  if (!(readModels instanceof InMemoryReadModelStore)) {
    // Pages of EVENTS_PER_READ_PAGE, not the runner's 500: an in-memory fold has no transaction to keep short.
    await new ProjectionRunner(store, readModels, projections, { until, to, batchSize: EVENTS_PER_READ_PAGE }).catchUp();
    return readModels;
  }
  // In memory, every projection at one position (the snapshot's, or none): fold straight into the
  // documents, then settle them as JSON so that each read parses one document (its own copy).
  const checkpoints = await Promise.all(projections.map((projection) => readModels.checkpoint(projection.name)));
  let position = checkpoints.reduce((min, value) => (value < min ? value : min), checkpoints[0] ?? 0n);
  if (checkpoints.some((checkpoint) => checkpoint !== position)) {
    await new ProjectionRunner(store, readModels, projections, { until, to, batchSize: EVENTS_PER_READ_PAGE }).catchUp();
  } else {
    const byType = projectionsByType(projections);
    for (;;) {
      if (to !== undefined && position >= to) break;
      const batch = await store.readAll({ from: position + 1n, to, until, limit: EVENTS_PER_READ_PAGE });
      if (batch.length === 0) break;
      await foldIntoMemory(batch, byType, readModels.direct);
      position = batch[batch.length - 1].position;
      if (batch.length < EVENTS_PER_READ_PAGE) break;
    }
    for (const projection of projections) readModels.setCheckpoint(projection.name, position);
  }
  readModels.settle();
  return readModels;
}

/**
 * As-of from the nearest snapshot taken before the instant, or from the first event when none is.
 * A snapshot past `to` holds events beyond the bound and cannot be unfolded: the fold then starts
 * from the first event (correct, only slower; such a snapshot is rare, see ADR 0015).
 */
export async function foldAsOfFromSnapshot(store: EventStore, projections: readonly Projection[], until: Date, snapshots: SnapshotStore, to?: bigint): Promise<ReadModelStore> {
  const snapshot = await snapshots.latestSnapshot(projectionsFingerprint(projections), until);
  const usable = snapshot && (to === undefined || snapshot.position <= to) ? snapshot : undefined;
  return foldAsOf(store, projections, until, usable ? readModelsFromSnapshot(usable, projections) : new InMemoryReadModelStore(), to);
}
