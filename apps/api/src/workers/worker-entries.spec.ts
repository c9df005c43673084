import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORKER_NICE_INCREMENT } from '@ledger/shared-api';
import { heavyWorkPool } from './worker-entries';

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
