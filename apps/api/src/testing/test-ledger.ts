import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { LedgerConfig, loadConfig } from '@ledger/runtime';
import { Role } from '@ledger/shared-domain';
import { RunningLedger, startLedger } from '../app/start';

/** `eventstoredb` runs only where EVENTSTOREDB_URL names a server; its read side is the test PostgreSQL (ADR 0040). */
export type StoreUnderTest = 'sqlite' | 'postgres' | 'eventstoredb';
export const STORES_UNDER_TEST: StoreUnderTest[] = ['sqlite', 'postgres'];

export const ADMIN = { email: 'admin@example.gov.uk', password: 'correct-horse-battery-staple' };
/** The password of every user the tests create through `userFor` and `tokenFor`. */
export const USER_PASSWORD = 'a long enough passphrase';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

export interface TestLedger extends RunningLedger {
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  loginAs(email: string, password: string): Promise<string>;
  adminToken(): Promise<string>;
  /** Creates a user with `roles` as the admin (a unique email unless given) and signs them in. */
  userFor(roles: Role[] | Role, email?: string, displayName?: string): Promise<{ id: string; email: string; token: string }>;
  /** The token of a new user with `roles`, created as by `userFor`. */
  tokenFor(roles: Role[] | Role, email?: string, displayName?: string): Promise<string>;
  /** Runs `query`, asserts it has no errors, and returns the first field of its data. */
  ok(query: string, variables?: Record<string, unknown>, token?: string): Promise<any>;
  /** Runs `query`, asserts it fails with `code` and null data and that the log's head did not move. */
  refused(code: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse>;
  /** The position of the last event in the log. */
  head(): Promise<bigint>;
  /** Stops the app but keeps its storage, to start it again on the same data. */
  restart(overrides?: Partial<LedgerConfig>): Promise<TestLedger>;
}

/**
 * The real product on a real store: a fresh SQLite file, or a fresh schema on the test PostgreSQL
 * (embedded, or DATABASE_URL). Tests talk to it over HTTP like any client.
 */
export async function startTestLedger(store: StoreUnderTest, overrides: Partial<LedgerConfig> = {}): Promise<TestLedger> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-e2e-'));
  const schema = `e2e_${randomBytes(5).toString('hex')}`;
  const config: LedgerConfig = {
    ...loadConfig({}),
    PORT: 1,
    SQLITE_PATH: join(dir, 'ledger.sqlite'),
    EVENT_STORE: store,
    DATABASE_URL: store === 'sqlite' ? undefined : process.env['LEDGER_TEST_DATABASE_URL'],
    POSTGRES_SCHEMA: schema,
    EVENTSTOREDB_URL: store === 'eventstoredb' ? process.env['EVENTSTOREDB_URL'] : undefined,
    // Each ledger its own streams on the shared server, so it starts empty.
    EVENTSTOREDB_NAMESPACE: store === 'eventstoredb' ? `e2e-${randomBytes(5).toString('hex')}-` : undefined,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    DEMO_DATA: false,
    LOG_LEVEL: (process.env.TEST_LOG_LEVEL as LedgerConfig['LOG_LEVEL'] | undefined) ?? 'silent',
    // Suites send hundreds of commands a minute as one user; the security suite tests the real limits.
    MUTATIONS_PER_MINUTE: 100_000,
    FILE_REQUESTS_PER_MINUTE: 100_000,
    // Real argon2id at OWASP's minimum cost (19 MiB, 2 passes), which a deployment may also choose:
    // the default (64 MiB, 3 passes) made hashing a fifth of the suite’s CPU (password-hasher.spec checks the default).
    PASSWORD_HASH_MEMORY_KIB: 19_456,
    PASSWORD_HASH_TIME_COST: 2,
    ...overrides,
  };
  const cleanUp = async () => {
    rmSync(dir, { recursive: true, force: true });
    if (store !== 'sqlite') {
      const pool = new Pool({ connectionString: config.DATABASE_URL });
      await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await pool.end();
    }
  };
  return launch(config, cleanUp);
}

async function launch(config: LedgerConfig, cleanUp: () => Promise<void>): Promise<TestLedger> {
  // Port 0 asks the OS for a free port; the config schema itself only accepts real ports.
  const running = await startLedger({ ...config, PORT: 0 }, { host: '127.0.0.1' });
  const gql: TestLedger['gql'] = async (query, variables, token) => {
    const response = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<any>;
  };
  const loginAs = async (email: string, password: string) => {
    const result = await gql<{ login: { token: string } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password },
    );
    if (!result.data?.login) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
    return result.data.login.token;
  };
  // One sign-in per running ledger: each costs an argon2id verification (0.6 s here, several seconds
  // on a loaded CI runner), and suites that create a handful of users would otherwise pay it every time.
  let adminSession: Promise<string> | undefined;
  const adminToken = () =>
    (adminSession ??= loginAs(ADMIN.email, ADMIN.password).catch((error) => {
      adminSession = undefined;
      throw error;
    }));
  const head = () => running.stores.eventStore.headPosition();
  const ok: TestLedger['ok'] = async (query, variables = {}, token) => {
    const answer = await gql(query, variables, token);
    expect(answer.errors).toBeUndefined();
    return Object.values(answer.data ?? {})[0];
  };
  const refused: TestLedger['refused'] = async (code, query, variables = {}, token) => {
    const before = await head();
    const answer = await gql(query, variables, token);
    expect(codeOf(answer)).toBe(code);
    expect(answer.data ?? null).toBeNull();
    expect(await head()).toBe(before);
    return answer;
  };
  const userFor: TestLedger['userFor'] = async (roles, email = `user.${randomBytes(6).toString('hex')}@example.gov.uk`, displayName = 'Test User') => {
    const { id } = await ok(
      'mutation($email: String!, $displayName: String!, $password: String!, $roles: [Role!]!) { createUser(email: $email, displayName: $displayName, password: $password, roles: $roles) { id } }',
      { email, displayName, password: USER_PASSWORD, roles: Array.isArray(roles) ? roles : [roles] },
      await adminToken(),
    );
    return { id, email, token: await loginAs(email.toLowerCase(), USER_PASSWORD) };
  };
  return {
    ...running,
    gql,
    loginAs,
    adminToken,
    userFor,
    tokenFor: async (roles, email, displayName) => (await userFor(roles, email, displayName)).token,
    ok,
    refused,
    head,
    close: async () => {
      await running.close();
      await cleanUp();
    },
    restart: async (overrides = {}) => {
      await running.close();
      return launch({ ...config, ...overrides }, cleanUp);
    },
  };
}

export const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
/** An instant strictly between the previous write and the next one. */
export const instant = async () => {
  await tick();
  const now = new Date().toISOString();
  await tick();
  return now;
};
