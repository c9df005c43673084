import { EVENTS_PER_READ_PAGE, EventStore } from '../event-store';
import { InMemoryReadModelStore, readModelsFromSnapshot } from './in-memory-read-model-store';
import { SnapshotWriter, foldIntoMemory, projectionsByType } from './in-memory-fold';
import { Projection } from './projection';
import { projectionsFingerprint } from './projections-fingerprint';
import { SnapshotStore } from './snapshot-store';

/**
 * Keeps snapshots of the read models every `every` events, so that an as-of question folds from the
 * nearest snapshot before its instant instead of from the first event. Each snapshot after a base
 * holds only the documents changed since the one before (ADR 0023).
 */
export class SnapshotMaintainer {
  private running?: Promise<number>;

  constructor(
    private readonly store: EventStore,
    private readonly projections: readonly Projection[],
    private readonly snapshots: SnapshotStore,
    private readonly every = 5000,
  ) {}

  /** Adds the snapshots that are due; returns how many it wrote. One run at a time. */
  update(): Promise<number> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(): Promise<number> {
    const fingerprint = projectionsFingerprint(this.projections);
    const latest = await this.snapshots.latestSnapshot(fingerprint);
    let position = latest?.position ?? 0n;
    let maxRecordedAt = latest?.maxRecordedAt ?? '';
    if ((await this.store.headPosition()) - position < BigInt(this.every)) return 0;
    const readModels = latest ? readModelsFromSnapshot(latest, this.projections) : new InMemoryReadModelStore();
    const writer = new SnapshotWriter(this.snapshots, fingerprint, readModels, latest);
    const byType = projectionsByType(this.projections);
    let written = 0;
    while ((await this.store.headPosition()) - position >= BigInt(this.every)) {
      // A snapshot every `every` events, read in pages (a page of 5,000 parsed events costs the
      // garbage collector more than the fold, ADR 0038); a short page means the log ended.
      let sinceSnapshot = 0;
      while (sinceSnapshot < this.every) {
        const limit = Math.min(EVENTS_PER_READ_PAGE, this.every - sinceSnapshot);
        const events = await this.store.readAll({ from: position + 1n, limit });
        if (events.length === 0) break;
        maxRecordedAt = await foldIntoMemory(events, byType, readModels.direct, maxRecordedAt);
        position = events[events.length - 1].position;
        sinceSnapshot += events.length;
        if (events.length < limit) break;
      }
      if (sinceSnapshot === 0) break;
      await writer.write(position, maxRecordedAt);
      written += 1;
    }
    return written;
  }
}
