import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** A person the test provider knows: the login names them on its sign-in form. */
export interface TestProviderAccount {
  email: string;
  /** Absent, as Entra ID sends it. */
  email_verified?: boolean;
  /** Entra ID's "email domain owner verified" optional claim. */
  xms_edov?: boolean;
  name?: string;
  groups?: string[];
  roles?: string[];
}

export interface TestProviderSetup {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  accounts: Record<string, TestProviderAccount>;
}

export interface RunningTestProvider {
  issuer: string;
  stop(): Promise<void>;
}

/**
 * Starts a real OpenID provider (oidc-provider 9, certified) on a free local port, in a child
 * `node` process (it is ESM on koa, which Jest's CommonJS runtime cannot load), with one
 * confidential client and the given accounts. Shared by the API e2e and the browser journey.
 */
export async function startTestProvider(setup: TestProviderSetup): Promise<RunningTestProvider> {
  const child = spawn(process.execPath, [join(__dirname, 'oidc-test-provider.mjs')], {
    env: { ...process.env, OIDC_TEST_PROVIDER: JSON.stringify(setup) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-10_000)));
  const issuer = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`The test OpenID provider did not start within 30 s\n${stderr}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n')) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { issuer: string }).issuer);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The test OpenID provider exited (code ${code})\n${stderr}`));
    });
  });
  return { issuer, stop: () => terminate(child) };
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}

/** A browser's cookie jar, enough for one provider and one ledger on 127.0.0.1. */
export class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  store(url: string, response: Response): void {
    const host = new URL(url).host;
    const jar = this.cookies.get(host) ?? new Map<string, string>();
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const [name, ...value] = pair.trim().split('=');
      const expired = attributes.some((a) => /^\s*max-age=0/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired) jar.delete(name);
      else jar.set(name, value.join('='));
    }
    this.cookies.set(host, jar);
  }

  header(url: string): string {
    return [...(this.cookies.get(new URL(url).host) ?? new Map<string, string>()).entries()].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Signs in at the provider as a browser would (its dev login form, by HTTP): follows the
 * provider's redirects from `authorizationUrl` until it sends the browser to `redirectPrefix`,
 * and returns that URL (the callback, with the code and state in its query).
 */
export async function signInAtProvider(authorizationUrl: string, login: string, redirectPrefix: string, jar = new CookieJar()): Promise<string> {
  let url = authorizationUrl;
  let method = 'GET';
  let body: string | undefined;
  for (let hop = 0; hop < 20; hop++) {
    if (url.startsWith(redirectPrefix)) return url;
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      headers: {
        cookie: jar.header(url),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body,
    });
    jar.store(url, response);
    method = 'GET';
    body = undefined;
    if (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get('location') as string, url).href;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || !action || !html.includes('name="login"'))
      throw new Error(`Unexpected answer from the provider at ${url}: ${response.status}\n${html.slice(0, 500)}`);
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
    method = 'POST';
    body = new URLSearchParams({
      prompt: 'login',
      login,
      password: 'any password',
    }).toString();
  }
  throw new Error('Too many redirects at the provider');
}
