import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { fromRoot, WORKSPACE_ROOT } from './workspace';

export interface RunningProduct {
  readonly url: string;
  readonly adminEmail: string;
  readonly adminPassword: string;
  stop(): Promise<void>;
}

const API_MAIN = fromRoot('dist/apps/api/main.js');
// A first start with demo data hashes every demo password (argon2) on a shared 2-core machine.
const STARTUP_LIMIT_MS = 75_000;
const OUTPUT_KEPT = 20_000;

export interface ProductOptions {
  /**
   * Load the demo data set (people, posts, procurements, lessons, risks and the demo users,
   * password "demo-ledger-2026") instead of starting empty. The bootstrapped admin stays an ADMIN.
   */
  demoData?: boolean;
  /** More environment for the API (e.g. SMTP_URL and MAIL_FROM for a journey that sends mail). */
  env?: Readonly<Record<string, string>>;
  /** The port to listen on, when the journey must know the address first (e.g. a redirect URI registered at an OpenID provider). */
  port?: number;
}

/**
 * Starts the built product (API serving the built admin UI) on a free port with a fresh
 * SQLite store (empty unless `demoData`) and a freshly bootstrapped admin, and waits until
 * /health answers 200.
 *
 * With `demoData`, the store is a copy of one the product loaded the demo into once per run (see
 * preparedDemoStore): loading the demo replays its whole story through the command path and hashes
 * every demo password, which cost each journey tens of seconds. The product then starts on a store
 * that is not empty, as on any later start of a demo installation.
 */
export async function startProduct(options: ProductOptions = {}): Promise<RunningProduct> {
  assertBuilt();
  const prepared = options.demoData ? await preparedDemoStore() : undefined;
  const dataDir = await mkdtemp(join(tmpdir(), 'admin-e2e-'));
  if (prepared) {
    await cp(prepared.dir, dataDir, { recursive: true });
  }
  const adminPassword = prepared?.adminPassword ?? newAdminPassword();
  const running = await launch(dataDir, adminPassword, options).catch(async (error) => {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  return {
    ...running,
    stop: async () => {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The folder the global set-up made for this run (deleted by the global teardown). Jest gives every
 * spec file its own modules and its own copy of the environment, so the spec files of a run share
 * the demo store through this folder.
 */
export const RUN_FOLDER_ENV = 'ADMIN_E2E_RUN_FOLDER';

/**
 * The demo store of this run (a folder: the SQLite file and its key files) and the password of its
 * bootstrapped admin, a copy keeps its users, so it keeps that one too. On first use the built
 * product loads the demo data into a fresh store, exactly as a first start with DEMO_DATA=true does,
 * and is stopped; later journeys copy that store. Without a run folder, none: every journey loads the demo.
 */
async function preparedDemoStore(): Promise<{ dir: string; adminPassword: string } | undefined> {
  const runFolder = process.env[RUN_FOLDER_ENV];
  if (!runFolder || !existsSync(runFolder)) {
    return undefined;
  }
  const prepared = join(runFolder, 'demo');
  const passwordFile = join(prepared, 'admin-password');
  if (!existsSync(passwordFile)) {
    const fresh = await mkdtemp(join(runFolder, 'preparing-'));
    const adminPassword = newAdminPassword();
    try {
      await mkdir(join(fresh, 'store'), { mode: 0o700 });
      const running = await launch(join(fresh, 'store'), adminPassword, { demoData: true });
      await running.stop();
      await writeFile(join(fresh, 'admin-password'), adminPassword, { mode: 0o600 });
      // Renamed into place whole, so no journey copies a half-written store; should another
      // worker have got there first, its store serves as well.
      await rename(fresh, prepared).catch((error) => {
        if (!existsSync(passwordFile)) throw error;
      });
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  }
  return { dir: join(prepared, 'store'), adminPassword: await readFile(passwordFile, 'utf8') };
}

function assertBuilt(): void {
  if (!existsSync(API_MAIN)) {
    throw new Error(`${API_MAIN} is missing: build the API first (npx nx run api:build).`);
  }
  if (!existsSync(fromRoot('dist/apps/admin/browser/index.html'))) {
    throw new Error('dist/apps/admin/browser/index.html is missing: build the admin UI first (npx nx run admin:build).');
  }
}

const newAdminPassword = () => `Ledger-${randomBytes(12).toString('base64url')}-9x`;

/** Runs the built API on the store in `dataDir` until /health answers 200; `stop` leaves the store in place. */
async function launch(dataDir: string, adminPassword: string, options: ProductOptions): Promise<RunningProduct> {
  const port = options.port ?? (await freePort());
  const adminEmail = 'admin@example.gov.uk';

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    EVENT_STORE: 'sqlite',
    SQLITE_PATH: join(dataDir, 'ledger.sqlite'),
    DEMO_DATA: options.demoData ? 'true' : 'false',
    ADMIN_EMAIL: adminEmail,
    ADMIN_PASSWORD: adminPassword,
    JWT_SECRET: randomBytes(32).toString('hex'),
    // Real argon2id at OWASP's minimum cost, a setting a deployment may choose too (docs/security.md):
    // the demo's first start hashes every demo password.
    PASSWORD_HASH_MEMORY_KIB: '19456',
    PASSWORD_HASH_TIME_COST: '2',
    ...options.env,
  };
  // A developer's shell may point elsewhere; this suite always runs its own store (its key files
  // beside it) and the admin UI just built into dist/apps/admin/browser.
  for (const name of [
    'DATABASE_URL',
    'EVENTSTOREDB_URL',
    'ADMIN_UI_PATH',
    'LEDGER_KEYS_DIR',
    'CHECKPOINT_SIGNING_KEY_FILE',
    'PERSONAL_DATA_KEK_FILE',
    'ACCOUNT_LOOKUP_KEY_FILE',
    RUN_FOLDER_ENV,
  ]) {
    delete env[name];
  }

  const child = spawn(process.execPath, [API_MAIN], { cwd: WORKSPACE_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk: Buffer) => (output.stdout = (output.stdout + chunk.toString()).slice(-OUTPUT_KEPT)));
  child.stderr?.on('data', (chunk: Buffer) => (output.stderr = (output.stderr + chunk.toString()).slice(-OUTPUT_KEPT)));

  const url = `http://127.0.0.1:${port}`;
  const stop = () => terminate(child);

  try {
    await waitForHealth(url, child);
  } catch (error) {
    await stop();
    throw new Error(
      `${(error as Error).message}\n--- API stderr ---\n${output.stderr || '(empty)'}\n--- API stdout ---\n${output.stdout || '(empty)'}`,
    );
  }
  return { url, adminEmail, adminPassword, stop };
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The API exited during start-up (code ${child.exitCode}, signal ${child.signalCode}).`);
    }
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) {
        return;
      }
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`GET ${url}/health did not answer 200 within ${STARTUP_LIMIT_MS / 1000} s (last: ${last}).`);
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
