import { rm } from 'node:fs/promises';

import { RUN_FOLDER_ENV } from './product';

/** Deletes this run's folder (the demo store the journeys copied). */
export default async function globalTeardown(): Promise<void> {
  const runFolder = process.env[RUN_FOLDER_ENV];
  if (runFolder) {
    await rm(runFolder, { recursive: true, force: true });
  }
}
