import { EventStore } from '../event-store';
import { InMemoryReadModelStore, readModelsFromSnapshot } from './in-memory-read-model-store';
import { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { projectionsFingerprint } from './projections-fingerprint';
import { Document } from './read-model';
import { SnapshotStore } from './snapshot-store';

/**
 * Keeps snapshots of the read models every `every` events, so that an as-of question folds from the
 * nearest snapshot before its instant instead of from the first event.
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
    const readModels = latest ? readModelsFromSnapshot(latest, this.projections) : new InMemoryReadModelStore();
    let written = 0;
    while ((await this.store.headPosition()) - position >= BigInt(this.every)) {
      const to = (await this.store.readAll({ from: position + 1n, limit: this.every })).at(-1)?.position as bigint;
      const runner = new ProjectionRunner(this.store, readModels, this.projections, {
        to,
        batchSize: this.every,
        onBatch: (events) => {
          for (const event of events) if (event.metadata.recordedAt > maxRecordedAt) maxRecordedAt = event.metadata.recordedAt;
        },
      });
      position = await runner.catchUp();
      const collections: Record<string, Document[]> = {};
      for (const collection of this.projections.flatMap((p) => p.collections)) collections[collection] = await readModels.list(collection);
      await this.snapshots.saveSnapshot({ position, maxRecordedAt, fingerprint, collections });
      written += 1;
    }
    return written;
  }
}
