// The CLI suite's global set-up: the test PostgreSQL (as every Node project with PostgreSQL specs)
// and a folder for this run, where the first spec that starts from the demo data leaves the store
// the others copy (src/testing/demo-store.ts). Set here, before Jest copies the environment into each spec file.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import startPostgres from '../../tools/jest/postgres-global-setup.mjs';

export default async function globalSetup() {
  await startPostgres();
  process.env.CLI_E2E_RUN_FOLDER = await mkdtemp(join(tmpdir(), 'cli-e2e-run-'));
}
