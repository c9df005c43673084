import { existsSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { SqliteEventStore } from '@ledger/event-store-sqlite';
import { mixedLogSpan, writeMixedLog } from './as-of-scenario';
import { copyKeptStore, pollHealth, startBenchApi } from './bench-api';
import type { HttpLoadResult } from './http-load';
import { timed } from './measure';

const PEOPLE = 100;
const COMPETENCY = 'Liveness competency';

/**
 * Issue 11's liveness check: `/health` answers within 100 ms while a 20,000-row spreadsheet import
 * (dry run, then applied) and `clients` clients asking registers as at past instants run against
 * the built API on SQLite with a log of `events` events. The as-of clients cycle through more
 * instants than the API caches, so folds keep running for the whole window. Returns the /health
 * latencies (p50, p99, max) and what the heavy work did, as rows for the benchmark report.
 */
export async function measureLiveness(dir: string, events: number, options: { rows?: number; clients?: number } = {}): Promise<HttpLoadResult[]> {
  const rows = options.rows ?? 20_000;
  const clients = options.clients ?? 50;
  const path = join(dir, 'liveness.sqlite');
  // BENCH_LIVENESS_SQLITE: a mixed log of `events` events kept between runs (e.g. BENCH_REGISTERS_SQLITE's),
  // copied so that every run starts from the same log without writing it again.
  const kept = process.env['BENCH_LIVENESS_SQLITE'];
  let span: { first: Date; last: Date };
  if (kept && existsSync(kept)) {
    copyKeptStore(kept, path);
    span = mixedLogSpan(events);
  } else {
    const store = SqliteEventStore.open(path);
    span = await writeMixedLog(store, events);
    await store.close();
  }

  const api = await startBenchApi({ SQLITE_PATH: path });
  try {
    const { url, token } = api;
    const gql = graphqlClient(url, token);
    await gql('mutation($i: DefineCompetencyInput!) { defineCompetency(input: $i) { id } }', {
      i: {
        name: COMPETENCY,
        category: 'Bench',
        levelDescriptors: ['0', '1', '2', '3', '4'],
      },
    });
    for (let person = 0; person < PEOPLE; person++) {
      await gql('mutation($i: RegisterStaffMemberInput!) { registerStaffMember(input: $i) { id } }', {
        i: {
          displayName: `Liveness ${person}`,
          email: `liveness${person}@example.gov.uk`,
          jobTitle: 'Job 1',
          department: 'Dept 1',
        },
      });
    }

    // More instants than the API's as-of cache holds (16): folds keep running throughout.
    const instants = Array.from({ length: 48 }, (_, i) =>
      new Date(span.first.getTime() + ((span.last.getTime() - span.first.getTime()) * (i + 1)) / 49).toISOString(),
    );
    const health: number[] = [];
    const polling = await pollHealth(url, health, 50);
    let n = 0;
    let asOfLoad: autocannon.Instance | undefined;
    const asOfDone = new Promise<autocannon.Result>((resolve, reject) => {
      asOfLoad = autocannon(
        {
          url,
          connections: clients,
          // Runs until the imports are done (stopped below), however long they take.
          duration: 3600,
          timeout: 120,
          requests: [
            {
              method: 'POST',
              path: '/graphql',
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${token}`,
              },
              setupRequest: (request) => {
                n += 1;
                const query = `{ registersAsOf(asOf: "${instants[n % instants.length]}") { risks { id } establishment { filledFte } } }`;
                return { ...request, body: JSON.stringify({ query }) };
              },
            },
          ],
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
    });
    const file = skillsFile(rows);
    const [dryRun, dryRunMs] = await timed(() => upload(url, token, file, true));
    const [applied, appliedMs] = await timed(() => upload(url, token, file, false));
    asOfLoad?.stop();
    const asOf = await asOfDone;
    await polling.stop();

    const sorted = [...health].sort((a, b) => a - b);
    const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)] ?? 0;
    const max = sorted.at(-1) ?? 0;
    return [
      {
        what: `/health during a ${rows.toLocaleString('en-GB')}-row import and ${clients} as-of clients`,
        requestsPerSecond: sorted.length / ((dryRunMs + appliedMs) / 1000),
        p50: p(0.5),
        p99: p(0.99),
        errors: sorted.filter((ms) => !Number.isFinite(ms)).length,
        notes: `max ${Math.round(max)} ms (target < 100 ms)`,
      },
      {
        what: `import dry run, ${rows.toLocaleString('en-GB')} rows, under that load`,
        requestsPerSecond: 0,
        p50: dryRunMs,
        p99: dryRunMs,
        errors: dryRun.status === 200 && (dryRun.body['errors'] as unknown[]).length === 0 ? 0 : 1,
        notes: `HTTP ${dryRun.status}; rows read ${String(dryRun.body['rowsRead'])}`,
      },
      {
        what: `import applied, ${rows.toLocaleString('en-GB')} rows, under that load`,
        requestsPerSecond: 0,
        p50: appliedMs,
        p99: appliedMs,
        errors: applied.status === 200 && applied.body['applied'] === rows ? 0 : 1,
        notes: `HTTP ${applied.status}; applied ${String(applied.body['applied'])}`,
      },
      {
        what: `registers as at past instants, ${clients} clients, during the imports`,
        requestsPerSecond: asOf.requests.average,
        p50: asOf.latency.p50,
        p99: asOf.latency.p99,
        errors: asOf.errors + asOf.non2xx + asOf.timeouts,
        notes: `${instants.length} instants cycled (cache holds 16)`,
      },
    ];
  } finally {
    await api.stop();
  }
}

function skillsFile(rows: number): Buffer {
  const lines = ['Email,Competency,Level,Evidence'];
  for (let row = 0; row < rows; row++) lines.push(`liveness${row % PEOPLE}@example.gov.uk,${COMPETENCY},${row % 5},Observed in bench row ${row}`);
  return Buffer.from(lines.join('\n') + '\n');
}

async function upload(url: string, token: string, content: Buffer, dryRun: boolean): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)]), 'skills.csv');
  const response = await fetch(`${url}/api/workforce/imports/skills-matrix${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
  };
}

function graphqlClient(url: string, token: string) {
  return async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json()) as { errors?: unknown };
    if (answer.errors) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(answer.errors)}`);
  };
}
