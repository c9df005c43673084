import { InMemorySnapshotStore } from './in-memory-snapshot-store';
import { Projection } from './projection';
import { Document, ReadModelChanges } from './read-model';
import { CheckpointMovedError, ReadModelStore } from './read-model-store';
import { ReadModelSnapshot } from './snapshot-store';

/** Holds read models in memory: as-of folds and unit tests. */
export class InMemoryReadModelStore implements ReadModelStore {
  private readonly collections = new Map<string, Map<string, Document>>();
  private readonly checkpoints = new Map<string, bigint>();
  private readonly snapshots = new InMemorySnapshotStore();

  /** Read models loaded from a snapshot, each projection checkpointed where the snapshot was taken. */
  static load(collections: Record<string, Document[]>, checkpoints: Map<string, bigint>): InMemoryReadModelStore {
    const store = new InMemoryReadModelStore();
    for (const [name, docs] of Object.entries(collections)) store.collections.set(name, new Map(docs.map((doc) => [String(doc['id']), doc])));
    for (const [projection, position] of checkpoints) store.checkpoints.set(projection, position);
    return store;
  }

  async get<T extends Document>(collection: string, id: string): Promise<T | undefined> {
    return structuredClone(this.collections.get(collection)?.get(id)) as T | undefined;
  }

  async list<T extends Document>(collection: string): Promise<T[]> {
    return [...(this.collections.get(collection)?.values() ?? [])].map((doc) => structuredClone(doc) as T);
  }

  async checkpoint(projection: string): Promise<bigint> {
    return this.checkpoints.get(projection) ?? 0n;
  }

  async commit(projection: string, from: bigint, to: bigint, changes: ReadModelChanges): Promise<void> {
    if ((this.checkpoints.get(projection) ?? 0n) !== from) throw new CheckpointMovedError(projection, from);
    // The unit of work that made these changes is discarded after the commit: no copy needed.
    for (const { collection, id, doc } of changes.puts) {
      const docs = this.collections.get(collection) ?? new Map<string, Document>();
      docs.set(id, doc);
      this.collections.set(collection, docs);
    }
    for (const { collection, id } of changes.deletes) this.collections.get(collection)?.delete(id);
    this.checkpoints.set(projection, to);
  }

  async reset(projection: string, collections: readonly string[]): Promise<void> {
    for (const collection of collections) this.collections.delete(collection);
    this.checkpoints.delete(projection);
  }

  saveSnapshot(snapshot: ReadModelSnapshot): Promise<void> {
    return this.snapshots.saveSnapshot(snapshot);
  }

  latestSnapshot(fingerprint: string, notAfter?: Date): Promise<ReadModelSnapshot | undefined> {
    return this.snapshots.latestSnapshot(fingerprint, notAfter);
  }

  clearSnapshots(): Promise<void> {
    return this.snapshots.clearSnapshots();
  }

  async close(): Promise<void> {
    return;
  }
}

/** The read models a snapshot holds, in memory, each projection checkpointed where the snapshot was taken. */
export function readModelsFromSnapshot(snapshot: ReadModelSnapshot, projections: readonly Pick<Projection, 'name'>[]): InMemoryReadModelStore {
  return InMemoryReadModelStore.load(snapshot.collections, new Map(projections.map((p) => [p.name, snapshot.position])));
}
