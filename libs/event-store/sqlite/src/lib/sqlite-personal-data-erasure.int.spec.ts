import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemoryPersonalDataKeyStore, KeyEncryptionKey, KeyEncryptionKeyMismatchError, PersonalDataVault } from '@ledger/event-store-core';
import { commandMetadata, scanFilesForPersonalDataKey } from '@ledger/event-store-core/testing';
import { SqlitePersonalDataKeyStore } from './sqlite-personal-data-key-store';
import { SqliteEventStore } from './sqlite-event-store';
import { createPrivately, openSqlite } from './open-sqlite';

const testKek = (keyId = 'kek-a'): KeyEncryptionKey => ({ key: randomBytes(32), keyId, file: `/data/${keyId}` });

describe('SQLite personal-data keys against someone who copies the data folder (ADR 0019)', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-erasure-'));
    path = join(dir, 'ledger.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const storeFiles = (file: string) => [file, `${file}-wal`, `${file}-shm`];

  it('opens every connection with secure_delete', () => {
    const db = openSqlite(path);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
  });

  it('leaves no copy of an erased key in a backup taken afterwards, while one taken before has it', async () => {
    const kek = testKek();
    const keys = SqlitePersonalDataKeyStore.open(path, { kek });
    const events = SqliteEventStore.open(path);
    const vault = new PersonalDataVault(keys);
    const name = await vault.seal('person-1', 'Chantel Allott');
    await events.append('staff-1', [{ type: 'StaffMemberAdded', data: { name, email: await vault.seal('person-1', 'chantel@example.gov.uk') } }], {
      expectedRevision: 0,
      command: commandMetadata(),
    });
    await vault.seal('person-2', 'Sam Osei');

    // What `ledger backup` does: SQLite's backup API, page by page, from a live connection.
    const before = join(dir, 'before.sqlite');
    createPrivately(before);
    await events.db.backup(before);
    const beforeScan = scanFilesForPersonalDataKey(storeFiles(before), name, kek);
    expect(beforeScan.found.map((hit) => hit.as)).toContain('wrapped key');

    await vault.erase('person-1', new Date());
    const after = join(dir, 'after.sqlite');
    createPrivately(after);
    await events.db.backup(after);
    const afterScan = scanFilesForPersonalDataKey([...storeFiles(path), ...storeFiles(after)], name, kek);
    expect(afterScan.found).toEqual([]);
    // Opening the backup as `ledger backup` does to verify it adds a WAL of its own: still nothing.
    const copy = SqliteEventStore.open(after);
    expect((await copy.readAll()).length).toBe(1);
    await copy.close();
    expect(scanFilesForPersonalDataKey(storeFiles(after), name, kek).found).toEqual([]);
    await events.close();
    await keys.close();
  });

  it('wraps the raw keys of a store from before ADR 0019 on open, and leaves no raw bytes behind', async () => {
    // A store as the previous version wrote it: raw 32-byte keys in the `key` column.
    const legacyKey = randomBytes(32);
    const legacySealed = await new PersonalDataVault(new FixedKeys(legacyKey)).seal('person-1', 'Chantel Allott');
    const db = openSqlite(path);
    db.exec('CREATE TABLE personal_data_keys (subject_id TEXT PRIMARY KEY, key BLOB, created_at TEXT NOT NULL, erased_at TEXT)');
    db.prepare('INSERT INTO personal_data_keys (subject_id, key, created_at) VALUES (?, ?, ?)').run('person-1', legacyKey, '2026-01-01T00:00:00.000Z');
    db.prepare('INSERT INTO personal_data_keys (subject_id, key, created_at, erased_at) VALUES (?, NULL, ?, ?)').run('person-0', '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    expect(scanFilesForPersonalDataKey(storeFiles(path), legacySealed).found.map((hit) => hit.as)).toContain('key');

    const kek = testKek();
    const keys = SqlitePersonalDataKeyStore.open(path, { kek });
    expect(await new PersonalDataVault(keys).open(legacySealed)).toBe('Chantel Allott');
    expect(await new PersonalDataVault(keys).isErased('person-0')).toBe(true);
    const columns = (keys.db.prepare("SELECT name FROM pragma_table_info('personal_data_keys')").all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('key');
    const scan = scanFilesForPersonalDataKey(storeFiles(path), legacySealed, kek);
    expect(scan.found.map((hit) => hit.as)).toEqual(['wrapped key']);
    await keys.close();
  });

  it('refuses to open with another KEK than the one its keys were wrapped with, saying to copy the first key file', async () => {
    const first = SqlitePersonalDataKeyStore.open(path, { kek: testKek('kek-a') });
    await first.createKey('person-1', randomBytes(32));
    await first.close();
    expect(() => SqlitePersonalDataKeyStore.open(path, { kek: testKek('kek-b') })).toThrow(KeyEncryptionKeyMismatchError);
    expect(() => SqlitePersonalDataKeyStore.open(path, { kek: testKek('kek-b') })).toThrow(/copy the key file \(personal-data-kek\) from the first instance to \/data\/kek-b/);
  });

  it('refuses another KEK even before any key was made: a second instance with its own key file', async () => {
    await SqlitePersonalDataKeyStore.open(path, { kek: testKek('kek-a') }).close();
    expect(() => SqlitePersonalDataKeyStore.open(path, { kek: testKek('kek-b') })).toThrow(/wrapped by key-encryption key kek-a/);
  });
});

/** The previous version's behaviour for sealing: one known raw key. */
class FixedKeys extends InMemoryPersonalDataKeyStore {
  constructor(private readonly key: Buffer) {
    super();
  }
  override async createKey(subjectId: string): Promise<Buffer | null> {
    return super.createKey(subjectId, this.key);
  }
}
