import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '@ledger/event-store-sqlite';
import { timed } from './measure';
import { writeMixedLog } from './as-of-scenario';

/** What a growing authority does to the API: many clients at once over HTTP, on a large log (issue 11). */
export interface HttpLoadResult {
  what: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  notes: string;
}

const CLIENTS = Number(process.env['BENCH_HTTP_CLIENTS'] ?? 50);
const SECONDS = Number(process.env['BENCH_HTTP_SECONDS'] ?? 10);
const ADMIN = { email: 'bench.admin@example.gov.uk', password: 'a long bench passphrase 42' };

/**
 * Writes a mixed log of `events` events into a fresh SQLite file, starts the built API on it as a
 * separate process (as in production), and loads it with autocannon: a mutation, a live register,
 * a register as at a past instant, and /health while the as-of load runs.
 */
export async function measureHttpLoad(dir: string, events: number): Promise<{ rows: HttpLoadResult[]; rawCommitsPerSecond: number }> {
  const path = join(dir, 'ledger.sqlite');
  const store = SqliteEventStore.open(path);
  const span = await writeMixedLog(store, events);
  await store.close();
  const rawCommitsPerSecond = rawDriverCommits(join(dir, 'raw.sqlite'), 2000);

  const port = 39_000 + Math.floor(Math.random() * 1000);
  const api = spawn(process.execPath, [join(process.cwd(), 'dist/apps/api/main.js')], {
    env: {
      PATH: process.env['PATH'],
      PORT: String(port),
      SQLITE_PATH: path,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'error',
      MUTATIONS_PER_MINUTE: '100000',
      FILE_REQUESTS_PER_MINUTE: '100000',
      CHECKPOINT_INTERVAL_MINUTES: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const url = `http://127.0.0.1:${port}`;
    const [, startMs] = await timed(() => waitForHealth(url, api));
    const token = await signIn(url);
    const rows: HttpLoadResult[] = [];
    const graphql = (query: string) => JSON.stringify({ query });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

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
        `skills matrix (1,000 people), ${CLIENTS} clients`,
        await load(url, { method: 'POST', path: '/graphql', headers, body: graphql('{ skillsMatrix { rows { totalGap staffMember { id } } } }') }),
        'live register',
      ),
    );
    const middle = new Date((span.first.getTime() + span.last.getTime()) / 2).toISOString();
    const healthSamples: number[] = [];
    const polling = pollHealth(url, healthSamples);
    rows.push(
      summary(
        `every register as at a past instant, ${CLIENTS} clients`,
        await load(url, { method: 'POST', path: '/graphql', headers, body: graphql(`{ registersAsOf(asOf: "${middle}") { risks { id } establishment { filledFte } } }`) }),
        'target p99 < 300 ms',
      ),
    );
    polling.stop();
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
    api.kill('SIGTERM');
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

/** The reference: durable single-row commits straight through better-sqlite3 (WAL, synchronous=FULL). */
function rawDriverCommits(path: string, count: number): number {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, data TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO t (data) VALUES (?)');
  const start = performance.now();
  for (let i = 0; i < count; i++) insert.run(`{"n":${i}}`);
  const took = performance.now() - start;
  db.close();
  return Math.round((count / took) * 1000);
}

async function waitForHealth(url: string, api: ChildProcess): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (api.exitCode !== null) throw new Error(`the API exited with ${api.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the API did not answer /health within 5 minutes');
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(email: "${ADMIN.email}", password: "${ADMIN.password}") { token } }` }),
  });
  const answer = (await response.json()) as { data?: { login: { token: string } }; errors?: unknown };
  if (!answer.data) throw new Error(`sign-in failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.login.token;
}

/** Polls /health every 100 ms; a request still unanswered at the end counts with the time it has waited. */
function pollHealth(url: string, samples: number[]): { stop(): void } {
  let running = true;
  let inFlightSince: number | null = null;
  void (async () => {
    while (running) {
      const start = performance.now();
      inFlightSince = start;
      try {
        await fetch(`${url}/health`);
        samples.push(performance.now() - start);
      } catch {
        samples.push(Number.POSITIVE_INFINITY);
      }
      inFlightSince = null;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    stop: () => {
      running = false;
      if (inFlightSince !== null) samples.push(performance.now() - inFlightSince);
    },
  };
}
