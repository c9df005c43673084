// The SQLite reference appends for docs/benchmarks.md: the bench's append workload (one writer,
// one event appended to a new stream per command, each commit durable) on Emmett's SQLite event
// store. Prints one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import { getSQLiteEventStore } from '@event-driven-io/emmett-sqlite';

const total = Number(process.argv[2] ?? '4000');
const data = (n) => ({ userId: `u${n}`, email: `user${n}@example.gov.uk`, displayName: `User ${n}`, passwordHash: 'x'.repeat(90), roles: ['STAFF'] });

const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-emmett-sqlite-'));
try {
  const store = getSQLiteEventStore({ fileName: join(dir, 'emmett.sqlite'), schema: { autoMigration: 'CreateOrUpdate' } });
  await store.appendToStream('warm-up', [{ type: 'UserRegistered', data: data(-1) }]);
  const latencies = [];
  let retries = 0;
  const start = performance.now();
  for (let n = 0; n < total; n++) {
    const begin = performance.now();
    const append = () => store.appendToStream(`user-u${n}`, [{ type: 'UserRegistered', data: data(n) }], { expectedStreamVersion: STREAM_DOES_NOT_EXIST });
    try {
      await append();
    } catch (error) {
      // Emmett 0.38.5 now and then fails a commit with SQLITE_BUSY ("SQL statements in progress")
      // with one writer; the append is tried once more, and the retries are reported.
      if (error?.code !== 'SQLITE_BUSY') throw error;
      retries++;
      await append();
    }
    latencies.push(performance.now() - begin);
  }
  const wallMs = performance.now() - start;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? 0;
  console.log(JSON.stringify({ emmett: { count: total, perSecond: Math.round((total / wallMs) * 1000), p50: at(0.5), p99: at(0.99), retries } }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
