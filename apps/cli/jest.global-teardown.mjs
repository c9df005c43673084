// Stops the test PostgreSQL and deletes this run's folder (the demo store the specs copied).
import { rm } from 'node:fs/promises';
import stopPostgres from '../../tools/jest/postgres-global-teardown.mjs';

export default async function globalTeardown() {
  await stopPostgres();
  if (process.env.CLI_E2E_RUN_FOLDER) await rm(process.env.CLI_E2E_RUN_FOLDER, { recursive: true, force: true });
}
