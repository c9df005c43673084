#!/usr/bin/env node
// `npm run bench`: builds the benchmark, gives it a real PostgreSQL (DATABASE_URL, or an embedded
// one as the tests use), runs it and writes docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import startPostgres from '../jest/postgres-global-setup.mjs';
import stopPostgres from '../jest/postgres-global-teardown.mjs';

const build = spawnSync('npx', ['nx', 'run', 'bench:build', '--outputStyle=static'], {
  stdio: 'inherit',
  env: { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', ...process.env },
});
if (build.status !== 0) process.exit(build.status ?? 1);

await startPostgres();
try {
  const run = spawnSync(process.execPath, ['dist/tools/bench/main.js', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
  process.exitCode = run.status ?? 1;
} finally {
  await stopPostgres();
}
