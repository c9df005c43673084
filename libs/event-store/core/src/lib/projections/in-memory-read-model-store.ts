import { CheckpointMovedError, Document, ReadModelChanges, ReadModelStore } from './read-model-store';

/** Holds read models in memory: as-of folds and unit tests. */
export class InMemoryReadModelStore implements ReadModelStore {
  private readonly collections = new Map<string, Map<string, Document>>();
  private readonly checkpoints = new Map<string, bigint>();

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
    for (const { collection, id, doc } of changes.puts) {
      const docs = this.collections.get(collection) ?? new Map<string, Document>();
      docs.set(id, structuredClone(doc));
      this.collections.set(collection, docs);
    }
    for (const { collection, id } of changes.deletes) this.collections.get(collection)?.delete(id);
    this.checkpoints.set(projection, to);
  }

  async reset(projection: string, collections: readonly string[]): Promise<void> {
    for (const collection of collections) this.collections.delete(collection);
    this.checkpoints.delete(projection);
  }

  async close(): Promise<void> {
    return;
  }
}
