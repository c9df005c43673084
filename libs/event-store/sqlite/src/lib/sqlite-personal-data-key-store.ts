import { PersonalDataKeyStore } from '@ledger/event-store-core';
import { SqliteDatabase, openSqlite } from './open-sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS personal_data_keys (
  subject_id TEXT PRIMARY KEY,
  key        BLOB,
  created_at TEXT NOT NULL,
  erased_at  TEXT
);
`;

/** Per-person keys in the SQLite file, outside the events table: erasure sets the key to NULL. */
export class SqlitePersonalDataKeyStore implements PersonalDataKeyStore {
  static open(path: string): SqlitePersonalDataKeyStore {
    return new SqlitePersonalDataKeyStore(openSqlite(path), true);
  }

  constructor(
    readonly db: SqliteDatabase,
    private readonly ownsConnection = false,
  ) {
    db.exec(SCHEMA);
  }

  async keysFor(subjectIds: readonly string[]): Promise<Map<string, Buffer | null>> {
    const found = new Map<string, Buffer | null>();
    const select = this.db.prepare('SELECT subject_id, key FROM personal_data_keys WHERE subject_id = ?');
    for (const id of new Set(subjectIds)) {
      const row = select.get(id) as { subject_id: string; key: Buffer | null } | undefined;
      if (row) found.set(row.subject_id, row.key);
    }
    return found;
  }

  async createKey(subjectId: string, key: Buffer): Promise<Buffer | null> {
    this.db
      .prepare('INSERT INTO personal_data_keys (subject_id, key, created_at) VALUES (?, ?, ?) ON CONFLICT (subject_id) DO NOTHING')
      .run(subjectId, key, new Date().toISOString());
    return (await this.keysFor([subjectId])).get(subjectId) ?? null;
  }

  async eraseKey(subjectId: string, erasedAt: Date): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO personal_data_keys (subject_id, key, created_at, erased_at) VALUES (?, NULL, ?, ?)
         ON CONFLICT (subject_id) DO UPDATE SET key = NULL, erased_at = excluded.erased_at`,
      )
      .run(subjectId, erasedAt.toISOString(), erasedAt.toISOString());
  }

  async allKeys(): Promise<Map<string, Buffer | null>> {
    const rows = this.db.prepare('SELECT subject_id, key FROM personal_data_keys ORDER BY subject_id').all() as { subject_id: string; key: Buffer | null }[];
    return new Map(rows.map((row) => [row.subject_id, row.key]));
  }

  /** An erased subject stays erased, whatever the source says. */
  async restoreKey(subjectId: string, key: Buffer | null): Promise<void> {
    const now = new Date().toISOString();
    this.db
      .prepare(
        `INSERT INTO personal_data_keys (subject_id, key, created_at, erased_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (subject_id) DO UPDATE SET key = CASE WHEN personal_data_keys.erased_at IS NULL THEN excluded.key ELSE NULL END,
           erased_at = COALESCE(personal_data_keys.erased_at, excluded.erased_at)`,
      )
      .run(subjectId, key, now, key ? null : now);
  }

  async close(): Promise<void> {
    if (this.ownsConnection && this.db.open) this.db.close();
  }
}
