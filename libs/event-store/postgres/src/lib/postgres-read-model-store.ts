import { Pool } from 'pg';
import { CheckpointMovedError, Document, ReadModelChanges, ReadModelSnapshot, ReadModelStore, SnapshotStore } from '@ledger/event-store-core';
import { connectSchema, inTransaction } from './postgres-schema';
import { PostgresStoreOptions } from './postgres-event-store';

/** Read models as jsonb documents beside the log, changed in one transaction with the checkpoint. */
export class PostgresReadModelStore implements ReadModelStore, SnapshotStore {
  static async connect(options: PostgresStoreOptions): Promise<PostgresReadModelStore> {
    const { pool, schema } = await connectSchema(
      options,
      5,
      (schema) => `CREATE TABLE IF NOT EXISTS ${schema}.read_models (
         collection TEXT  NOT NULL,
         id         TEXT  NOT NULL,
         doc        JSONB NOT NULL,
         PRIMARY KEY (collection, id)
       );
       CREATE TABLE IF NOT EXISTS ${schema}.projection_checkpoints (
         projection TEXT   PRIMARY KEY,
         position   BIGINT NOT NULL
       );
       CREATE TABLE IF NOT EXISTS ${schema}.read_model_snapshots (
         fingerprint     TEXT        NOT NULL,
         position        BIGINT      NOT NULL,
         max_recorded_at TEXT        NOT NULL,
         collections     TEXT        NOT NULL,
         PRIMARY KEY (fingerprint, position)
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

  async checkpoint(projection: string): Promise<bigint> {
    const { rows } = await this.pool.query<{ position: string }>(
      `SELECT position FROM ${this.schema}.projection_checkpoints WHERE projection = $1`,
      [projection],
    );
    return BigInt(rows[0]?.position ?? 0);
  }

  async commit(projection: string, from: bigint, to: bigint, changes: ReadModelChanges): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      // Row lock on the checkpoint: a second runner waits here, then sees the moved position.
      await client.query(
        `INSERT INTO ${this.schema}.projection_checkpoints (projection, position) VALUES ($1, 0) ON CONFLICT (projection) DO NOTHING`,
        [projection],
      );
      const { rows } = await client.query<{ position: string }>(
        `SELECT position FROM ${this.schema}.projection_checkpoints WHERE projection = $1 FOR UPDATE`,
        [projection],
      );
      if (BigInt(rows[0].position) !== from) throw new CheckpointMovedError(projection, from);
      if (changes.puts.length > 0) {
        await client.query(
          `INSERT INTO ${this.schema}.read_models (collection, id, doc)
           SELECT r.collection, r.id, r.doc FROM jsonb_to_recordset($1::jsonb) AS r(collection text, id text, doc jsonb)
           ON CONFLICT (collection, id) DO UPDATE SET doc = excluded.doc`,
          [JSON.stringify(changes.puts)],
        );
      }
      for (const { collection, id } of changes.deletes) {
        await client.query(`DELETE FROM ${this.schema}.read_models WHERE collection = $1 AND id = $2`, [collection, id]);
      }
      await client.query(`UPDATE ${this.schema}.projection_checkpoints SET position = $2 WHERE projection = $1`, [projection, to.toString()]);
    });
  }

  async reset(projection: string, collections: readonly string[]): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query(`DELETE FROM ${this.schema}.read_models WHERE collection = ANY($1)`, [[...collections]]);
      await client.query(`DELETE FROM ${this.schema}.projection_checkpoints WHERE projection = $1`, [projection]);
    });
  }

  async saveSnapshot(snapshot: ReadModelSnapshot): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.schema}.read_model_snapshots (fingerprint, position, max_recorded_at, collections) VALUES ($1, $2, $3, $4)
       ON CONFLICT (fingerprint, position) DO UPDATE SET max_recorded_at = excluded.max_recorded_at, collections = excluded.collections`,
      [snapshot.fingerprint, snapshot.position.toString(), snapshot.maxRecordedAt, JSON.stringify(snapshot.collections)],
    );
  }

  async latestSnapshot(fingerprint: string, notAfter?: Date): Promise<ReadModelSnapshot | undefined> {
    const { rows } = await this.pool.query<{ position: string; max_recorded_at: string; collections: string }>(
      `SELECT position, max_recorded_at, collections FROM ${this.schema}.read_model_snapshots
        WHERE fingerprint = $1 AND max_recorded_at <= $2 ORDER BY position DESC LIMIT 1`,
      [fingerprint, notAfter?.toISOString() ?? '9999'],
    );
    const row = rows[0];
    return row && { fingerprint, position: BigInt(row.position), maxRecordedAt: row.max_recorded_at, collections: JSON.parse(row.collections) };
  }

  async clearSnapshots(): Promise<void> {
    await this.pool.query(`DELETE FROM ${this.schema}.read_model_snapshots`);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
