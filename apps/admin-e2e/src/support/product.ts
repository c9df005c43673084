import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
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
 */
export async function startProduct(options: ProductOptions = {}): Promise<RunningProduct> {
  if (!existsSync(API_MAIN)) {
    throw new Error(`${API_MAIN} is missing: build the API first (npx nx run api:build).`);
  }
  if (!existsSync(fromRoot('dist/apps/admin/browser/index.html'))) {
    throw new Error('dist/apps/admin/browser/index.html is missing: build the admin UI first (npx nx run admin:build).');
  }

  const dataDir = await mkdtemp(join(tmpdir(), 'admin-e2e-'));
  const port = options.port ?? (await freePort());
  const adminEmail = 'admin@example.gov.uk';
  const adminPassword = `Ledger-${randomBytes(12).toString('base64url')}-9x`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    EVENT_STORE: 'sqlite',
    SQLITE_PATH: join(dataDir, 'ledger.sqlite'),
    DEMO_DATA: options.demoData ? 'true' : 'false',
    ADMIN_EMAIL: adminEmail,
    ADMIN_PASSWORD: adminPassword,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ...options.env,
  };
  // A developer's shell may point elsewhere; this suite always runs its own store and the
  // admin UI just built into dist/apps/admin/browser.
  for (const name of ['DATABASE_URL', 'EVENTSTOREDB_URL', 'ADMIN_UI_PATH']) {
    delete env[name];
  }

  const child = spawn(process.execPath, [API_MAIN], { cwd: WORKSPACE_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk: Buffer) => (output.stdout = (output.stdout + chunk.toString()).slice(-OUTPUT_KEPT)));
  child.stderr?.on('data', (chunk: Buffer) => (output.stderr = (output.stderr + chunk.toString()).slice(-OUTPUT_KEPT)));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await terminate(child);
    await rm(dataDir, { recursive: true, force: true });
  };

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
