import { existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandMetadata } from '@ledger/event-store-core/testing';
import { randomBytes } from 'node:crypto';
import { SqliteEventStore } from './sqlite-event-store';
import { SqlitePersonalDataKeyStore } from './sqlite-personal-data-key-store';
import { openSqlite } from './open-sqlite';
import { WalSync } from './wal-sync';

// An append is acknowledged only once the write-ahead log holding it is on disk, flushed off the
// event loop, and appends that commit meanwhile share one flush (ADR 0041).

/** A flush the test lets finish: `release()` ends the oldest one still waiting. */
function gatedFlushes() {
  const waiting: { path: string; finish: (error?: Error) => void }[] = [];
  let calls = 0;
  return {
    syncFile: (path: string) =>
      new Promise<{ inode: number }>((resolve, reject) => {
        calls += 1;
        waiting.push({ path, finish: (error) => (error ? reject(error) : resolve({ inode: 1 })) });
      }),
    release: (error?: Error) => waiting.shift()?.finish(error),
    waiting: () => waiting.length,
    calls: () => calls,
    paths: () => waiting.map((flush) => flush.path),
  };
}

const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('SQLite appends made durable by flushing the write-ahead log', () => {
  let dir: string;
  let store: SqliteEventStore;
  let flushes: ReturnType<typeof gatedFlushes>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-wal-sync-'));
    flushes = gatedFlushes();
    store = new SqliteEventStore(openSqlite(join(dir, 'ledger.sqlite')), true, { syncFile: flushes.syncFile });
  });
  afterEach(async () => {
    while (flushes.waiting()) flushes.release();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const append = (stream: string, expectedRevision = 0) => store.append(stream, [{ type: 'NoteRecorded', data: { text: stream } }], { expectedRevision, command: commandMetadata() });

  it('acknowledges an append (and tells followers) only once its write-ahead log is flushed', async () => {
    const heard: bigint[] = [];
    store.onAppended((position) => heard.push(position));
    let acknowledged = false;
    const appended = append('note-1').then((result) => ((acknowledged = true), result));
    await turns();
    expect(acknowledged).toBe(false);
    expect(heard).toEqual([]);
    expect(flushes.paths()).toEqual([join(dir, 'ledger.sqlite-wal')]);
    flushes.release();
    expect((await appended).position).toBe(1n);
    expect(heard).toEqual([1n]);
  });

  it('shares one flush among the appends that commit while another flush runs (group commit)', async () => {
    const first = append('note-first');
    await turns();
    const others = Array.from({ length: 10 }, (_, i) => append(`note-${i}`));
    await turns();
    // The running flush may have begun before their frames were written: they wait for the next.
    expect(flushes.calls()).toBe(1);
    flushes.release();
    await first;
    await turns();
    expect(flushes.calls()).toBe(2);
    flushes.release();
    expect((await Promise.all(others)).map((result) => result.position)).toEqual(Array.from({ length: 10 }, (_, i) => BigInt(i + 2)));
    expect(flushes.calls()).toBe(2);
  });

  it('fails the appends whose flush failed, then writes nothing more and reports itself unavailable (a later flush could pass without the lost frames)', async () => {
    const failed = append('note-failed');
    await turns();
    flushes.release(new Error('EIO: i/o error, fdatasync'));
    await expect(failed).rejects.toThrow('EIO');
    await expect(append('note-next')).rejects.toThrow(/failed \(EIO: i\/o error, fdatasync\): this process writes nothing more; check the disk, then restart the ledger/);
    await expect(store.ping()).rejects.toThrow('writes nothing more');
    expect(flushes.calls()).toBe(1);
    // Nothing after the failed flush reached the log.
    const reader = openSqlite(join(dir, 'ledger.sqlite'));
    expect(reader.prepare('SELECT stream_id FROM events').pluck().all()).toEqual(['note-failed']);
    reader.close();
    // Closing the store and opening the file again in this process does not forget the failure.
    await store.close();
    store = new SqliteEventStore(openSqlite(join(dir, 'ledger.sqlite')), true, { syncFile: flushes.syncFile });
    await expect(append('note-reopened')).rejects.toThrow('writes nothing more');
    expect(flushes.calls()).toBe(1);
  });

  it('makes a retry of an acknowledged command wait for the flush too (its first attempt may still be on its way)', async () => {
    const command = commandMetadata();
    const first = store.append('note-retried', [{ type: 'NoteRecorded', data: {} }], { expectedRevision: 0, command });
    await turns();
    const retry = store.append('note-retried', [{ type: 'NoteRecorded', data: {} }], { expectedRevision: 0, command });
    let retried = false;
    void retry.then(() => (retried = true));
    await turns();
    expect(retried).toBe(false);
    expect(flushes.calls()).toBe(1);
    flushes.release();
    await first;
    await turns();
    expect(retried).toBe(false);
    expect(flushes.calls()).toBe(2);
    flushes.release();
    await expect(retry).resolves.toMatchObject({ idempotent: true, position: 1n });
  });

  it('answers a new personal-data key only once it is flushed, so no event sealed with it can reach the disk before it', async () => {
    const kek = { key: randomBytes(32), keyId: 'test-kek' };
    const keys = new SqlitePersonalDataKeyStore(openSqlite(join(dir, 'ledger.sqlite')), { kek, syncFile: flushes.syncFile }, true);
    try {
      let answered = false;
      const created = keys.createKey('person-1', randomBytes(32)).then((key) => ((answered = true), key));
      await turns();
      expect(answered).toBe(false);
      expect(flushes.paths()).toEqual([join(dir, 'ledger.sqlite-wal')]);
      flushes.release();
      expect(await created).toHaveLength(32);
      // After a failed flush the key store writes nothing more either: no key, no erasure.
      const failed = keys.createKey('person-2', randomBytes(32));
      await turns();
      flushes.release(new Error('EIO: i/o error, fdatasync'));
      await expect(failed).rejects.toThrow('EIO');
      await expect(keys.createKey('person-3', randomBytes(32))).rejects.toThrow('writes nothing more');
      await expect(keys.eraseKey('person-1', new Date())).rejects.toThrow('writes nothing more');
      expect((await keys.keysFor(['person-1'])).get('person-1')).toHaveLength(32);
      // Nor does the event store on the same file: one write-ahead log, one failure.
      await expect(append('note-after-key-failure')).rejects.toThrow('writes nothing more');
      await expect(store.ping()).rejects.toThrow('writes nothing more');
      expect(flushes.calls()).toBe(2);
    } finally {
      await keys.close();
    }
  });

  it('flushes the folder once per write-ahead log file, so that the file itself survives a power cut', async () => {
    const folders: string[] = [];
    let inode = 7;
    const sync = new WalSync('/data/ledger.sqlite-wal', async () => ({ inode }), async (folder) => void folders.push(folder));
    await sync.afterCommit();
    await sync.afterCommit();
    expect(folders).toEqual(['/data']);
    inode = 8; // SQLite deleted the log and made a new one
    await sync.afterCommit();
    expect(folders).toEqual(['/data', '/data']);
  });
});

describe('the real flush (fdatasync on the thread pool)', () => {
  it('flushes a real store\'s write-ahead log, and takes a log SQLite already folded into the database as flushed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-wal-real-'));
    try {
      const store = SqliteEventStore.open(join(dir, 'ledger.sqlite'));
      // The connection itself no longer waits for the disk at each commit: the flush does.
      expect(store.db.pragma('synchronous', { simple: true })).toBe(1);
      await expect(store.append('note-1', [{ type: 'NoteRecorded', data: {} }], { expectedRevision: 0, command: commandMetadata() })).resolves.toMatchObject({ position: 1n });
      expect(existsSync(join(dir, 'ledger.sqlite-wal'))).toBe(true);
      await store.close();
      await expect(new WalSync(join(dir, 'gone.sqlite-wal')).afterCommit()).resolves.toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  /** The kept handles on `path`: opened read-only, where SQLite's own connections open it read-write. */
  const openHandlesOn = (path: string) => readdirSync('/proc/self/fd').filter((fd) => {
    try {
      if (!readlinkSync(`/proc/self/fd/${fd}`).startsWith(path)) return false;
      const flags = Number.parseInt(/^flags:\s+(\d+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'))?.[1] ?? '2', 8);
      return (flags & 0o3) === 0; // O_RDONLY
    } catch {
      return false; // the listing's own descriptor, closed by now
    }
  }).length;

  it('gives the event store and the key store on one file one kept handle on its log, let go of when the last of them closes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-wal-shared-'));
    const file = join(dir, 'ledger.sqlite');
    const wal = `${file}-wal`;
    const events = SqliteEventStore.open(file);
    const keys = SqlitePersonalDataKeyStore.open(file, { kek: { key: randomBytes(32), keyId: 'test-kek' } });
    try {
      await events.append('note-1', [{ type: 'NoteRecorded', data: {} }], { expectedRevision: 0, command: commandMetadata() });
      await keys.createKey('person-1', randomBytes(32));
      expect(openHandlesOn(wal)).toBe(1);
      await events.close();
      // The key store still writes, through the same handle.
      await keys.createKey('person-2', randomBytes(32));
      expect(openHandlesOn(wal)).toBe(1);
      await keys.close();
      expect(openHandlesOn(wal)).toBe(0);
    } finally {
      await events.close();
      await keys.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a second flush function for a file whose stores already share one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-wal-two-'));
    const first = new SqliteEventStore(openSqlite(join(dir, 'ledger.sqlite')), true, { syncFile: async () => undefined });
    const second = openSqlite(join(dir, 'ledger.sqlite'));
    try {
      expect(() => new SqliteEventStore(second, true, { syncFile: async () => undefined })).toThrow(/already flushed by another function/);
    } finally {
      second.close();
      await first.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the log open between flushes, lets go of it at close, and flushes a log made again at the same path, not the deleted one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-wal-kept-'));
    const wal = join(dir, 'ledger.sqlite-wal');
    const folders: string[] = [];
    const sync = new WalSync(wal, undefined, async (folder) => void folders.push(folder));
    try {
      writeFileSync(wal, 'frames');
      await sync.afterCommit();
      await sync.afterCommit();
      expect(openHandlesOn(wal)).toBe(1);
      expect(folders).toEqual([dir]);
      // A new file at the path (SQLite deleted the log and made another): flushing the deleted one
      // through the kept handle would acknowledge commits that are not on disk.
      unlinkSync(wal);
      writeFileSync(wal, 'new frames');
      await sync.afterCommit();
      expect(folders).toEqual([dir, dir]);
      expect(openHandlesOn(wal)).toBe(1);
      await sync.close();
      expect(openHandlesOn(wal)).toBe(0);
    } finally {
      await sync.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
