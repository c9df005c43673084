import { createHash } from 'node:crypto';
import { EventStore } from '../event-store';
import { Projection } from './projection';
import { Document } from './read-model-store';
import { InMemoryReadModelStore } from './in-memory-read-model-store';
import { ProjectionRunner } from './projection-runner';

/** The read models of some projections, folded from every event up to a position. */
export interface ReadModelSnapshot {
  position: bigint;
  /** The latest recordedAt among the events folded: the snapshot is valid for as-of instants from here on. */
  maxRecordedAt: string;
  /** Which projections, and which code: a snapshot of other code is never used. */
  fingerprint: string;
  collections: Record<string, Document[]>;
}

export interface SnapshotStore {
  saveSnapshot(snapshot: ReadModelSnapshot): Promise<void>;
  /** The latest snapshot with this fingerprint whose maxRecordedAt is not after `notAfter` (any, when absent). */
  latestSnapshot(fingerprint: string, notAfter?: Date): Promise<ReadModelSnapshot | undefined>;
  clearSnapshots(): Promise<void>;
}

/** Changes whenever the set of projections or the code of one of them changes. */
export function projectionsFingerprint(projections: readonly Projection[]): string {
  const hash = createHash('sha256');
  for (const projection of [...projections].sort((a, b) => a.name.localeCompare(b.name))) {
    hash.update(projection.name).update('\u0000').update(projection.apply.toString()).update('\u0000');
  }
  return hash.digest('hex').slice(0, 32);
}

export function readModelsFromSnapshot(snapshot: ReadModelSnapshot, projections: readonly Projection[]): InMemoryReadModelStore {
  return InMemoryReadModelStore.load(snapshot.collections, new Map(projections.map((p) => [p.name, snapshot.position])));
}

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

export class InMemorySnapshotStore implements SnapshotStore {
  private readonly snapshots: ReadModelSnapshot[] = [];

  async saveSnapshot(snapshot: ReadModelSnapshot): Promise<void> {
    this.snapshots.push(structuredClone(snapshot));
  }

  async latestSnapshot(fingerprint: string, notAfter?: Date): Promise<ReadModelSnapshot | undefined> {
    const fitting = this.snapshots.filter((s) => s.fingerprint === fingerprint && (!notAfter || s.maxRecordedAt <= notAfter.toISOString()));
    return structuredClone(fitting.sort((a, b) => (a.position < b.position ? -1 : 1)).at(-1));
  }

  async clearSnapshots(): Promise<void> {
    this.snapshots.length = 0;
  }
}
