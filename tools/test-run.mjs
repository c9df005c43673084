#!/usr/bin/env node
// `npm test`: runs lint, typecheck, unit/integration/e2e tests of every project through Nx, then
// adds up the Jest reports into one closing line ("tests: N passed, N failed, N skipped").
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './jest/embedded-postgres.mjs';

const results = join(process.cwd(), 'tmp', 'test-results');
rmSync(results, { recursive: true, force: true });

// One throw-away PostgreSQL for the whole run (unless DATABASE_URL names one): the dozen Jest
// projects with PostgreSQL specs use it (tools/jest/postgres-global-setup.mjs) instead of each
// copying the binaries, running initdb and starting a server of its own. Tests use schemas of their own.
// Should it fail to start, each project tries its own and reports why, as without this.
const postgres =
  process.env.DATABASE_URL || process.env.LEDGER_TEST_DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ durable: false }).catch((error) => console.warn(`No shared test PostgreSQL: ${error.message}`));

const nx = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'lint', 'typecheck', 'test', 'e2e', '--parallel=2', '--outputStyle=stream-without-prefixes', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', ...process.env, ...(postgres ? { LEDGER_TEST_DATABASE_URL: postgres.url } : {}) },
  },
);
await postgres?.stop();

let passed = 0;
let failed = 0;
let skipped = 0;
const projects = [];
for (const file of existsSync(results) ? readdirSync(results).filter((f) => f.endsWith('.json')) : []) {
  const report = JSON.parse(readFileSync(join(results, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  projects.push(`${file.replace(/\.json$/, '')} ${report.numPassedTests}/${report.numTotalTests}`);
}
console.log(`\nJest projects: ${projects.join(', ') || 'none ran'}`);
if (skipped > 0) console.log('Skipped tests say why in their names (e.g. no EventStoreDB server: set EVENTSTOREDB_URL).');
if (nx.status !== 0) console.log('Some tasks failed (lint, typecheck, a build, or a test project that could not run): see "Failed tasks" above.');
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(nx.status ?? 1);
