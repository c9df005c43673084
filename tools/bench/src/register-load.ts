import { ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import autocannon from "autocannon";
import { SqliteEventStore } from "@ledger/event-store-sqlite";
import { writeMixedLog } from "./as-of-scenario";

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
}

const CLIENTS = Number(process.env["BENCH_HTTP_CLIENTS"] ?? 50);
const SECONDS = Number(process.env["BENCH_HTTP_SECONDS"] ?? 10);
const ADMIN = {
  email: "bench.admin@example.gov.uk",
  password: "a long bench passphrase 42",
};

/** The live register queries a client of the paged API sends (target: p99 < 50 ms at 50 clients). */
export const REGISTER_QUERIES: { what: string; query: string }[] = [
  {
    what: "skills matrix, first page of 50 people",
    query:
      "{ skillsMatrix(limit: 50) { totalRows rows { totalGap staffMember { id department } cells { competency { id } level requiredLevel gap assessedAt } } } }",
  },
  {
    what: "skills matrix, one department and one category, page of 50",
    query:
      '{ skillsMatrix(offset: 0, limit: 50, department: "Dept 3", competencyCategory: "Category 2") { totalRows rows { staffMember { id } cells { level gap } } } }',
  },
  {
    what: "one skills cell history",
    query:
      '{ skillCellHistory(staffMemberId: "s7", competencyId: "c7") { level recordedAt } }',
  },
  {
    what: "training register, first page of 100",
    query:
      "{ trainingRegister(limit: 100) { id status staffMember { id } course { id } } }",
  },
  {
    what: "training register, one job title",
    query: '{ trainingRegister(limit: 100, jobTitle: "Job 5") { id status } }',
  },
  {
    what: "decision history, page of 100",
    query:
      "{ decisionHistory(limit: 100) { nextFrom events { position type } } }",
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
  queries = REGISTER_QUERIES,
): Promise<RegisterLoadResult[]> {
  const path = join(dir, "registers.sqlite");
  const store = SqliteEventStore.open(path);
  await writeMixedLog(store, events);
  await store.close();
  const port = 40_000 + Math.floor(Math.random() * 1000);
  const apiMain =
    process.env["BENCH_API_MAIN"] ??
    join(process.cwd(), "dist/apps/api/main.js");
  const api = spawn(process.execPath, [apiMain], {
    env: {
      PATH: process.env["PATH"],
      PORT: String(port),
      SQLITE_PATH: path,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      DEMO_DATA: "false",
      // As in production: graphql-js checks every instanceOf across realms in development (10 ms a matrix page).
      NODE_ENV: "production",
      LOG_LEVEL: "error",
      MUTATIONS_PER_MINUTE: "100000",
      CHECKPOINT_INTERVAL_MINUTES: "0",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitForHealth(url, api);
    const token = await signIn(url);
    const headers = {
      "content-type": "application/json",
      authorization: `Bearer ${token}`,
    };
    const rows: RegisterLoadResult[] = [];
    for (const { what, query } of queries) {
      const body = JSON.stringify({ query });
      const start = performance.now();
      const answer = await (
        await fetch(`${url}/graphql`, { method: "POST", headers, body })
      ).text();
      const oneClientMs = performance.now() - start;
      if (answer.includes('"errors"'))
        throw new Error(`${what}: ${answer.slice(0, 300)}`);
      let graphqlErrors = 0;
      const result = await autocannon({
        url,
        connections: CLIENTS,
        duration: SECONDS,
        timeout: 60,
        requests: [
          {
            method: "POST",
            path: "/graphql",
            headers,
            body,
            onResponse: (_status: number, text: string) =>
              void (text.includes('"errors"') && (graphqlErrors += 1)),
          },
        ],
      });
      rows.push({
        what: `${what}, ${CLIENTS} clients`,
        answerBytes: Buffer.byteLength(answer),
        oneClientMs,
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx + result.timeouts + graphqlErrors,
      });
    }
    return rows;
  } finally {
    await stopProcess(api);
  }
}

/** The rows as a Markdown table for docs/benchmarks.md. */
export function registerLoadTable(rows: RegisterLoadResult[]): string[] {
  return [
    "| Live register query | Answer | One client | Requests/s | p50 | p99 (target < 50 ms) | Errors |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| ${r.what} | ${(r.answerBytes / 1024).toFixed(1)} KB | ${r.oneClientMs.toFixed(0)} ms | ${Math.round(r.requestsPerSecond)} | ${r.p50} ms | ${r.p99} ms | ${r.errors} |`,
    ),
  ];
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([
    exited,
    new Promise((resolve) => setTimeout(resolve, 10_000)),
  ]);
}

async function waitForHealth(url: string, api: ChildProcess): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (api.exitCode !== null)
      throw new Error(`the API exited with ${api.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the API did not answer /health within 5 minutes");
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation { login(email: "${ADMIN.email}", password: "${ADMIN.password}") { token } }`,
    }),
  });
  const answer = (await response.json()) as {
    data?: { login: { token: string } };
    errors?: unknown;
  };
  if (!answer.data)
    throw new Error(`sign-in failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.login.token;
}
