import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyEventLog } from '@ledger/event-store-core';
import { commandMetadata, describeEventStoreContract, describeKeyStoreContract, describeReadModelContract } from '@ledger/event-store-core/testing';
import { SqlitePersonalDataKeyStore } from './sqlite-personal-data-key-store';
import { APPLIED_COMMAND, SqliteEventStore } from './sqlite-event-store';
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
  const others: SqliteReadModelStore[] = [];
  return {
    store,
    readModels,
    // Another process on the same file (a second instance, or the CLI).
    openSecond: async () => {
      others.push(SqliteReadModelStore.open(file.path));
      return others[others.length - 1];
    },
    dispose: async () => {
      for (const other of others) await other.close();
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

  it('answers a retry from the command index, without reading the stream: the first outcome, nothing appended', async () => {
    const file = tempFile();
    const store = SqliteEventStore.open(file.path);
    const commands = Array.from({ length: 200 }, () => commandMetadata());
    for (const [index, command] of commands.entries()) {
      await store.append('person-1', [{ type: 'ThingHappened', data: { n: index } }], { expectedRevision: index, command });
    }
    const retry = await store.append('person-1', [{ type: 'ThingHappened', data: { n: 'again' } }], { expectedRevision: 0, command: commands[0] });
    expect(retry).toEqual({ nextRevision: 1, position: 1n, idempotent: true });
    expect(await store.headPosition()).toBe(200n);
    // Every append asks this; through the (stream_id, revision) key it would read all 200 events.
    const plan = store.db.prepare(`EXPLAIN QUERY PLAN ${APPLIED_COMMAND}`).all('person-1', commands[0].commandId) as { detail: string }[];
    expect(plan.map((step) => step.detail).join('; ')).toContain('USING INDEX events_by_command (stream_id=? AND command_id=?)');
    await store.close();
    file.remove();
  });

  it('stays whole while a DBA reads the live file with the sqlite3 shell: opening more connections never drops the locks of those open', async () => {
    // POSIX drops every lock a process holds on a file when it closes any descriptor of that file
    // (sqlite.org/howtocorrupt.html, 2.2). The API opens three connections to one file; if opening
    // one closed a descriptor of the database, the others were left unlocked, and a shell closing
    // its connection took itself for the last one, checkpointed and deleted the write-ahead log the
    // API was still writing to.
    const file = tempFile();
    const store = SqliteEventStore.open(file.path);
    const readModels = SqliteReadModelStore.open(file.path);
    const third = openSqlite(file.path);
    let appended = 0;
    let reading = true;
    const shellReads = (async () => {
      for (let i = 0; i < 15; i++) {
        await new Promise<void>((resolve, reject) =>
          execFile('sqlite3', [file.path, 'SELECT count(*) FROM events'], (error) => (error ? reject(error) : resolve())),
        );
      }
      reading = false;
    })();
    while (reading) {
      await store.append(`note-${appended}`, [{ type: 'NoteRecorded', data: { n: appended } }], { expectedRevision: 0, command: commandMetadata() });
      appended++;
    }
    await shellReads;
    await store.append('note-last', [{ type: 'NoteRecorded', data: {} }], { expectedRevision: 0, command: commandMetadata() });
    const check = openSqlite(file.path);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(check.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: appended + 1 });
    check.close();
    third.close();
    await readModels.close();
    await store.close();
    file.remove();
  }, 60_000);

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

  it('writes a rebuild without waiting for the disk, then durably again, even when the rebuild fails (ADR 0038, 0041)', async () => {
    const file = tempFile();
    const events = SqliteEventStore.open(file.path);
    const readModels = SqliteReadModelStore.open(file.path);
    const synchronous = (db: SqliteEventStore['db']) => db.pragma('synchronous', { simple: true });
    // Given a store whose connections commit without waiting for the disk (NORMAL = 1): appends are
    // flushed by their own write-ahead-log flush, read models are derived data
    expect([synchronous(readModels.db), synchronous(events.db)]).toEqual([1, 1]);
    // When a rebuild writes, and when one fails, the levels each commit ran under are recorded
    const levels: number[] = [];
    const commitUnder = readModels.db.transaction.bind(readModels.db);
    const spied = jest.spyOn(readModels.db, 'transaction').mockImplementation((fn) => {
      const transaction = commitUnder(fn);
      const run = ((...args: unknown[]) => (levels.push(synchronous(readModels.db) as number), transaction(...args))) as typeof transaction;
      return Object.assign(run, { immediate: (...args: unknown[]) => (levels.push(synchronous(readModels.db) as number), transaction.immediate(...args)) });
    });
    await readModels.rebuilding(async () => {
      await readModels.commit('tally', 0n, 1n, { puts: [{ collection: 'tallies', id: 't', doc: { id: 't', n: 1 } }], deletes: [] });
    });
    const afterFirst = levels.length;
    await expect(readModels.rebuilding(async () => Promise.reject(new Error('killed')))).rejects.toThrow('killed');
    spied.mockRestore();
    // Then each rebuild ends with one commit under FULL (2), which syncs every frame before it, and
    // leaves the connection as it was
    expect(levels.at(afterFirst - 1)).toBe(2);
    expect(levels.at(-1)).toBe(2);
    expect([synchronous(readModels.db), synchronous(events.db)]).toEqual([1, 1]);
    expect(await readModels.get('tallies', 't')).toEqual({ id: 't', n: 1 });
    expect(await readModels.checkpoint('tally')).toBe(1n);
    await readModels.close();
    await events.close();
    file.remove();
  });
});

describe('SQLite store upgrade (ADR 0022)', () => {
  it('adds recorded_late to a file from before it, in place, and reads as at an instant through the index', async () => {
    const file = tempFile();
    const old = openSqlite(file.path);
    // The events table as it was created before ADR 0022, holding one event recorded out of order.
    old.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, stream_id TEXT NOT NULL, revision INTEGER NOT NULL,
      type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, command_id TEXT NOT NULL, recorded_at TEXT NOT NULL, UNIQUE (stream_id, revision));
      CREATE INDEX events_by_command ON events (stream_id, command_id);`);
    old.close();
    const source = SqliteEventStore.open(':memory:');
    const at = (iso: string) => commandMetadata({ now: new Date(iso) });
    const thing = (n: number) => ({ type: 'ThingHappened', data: { n } });
    await source.append('thing-a', [thing(1)], { expectedRevision: 0, command: at('2026-01-01T00:00:00.000Z') });
    await source.append('thing-a', [thing(2)], { expectedRevision: 1, command: at('2026-03-01T00:00:00.000Z') });
    await source.append('thing-b', [thing(3)], { expectedRevision: 0, command: at('2026-02-01T00:00:00.000Z') });
    const legacy = openSqlite(file.path);
    const insert = legacy.prepare('INSERT INTO events (stream_id, revision, type, data, metadata, command_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const e of await source.readAll()) insert.run(e.streamId, e.revision, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), e.metadata.commandId, e.metadata.recordedAt);
    legacy.close();
    await source.close();

    const store = SqliteEventStore.open(file.path);
    SqliteEventStore.open(file.path).close(); // a second open finds nothing left to upgrade
    expect(store.db.prepare('SELECT position, recorded_late FROM events ORDER BY position').all()).toEqual([
      { position: 1, recorded_late: 0 },
      { position: 2, recorded_late: 0 },
      { position: 3, recorded_late: 1 },
    ]);
    await store.append('thing-a', [thing(4)], { expectedRevision: 2, command: at('2026-02-15T00:00:00.000Z') });
    const n = async (until: string) => (await store.readAll({ until: new Date(until) })).map((e) => (e.data as { n: number }).n);
    expect(await n('2026-02-20T00:00:00Z')).toEqual([1, 3, 4]);
    expect(await n('2026-01-15T00:00:00Z')).toEqual([1]);
    const plan = store.db
      .prepare('EXPLAIN QUERY PLAN SELECT position FROM events WHERE recorded_late = 0 AND recorded_at <= ? ORDER BY recorded_at DESC, position DESC LIMIT 1')
      .all('2026-02-20T00:00:00.000Z') as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/USING COVERING INDEX events_in_order_by_recorded_at/);
    await store.close();
    file.remove();
  });
});

describe('SQLite verify from the stored text', () => {
  const setUp = async () => {
    const store = SqliteEventStore.open(':memory:');
    const command = commandMetadata({ actorId: 'user-1', actorRoles: ['ADMIN', 'AUDITOR'] });
    await store.append('thing-a', [1, 2, 3].map((n) => ({ type: 'ThingHappened', data: { n, label: `thing ${n}` } })), { expectedRevision: 0, command });
    const metadataText = (position: number) => (store.db.prepare('SELECT metadata FROM events WHERE position = ?').pluck().get(position) as string);
    const setMetadataText = (position: number, text: string) => store.db.prepare('UPDATE events SET metadata = ? WHERE position = ?').run(text, position);
    return { store, metadataText, setMetadataText };
  };

  it('keeps each event’s data as the canonical JSON it was hashed over (ADR 0042), and reads it back as appended', async () => {
    const store = SqliteEventStore.open(':memory:');
    const data = { zeta: 'last', alpha: { b: 2, a: [3, { y: 1, x: 'é\u2028' }] }, middle: null };
    await store.append('thing-b', [{ type: 'ThingHappened', data }], { expectedRevision: 0, command: commandMetadata() });
    expect(store.db.prepare("SELECT data FROM events WHERE stream_id = 'thing-b'").pluck().get()).toBe('{"alpha":{"a":[3,{"x":"é\u2028","y":1}],"b":2},"middle":null,"zeta":"last"}');
    expect((await store.readStream('thing-b'))[0].data).toEqual(data);
    // An event recorded elsewhere (an import, a migration) is stored the same way.
    const [recorded] = await store.readStream('thing-b');
    const copy = SqliteEventStore.open(':memory:');
    await copy.appendRecorded([recorded]);
    expect(copy.db.prepare('SELECT data FROM events').pluck().get()).toBe(store.db.prepare('SELECT data FROM events').pluck().get());
    expect(await verifyEventLog(copy)).toMatchObject({ ok: true, eventsChecked: 1 });
    await Promise.all([store.close(), copy.close()]);
  });

  it('accepts metadata written in another layout with the same values: spacing, key order, escapes', async () => {
    const { store, metadataText, setMetadataText } = await setUp();
    setMetadataText(1, JSON.stringify(JSON.parse(metadataText(1)), null, 2));
    const sorted = JSON.parse(metadataText(2)) as Record<string, unknown>;
    setMetadataText(2, JSON.stringify(Object.fromEntries(Object.keys(sorted).sort().map((key) => [key, sorted[key]]))));
    setMetadataText(3, metadataText(3).replace('"actorId":"user-1"', '"actorId":"user\\u002d1"'));
    expect(await verifyEventLog(store)).toMatchObject({ ok: true, eventsChecked: 3 });
    await store.close();
  });

  it.each([
    ['an actor', (text: string) => text.replace('"actorId":"user-1"', '"actorId":"user-2"')],
    ['a role', (text: string) => text.replace('"ADMIN","AUDITOR"', '"ADMIN"')],
    ['a schema version', (text: string) => text.replace('"schemaVersion":1', '"schemaVersion":2')],
    ['an instant', (text: string) => text.replace(/"recordedAt":"[^"]*"/, '"recordedAt":"2020-01-01T00:00:00.000Z"')],
    ['an escaped actor', (text: string) => text.replace('"actorId":"user-1"', '"actorId":"user\\u002d2"')],
  ])('names an event whose metadata text was altered: %s', async (_, alter) => {
    const { store, metadataText, setMetadataText } = await setUp();
    const original = metadataText(2);
    setMetadataText(2, alter(original));
    expect(metadataText(2)).not.toBe(original);
    expect(await verifyEventLog(store)).toMatchObject({ ok: false, firstBrokenPosition: 2n, reason: expect.stringMatching(/thing-a@2: content does not match its hash: the event was altered/) });
    await store.close();
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
