import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORKER_NICE_INCREMENT } from '@ledger/shared-api';
import { commandMetadata } from '@ledger/event-store-core/testing';
import { SqliteEventStore } from '@ledger/event-store-sqlite';
import { WAL_AUTOCHECKPOINT_FALLBACK_PAGES, heavyWorkPool, walCheckpointer } from './worker-entries';

/** Each thread of this process with its nice value, from /proc (field 19 of a task's stat). */
function threadNiceValues(): Map<number, number> {
  const values = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
    values.set(Number(tid), Number(fields[16]));
  }
  return values;
}

// Linux keeps a nice value per thread, and /proc shows it (the product runs, and is tested, on Linux).
describe('the heavy-work threads', () => {
  it('run below the event loop’s CPU priority, which stays as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-workers-'));
    const pool = heavyWorkPool({ EVENT_STORE: 'sqlite', SQLITE_PATH: join(dir, 'ledger.sqlite'), POSTGRES_SCHEMA: 'ledger' });
    if (!pool) throw new Error('the heavy-work worker module was not found');
    try {
      const before = threadNiceValues();
      // Any task starts a worker: a one-row spreadsheet.
      const bytes = await pool.run<Uint8Array>('writeTables', { sheets: [{ name: 'Sheet', columns: ['A'], rows: [['1']] }], format: 'csv' });
      expect(bytes.byteLength).toBeGreaterThan(0);
      const after = threadNiceValues();
      const newThreads = [...after].filter(([tid]) => !before.has(tid));
      expect(newThreads.map(([, nice]) => nice)).toContain(WORKER_NICE_INCREMENT);
      // The main thread (its task id is the process id) keeps its priority.
      expect(after.get(process.pid)).toBe(before.get(process.pid));
    } finally {
      await pool.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the write-ahead-log checkpoint thread (ADR 0041)', () => {
  const MB = 2 ** 20;
  /**
   * Writes about 12 MB in bursts of 2 MB (one 20 KB event per append) with a pause after each, as
   * an import's writes come, and answers the largest the log file grew.
   */
  async function write12MbWatchingTheLog(store: SqliteEventStore, path: string): Promise<number> {
    let largest = 0;
    for (let i = 0; i < 600; i++) {
      await store.append(`note-${i}`, [{ type: 'NoteRecorded', data: { text: 'x'.repeat(20_000) } }], { expectedRevision: 0, command: commandMetadata() });
      if (i % 100 === 99) await new Promise((resolve) => setTimeout(resolve, 400));
      largest = Math.max(largest, statSync(`${path}-wal`).size);
    }
    return largest;
  }

  it('keeps the log near 4 MB for connections that would otherwise let it reach 64 MB before checkpointing themselves', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-checkpoints-'));
    const config = (name: string) => ({ EVENT_STORE: 'sqlite' as const, SQLITE_PATH: join(dir, name), POSTGRES_SCHEMA: 'ledger' });
    try {
      // Without the thread, a connection set as the checkpointer sets it lets the log grow with what is written.
      const alone = SqliteEventStore.open(config('alone.sqlite').SQLITE_PATH);
      alone.db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_FALLBACK_PAGES}`);
      expect(await write12MbWatchingTheLog(alone, config('alone.sqlite').SQLITE_PATH)).toBeGreaterThan(11 * MB);
      await alone.close();

      const store = SqliteEventStore.open(config('ledger.sqlite').SQLITE_PATH);
      const checkpoints = walCheckpointer(config('ledger.sqlite'), [store.db], 50);
      if (!checkpoints) throw new Error('the checkpoint worker module was not found');
      try {
        await checkpoints.checkpointNow(); // the thread started
        expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_AUTOCHECKPOINT_FALLBACK_PAGES);
        // Under 8 MB here even with four other busy processes on the two cores (the thread runs at nice +10).
        expect(await write12MbWatchingTheLog(store, config('ledger.sqlite').SQLITE_PATH)).toBeLessThan(8 * MB);
      } finally {
        await checkpoints.close();
      }
      expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      expect(await store.headPosition()).toBe(600n);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives checkpoints back to the connections when the thread keeps failing (here: no store file to open)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-checkpoints-'));
    const path = join(dir, 'missing.sqlite');
    writeFileSync(`${path}-wal`, Buffer.alloc(5 * MB));
    // Stands for one of the app's connections: only its checkpoint setting is looked at.
    const connection = new Database(':memory:');
    const checkpoints = walCheckpointer({ EVENT_STORE: 'sqlite', SQLITE_PATH: path, POSTGRES_SCHEMA: 'ledger' }, [connection], 20);
    try {
      expect(connection.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_AUTOCHECKPOINT_FALLBACK_PAGES);
      for (let waited = 0; connection.pragma('wal_autocheckpoint', { simple: true }) !== 1000 && waited < 90_000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(connection.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    } finally {
      await checkpoints?.close();
      connection.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
