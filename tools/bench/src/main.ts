import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { CommandMetadata, EventStore, LogCheckpoints, ProjectionRunner, ReadModelStore, foldAsOf, verifyEventLog } from '@ledger/event-store-core';
import { PostgresEventStore, PostgresReadModelStore } from '@ledger/event-store-postgres';
import { SqliteEventStore, SqliteReadModelStore } from '@ledger/event-store-sqlite';
import { usersProjection } from '@ledger/identity-api';
import { ReferenceRun, ms, perSecond, rawSqliteCommits, summarise, timed } from './measure';
import { measureAsOf, mixedLogSpan, writeMixedLog } from './as-of-scenario';
import { HttpLoadStore, measureHttpLoad } from './http-load';
import { measureLiveness } from './liveness-scenario';
import { measureRegisterLoad } from './register-load';
import { REPLAY_EVENTS, measureReplay } from './replay-scenario';
import { measureImports } from './import-scenario';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 20_000);
const AS_OF_EVENTS = Number(process.env['BENCH_AS_OF_EVENTS'] ?? 100_000);
const WRITERS = 8;
const rows: string[] = [];
const row = (store: string, what: string, result: string, notes = '') => {
  rows.push(`| ${store} | ${what} | ${result} | ${notes} |`);
  console.log(`${store.padEnd(10)} ${what.padEnd(44)} ${result} ${notes}`);
};

const EPOCH = Date.parse('2025-01-01T00:00:00Z');
let clock = EPOCH;
const metadata = (): CommandMetadata => {
  clock += 60_000;
  const commandId = randomBytes(8).toString('hex');
  return { commandId, correlationId: commandId, causationId: commandId, actorId: 'bench', actorRoles: ['ADMIN'], now: new Date(clock) };
};
const userRegistered = (i: number) => ({
  type: 'UserRegistered',
  data: { userId: `u${i}`, email: `user${i}@example.gov.uk`, displayName: `User ${i}`, passwordHash: 'x'.repeat(90), roles: ['STAFF'] },
});

async function appendWith(stores: EventStore[], total: number): Promise<number[]> {
  clock = EPOCH; // every store gets the same timeline, so as-of instants mean the same
  const latencies: number[] = [];
  const perWriter = Math.ceil(total / stores.length);
  await Promise.all(
    stores.map(async (store, w) => {
      for (let i = 0; i < perWriter; i++) {
        const n = w * perWriter + i;
        const start = performance.now();
        await store.append(`user-u${n}`, [userRegistered(n)], { expectedRevision: 0, command: metadata() });
        latencies.push(performance.now() - start);
      }
    }),
  );
  return latencies;
}

async function readSide(name: string, store: EventStore, readModels: ReadModelStore): Promise<void> {
  const [count, readMs] = await timed(async () => {
    let n = 0;
    let from = 1n;
    for (;;) {
      const page = await store.readAll({ from, limit: 1000 });
      n += page.length;
      if (page.length < 1000) return n;
      from = page[page.length - 1].position + 1n;
    }
  });
  row(name, `readAll, pages of 1000 (${count} events)`, `${perSecond(count, readMs)} events/s`);

  const [report, verifyMs] = await timed(() => verifyEventLog(store));
  row(name, `verify the hash chain (${report.eventsChecked} events)`, `${perSecond(report.eventsChecked, verifyMs)} events/s`, report.ok ? 'ok' : 'BROKEN');

  // ADR 0018: signing verifies the whole log first, then appends one checkpoint carrying the covered hashes.
  const checkpoints = new LogCheckpoints(store, generateKeyPairSync('ed25519'));
  const [signed, signMs] = await timed(() => checkpoints.sign('on-demand', { actorId: 'bench', actorRoles: ['ADMIN'] }, new Date()));
  row(name, `sign a checkpoint of the log (${signed.checkpoint.treeSize} events)`, `${ms(signMs)} ms`, 'verifies the log, Merkle root, Ed25519');
  const [checked, checkedMs] = await timed(() => checkpoints.verify());
  row(name, `verify with checkpoints (${checked.eventsChecked} events)`, `${perSecond(checked.eventsChecked, checkedMs)} events/s`, `${checked.ok ? 'ok' : 'BROKEN'}, ratio to the chain alone ${(checkedMs / verifyMs).toFixed(2)}`);

  const runner = new ProjectionRunner(store, readModels, [usersProjection], { batchSize: 1000 });
  const [, rebuildMs] = await timed(() => runner.rebuild());
  row(name, `rebuild the users read model (${count} events)`, `${perSecond(count, rebuildMs)} events/s`, `${ms(rebuildMs)} ms`);

  const middle = new Date(EPOCH + (count / 2) * 60_000);
  const samples: number[] = [];
  let folded = 0;
  for (let i = 0; i < 10; i++) {
    const [asOf, took] = await timed(() => foldAsOf(store, [usersProjection], middle));
    folded = (await asOf.list('identity.users')).length;
    samples.push(took);
  }
  if (folded !== count / 2) throw new Error(`as-of fold saw ${folded} users, expected ${count / 2}`);
  const t = summarise(samples);
  row(name, `users register as at mid-log (${count / 2} events), 10 runs`, `p50 ${ms(t.p50)} ms, p99 ${ms(t.p99)} ms`, 'full replay of one projection');
}

async function sqlite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
  const path = join(dir, 'ledger.sqlite');
  const store = SqliteEventStore.open(path);
  const readModels = SqliteReadModelStore.open(path);
  try {
    const latencies = await appendWith([store], EVENTS);
    const t = summarise(latencies);
    row('SQLite', `append, 1 writer, 1 event per commit (${EVENTS})`, `${perSecond(t.count, t.totalMs)} appends/s`, `p50 ${ms(t.p50)} ms, p99 ${ms(t.p99)} ms (each append flushed to disk before it returns, ADR 0041)`);
    const ours = (t.count / t.totalMs) * 1000;
    const versus = (reference: ReferenceRun) => `p50 ${ms(reference.p50)} ms, p99 ${ms(reference.p99)} ms; ours is ${(ours / reference.perSecond).toFixed(2)}x`;
    const raw = rawSqliteCommits(join(dir, 'raw.sqlite'), EVENTS, (n) => [`user-u${n}`, JSON.stringify(userRegistered(n).data)]);
    row('SQLite', 'reference: raw better-sqlite3, 1 writer, one INSERT per durable commit', `${raw.perSecond} appends/s`, versus(raw));
    const emmett = referenceAppends('SQLite', 'sqlite/appends.mjs', [String(EVENTS)])?.emmett;
    if (emmett) {
      const retried = emmett.retries ? `; ${emmett.retries} of its appends failed with SQLITE_BUSY and were tried again` : '';
      row('SQLite', 'reference: Emmett 0.38.5 SQLite event store, 1 writer', `${emmett.perSecond} appends/s`, `${versus(emmett)} (target > 1x)${retried}`);
    }
    await readSide('SQLite', store, readModels);
  } finally {
    await readModels.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A script of tools/bench/references (its own packages, installed by `npm run bench`) running the
 * same append workload on a reference store; it prints one JSON line of runs by name.
 */
function referenceAppends(store: string, script: string, args: string[]): Partial<Record<'raw' | 'emmett', ReferenceRun>> | null {
  const run = spawnSync(process.execPath, [join(process.cwd(), 'tools/bench/references', script), ...args], { encoding: 'utf8', timeout: 600_000 });
  if (run.status !== 0) {
    row(store, 'reference appends', 'failed', (run.stderr || run.error?.message || '').split('\n')[0].slice(0, 200));
    return null;
  }
  return JSON.parse(run.stdout.trim().split('\n').at(-1) as string);
}

async function postgres(): Promise<void> {
  const connectionString = process.env['LEDGER_TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'];
  if (!connectionString) {
    row('PostgreSQL', 'skipped', '-', 'no DATABASE_URL and no embedded server');
    return;
  }
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const writers = await Promise.all(Array.from({ length: WRITERS }, () => PostgresEventStore.connect({ connectionString, schema, poolSize: 1 })));
  const readModels = await PostgresReadModelStore.connect({ connectionString, schema });
  try {
    const start = performance.now();
    const latencies = await appendWith(writers, EVENTS);
    const t = summarise(latencies, performance.now() - start);
    row('PostgreSQL', `append, ${WRITERS} concurrent writers (${t.count})`, `${perSecond(t.count, t.totalMs)} appends/s`, `p50 ${ms(t.p50)} ms, p99 ${ms(t.p99)} ms (no global lock: commits run in parallel; only position and transaction id are reserved in a critical section of microseconds, ADR 0022)`);
    const ours = (t.count / t.totalMs) * 1000;
    const references = referenceAppends('PostgreSQL', 'appends.mjs', [connectionString, String(EVENTS), String(WRITERS)]);
    if (references?.raw && references.emmett) {
      row('PostgreSQL', `reference: raw pg driver, ${WRITERS} writers, one INSERT per commit`, `${references.raw.perSecond} appends/s`, `p50 ${ms(references.raw.p50)} ms, p99 ${ms(references.raw.p99)} ms; ours is ${(ours / references.raw.perSecond).toFixed(2)}x (target ≥ 0.5x)`);
      row('PostgreSQL', `reference: Emmett 0.42 PostgreSQL event store, ${WRITERS} writers`, `${references.emmett.perSecond} appends/s`, `p50 ${ms(references.emmett.p50)} ms, p99 ${ms(references.emmett.p99)} ms; ours is ${(ours / references.emmett.perSecond).toFixed(2)}x (target > 1x)`);
    }
    await readSide('PostgreSQL', writers[0], readModels);
  } finally {
    await readModels.close();
    await Promise.all(writers.map((w) => w.close()));
    const pool = new Pool({ connectionString });
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await pool.end();
  }
}

async function asOfOnSqlite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-asof-'));
  const path = join(dir, 'ledger.sqlite');
  // BENCH_AS_OF_SQLITE: a mixed log kept between runs (e.g. BENCH_REGISTERS_SQLITE's). It is copied
  // and the copy folded, so that every run builds the same snapshots from the same log.
  const kept = process.env['BENCH_AS_OF_SQLITE'];
  if (kept && existsSync(kept)) copyFileSync(kept, path);
  const store = SqliteEventStore.open(path);
  const readModels = SqliteReadModelStore.open(path);
  try {
    let span: { first: Date; last: Date };
    if (kept && existsSync(kept)) span = mixedLogSpan(Number(await store.headPosition()));
    else {
      let writeMs: number;
      [span, writeMs] = await timed(() => writeMixedLog(store, AS_OF_EVENTS));
      row('SQLite', `write a mixed ${AS_OF_EVENTS}-event log (all contexts)`, `${perSecond(AS_OF_EVENTS, writeMs)} appends/s`, 'one event per commit');
    }
    const cpuBefore = process.cpuUsage();
    const result = await measureAsOf(store, readModels, span);
    const cpu = process.cpuUsage(cpuBefore);
    row('SQLite', 'CPU time of the as-of rows below', `${ms((cpu.user + cpu.system) / 1000)} ms`, `load average ${loadAverage()}`);
    row('SQLite', `as-of snapshots, every 5000 events (${result.snapshots})`, `${ms(result.snapshotMs)} ms to build`, 'in the background after start-up, and by `ledger replay`');
    row('SQLite', `every register as at a past instant (${result.events} events), ${result.withSnapshots.count} instants`, `p50 ${ms(result.withSnapshots.p50)} ms, p99 ${ms(result.withSnapshots.p99)} ms`, 'from the nearest snapshot (target: p99 < 300 ms)');
    row('SQLite', `the same by full replay, ${result.fullReplay.count} instants`, `p50 ${ms(result.fullReplay.p50)} ms, max ${ms(result.fullReplay.max)} ms`, 'without snapshots, for comparison');
  } finally {
    await readModels.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `ledger replay` of a mixed log with its as-of snapshots, and verification of the same log (targets: 150,000 events/s; 1M verified < 10 s). */
async function replayOnSqlite(): Promise<void> {
  // BENCH_REPLAY_SQLITE: a log file kept between runs (written the first time, replayed as it is
  // after), so that a before/after comparison replays the same log without writing it again.
  const kept = process.env['BENCH_REPLAY_SQLITE'];
  const dir = kept ? undefined : mkdtempSync(join(tmpdir(), 'ledger-bench-replay-'));
  try {
    const r = await measureReplay(kept ?? join(dir as string, 'ledger.sqlite'), REPLAY_EVENTS);
    // The machine may be shared: each figure says how loaded it was (compare ratios, not rates).
    const load = `load average ${r.loadAverage}`;
    if (r.writeMs > 0) row('SQLite', `write a mixed ${r.events}-event log for replay`, `${perSecond(r.events, r.writeMs)} appends/s`, r.writeDurability);
    row('SQLite', `ledger replay, ${r.events} mixed events, with as-of snapshots`, `${r.eventsPerSecond.toLocaleString('en-GB')} events/s`, `${(r.eventsPerSecond / r.readEventsPerSecond).toFixed(2)}x reading+parsing alone (${r.readEventsPerSecond.toLocaleString('en-GB')}/s), ${(r.eventsPerSecond / r.rawReadEventsPerSecond).toFixed(2)}x the raw driver's read and parse (${r.rawReadEventsPerSecond.toLocaleString('en-GB')}/s); peak RSS ${r.peakRssMb} MB; target 150,000/s; ${load}`);
    row('SQLite', `as-of snapshots after replay (${r.snapshots}, ${r.bases} bases)`, `${r.snapshotMb} MB`, `events ${r.eventMb} MB`);
    row('SQLite', `verify the hash chain on one thread (${r.events} mixed events)`, `${r.verifyEventsPerSecond.toLocaleString('en-GB')} events/s`, `${ms(r.verifyMs)} ms, ${r.verifyOk ? 'ok' : 'BROKEN'}; ${load}`);
    const cli = ledgerVerify(kept ?? join(dir as string, 'ledger.sqlite'));
    row('SQLite', `\`ledger verify\` itself (${r.events} mixed events, ${cpus().length} cores)`, cli.ok ? `${ms(cli.wallMs)} ms` : 'failed', `${cli.summary}; wall time with start-up, threads as by default; target 1M < 10 s; load average ${loadAverage()}`);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The built CLI's `ledger verify` on a log, as a user runs it (default threads), timed with its
 * start-up. Its key files are the ones beside the log (made there when there are none), as for
 * any `ledger` command on that file.
 */
function ledgerVerify(path: string): { ok: boolean; wallMs: number; summary: string } {
  const start = performance.now();
  const run = spawnSync(process.execPath, [join(process.cwd(), 'dist/apps/cli/main.js'), 'verify'], {
    encoding: 'utf8',
    timeout: 600_000,
    env: { PATH: process.env['PATH'], EVENT_STORE: 'sqlite', SQLITE_PATH: path },
  });
  const wallMs = performance.now() - start;
  const said = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  const ok = run.status === 0 && /^OK: /m.test(said);
  return { ok, wallMs, summary: (said.match(/^(OK|BROKEN).*$/m)?.[0] ?? said.trim().split('\n').at(-1) ?? '').slice(0, 160) };
}

const HTTP_EVENTS = Number(process.env['BENCH_HTTP_EVENTS'] ?? 100_000);

/** The API under many clients, as a separate process on a large log, next to the raw driver's commits on the same store. */
async function httpLoad(storeName: string, target: HttpLoadStore): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-http-'));
  try {
    const { rows: results, rawCommitsPerSecond } = await measureHttpLoad(dir, HTTP_EVENTS, target);
    for (const result of results) {
      const ratio = result.what.startsWith('assessProficiency') ? `, ${(result.requestsPerSecond / rawCommitsPerSecond).toFixed(2)}x the raw driver's commits` : '';
      row(`${storeName}+API`, `${result.what} (${HTTP_EVENTS} events)`, `${Math.round(result.requestsPerSecond)} req/s, p50 ${ms(result.p50)} ms, p99 ${ms(result.p99)} ms`, `${result.errors} errors${ratio}; ${result.notes}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The large registers a page at a time over HTTP (target: every live register p99 < 50 ms at 50 clients). */
async function registerLoadOnSqlite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-registers-'));
  try {
    // BENCH_REGISTERS_AS_OF=true: the registers as at a past instant instead (target p99 < 300 ms).
    for (const r of await measureRegisterLoad(dir, HTTP_EVENTS)) {
      row('SQLite+API', `${r.what} (${HTTP_EVENTS} events)`, `${Math.round(r.requestsPerSecond)} req/s, p50 ${ms(r.p50)} ms, p99 ${ms(r.p99)} ms`, `${r.errors} errors; answer ${(r.answerBytes / 1024).toFixed(1)} KB, one client ${ms(r.oneClientMs)} ms${r.cpuMsPerRequest === undefined ? '' : `, API CPU ${r.cpuMsPerRequest.toFixed(2)} ms/request`}${r.targetP99Ms === undefined ? '' : `; target p99 < ${r.targetP99Ms} ms`}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** /health while a 20,000-row import and 50 as-of clients run against the built API (target: within 100 ms). */
async function livenessOnSqlite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-liveness-'));
  try {
    for (const r of await measureLiveness(dir, HTTP_EVENTS)) {
      row('SQLite+API', `${r.what} (${HTTP_EVENTS} events)`, `p50 ${ms(r.p50)} ms, p99 ${ms(r.p99)} ms`, `${r.errors} errors; ${r.notes}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every HTTP scenario: commands and registers on SQLite and PostgreSQL, paged registers, liveness. */
async function http(): Promise<void> {
  await httpLoad('SQLite', { kind: 'sqlite' });
  const connectionString = process.env['LEDGER_TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'];
  if (connectionString) await httpLoad('PostgreSQL', { kind: 'postgres', connectionString });
  await registerLoadOnSqlite();
  await livenessOnSqlite();
}

/** Spreadsheet imports for one person and for 200: rows/s must not fall as the file grows (issue 11). */
async function imports(): Promise<void> {
  const sizes = (process.env['BENCH_IMPORT_ROWS'] ?? '1000,10000').split(',').map(Number);
  for (const result of await measureImports(sizes, 200)) {
    const about = result.people === 1 ? '1 person' : `${result.people} people`;
    const applied = result.appliedMs === undefined ? '' : `, applied ${perSecond(result.rows, result.appliedMs)} rows/s (${ms(result.appliedMs)} ms)`;
    row('SQLite', `skills-matrix import, ${result.rows} rows about ${about}`, `dry run ${perSecond(result.rows, result.dryRunMs)} rows/s (${ms(result.dryRunMs)} ms)${applied}`, `longest event-loop block ${ms(result.longestBlockDryRunMs)} / ${ms(result.longestBlockAppliedMs ?? 0)} ms; target 10,000 rows < 10 s`);
  }
}

const RUN_START = '<!-- npm run bench: start -->';
const RUN_END = '<!-- npm run bench: end -->';

/**
 * docs/benchmarks.md with this run in place of the last one: what engineers wrote below it (each
 * change's before/after figures and profiles) is kept. A file without the markers keeps all it had
 * below the new run.
 */
function withRunSection(existing: string, section: string): string {
  const start = existing.indexOf(RUN_START);
  const end = existing.indexOf(RUN_END);
  if (start >= 0 && end > start) return existing.slice(0, start) + section + existing.slice(end + RUN_END.length);
  const rest = existing.replace(/^# Benchmarks\n+/, '');
  return ['# Benchmarks', '', section, '', rest].join('\n');
}

const loadAverage = () => loadavg().map((value) => value.toFixed(2)).join(' / ');

async function main(): Promise<void> {
  const loadAtStart = loadAverage();
  console.log(`Benchmark over ${EVENTS} events per store; as-of over ${AS_OF_EVENTS} events`);
  // BENCH_ONLY=http runs the HTTP load alone (BENCH_ONLY=registers its paged registers only), BENCH_ONLY=sqlite and BENCH_ONLY=postgres
  // that store's appends and reads against the raw driver and Emmett alone, BENCH_ONLY=as-of the as-of rows alone, BENCH_ONLY=liveness /health during an import and as-of load (none of them writes docs/benchmarks.md: the rows are printed).
  const only = process.env['BENCH_ONLY'];
  if (only === 'http') {
    await http();
    console.log(rows.join('\n'));
    return;
  }
  if (only === 'registers') {
    await registerLoadOnSqlite();
    console.log(rows.join('\n'));
    console.log(`load average (1 / 5 / 15 min) ${loadAtStart} at the start, ${loadAverage()} at the end`);
    return;
  }
  if (only === 'replay') {
    await replayOnSqlite();
    console.log(rows.join('\n'));
    return;
  }
  if (only === 'as-of') {
    await asOfOnSqlite();
    console.log(rows.join('\n'));
    return;
  }
  if (only === 'liveness') {
    await livenessOnSqlite();
    console.log(rows.join('\n'));
    return;
  }
  if (only === 'sqlite') {
    await sqlite();
    console.log(rows.join('\n'));
    return;
  }
  if (only === 'postgres') {
    await postgres();
    console.log(rows.join('\n'));
    return;
  }
  await sqlite();
  await postgres();
  await asOfOnSqlite();
  await replayOnSqlite();
  await imports();
  if (process.env['BENCH_HTTP'] !== 'false') await http();
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const section = [
    RUN_START,
    'Written by `npm run bench` (tools/bench) between these markers; the sections after them are kept.',
    'Numbers are from one run on the machine below; re-run to compare after a change. PostgreSQL is the',
    'embedded server the tests use (or `DATABASE_URL`).',
    '',
    `- Run: ${new Date().toISOString()}`,
    `- Machine: ${machine}; load average (1 / 5 / 15 min) ${loadAtStart} at the start, ${loadAverage()} at the end`,
    `- Events per store: ${EVENTS} (\`BENCH_EVENTS\` to change); as-of log: ${AS_OF_EVENTS} events (\`BENCH_AS_OF_EVENTS\`)`,
    '',
    '| store | what | result | notes |',
    '| --- | --- | --- | --- |',
    ...rows,
    RUN_END,
  ].join('\n');
  const file = join(process.cwd(), 'docs', 'benchmarks.md');
  writeFileSync(file, withRunSection(existsSync(file) ? readFileSync(file, 'utf8') : '', section));
  console.log('Wrote the run into docs/benchmarks.md');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
