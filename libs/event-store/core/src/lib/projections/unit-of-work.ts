import { Document, ReadModelChanges, ReadModelReader } from './read-model';
import { ProjectionTx } from './projection';

const key = (collection: string, id: string) => `${collection}\u0000${id}`;

/**
 * Buffers a batch's document changes over the committed read models, so that projections can
 * await reads while the store's transaction (sync in SQLite) stays short and is opened only to commit.
 */
export class UnitOfWork implements ProjectionTx {
  private readonly pending = new Map<string, { collection: string; id: string; doc: Document | null }>();

  constructor(private readonly committed: ReadModelReader) {}

  /**
   * Documents are handed out without copying: every store returns fresh objects, and a document
   * a projection changes is put back before the batch commits. (Copying each document per event
   * made folds of a large log ten times slower.)
   */
  async get<T extends Document>(collection: string, id: string): Promise<T | undefined> {
    const change = this.pending.get(key(collection, id));
    if (change) return change.doc === null ? undefined : (change.doc as T);
    return this.committed.get<T>(collection, id);
  }

  async list<T extends Document>(collection: string): Promise<T[]> {
    const byId = new Map<string, T>();
    for (const doc of await this.committed.list<T>(collection)) byId.set(String(doc['id']), doc);
    for (const change of this.pending.values()) {
      if (change.collection !== collection) continue;
      if (change.doc === null) byId.delete(change.id);
      else byId.set(change.id, change.doc as T);
    }
    return [...byId.values()];
  }

  put(collection: string, id: string, doc: Document): void {
    this.pending.set(key(collection, id), { collection, id, doc: { ...doc, id } });
  }

  delete(collection: string, id: string): void {
    this.pending.set(key(collection, id), { collection, id, doc: null });
  }

  changes(): ReadModelChanges {
    const changes: ReadModelChanges = { puts: [], deletes: [] };
    for (const { collection, id, doc } of this.pending.values()) {
      if (doc === null) changes.deletes.push({ collection, id });
      else changes.puts.push({ collection, id, doc });
    }
    return changes;
  }
}
