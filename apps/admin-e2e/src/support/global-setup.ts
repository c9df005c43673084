import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { RUN_FOLDER_ENV } from './product';

/**
 * A folder for this run, where the first journey with demo data leaves the store the others copy
 * (see startProduct). Set here, before Jest copies the environment into each spec file.
 */
export default async function globalSetup(): Promise<void> {
  process.env[RUN_FOLDER_ENV] = await mkdtemp(join(tmpdir(), 'admin-e2e-run-'));
}
