import { Pool, PoolClient } from 'pg';
import { KeyEncryptionKey, KeyEncryptionKeyMismatchError, WrappedKeyRow, WrappedKeyStoreOptions, PersonalDataKeyStore, UnwrappedKeys, wrapPersonalDataKey } from '@ledger/event-store-core';
import { PostgresStoreOptions } from './postgres-event-store';
import { connectSchema, inTransaction } from './postgres-schema';

/** PostgreSQL never stores the KEK; a key table it could not rewrite after an erasure is reported through `warn`. */
export type PostgresKeyStoreOptions = PostgresStoreOptions & WrappedKeyStoreOptions;
type KeyRow = WrappedKeyRow;

/** How long the rewrite of the key table after an erasure waits for other sessions' locks. */
const SHRED_LOCK_TIMEOUT = '2s';

/**
 * Per-person keys in their own table, each wrapped by the KEK (ADR 0019): old row versions, WAL
 * segments, archives, replicas and dumps hold only wrapped keys, useless without the KEK, which
 * PostgreSQL never sees. Erasure sets the wrapped key to NULL and then rewrites the (small) table
 * with VACUUM FULL so that its files keep no old row version either.
 */
export class PostgresPersonalDataKeyStore implements PersonalDataKeyStore {
  static async connect(options: PostgresKeyStoreOptions): Promise<PostgresPersonalDataKeyStore> {
    const { pool, schema } = await connectSchema(
      options,
      3,
      (schema) => `CREATE TABLE IF NOT EXISTS ${schema}.personal_data_keys (
         subject_id  TEXT PRIMARY KEY,
         wrapped_key BYTEA,
         kek_id      TEXT,
         created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
         erased_at   TIMESTAMPTZ
       );
       CREATE TABLE IF NOT EXISTS ${schema}.personal_data_kek (
         singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
         kek_id      TEXT NOT NULL,
         recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
       );`,
    );
    const store = new PostgresPersonalDataKeyStore(pool, schema, options.kek, options.warn ?? ((message) => console.warn(message)));
    try {
      const wrappedRawKeys = await inTransaction(pool, (client) => store.adoptKek(client));
      // The UPDATE left the raw keys in dead row versions: rewrite the table without them.
      if (wrappedRawKeys) await store.rewriteTable();
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  /**
   * Keys unwrapped before, by subject, with the wrapped bytes they came from: unwrapping is an
   * AES-GCM decryption per person per answer otherwise. Each use is checked against the row read
   * in the same query, so an erased (NULL) or replaced key is never served from here, whichever
   * instance erased it.
   */
  private readonly unwrapped: UnwrappedKeys;

  private constructor(
    readonly pool: Pool,
    private readonly schema: string,
    private readonly kek: KeyEncryptionKey,
    private readonly warn: (message: string) => void,
  ) {
    this.unwrapped = new UnwrappedKeys(kek, () => this.describe());
  }

  async keysFor(subjectIds: readonly string[]): Promise<Map<string, Buffer | null>> {
    const { rows } = await this.pool.query<KeyRow>(`SELECT subject_id, wrapped_key, kek_id FROM ${this.schema}.personal_data_keys WHERE subject_id = ANY($1)`, [
      [...new Set(subjectIds)],
    ]);
    return new Map(rows.map((row) => [row.subject_id, this.unwrap(row)]));
  }

  async createKey(subjectId: string, key: Buffer): Promise<Buffer | null> {
    await this.pool.query(
      `INSERT INTO ${this.schema}.personal_data_keys (subject_id, wrapped_key, kek_id) VALUES ($1, $2, $3) ON CONFLICT (subject_id) DO NOTHING`,
      [subjectId, wrapPersonalDataKey(this.kek, subjectId, key), this.kek.keyId],
    );
    return (await this.keysFor([subjectId])).get(subjectId) ?? null;
  }

  async eraseKey(subjectId: string, erasedAt: Date): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.schema}.personal_data_keys (subject_id, wrapped_key, kek_id, erased_at) VALUES ($1, NULL, NULL, $2)
       ON CONFLICT (subject_id) DO UPDATE SET wrapped_key = NULL, kek_id = NULL, erased_at = excluded.erased_at`,
      [subjectId, erasedAt.toISOString()],
    );
    this.unwrapped.forget(subjectId);
    await this.rewriteTable();
  }

  async allKeys(): Promise<Map<string, Buffer | null>> {
    const { rows } = await this.pool.query<KeyRow>(`SELECT subject_id, wrapped_key, kek_id FROM ${this.schema}.personal_data_keys ORDER BY subject_id`);
    return new Map(rows.map((row) => [row.subject_id, this.unwrap(row)]));
  }

  /** An erased subject stays erased, whatever the source says. */
  async restoreKey(subjectId: string, key: Buffer | null): Promise<void> {
    const { rows } = await this.pool.query<{ had_key: boolean }>(
      `WITH before AS (SELECT wrapped_key IS NOT NULL AS had_key FROM ${this.schema}.personal_data_keys WHERE subject_id = $1)
       INSERT INTO ${this.schema}.personal_data_keys (subject_id, wrapped_key, kek_id, erased_at) VALUES ($1, $2, $3, CASE WHEN $2::bytea IS NULL THEN now() END)
       ON CONFLICT (subject_id) DO UPDATE SET
         wrapped_key = CASE WHEN personal_data_keys.erased_at IS NULL THEN excluded.wrapped_key ELSE NULL END,
         kek_id      = CASE WHEN personal_data_keys.erased_at IS NULL THEN excluded.kek_id ELSE NULL END,
         erased_at   = COALESCE(personal_data_keys.erased_at, excluded.erased_at)
       RETURNING (SELECT had_key FROM before) AS had_key`,
      [subjectId, key ? wrapPersonalDataKey(this.kek, subjectId, key) : null, key ? this.kek.keyId : null],
    );
    this.unwrapped.forget(subjectId);
    // Erased in the source while this store still had the key: shred it like an erasure here.
    if (!key && rows[0]?.had_key) await this.rewriteTable();
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private unwrap(row: KeyRow): Buffer | null {
    return this.unwrapped.open(row);
  }

  /**
   * Once per connect, under a lock so that two processes starting together agree: refuses a KEK
   * other than the one the stored keys were wrapped with, wraps the raw keys of a store from before
   * ADR 0019, and records the KEK so a second instance with a key file of its own is refused even
   * before any key exists. Returns whether raw keys were wrapped.
   */
  private async adoptKek(client: PoolClient): Promise<boolean> {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('ledger-personal-data-kek'))");
    const table = `${this.schema}.personal_data_keys`;
    const { rows: columns } = await client.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'personal_data_keys'`,
      [this.schema],
    );
    const legacy = columns.some((c) => c.column_name === 'key');
    if (legacy) await client.query(`ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS wrapped_key BYTEA, ADD COLUMN IF NOT EXISTS kek_id TEXT`);

    const { rows: recorded } = await client.query<{ kek_id: string }>(`SELECT kek_id FROM ${this.schema}.personal_data_kek WHERE singleton = 1`);
    const { rows: wrappedByOthers } = await client.query<{ kek_id: string }>(
      `SELECT DISTINCT kek_id FROM ${table} WHERE kek_id IS NOT NULL AND kek_id <> $1`,
      [this.kek.keyId],
    );
    const others = new Set([...recorded.map((r) => r.kek_id), ...wrappedByOthers.map((r) => r.kek_id)].filter((id) => id !== this.kek.keyId));
    if (others.size) throw new KeyEncryptionKeyMismatchError(this.describe(), [...others], this.kek);

    let wrapped = 0;
    if (legacy) {
      const { rows: raw } = await client.query<{ subject_id: string; key: Buffer }>(`SELECT subject_id, key FROM ${table} WHERE key IS NOT NULL FOR UPDATE`);
      for (const row of raw) {
        await client.query(`UPDATE ${table} SET wrapped_key = $2, kek_id = $3, key = NULL WHERE subject_id = $1`, [
          row.subject_id,
          wrapPersonalDataKey(this.kek, row.subject_id, row.key),
          this.kek.keyId,
        ]);
        wrapped += 1;
      }
      await client.query(`ALTER TABLE ${table} DROP COLUMN key`);
    }
    await client.query(`INSERT INTO ${this.schema}.personal_data_kek (singleton, kek_id) VALUES (1, $1) ON CONFLICT (singleton) DO NOTHING`, [this.kek.keyId]);
    return wrapped > 0;
  }

  /**
   * PostgreSQL keeps an updated row's old version in the table's pages until VACUUM, and even then
   * does not overwrite the bytes; VACUUM FULL copies the live rows into new files. The table holds
   * one short row per person, so this takes milliseconds, but it needs an exclusive lock on it:
   * if other sessions hold it past the timeout, report and leave it (the old version holds only
   * a wrapped key, useless without the KEK); the next erasure rewrites the table again.
   */
  private async rewriteTable(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query(`SET lock_timeout = '${SHRED_LOCK_TIMEOUT}'`);
      await client.query(`VACUUM (FULL) ${this.schema}.personal_data_keys`);
    } catch (error) {
      this.warn(`${this.describe()}: could not rewrite the key table after an erasure (${(error as Error).message}); its old row versions hold only wrapped keys.`);
    } finally {
      await client.query('RESET lock_timeout').catch(() => undefined);
      client.release();
    }
  }

  private describe(): string {
    return `the PostgreSQL schema ${this.schema}`;
  }
}
