import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Set by the global set-up (jest.global-setup.mjs): a folder for this run, deleted by the teardown. */
export const RUN_FOLDER_ENV = 'CLI_E2E_RUN_FOLDER';

/** The environment every spec runs `ledger demo` with (the demo records nothing else from it). */
const DEMO_ENV = { PATH: process.env['PATH'], JWT_SECRET: 'x'.repeat(40) };

/**
 * Puts a store holding the demo data at `<folder>/demo.sqlite`, with its key files beside it, as
 * `ledger demo` on an empty store there would, and returns its path. `ledger demo` replays the
 * demo's whole story and hashes every demo password, tens of seconds a time, so it runs once per
 * run, into this run's folder, and each spec that starts from the demo gets a copy of the folder.
 * The demo command itself is still run and checked by the specs that test it (cli.e2e,
 * checkpoints, contracts-import). Without a run folder (no global set-up) it runs `ledger demo` in `folder`.
 */
export function copyDemoStore(cli: string, folder: string): string {
  const store = join(folder, 'demo.sqlite');
  const runFolder = process.env[RUN_FOLDER_ENV];
  if (!runFolder || !existsSync(runFolder)) {
    loadDemo(cli, store);
    return store;
  }
  const prepared = join(runFolder, 'demo');
  if (!existsSync(join(prepared, 'demo.sqlite'))) {
    const fresh = mkdtempSync(join(runFolder, 'preparing-'));
    try {
      loadDemo(cli, join(fresh, 'demo.sqlite'));
      // Renamed into place whole, so no spec copies a half-written store; should another worker
      // have got there first, its store serves as well.
      try {
        renameSync(fresh, prepared);
      } catch (error) {
        if (!existsSync(join(prepared, 'demo.sqlite'))) throw error;
      }
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }
  // The whole folder: the store and the key files its first start generated (owner-only, as made).
  cpSync(prepared, folder, { recursive: true });
  return store;
}

function loadDemo(cli: string, sqlitePath: string): void {
  const demo = spawnSync(process.execPath, [cli, 'demo'], { env: { ...DEMO_ENV, SQLITE_PATH: sqlitePath }, encoding: 'utf8', timeout: 120_000 });
  if (demo.status !== 0) {
    throw new Error(`ledger demo exited with ${demo.status}:\n${demo.stderr}`);
  }
}
