import { Pool } from 'pg';
import { PersonalDataKeyStore } from '@ledger/event-store-core';
import { PostgresStoreOptions } from './postgres-event-store';
import { connectSchema } from './postgres-schema';

/** Per-person keys in their own table: erasure sets the key to NULL, the log is untouched. */
export class PostgresPersonalDataKeyStore implements PersonalDataKeyStore {
  static async connect(options: PostgresStoreOptions): Promise<PostgresPersonalDataKeyStore> {
    const { pool, schema } = await connectSchema(
      options,
      3,
      (schema) => `CREATE TABLE IF NOT EXISTS ${schema}.personal_data_keys (
         subject_id TEXT PRIMARY KEY,
         key        BYTEA,
         created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
         erased_at  TIMESTAMPTZ
       );`,
    );
    return new PostgresPersonalDataKeyStore(pool, schema);
  }

  private constructor(
    readonly pool: Pool,
    private readonly schema: string,
  ) {}

  async keysFor(subjectIds: readonly string[]): Promise<Map<string, Buffer | null>> {
    const { rows } = await this.pool.query<{ subject_id: string; key: Buffer | null }>(
      `SELECT subject_id, key FROM ${this.schema}.personal_data_keys WHERE subject_id = ANY($1)`,
      [[...new Set(subjectIds)]],
    );
    return new Map(rows.map((row) => [row.subject_id, row.key]));
  }

  async createKey(subjectId: string, key: Buffer): Promise<Buffer | null> {
    await this.pool.query(`INSERT INTO ${this.schema}.personal_data_keys (subject_id, key) VALUES ($1, $2) ON CONFLICT (subject_id) DO NOTHING`, [
      subjectId,
      key,
    ]);
    return (await this.keysFor([subjectId])).get(subjectId) ?? null;
  }

  async eraseKey(subjectId: string, erasedAt: Date): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.schema}.personal_data_keys (subject_id, key, erased_at) VALUES ($1, NULL, $2)
       ON CONFLICT (subject_id) DO UPDATE SET key = NULL, erased_at = excluded.erased_at`,
      [subjectId, erasedAt.toISOString()],
    );
  }

  async allKeys(): Promise<Map<string, Buffer | null>> {
    const { rows } = await this.pool.query<{ subject_id: string; key: Buffer | null }>(
      `SELECT subject_id, key FROM ${this.schema}.personal_data_keys ORDER BY subject_id`,
    );
    return new Map(rows.map((row) => [row.subject_id, row.key]));
  }

  /** An erased subject stays erased, whatever the source says. */
  async restoreKey(subjectId: string, key: Buffer | null): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.schema}.personal_data_keys (subject_id, key, erased_at) VALUES ($1, $2, CASE WHEN $2::bytea IS NULL THEN now() END)
       ON CONFLICT (subject_id) DO UPDATE SET key = CASE WHEN personal_data_keys.erased_at IS NULL THEN excluded.key ELSE NULL END,
         erased_at = COALESCE(personal_data_keys.erased_at, excluded.erased_at)`,
      [subjectId, key],
    );
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
