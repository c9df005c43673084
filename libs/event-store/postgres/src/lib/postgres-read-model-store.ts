import { Pool, PoolClient } from 'pg';
import {
  CheckpointMovedError,
  Document,
  ProjectionCommit,
  ReadModelChanges,
  ReadModelSnapshot,
  ReadModelStore,
  SnapshotStore,
  VersionedReadModels,
  resolveSnapshotDocuments,
} from '@ledger/event-store-core';
import { connectSchema, inTransaction } from './postgres-schema';
import { PostgresStoreOptions } from './postgres-event-store';

/** Rows per statement when a replay writes many documents at once (keeps each parameter small). */
const ROWS_PER_STATEMENT = 5000;

function* chunks<T>(items: readonly T[]): Iterable<T[]> {
  for (let start = 0; start < items.length; start += ROWS_PER_STATEMENT) yield items.slice(start, start + ROWS_PER_STATEMENT);
}

/** The collections a batch of changes touches, sorted: every transaction locks their version rows in one order. */
const collectionsOf = (changes: ReadModelChanges): string[] =>
  [...new Set([...changes.puts.map((p) => p.collection), ...changes.deletes.map((d) => d.collection)])].sort();

/**
 * Read models as jsonb documents beside the log, changed in one transaction with the checkpoint.
 * Every change to a collection bumps its version in that transaction (ADR 0035): a query cache in
 * any instance on this schema sees the new version once the commit is visible.
 */
export class PostgresReadModelStore implements ReadModelStore, SnapshotStore, VersionedReadModels {
  static async connect(options: PostgresStoreOptions): Promise<PostgresReadModelStore> {
    // Snapshots are a base and deltas, one row per document (ADR 0023); the whole-blob snapshots
    // they replace (ADR 0013) are dropped, since snapshots are only a cache.
    const { pool, schema } = await connectSchema(
      options,
      5,
      (schema) => `CREATE TABLE IF NOT EXISTS ${schema}.read_models (
         collection TEXT  NOT NULL,
         id         TEXT  NOT NULL,
         doc        JSONB NOT NULL,
         PRIMARY KEY (collection, id)
       );
       CREATE TABLE IF NOT EXISTS ${schema}.read_model_versions (
         collection TEXT   PRIMARY KEY,
         version    BIGINT NOT NULL
       );
       CREATE TABLE IF NOT EXISTS ${schema}.projection_checkpoints (
         projection TEXT   PRIMARY KEY,
         position   BIGINT NOT NULL
       );
       DROP TABLE IF EXISTS ${schema}.read_model_snapshots;
       CREATE TABLE IF NOT EXISTS ${schema}.as_of_snapshots (
         fingerprint     TEXT   NOT NULL,
         position        BIGINT NOT NULL,
         max_recorded_at TEXT   NOT NULL,
         base_position   BIGINT NOT NULL,
         base_size       BIGINT NOT NULL,
         size_since_base BIGINT NOT NULL,
         PRIMARY KEY (fingerprint, position)
       );
       CREATE TABLE IF NOT EXISTS ${schema}.as_of_snapshot_documents (
         fingerprint TEXT   NOT NULL,
         position    BIGINT NOT NULL,
         collection  TEXT   NOT NULL,
         id          TEXT   NOT NULL,
         doc         TEXT,
         PRIMARY KEY (fingerprint, position, collection, id)
       );`,
    );
    return new PostgresReadModelStore(pool, schema);
  }

  private constructor(
    private readonly pool: Pool,
    private readonly schema: string,
  ) {}

  async get<T extends Document>(collection: string, id: string): Promise<T | undefined> {
    const { rows } = await this.pool.query<{ doc: T }>(`SELECT doc FROM ${this.schema}.read_models WHERE collection = $1 AND id = $2`, [
      collection,
      id,
    ]);
    return rows[0]?.doc;
  }

  async list<T extends Document>(collection: string): Promise<T[]> {
    const { rows } = await this.pool.query<{ doc: T }>(`SELECT doc FROM ${this.schema}.read_models WHERE collection = $1 ORDER BY id`, [
      collection,
    ]);
    return rows.map((row) => row.doc);
  }

  async collectionVersions(): Promise<ReadonlyMap<string, string>> {
    const { rows } = await this.pool.query<{ collection: string; version: string }>(`SELECT collection, version FROM ${this.schema}.read_model_versions`);
    return new Map(rows.map(({ collection, version }) => [collection, String(version)]));
  }

  /** Bumped, never dropped or reset: a version seen before must never come back naming other contents. */
  private async bumpVersions(client: PoolClient, collections: readonly string[]): Promise<void> {
    if (collections.length === 0) return;
    await client.query(
      `INSERT INTO ${this.schema}.read_model_versions (collection, version) SELECT c, 1 FROM unnest($1::text[]) AS c ORDER BY c
       ON CONFLICT (collection) DO UPDATE SET version = ${this.schema}.read_model_versions.version + 1`,
      [[...collections].sort()],
    );
  }

  async checkpoint(projection: string): Promise<bigint> {
    const { rows } = await this.pool.query<{ position: string }>(
      `SELECT position FROM ${this.schema}.projection_checkpoints WHERE projection = $1`,
      [projection],
    );
    return BigInt(rows[0]?.position ?? 0);
  }

  async commit(projection: string, from: bigint, to: bigint, changes: ReadModelChanges): Promise<void> {
    await this.commitAll([{ projection, from, to, changes }]);
  }

  async commitAll(commits: readonly ProjectionCommit[]): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      for (const commit of commits) await this.commitIn(client, commit);
    });
  }

  private async commitIn(client: PoolClient, { projection, from, to, changes }: ProjectionCommit): Promise<void> {
    // Row lock on the checkpoint: a second runner waits here, then sees the moved position.
    await client.query(`INSERT INTO ${this.schema}.projection_checkpoints (projection, position) VALUES ($1, 0) ON CONFLICT (projection) DO NOTHING`, [
      projection,
    ]);
    const { rows } = await client.query<{ position: string }>(`SELECT position FROM ${this.schema}.projection_checkpoints WHERE projection = $1 FOR UPDATE`, [
      projection,
    ]);
    if (BigInt(rows[0].position) !== from) throw new CheckpointMovedError(projection, from);
    for (const puts of chunks(changes.puts)) {
      await client.query(
        `INSERT INTO ${this.schema}.read_models (collection, id, doc)
         SELECT r.collection, r.id, r.doc FROM jsonb_to_recordset($1::jsonb) AS r(collection text, id text, doc jsonb)
         ON CONFLICT (collection, id) DO UPDATE SET doc = excluded.doc`,
        [JSON.stringify(puts)],
      );
    }
    for (const deletes of chunks(changes.deletes)) {
      await client.query(
        `DELETE FROM ${this.schema}.read_models d USING unnest($1::text[], $2::text[]) AS r(collection, id) WHERE d.collection = r.collection AND d.id = r.id`,
        [deletes.map((d) => d.collection), deletes.map((d) => d.id)],
      );
    }
    await this.bumpVersions(client, collectionsOf(changes));
    await client.query(`UPDATE ${this.schema}.projection_checkpoints SET position = $2 WHERE projection = $1`, [projection, to.toString()]);
  }

  async reset(projection: string, collections: readonly string[]): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query(`DELETE FROM ${this.schema}.read_models WHERE collection = ANY($1)`, [[...collections]]);
      await this.bumpVersions(client, collections);
      await client.query(`DELETE FROM ${this.schema}.projection_checkpoints WHERE projection = $1`, [projection]);
    });
  }

  async saveSnapshot(snapshot: ReadModelSnapshot): Promise<void> {
    const { fingerprint } = snapshot;
    const position = snapshot.position.toString();
    await inTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO ${this.schema}.as_of_snapshots (fingerprint, position, max_recorded_at, base_position, base_size, size_since_base) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (fingerprint, position) DO UPDATE SET max_recorded_at = excluded.max_recorded_at, base_position = excluded.base_position,
           base_size = excluded.base_size, size_since_base = excluded.size_since_base`,
        [fingerprint, position, snapshot.maxRecordedAt, snapshot.basePosition.toString(), snapshot.baseSize, snapshot.sizeSinceBase],
      );
      for (const documents of chunks(snapshot.documents)) {
        await client.query(
          `INSERT INTO ${this.schema}.as_of_snapshot_documents (fingerprint, position, collection, id, doc)
           SELECT $1, $2, r.collection, r.id, r.doc FROM unnest($3::text[], $4::text[], $5::text[]) AS r(collection, id, doc)
           ON CONFLICT (fingerprint, position, collection, id) DO UPDATE SET doc = excluded.doc`,
          [fingerprint, position, documents.map((d) => d.collection), documents.map((d) => d.id), documents.map((d) => d.json)],
        );
      }
    });
  }

  /** The header, then the documents of its base and of every delta up to it, resolved in position order. */
  async latestSnapshot(fingerprint: string, notAfter?: Date): Promise<ReadModelSnapshot | undefined> {
    const { rows } = await this.pool.query<{ position: string; max_recorded_at: string; base_position: string; base_size: string; size_since_base: string }>(
      `SELECT position, max_recorded_at, base_position, base_size, size_since_base FROM ${this.schema}.as_of_snapshots
        WHERE fingerprint = $1 AND max_recorded_at <= $2 ORDER BY position DESC LIMIT 1`,
      [fingerprint, notAfter?.toISOString() ?? '9999'],
    );
    const row = rows[0];
    if (!row) return undefined;
    const docs = await this.pool.query<{ collection: string; id: string; doc: string | null }>(
      `SELECT collection, id, doc FROM ${this.schema}.as_of_snapshot_documents WHERE fingerprint = $1 AND position >= $2 AND position <= $3 ORDER BY position`,
      [fingerprint, row.base_position, row.position],
    );
    return {
      fingerprint,
      position: BigInt(row.position),
      maxRecordedAt: row.max_recorded_at,
      basePosition: BigInt(row.base_position),
      baseSize: Number(row.base_size),
      sizeSinceBase: Number(row.size_since_base),
      documents: resolveSnapshotDocuments(docs.rows.map(({ collection, id, doc }) => ({ collection, id, json: doc }))),
    };
  }

  async clearSnapshots(): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query(`DELETE FROM ${this.schema}.as_of_snapshot_documents`);
      await client.query(`DELETE FROM ${this.schema}.as_of_snapshots`);
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
