#!/usr/bin/env node
// `npm run bench`: builds the benchmark (with the API and the CLI it runs), gives it a real PostgreSQL (DATABASE_URL, or an embedded
// one as the tests use), runs it and writes docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startEmbeddedPostgres } from '../jest/embedded-postgres.mjs';

const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'bench', 'api', 'cli', '--outputStyle=static'], {
  stdio: 'inherit',
  env: { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', ...process.env },
});
if (build.status !== 0) process.exit(build.status ?? 1);

// The reference stores (Emmett's PostgreSQL and SQLite event stores) live in packages of their own:
// their pins conflict with the product's and with each other's, and the product never loads them.
for (const folder of ['tools/bench/references', 'tools/bench/references/sqlite']) {
  if (existsSync(`${folder}/node_modules`)) continue;
  const references = spawnSync('npm', ['ci', '--prefix', folder, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (references.status !== 0) process.exit(references.status ?? 1);
}

// A durable server (fsync and synchronous commit on, unlike the tests' throw-away one): the append
// figures are compared with durable commits of the raw driver and of Emmett on the same server.
const server = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ durable: true });
try {
  const env = { ...process.env, LEDGER_TEST_DATABASE_URL: process.env.DATABASE_URL ?? server.url };
  const run = spawnSync(process.execPath, ['dist/tools/bench/main.js', ...process.argv.slice(2)], { stdio: 'inherit', env });
  process.exitCode = run.status ?? 1;
} finally {
  await server?.stop();
}
