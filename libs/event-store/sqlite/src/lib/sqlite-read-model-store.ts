import {
  CheckpointMovedError,
  Document,
  ProjectionCommit,
  ReadModelChanges,
  ReadModelSnapshot,
  ReadModelStore,
  SnapshotDocument,
  SnapshotStore,
  VersionedReadModels,
  resolveSnapshotDocuments,
} from '@ledger/event-store-core';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { SqliteDatabase, openSqlite } from './open-sqlite';

// Snapshots are a base and deltas, one row per document (ADR 0023); the table of whole-blob
// snapshots they replace (ADR 0013) is dropped when found, since snapshots are only a cache.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS read_models (
  collection TEXT NOT NULL,
  id         TEXT NOT NULL,
  doc        TEXT NOT NULL,
  PRIMARY KEY (collection, id)
);
CREATE TABLE IF NOT EXISTS read_model_versions (
  collection TEXT PRIMARY KEY,
  version    INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS projection_checkpoints (
  projection TEXT PRIMARY KEY,
  position   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS read_model_snapshot_packs (
  fingerprint     TEXT    NOT NULL,
  position        INTEGER NOT NULL,
  max_recorded_at TEXT    NOT NULL,
  base_position   INTEGER NOT NULL,
  base_size       INTEGER NOT NULL,
  size_since_base INTEGER NOT NULL,
  documents       BLOB    NOT NULL,
  PRIMARY KEY (fingerprint, position)
);
`;

/**
 * A snapshot's documents in one compressed value: a JSON index of [collection, id, length] (length
 * -1: deleted), a newline, then the documents' JSON texts one after another, deflated. One row per
 * snapshot rather than one per document: thousands of rows, and writing uncompressed JSON, cost more
 * than the fold that made them; compressed, a snapshot takes about a tenth of the space. Nothing is
 * escaped or parsed when it is read back.
 */
function packDocuments(documents: readonly SnapshotDocument[]): Buffer {
  const index = documents.map(({ collection, id, json }) => [collection, id, json === null ? -1 : json.length]);
  let text = JSON.stringify(index) + '\n';
  for (const { json } of documents) if (json !== null) text += json;
  return deflateRawSync(Buffer.from(text, 'utf8'), { level: 1 });
}

function unpackDocuments(packed: Buffer): SnapshotDocument[] {
  const text = inflateRawSync(packed).toString('utf8');
  const newline = text.indexOf('\n');
  const index = JSON.parse(text.slice(0, newline)) as [string, string, number][];
  let at = newline + 1;
  return index.map(([collection, id, length]) => {
    if (length < 0) return { collection, id, json: null };
    const json = text.slice(at, at + length);
    at += length;
    return { collection, id, json };
  });
}

type SnapshotRow = { position: bigint; max_recorded_at: string; base_position: bigint; base_size: bigint; size_since_base: bigint };

/** The collections a batch of changes touches, in one order (every writer bumps versions alike). */
const collectionsOf = (changes: ReadModelChanges): string[] =>
  [...new Set([...changes.puts.map((p) => p.collection), ...changes.deletes.map((d) => d.collection)])].sort();

/**
 * Read models as JSON documents in the same SQLite file as the log they are folded from. Every
 * change to a collection bumps its version in the same transaction (ADR 0035), so a query cache
 * in any process on this file knows when what it holds is stale.
 */
export class SqliteReadModelStore implements ReadModelStore, SnapshotStore, VersionedReadModels {
  private readonly commitAllTx: (commits: readonly ProjectionCommit[]) => void;
  private readonly resetTx: (projection: string, collections: readonly string[]) => void;
  private readonly saveSnapshotTx: (snapshot: ReadModelSnapshot) => void;
  private readonly statements;

  static open(path: string): SqliteReadModelStore {
    return new SqliteReadModelStore(openSqlite(path), true);
  }

  constructor(
    readonly db: SqliteDatabase,
    private readonly ownsConnection = false,
  ) {
    if (!db.readonly) {
      // Read models are derived data committed with their checkpoints: a commit the disk had not
      // yet kept when the machine stopped rolls back whole, and the next start folds those events
      // again from the log. So no commit here waits for the disk (ADR 0041), except a rebuild's last.
      if (!db.memory) db.pragma('synchronous = NORMAL');
      db.exec(SCHEMA);
      for (const old of ['read_model_snapshots', 'as_of_snapshots', 'as_of_snapshot_documents', 'read_model_snapshot_headers', 'read_model_snapshot_documents']) {
        db.exec(`DROP TABLE IF EXISTS ${old}`);
      }
    }
    const statements = {
      get: db.prepare('SELECT doc FROM read_models WHERE collection = ? AND id = ?').pluck(),
      list: db.prepare('SELECT doc FROM read_models WHERE collection = ? ORDER BY id').pluck(),
      checkpoint: db.prepare('SELECT position FROM projection_checkpoints WHERE projection = ?').pluck().safeIntegers(true),
      upsertCheckpoint: db.prepare(
        'INSERT INTO projection_checkpoints (projection, position) VALUES (?, ?) ON CONFLICT (projection) DO UPDATE SET position = excluded.position',
      ),
      upsertDoc: db.prepare('INSERT INTO read_models (collection, id, doc) VALUES (?, ?, ?) ON CONFLICT (collection, id) DO UPDATE SET doc = excluded.doc'),
      deleteDoc: db.prepare('DELETE FROM read_models WHERE collection = ? AND id = ?'),
      deleteCollection: db.prepare('DELETE FROM read_models WHERE collection = ?'),
      deleteCheckpoint: db.prepare('DELETE FROM projection_checkpoints WHERE projection = ?'),
      saveSnapshot: db.prepare(
        `INSERT OR REPLACE INTO read_model_snapshot_packs (fingerprint, position, max_recorded_at, base_position, base_size, size_since_base, documents)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      latestSnapshot: db
        .prepare(
          `SELECT position, max_recorded_at, base_position, base_size, size_since_base FROM read_model_snapshot_packs
            WHERE fingerprint = ? AND max_recorded_at <= ? ORDER BY position DESC LIMIT 1`,
        )
        .safeIntegers(true),
      snapshotPacks: db
        .prepare('SELECT documents FROM read_model_snapshot_packs WHERE fingerprint = ? AND position >= ? AND position <= ? ORDER BY position')
        .pluck(),
    };
    this.statements = statements;
    // Prepared when first written (a read-only connection to a file from an older version lacks the table).
    let bumpVersion: { run(collection: string): unknown } | undefined;
    const bumpVersionOf = (collection: string) =>
      (bumpVersion ??= db.prepare(
        'INSERT INTO read_model_versions (collection, version) VALUES (?, 1) ON CONFLICT (collection) DO UPDATE SET version = version + 1',
      )).run(collection);

    const commitAll = db.transaction((commits: readonly ProjectionCommit[]) => {
      for (const { projection, from, to, changes } of commits) {
        const position = statements.checkpoint.get(projection) as bigint | undefined;
        if ((position ?? 0n) !== from) throw new CheckpointMovedError(projection, from);
        for (const { collection, id, doc } of changes.puts) statements.upsertDoc.run(collection, id, JSON.stringify(doc));
        for (const { collection, id } of changes.deletes) statements.deleteDoc.run(collection, id);
        for (const collection of collectionsOf(changes)) bumpVersionOf(collection);
        statements.upsertCheckpoint.run(projection, to);
      }
    });
    this.commitAllTx = (commits) => commitAll.immediate(commits);
    this.resetTx = db.transaction((projection: string, collections: readonly string[]) => {
      for (const collection of collections) {
        statements.deleteCollection.run(collection);
        // Bumped, never dropped: a version seen before must never come back naming other contents.
        bumpVersionOf(collection);
      }
      statements.deleteCheckpoint.run(projection);
    });
    this.saveSnapshotTx = (snapshot: ReadModelSnapshot) => {
      const { fingerprint, position } = snapshot;
      statements.saveSnapshot.run(fingerprint, position, snapshot.maxRecordedAt, snapshot.basePosition, snapshot.baseSize, snapshot.sizeSinceBase, packDocuments(snapshot.documents));
    };
  }

  async get<T extends Document>(collection: string, id: string): Promise<T | undefined> {
    const doc = this.statements.get.get(collection, id) as string | undefined;
    return doc === undefined ? undefined : (JSON.parse(doc) as T);
  }

  async list<T extends Document>(collection: string): Promise<T[]> {
    return (this.statements.list.all(collection) as string[]).map((doc) => JSON.parse(doc) as T);
  }

  /** Prepared on first use: a read-only connection to a file written by an older version may lack the table. */
  private versionsStatement?: { all(): unknown[] };

  async collectionVersions(): Promise<ReadonlyMap<string, string>> {
    this.versionsStatement ??= this.db.prepare('SELECT collection, version FROM read_model_versions').raw();
    return new Map((this.versionsStatement.all() as [string, number][]).map(([collection, version]) => [collection, String(version)]));
  }

  async checkpoint(projection: string): Promise<bigint> {
    return (this.statements.checkpoint.get(projection) as bigint | undefined) ?? 0n;
  }

  async commit(projection: string, from: bigint, to: bigint, changes: ReadModelChanges): Promise<void> {
    this.commitAllTx([{ projection, from, to, changes }]);
  }

  async commitAll(commits: readonly ProjectionCommit[]): Promise<void> {
    this.commitAllTx(commits);
  }

  async reset(projection: string, collections: readonly string[]): Promise<void> {
    this.resetTx(projection, collections);
  }

  /** Without waiting for the disk, as every commit here: a snapshot is a cache (ADR 0041). */
  async saveSnapshot(snapshot: ReadModelSnapshot): Promise<void> {
    this.saveSnapshotTx(snapshot);
  }

  /**
   * A rebuild's writes, then one durable commit (ADR 0038). Its commits do not wait for the disk
   * (as none here does, ADR 0041); before `ledger replay` reports success, the final commit under
   * FULL syncs the write-ahead log, and with it every commit before it.
   */
  async rebuilding<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } finally {
      const level = this.db.pragma('synchronous', { simple: true }) as number;
      this.db.pragma('synchronous = FULL');
      try {
        // Rewrites the checkpoints as they are: a commit with a page in it, so the write-ahead log is synced.
        this.db.transaction(() => this.db.prepare('UPDATE projection_checkpoints SET position = position').run()).immediate();
      } finally {
        this.db.pragma(`synchronous = ${level}`);
      }
    }
  }

  /** The header, then the documents of its base and of every delta up to it, resolved in position order. */
  async latestSnapshot(fingerprint: string, notAfter?: Date): Promise<ReadModelSnapshot | undefined> {
    const row = this.statements.latestSnapshot.get(fingerprint, notAfter?.toISOString() ?? '9999') as SnapshotRow | undefined;
    if (!row) return undefined;
    const packs = this.statements.snapshotPacks.all(fingerprint, row.base_position, row.position) as Buffer[];
    const documents = resolveSnapshotDocuments(packs.flatMap(unpackDocuments));
    return {
      fingerprint,
      position: row.position,
      maxRecordedAt: row.max_recorded_at,
      basePosition: row.base_position,
      baseSize: Number(row.base_size),
      sizeSinceBase: Number(row.size_since_base),
      documents,
    };
  }

  async clearSnapshots(): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM read_model_snapshot_packs').run();
    })();
  }

  async close(): Promise<void> {
    if (this.ownsConnection && this.db.open) this.db.close();
  }
}
