import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandMetadata, describeEventStoreContract, describeKeyStoreContract, describeReadModelContract } from '@ledger/event-store-core/testing';
import { SqlitePersonalDataKeyStore } from './sqlite-personal-data-key-store';
import { SqliteEventStore } from './sqlite-event-store';
import { SqliteReadModelStore } from './sqlite-read-model-store';
import { openSqlite } from './open-sqlite';

const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-sqlite-'));
  return { path: join(dir, 'ledger.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
};

describeEventStoreContract('SQLite', async () => {
  const file = tempFile();
  const store = SqliteEventStore.open(file.path);
  const others: SqliteEventStore[] = [];
  return {
    store,
    openAnother: async () => {
      const other = SqliteEventStore.open(file.path);
      others.push(other);
      return other;
    },
    tamperWithData: async (position, data) => {
      const db = openSqlite(file.path);
      db.prepare('UPDATE events SET data = ? WHERE position = ?').run(JSON.stringify(data), position);
      db.close();
    },
    overwriteEvent: async (position, data, metadata) => {
      const db = openSqlite(file.path);
      db.prepare('UPDATE events SET data = ?, metadata = ? WHERE position = ?').run(JSON.stringify(data), JSON.stringify(metadata), position);
      db.close();
    },
    deleteEvent: async (position) => {
      const db = openSqlite(file.path);
      db.prepare('DELETE FROM events WHERE position = ?').run(position);
      db.close();
    },
    dispose: async () => {
      await Promise.all(others.map((other) => other.close()));
      await store.close();
      file.remove();
    },
  };
});

describeReadModelContract('SQLite', async () => {
  const file = tempFile();
  const store = SqliteEventStore.open(file.path);
  const readModels = SqliteReadModelStore.open(file.path);
  return {
    store,
    readModels,
    dispose: async () => {
      await readModels.close();
      await store.close();
      file.remove();
    },
  };
});

describe('SQLite store file', () => {
  it('keeps committed events across a reopen (durable file, WAL)', async () => {
    const file = tempFile();
    const store = SqliteEventStore.open(file.path);
    await store.append('thing-1', [{ type: 'ThingHappened', data: { n: 1 } }], { expectedRevision: 0, command: commandMetadata() });
    await store.close();
    const reopened = SqliteEventStore.open(file.path);
    expect((await reopened.readStream('thing-1')).map((e) => e.data)).toEqual([{ n: 1 }]);
    expect(reopened.db.pragma('journal_mode', { simple: true })).toBe('wal');
    await reopened.close();
    file.remove();
  });

  it('is readable by its owner only: store, WAL and shared memory 0600, a new folder 0700, a wider file made earlier tightened', async () => {
    const umask = process.umask(0o022);
    try {
      const file = tempFile();
      const nested = join(file.path, '..', 'new-folder', 'ledger.sqlite');
      const store = SqliteEventStore.open(nested);
      await store.append('thing-1', [{ type: 'ThingHappened', data: { n: 1 } }], { expectedRevision: 0, command: commandMetadata() });
      const mode = (path: string) => statSync(path).mode & 0o777;
      expect(mode(join(nested, '..'))).toBe(0o700);
      for (const path of [nested, `${nested}-wal`, `${nested}-shm`]) {
        expect(existsSync(path)).toBe(true);
        expect(mode(path)).toBe(0o600);
      }
      await store.close();

      const careless = join(file.path, '..', 'careless.sqlite');
      writeFileSync(careless, '');
      chmodSync(careless, 0o644);
      const tightened = SqliteEventStore.open(careless);
      expect(mode(careless)).toBe(0o600);
      await tightened.close();
      file.remove();
    } finally {
      process.umask(umask);
    }
  });
});

describeKeyStoreContract('SQLite', async () => {
  const file = tempFile();
  const kek = { key: randomBytes(32), keyId: 'test-kek', file: join(file.path, '..', 'personal-data-kek') };
  const keys = SqlitePersonalDataKeyStore.open(file.path, { kek });
  return {
    keys,
    kek,
    // The KEK file sits beside these in the data folder: the contract's scan also tries it.
    storeFiles: async () => [file.path, `${file.path}-wal`, `${file.path}-shm`],
    dispose: async () => (await keys.close(), file.remove()),
  };
});
