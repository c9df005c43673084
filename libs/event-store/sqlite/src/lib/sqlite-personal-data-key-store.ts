import { KeyEncryptionKey, KeyEncryptionKeyMismatchError, PersonalDataKeyStore, UnwrappedKeys, WrappedKeyRow, WrappedKeyStoreOptions, wrapPersonalDataKey } from '@ledger/event-store-core';
import Database from 'better-sqlite3';
import { SQLITE_BUSY_TIMEOUT_MS, SqliteDatabase, openSqlite } from './open-sqlite';
import { SyncFile, WalSyncLease, commitDurably, walSyncFor } from './wal-sync';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS personal_data_keys (
  subject_id  TEXT PRIMARY KEY,
  wrapped_key BLOB,
  kek_id      TEXT,
  created_at  TEXT NOT NULL,
  erased_at   TEXT
);
CREATE TABLE IF NOT EXISTS personal_data_kek (
  singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
  kek_id      TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
`;

/** The KEK lives outside this database; a WAL that could not be truncated after an erasure is reported through `warn`. */
export type SqliteKeyStoreOptions = WrappedKeyStoreOptions & { syncFile?: SyncFile };
type KeyRow = WrappedKeyRow;

const CHECKPOINT_ATTEMPTS = 5;
const CHECKPOINT_BUSY_MS = 250;

/**
 * Per-person keys in the SQLite file, outside the events table, each wrapped by the KEK (ADR 0019).
 * Erasure sets the wrapped key to NULL; `secure_delete` (open-sqlite.ts) zeroes the freed bytes and a
 * truncating WAL checkpoint removes the WAL's copy, so neither the file, its WAL nor a later backup
 * holds the key, even for someone who also has the KEK file beside it.
 */
export class SqlitePersonalDataKeyStore implements PersonalDataKeyStore {
  static open(path: string, options: SqliteKeyStoreOptions): SqlitePersonalDataKeyStore {
    const db = openSqlite(path);
    try {
      return new SqlitePersonalDataKeyStore(db, options, true);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * The ids of the KEKs that wrapped the keys in a store file (a backup), read without changing it:
   * lets `ledger restore` refuse a backup its key file cannot open before copying anything.
   */
  static kekIdsIn(path: string): string[] {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('personal_data_kek', 'personal_data_keys')").all() as { name: string }[];
      const ids = new Set<string>();
      if (tables.some((t) => t.name === 'personal_data_kek')) for (const row of db.prepare('SELECT kek_id FROM personal_data_kek').all() as { kek_id: string }[]) ids.add(row.kek_id);
      const columns = tables.some((t) => t.name === 'personal_data_keys')
        ? (db.prepare("SELECT name FROM pragma_table_info('personal_data_keys')").all() as { name: string }[]).map((c) => c.name)
        : [];
      if (columns.includes('kek_id')) {
        for (const row of db.prepare('SELECT DISTINCT kek_id FROM personal_data_keys WHERE kek_id IS NOT NULL').all() as { kek_id: string }[]) ids.add(row.kek_id);
      }
      return [...ids];
    } finally {
      db.close();
    }
  }

  private readonly kek: KeyEncryptionKey;
  private readonly warn: (message: string) => void;
  private readonly selectKeys: Database.Statement;
  /**
   * Keys unwrapped before, by subject, with the wrapped bytes they came from: unwrapping is an
   * AES-GCM decryption per person per answer otherwise. Each use is checked against the row read
   * in the same call, so an erased (NULL) or replaced key is never served from here.
   */
  private readonly unwrapped: UnwrappedKeys;

  /** Flushes the write-ahead log after each write, off the event loop; none in memory or read-only. */
  private readonly walSync?: WalSyncLease;

  constructor(
    readonly db: SqliteDatabase,
    options: SqliteKeyStoreOptions,
    private readonly ownsConnection = false,
  ) {
    this.kek = options.kek;
    this.unwrapped = new UnwrappedKeys(options.kek, () => this.describe());
    this.warn = options.warn ?? ((message) => console.warn(message));
    db.exec(SCHEMA);
    db.transaction(() => this.adoptKek()).immediate();
    this.selectKeys = db.prepare('SELECT subject_id, wrapped_key, kek_id FROM personal_data_keys WHERE subject_id IN (SELECT value FROM json_each(?))');
    // A previous erasure whose checkpoint a reader blocked is finished here.
    this.truncateWal();
    // As the log's appends (ADR 0041): a key is written, then answered once WalSync flushed it,
    // off the event loop; so it is on disk before any event sealed with it is appended. Taken last,
    // so that a store refused here (another KEK) holds no share of the file's WalSync.
    this.walSync = walSyncFor(db, options.syncFile);
  }

  /** One statement for any number of subjects (the ids travel as one JSON array, so no limit on bound variables). */
  async keysFor(subjectIds: readonly string[]): Promise<Map<string, Buffer | null>> {
    const rows = this.selectKeys.all(JSON.stringify([...new Set(subjectIds)])) as KeyRow[];
    return new Map(rows.map((row) => [row.subject_id, this.unwrap(row)]));
  }

  async createKey(subjectId: string, key: Buffer): Promise<Buffer | null> {
    await commitDurably(this.walSync, () =>
      this.db
        .prepare('INSERT INTO personal_data_keys (subject_id, wrapped_key, kek_id, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (subject_id) DO NOTHING')
        .run(subjectId, wrapPersonalDataKey(this.kek, subjectId, key), this.kek.keyId, new Date().toISOString()),
    );
    return (await this.keysFor([subjectId])).get(subjectId) ?? null;
  }

  async eraseKey(subjectId: string, erasedAt: Date): Promise<void> {
    await commitDurably(this.walSync, () => {
      this.db
        .prepare(
          `INSERT INTO personal_data_keys (subject_id, wrapped_key, kek_id, created_at, erased_at) VALUES (?, NULL, NULL, ?, ?)
           ON CONFLICT (subject_id) DO UPDATE SET wrapped_key = NULL, kek_id = NULL, erased_at = excluded.erased_at`,
        )
        .run(subjectId, erasedAt.toISOString(), erasedAt.toISOString());
      this.unwrapped.forget(subjectId);
    });
    await this.shredWal();
  }

  async allKeys(): Promise<Map<string, Buffer | null>> {
    const rows = this.db.prepare('SELECT subject_id, wrapped_key, kek_id FROM personal_data_keys ORDER BY subject_id').all() as KeyRow[];
    return new Map(rows.map((row) => [row.subject_id, this.unwrap(row)]));
  }

  /** An erased subject stays erased, whatever the source says. */
  async restoreKey(subjectId: string, key: Buffer | null): Promise<void> {
    const before = await commitDurably(this.walSync, () => {
      const stored = this.db.prepare('SELECT wrapped_key FROM personal_data_keys WHERE subject_id = ?').get(subjectId) as { wrapped_key: Buffer | null } | undefined;
      const now = new Date().toISOString();
      this.db
        .prepare(
          `INSERT INTO personal_data_keys (subject_id, wrapped_key, kek_id, created_at, erased_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (subject_id) DO UPDATE SET
             wrapped_key = CASE WHEN personal_data_keys.erased_at IS NULL THEN excluded.wrapped_key ELSE NULL END,
             kek_id      = CASE WHEN personal_data_keys.erased_at IS NULL THEN excluded.kek_id ELSE NULL END,
             erased_at   = COALESCE(personal_data_keys.erased_at, excluded.erased_at)`,
        )
        .run(subjectId, key ? wrapPersonalDataKey(this.kek, subjectId, key) : null, key ? this.kek.keyId : null, now, key ? null : now);
      this.unwrapped.forget(subjectId);
      return stored;
    });
    // Erased in the source while this store still had the key: shred it like an erasure here.
    if (!key && before?.wrapped_key) await this.shredWal();
  }

  async close(): Promise<void> {
    await this.walSync?.close();
    if (this.ownsConnection && this.db.open) this.db.close();
  }

  private unwrap(row: KeyRow): Buffer | null {
    return this.unwrapped.open(row);
  }

  /**
   * Runs once per open, in one IMMEDIATE transaction so that two processes starting together agree:
   * refuses a KEK other than the one the store's keys were wrapped with, wraps the raw keys that a
   * store from before ADR 0019 holds (the raw bytes are overwritten: secure_delete), and records
   * the KEK so a second instance with a key file of its own is refused even before any key exists.
   */
  private adoptKek(): void {
    const recorded = this.db.prepare('SELECT kek_id FROM personal_data_kek WHERE singleton = 1').get() as { kek_id: string } | undefined;
    const columns = (this.db.prepare("SELECT name FROM pragma_table_info('personal_data_keys')").all() as { name: string }[]).map((c) => c.name);
    const legacy = columns.includes('key');
    if (legacy && !columns.includes('wrapped_key')) {
      this.db.exec('ALTER TABLE personal_data_keys ADD COLUMN wrapped_key BLOB; ALTER TABLE personal_data_keys ADD COLUMN kek_id TEXT;');
    }
    const others = (this.db.prepare('SELECT DISTINCT kek_id FROM personal_data_keys WHERE kek_id IS NOT NULL AND kek_id <> ?').all(this.kek.keyId) as { kek_id: string }[]).map(
      (row) => row.kek_id,
    );
    if (recorded && recorded.kek_id !== this.kek.keyId && !others.includes(recorded.kek_id)) others.unshift(recorded.kek_id);
    if (others.length) throw new KeyEncryptionKeyMismatchError(this.describe(), others, this.kek);

    if (legacy) {
      const raw = this.db.prepare('SELECT subject_id, key FROM personal_data_keys WHERE key IS NOT NULL').all() as { subject_id: string; key: Buffer }[];
      const wrap = this.db.prepare('UPDATE personal_data_keys SET wrapped_key = ?, kek_id = ?, key = NULL WHERE subject_id = ?');
      for (const row of raw) wrap.run(wrapPersonalDataKey(this.kek, row.subject_id, row.key), this.kek.keyId, row.subject_id);
      this.db.exec('ALTER TABLE personal_data_keys DROP COLUMN key');
    }
    this.db.prepare('INSERT INTO personal_data_kek (singleton, kek_id, recorded_at) VALUES (1, ?, ?) ON CONFLICT (singleton) DO NOTHING').run(this.kek.keyId, new Date().toISOString());
  }

  /**
   * After an erasure the WAL may still hold page images with the wrapped key (and, before the
   * checkpoint, the database file does too). A TRUNCATE checkpoint writes the current pages into
   * the file and empties the WAL. A reader in another process can block it: try a few times, then
   * report; the next start or erasure truncates again.
   */
  private async shredWal(): Promise<void> {
    for (let attempt = 1; attempt <= CHECKPOINT_ATTEMPTS; attempt += 1) {
      if (this.truncateWal(CHECKPOINT_BUSY_MS)) return;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
    this.warn(
      `${this.describe()}: the WAL could not be truncated after an erasure (a reader kept it busy); ` +
        'the erased key may stay in the WAL until the next erasure or start truncates it.',
    );
  }

  /** True when the WAL was checkpointed and emptied (or the database has no WAL). */
  private truncateWal(busyTimeoutMs = 0): boolean {
    // While this call waits, the process waits (better-sqlite3 is synchronous): keep the wait short.
    this.db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    try {
      const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      return result?.busy === 0;
    } catch {
      return false;
    } finally {
      this.db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    }
  }

  private describe(): string {
    return `the SQLite file ${this.db.name}`;
  }
}
