import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { SqliteEventStore } from '@ledger/event-store-sqlite';
import { writeMixedLog } from './as-of-scenario';
import { CLIENTS, SECONDS, copyKeptStore, startBenchApi } from './bench-api';
import { loadAssessProficiency } from './command-load';

/**
 * The large registers over HTTP (issue 11, "registers that scale"): the skills matrix and the
 * training register a page at a time, filtered, and one cell's history, at many clients on a
 * large log. Each row also names the size of one answer, which must not grow with the log.
 */
export interface RegisterLoadResult {
  what: string;
  answerBytes: number;
  oneClientMs: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** The API process's CPU time per answered request during the load (all threads), when known. */
  cpuMsPerRequest?: number;
  /** The p99 target for this row in ms (a register's is the run's; a mutation's 20); none for a reference. */
  targetP99Ms?: number;
}

/** The live register queries a client of the paged API sends (target: p99 < 50 ms at 50 clients). */
export const REGISTER_QUERIES: { what: string; query: string }[] = [
  {
    what: 'skills matrix, first page of 50 people',
    query:
      '{ skillsMatrix(limit: 50) { totalRows rows { totalGap staffMember { id department } cells { competency { id } level requiredLevel gap assessedAt } } } }',
  },
  {
    what: 'skills matrix, one department and one category, page of 50',
    query:
      '{ skillsMatrix(offset: 0, limit: 50, department: "Dept 3", competencyCategory: "Category 2") { totalRows rows { staffMember { id } cells { level gap } } } }',
  },
  {
    what: 'one skills cell history',
    query: '{ skillCellHistory(staffMemberId: "s7", competencyId: "c7") { level recordedAt } }',
  },
  {
    what: 'training register, first page of 100',
    query: '{ trainingRegister(limit: 100) { id status staffMember { id } course { id } } }',
  },
  {
    what: 'training register, one job title',
    query: '{ trainingRegister(limit: 100, jobTitle: "Job 5") { id status } }',
  },
  {
    what: 'decision history, page of 100',
    query: '{ decisionHistory(limit: 100) { nextFrom events { position type } } }',
  },
];

/**
 * Every register as at one past instant (issue 11: p99 < 300 ms at 50 clients), two registers
 * asked for; BENCH_REGISTERS_AS_OF=true loads it instead of the live queries above.
 */
export const AS_OF_REGISTER_QUERIES: { what: string; query: string }[] = [
  {
    what: 'risks and establishment as at a past instant',
    query: '{ registersAsOf(asOf: "2024-06-22T14:40:00.000Z") { risks { id } establishment { filledFte } } }',
  },
];

/**
 * Writes a mixed log of `events` into a fresh SQLite store, starts the built API on it (`apiMain`,
 * dist/apps/api/main.js unless BENCH_API_MAIN names another build) and loads each register query
 * with autocannon after measuring one client's answer.
 */
export async function measureRegisterLoad(
  dir: string,
  events: number,
  queries = process.env['BENCH_REGISTERS_AS_OF'] === 'true' ? AS_OF_REGISTER_QUERIES : REGISTER_QUERIES,
): Promise<RegisterLoadResult[]> {
  // BENCH_REGISTERS_SQLITE: a store file kept between runs (written the first time), so a before/after
  // pair measures the same log without writing it twice. Each run works on a copy: the mutation
  // runs append to the log, and grew the kept file by 2,000 events a run before.
  const kept = process.env['BENCH_REGISTERS_SQLITE'];
  const path = join(dir, 'registers.sqlite');
  if (!kept || !existsSync(kept)) {
    const store = SqliteEventStore.open(kept ?? path);
    await writeMixedLog(store, events);
    await store.close();
  }
  if (kept) copyKeptStore(kept, path);
  // BENCH_REGISTERS_CACHE=both: the same queries with the read-model cache off, then on (ADR 0035), in one run.
  if (process.env['BENCH_REGISTERS_CACHE'] === 'both') {
    const off = await loadRegisters(path, queries, { READ_MODEL_CACHE_MB: '0' });
    const on = await loadRegisters(path, queries, {});
    return [...off.map((r) => ({ ...r, what: `${r.what} [cache off]` })), ...on.map((r) => ({ ...r, what: `${r.what} [cache on]` }))];
  }
  return loadRegisters(path, queries, {});
}

async function loadRegisters(path: string, queries: { what: string; query: string }[], settings: Record<string, string>): Promise<RegisterLoadResult[]> {
  const api = await startBenchApi({ SQLITE_PATH: path, ...settings });
  try {
    const { url, token } = api;
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    };
    const rows: RegisterLoadResult[] = [];
    // The reference: the same API process answering its cheapest request (/health, no GraphQL, no
    // store) to the same number of clients in the same run: the floor this machine allows now.
    const healthReference = async (when: string): Promise<RegisterLoadResult> => {
      const cpuBefore = api.cpuMs();
      const health = await autocannon({ url: `${url}/health`, connections: CLIENTS, duration: SECONDS, timeout: 60 });
      return {
        what: `reference: GET /health ${when}, ${CLIENTS} clients`,
        answerBytes: Buffer.byteLength(await (await fetch(`${url}/health`)).text()),
        oneClientMs: 0,
        ...figures(health),
        cpuMsPerRequest: cpuPerRequest(cpuBefore, api.cpuMs(), health.requests.total),
      };
    };
    /** One client's answer to `query`, then the query at CLIENTS clients; a loaded answer carrying GraphQL errors counts as an error. */
    const loadQuery = async (what: string, query: string, targetP99Ms?: number): Promise<RegisterLoadResult> => {
      const body = JSON.stringify({ query });
      const start = performance.now();
      const answer = await (await fetch(`${url}/graphql`, { method: 'POST', headers, body })).text();
      const oneClientMs = performance.now() - start;
      if (answer.includes('"errors"')) throw new Error(`${what}: ${answer.slice(0, 300)}`);
      let graphqlErrors = 0;
      const cpuBefore = api.cpuMs();
      const result = await autocannon({
        url,
        connections: CLIENTS,
        duration: SECONDS,
        timeout: 60,
        requests: [
          {
            method: 'POST',
            path: '/graphql',
            headers,
            body,
            onResponse: (_status: number, text: string) => void (text.includes('"errors"') && (graphqlErrors += 1)),
          },
        ],
      });
      const loaded = figures(result);
      return {
        what: `${what}, ${CLIENTS} clients`,
        targetP99Ms,
        answerBytes: Buffer.byteLength(answer),
        oneClientMs,
        ...loaded,
        errors: loaded.errors + graphqlErrors,
        cpuMsPerRequest: cpuPerRequest(cpuBefore, api.cpuMs(), result.requests.total),
      };
    };
    rows.push(await healthReference('first'));
    // BENCH_REGISTER_QUERIES=0,1: only those queries (by index), for quicker before/after runs.
    const picked = process.env['BENCH_REGISTER_QUERIES']?.split(',').map(Number);
    for (const { what, query } of queries.filter((_, i) => !picked || picked.includes(i))) {
      rows.push(await loadQuery(what, query, queries === AS_OF_REGISTER_QUERIES ? 300 : 50));
    }
    // The reference again after the queries: the first one shares the machine with the start-up's
    // background work (as-of snapshots on a worker), so each row is read against both.
    rows.push(await healthReference('after the queries'));
    // Two floors under every register row, once the start-up's background work is done: the API's
    // cheapest GraphQL request (signed in, no resolver work), and Node's own HTTP server answering
    // the same bytes in a process of its own.
    rows.push(await loadQuery('reference: { __typename } signed in', '{ __typename }'));
    rows.push(await bareHttpFloor());
    // BENCH_REGISTER_MUTATIONS=500: then that many assessProficiency mutations at the same clients on
    // the same API and log (each adds one event to the kept log), after the queries, so a profile
    // of the API (BENCH_API_NODE_ARGS) covers the mutation too.
    const mutations = Number(process.env['BENCH_REGISTER_MUTATIONS'] ?? 0);
    if (mutations > 0) {
      const targetsAnswer = (await (
        await fetch(`${url}/graphql`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: '{ skillsMatrix(limit: 500) { competencies { id } rows { staffMember { id } } } }' }),
        })
      ).json()) as { data: { skillsMatrix: { competencies: { id: string }[]; rows: { staffMember: { id: string } }[] } } };
      const matrix = targetsAnswer.data.skillsMatrix;
      const targets = {
        // The bench log's people are sealed with keys it does not keep (they show as erased); the
        // decider still records assessments about them.
        people: matrix.rows.map((row) => row.staffMember.id),
        competencies: matrix.competencies.map((competency) => competency.id),
      };
      const cpuBefore = api.cpuMs();
      const result = await loadAssessProficiency(url, token, targets, { amount: mutations, connections: CLIENTS, offset: Date.now() % 100_000 });
      rows.push({
        what: `assessProficiency mutation, ${mutations} sent, ${CLIENTS} clients`,
        targetP99Ms: 20,
        answerBytes: 0,
        oneClientMs: 0,
        requestsPerSecond: result.requestsPerSecond,
        p50: result.p50,
        p99: result.p99,
        errors: result.errors,
        cpuMsPerRequest: cpuPerRequest(cpuBefore, api.cpuMs(), result.requests),
      });
    }
    return rows;
  } finally {
    await api.stop();
  }
}

/**
 * CPU time the API spent per answered request over a load run: unlike requests/s and latency it
 * hardly moves with what else the machine runs, so runs under different loads compare on it.
 */
function cpuPerRequest(before: number | undefined, after: number | undefined, requests: number): number | undefined {
  return before === undefined || after === undefined || requests === 0 ? undefined : (after - before) / requests;
}

/** A bare node:http server, in a process of its own as the API is, answering a fixed GraphQL answer. */
const BARE_ANSWER = '{"data":{"__typename":"Query"}}';
const BARE_SERVER = `const server = require('node:http').createServer((request, response) => {
  request.resume();
  request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end(${JSON.stringify(BARE_ANSWER)}));
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));`;

/** The same load on the bare server: what this machine gives 50 clients with no framework at all. */
async function bareHttpFloor(): Promise<RegisterLoadResult> {
  const child = spawn(process.execPath, ['-e', BARE_SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<string>((resolve, reject) => {
      child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      child.once('exit', (code) => reject(new Error(`the bare server exited (${code})`)));
    });
    const body = JSON.stringify({ query: '{ __typename }' });
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CLIENTS,
      duration: SECONDS,
      timeout: 60,
      requests: [{ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body }],
    });
    return {
      what: `reference: bare node:http, ${CLIENTS} clients`,
      answerBytes: Buffer.byteLength(BARE_ANSWER),
      oneClientMs: 0,
      ...figures(result),
    };
  } finally {
    child.kill();
  }
}

/** What a load run gives every row: requests/s, latency and failed requests (errors, non-2xx, timeouts). */
function figures(result: autocannon.Result): Pick<RegisterLoadResult, 'requestsPerSecond' | 'p50' | 'p99' | 'errors'> {
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx + result.timeouts };
}
