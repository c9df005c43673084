import { CheckpointMovedError, Document, ReadModelChanges, ReadModelSnapshot, ReadModelStore, SnapshotStore } from '@ledger/event-store-core';
import { SqliteDatabase, openSqlite } from './open-sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS read_models (
  collection TEXT NOT NULL,
  id         TEXT NOT NULL,
  doc        TEXT NOT NULL,
  PRIMARY KEY (collection, id)
);
CREATE TABLE IF NOT EXISTS projection_checkpoints (
  projection TEXT PRIMARY KEY,
  position   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS read_model_snapshots (
  fingerprint     TEXT    NOT NULL,
  position        INTEGER NOT NULL,
  max_recorded_at TEXT    NOT NULL,
  collections     TEXT    NOT NULL,
  PRIMARY KEY (fingerprint, position)
);
`;

/** Read models as JSON documents in the same SQLite file as the log they are folded from. */
export class SqliteReadModelStore implements ReadModelStore, SnapshotStore {
  private readonly commitTx: (projection: string, from: bigint, to: bigint, changes: ReadModelChanges) => void;
  private readonly resetTx: (projection: string, collections: readonly string[]) => void;

  static open(path: string): SqliteReadModelStore {
    return new SqliteReadModelStore(openSqlite(path), true);
  }

  constructor(
    readonly db: SqliteDatabase,
    private readonly ownsConnection = false,
  ) {
    db.exec(SCHEMA);
    const checkpoint = db.prepare('SELECT position FROM projection_checkpoints WHERE projection = ?').safeIntegers(true);
    const upsertCheckpoint = db.prepare(
      'INSERT INTO projection_checkpoints (projection, position) VALUES (?, ?) ON CONFLICT (projection) DO UPDATE SET position = excluded.position',
    );
    const upsertDoc = db.prepare(
      'INSERT INTO read_models (collection, id, doc) VALUES (?, ?, ?) ON CONFLICT (collection, id) DO UPDATE SET doc = excluded.doc',
    );
    const deleteDoc = db.prepare('DELETE FROM read_models WHERE collection = ? AND id = ?');
    const deleteCollection = db.prepare('DELETE FROM read_models WHERE collection = ?');
    const deleteCheckpoint = db.prepare('DELETE FROM projection_checkpoints WHERE projection = ?');

    const commit = db.transaction((projection: string, from: bigint, to: bigint, changes: ReadModelChanges) => {
        const row = checkpoint.get(projection) as { position: bigint } | undefined;
        if ((row?.position ?? 0n) !== from) throw new CheckpointMovedError(projection, from);
        for (const { collection, id, doc } of changes.puts) upsertDoc.run(collection, id, JSON.stringify(doc));
        for (const { collection, id } of changes.deletes) deleteDoc.run(collection, id);
        upsertCheckpoint.run(projection, to);
    });
    this.commitTx = (projection, from, to, changes) => commit.immediate(projection, from, to, changes);
    this.resetTx = db.transaction((projection: string, collections: readonly string[]) => {
      for (const collection of collections) deleteCollection.run(collection);
      deleteCheckpoint.run(projection);
    });
  }

  async get<T extends Document>(collection: string, id: string): Promise<T | undefined> {
    const row = this.db.prepare('SELECT doc FROM read_models WHERE collection = ? AND id = ?').get(collection, id) as
      | { doc: string }
      | undefined;
    return row && (JSON.parse(row.doc) as T);
  }

  async list<T extends Document>(collection: string): Promise<T[]> {
    const rows = this.db.prepare('SELECT doc FROM read_models WHERE collection = ? ORDER BY id').all(collection) as { doc: string }[];
    return rows.map((row) => JSON.parse(row.doc) as T);
  }

  async checkpoint(projection: string): Promise<bigint> {
    const row = this.db.prepare('SELECT position FROM projection_checkpoints WHERE projection = ?').safeIntegers(true).get(projection) as
      | { position: bigint }
      | undefined;
    return row?.position ?? 0n;
  }

  async commit(projection: string, from: bigint, to: bigint, changes: ReadModelChanges): Promise<void> {
    this.commitTx(projection, from, to, changes);
  }

  async reset(projection: string, collections: readonly string[]): Promise<void> {
    this.resetTx(projection, collections);
  }

  async saveSnapshot(snapshot: ReadModelSnapshot): Promise<void> {
    this.db
      .prepare('INSERT OR REPLACE INTO read_model_snapshots (fingerprint, position, max_recorded_at, collections) VALUES (?, ?, ?, ?)')
      .run(snapshot.fingerprint, snapshot.position, snapshot.maxRecordedAt, JSON.stringify(snapshot.collections));
  }

  async latestSnapshot(fingerprint: string, notAfter?: Date): Promise<ReadModelSnapshot | undefined> {
    const row = this.db
      .prepare(
        `SELECT position, max_recorded_at, collections FROM read_model_snapshots
          WHERE fingerprint = ? AND max_recorded_at <= ? ORDER BY position DESC LIMIT 1`,
      )
      .safeIntegers(true)
      .get(fingerprint, notAfter?.toISOString() ?? '9999') as { position: bigint; max_recorded_at: string; collections: string } | undefined;
    return row && { fingerprint, position: row.position, maxRecordedAt: row.max_recorded_at, collections: JSON.parse(row.collections) };
  }

  async clearSnapshots(): Promise<void> {
    this.db.prepare('DELETE FROM read_model_snapshots').run();
  }

  async close(): Promise<void> {
    if (this.ownsConnection && this.db.open) this.db.close();
  }
}
