// The reference appends for docs/benchmarks.md: the same workload as tools/bench (WRITERS concurrent
// writers, each appending one event to a new stream per command) through the raw pg driver and
// through Emmett's PostgreSQL event store, in the same run. Prints one JSON line.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';

const [connectionString, totalText = '4000', writersText = '8'] = process.argv.slice(2);
const total = Number(totalText);
const writers = Number(writersText);
const perWriter = Math.ceil(total / writers);

function summary(latencies, wallMs) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { count: sorted.length, perSecond: Math.round((sorted.length / wallMs) * 1000), p50: at(0.5), p99: at(0.99) };
}

async function run(appendOne) {
  const latencies = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; i < perWriter; i++) {
        const begin = performance.now();
        await appendOne(w * perWriter + i, w);
        latencies.push(performance.now() - begin);
      }
    }),
  );
  return summary(latencies, performance.now() - start);
}

const data = (n) => ({ userId: `u${n}`, email: `user${n}@example.gov.uk`, displayName: `User ${n}`, passwordHash: 'x'.repeat(90), roles: ['STAFF'] });

// The raw driver: one single-row INSERT per commit on a connection per writer.
const schema = `ref_${randomBytes(4).toString('hex')}`;
const admin = new pg.Pool({ connectionString, max: 1 });
await admin.query(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.events (position BIGSERIAL PRIMARY KEY, stream_id TEXT NOT NULL, data JSONB NOT NULL)`);
const clients = await Promise.all(Array.from({ length: writers }, async () => { const c = new pg.Client({ connectionString }); await c.connect(); return c; }));
const raw = await run((n, w) => clients[w].query(`INSERT INTO ${schema}.events (stream_id, data) VALUES ($1, $2)`, [`user-u${n}`, JSON.stringify(data(n))]));
await Promise.all(clients.map((c) => c.end()));
await admin.query(`DROP SCHEMA ${schema} CASCADE`);

// Emmett's PostgreSQL event store (its own tables in the public schema of a fresh database).
const database = `emmett_${randomBytes(4).toString('hex')}`;
await admin.query(`CREATE DATABASE ${database}`);
const url = new URL(connectionString);
url.pathname = `/${database}`;
const emmett = getPostgreSQLEventStore(url.toString());
await emmett.appendToStream(`warm-up`, [{ type: 'UserRegistered', data: data(-1) }]);
const emmettResult = await run((n) => emmett.appendToStream(`user-u${n}`, [{ type: 'UserRegistered', data: data(n) }], { expectedStreamVersion: STREAM_DOES_NOT_EXIST }));
await emmett.close();
await admin.query(`DROP DATABASE ${database}`);
await admin.end();

console.log(JSON.stringify({ raw, emmett: emmettResult }));
