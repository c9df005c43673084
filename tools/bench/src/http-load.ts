import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { EventStore } from '@ledger/event-store-core';
import { PostgresEventStore } from '@ledger/event-store-postgres';
import { SqliteEventStore } from '@ledger/event-store-sqlite';
import { CLIENTS, SECONDS, pollHealth, startBenchApi } from './bench-api';
import { writeMixedLog } from './as-of-scenario';
import { rawSqliteCommits } from './measure';

/** What a growing authority does to the API: many clients at once over HTTP, on a large log (issue 11). */
export interface HttpLoadResult {
  what: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  notes: string;
}

/** Which store the API runs on: a fresh SQLite file, or a fresh schema on a PostgreSQL server. */
export type HttpLoadStore = { kind: 'sqlite' } | { kind: 'postgres'; connectionString: string };

/**
 * Writes a mixed log of `events` events into a fresh store, starts the built API on it as a
 * separate process (as in production), and loads it with autocannon: a mutation, a live register,
 * a register as at a past instant, and /health while the as-of load runs. Beside it, the raw
 * driver's durable single-row commits per second on the same store: the floor a mutation sits on.
 */
export async function measureHttpLoad(
  dir: string,
  events: number,
  target: HttpLoadStore = { kind: 'sqlite' },
): Promise<{ rows: HttpLoadResult[]; rawCommitsPerSecond: number }> {
  const path = join(dir, 'ledger.sqlite');
  const schema = `bench_http_${randomBytes(4).toString('hex')}`;
  const store: EventStore =
    target.kind === 'sqlite'
      ? SqliteEventStore.open(path)
      : await PostgresEventStore.connect({
          connectionString: target.connectionString,
          schema,
        });
  const span = await writeMixedLog(store, events);
  await store.close();
  const rawCommitsPerSecond =
    target.kind === 'sqlite' ? rawSqliteCommits(join(dir, 'raw.sqlite'), 2000, (n) => [`raw-${n}`, `{"n":${n}}`]).perSecond : await rawPostgresCommits(target.connectionString, schema, 2000);
  const storeEnv: Record<string, string> =
    target.kind === 'sqlite'
      ? { SQLITE_PATH: path }
      : {
          EVENT_STORE: 'postgres',
          DATABASE_URL: target.connectionString,
          POSTGRES_SCHEMA: schema,
          LEDGER_KEYS_DIR: join(dir, 'keys'),
        };

  const api = await startBenchApi(storeEnv);
  try {
    const { url, token, startMs } = api;
    const rows: HttpLoadResult[] = [];
    const graphql = (query: string) => JSON.stringify({ query });
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    };

    let n = 0;
    rows.push(
      summary(
        `assessProficiency, ${CLIENTS} clients`,
        await load(url, {
          method: 'POST',
          path: '/graphql',
          headers,
          setupRequest: (request) => {
            n += 1;
            const body = `mutation { assessProficiency(input: { staffMemberId: "s${n % 1000}", competencyId: "c${n % 40}", level: ${n % 5}, evidence: "Load ${n}", commandId: "${randomBytes(8).toString('hex')}" }) { totalGap } }`;
            return { ...request, body: graphql(body) };
          },
        }),
        `raw driver: ${rawCommitsPerSecond} durable commits/s; API started in ${Math.round(startMs)} ms`,
      ),
    );
    rows.push(
      summary(
        `skills matrix, first page (100 of 1,000 people), ${CLIENTS} clients`,
        await load(url, {
          method: 'POST',
          path: '/graphql',
          headers,
          body: graphql('{ skillsMatrix { rows { totalGap staffMember { id } } } }'),
        }),
        'live register',
      ),
    );
    const middle = new Date((span.first.getTime() + span.last.getTime()) / 2).toISOString();
    const healthSamples: number[] = [];
    const polling = await pollHealth(url, healthSamples);
    rows.push(
      summary(
        `every register as at a past instant, ${CLIENTS} clients`,
        await load(url, {
          method: 'POST',
          path: '/graphql',
          headers,
          body: graphql(`{ registersAsOf(asOf: "${middle}") { risks { id } establishment { filledFte } } }`),
        }),
        'target p99 < 300 ms',
      ),
    );
    await polling.stop();
    const sorted = [...healthSamples].sort((a, b) => a - b);
    rows.push({
      what: '/health while the as-of load runs',
      requestsPerSecond: sorted.length / SECONDS,
      p50: sorted[Math.floor(sorted.length / 2)] ?? 0,
      p99: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0,
      errors: 0,
      notes: `max ${Math.round(sorted.at(-1) ?? 0)} ms (target < 100 ms)`,
    });
    return { rows, rawCommitsPerSecond };
  } finally {
    await api.stop();
    if (target.kind === 'postgres') {
      const pool = new Pool({ connectionString: target.connectionString });
      await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => pool.end());
    }
  }
}

/** The PostgreSQL reference: one INSERT per transaction from one client, committed durably (the server's defaults). */
async function rawPostgresCommits(connectionString: string, schema: string, count: number): Promise<number> {
  const pool = new Pool({ connectionString, max: 1 });
  try {
    await pool.query(`CREATE TABLE ${schema}.raw_commits (id BIGSERIAL PRIMARY KEY, data TEXT NOT NULL)`);
    const start = performance.now();
    for (let i = 0; i < count; i++) await pool.query(`INSERT INTO ${schema}.raw_commits (data) VALUES ($1)`, [`{"n":${i}}`]);
    return Math.round((count / (performance.now() - start)) * 1000);
  } finally {
    await pool.end();
  }
}

/** GraphQL answers errors with HTTP 200: each body is read, and one that holds `errors` counts as failed. */
async function load(url: string, request: autocannon.Request): Promise<autocannon.Result & { graphqlErrors: number; firstError?: string }> {
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const result = await autocannon({
    url,
    connections: CLIENTS,
    duration: SECONDS,
    timeout: 60,
    requests: [
      {
        ...request,
        onResponse: (_status: number, body: string) => {
          if (body.includes('"errors"')) {
            graphqlErrors += 1;
            firstError ??= body.slice(0, 300);
          }
        },
      },
    ],
  });
  return Object.assign(result, { graphqlErrors, firstError });
}

function summary(what: string, result: Awaited<ReturnType<typeof load>>, notes: string): HttpLoadResult {
  const errors = result.errors + result.non2xx + result.timeouts + result.graphqlErrors;
  return {
    what,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
    notes: result.firstError ? `${notes}; first error: ${result.firstError}` : notes,
  };
}

