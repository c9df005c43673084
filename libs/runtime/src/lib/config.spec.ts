import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';
import { resolveJwtSecret } from './jwt-secret';

describe('configuration from the environment', () => {
  it('has sensible defaults for a first start that configures nothing: port 3000, embedded SQLite, demo data on', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3000, EVENT_STORE: 'sqlite', SQLITE_PATH: './data/ledger.sqlite', DEMO_DATA: true });
  });

  it('loads no demo data (with its published passwords) once the deployment names its own admin, unless asked to', () => {
    const realUse = { ADMIN_EMAIL: 'it.lead@authority.gov.uk', ADMIN_PASSWORD: 'a long admin passphrase' };
    expect(loadConfig(realUse).DEMO_DATA).toBe(false);
    expect(loadConfig({ ...realUse, DEMO_DATA: 'true' }).DEMO_DATA).toBe(true);
  });

  it('is production-safe by default: no anonymous introspection, no trusted proxy', () => {
    expect(loadConfig({})).toMatchObject({ GRAPHQL_ANONYMOUS_INTROSPECTION: false, TRUST_PROXY: 'false' });
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toBe('loopback, 10.0.0.0/8');
    expect(() => loadConfig({ TRUST_PROXY: 'everyone; rm -rf' })).toThrow(/TRUST_PROXY must be false, a number of proxy hops/);
  });

  it('publishes OCDS under a placeholder ocid prefix registered to no one until the authority configures its own', () => {
    expect(loadConfig({})).toMatchObject({ OCDS_PREFIX: 'ocds-xxxxxx', LEDGER_AUTHORITY_NAME: 'The contracting authority' });
    expect(loadConfig({ OCDS_PREFIX: 'ocds-b5fd17', LEDGER_AUTHORITY_NAME: ' Example Borough Council ' })).toMatchObject({ OCDS_PREFIX: 'ocds-b5fd17', LEDGER_AUTHORITY_NAME: 'Example Borough Council' });
    expect(() => loadConfig({ OCDS_PREFIX: 'OCDS-B5FD17-extra' })).toThrow(/OCDS_PREFIX must be "ocds-" and six lower-case letters or digits/);
  });

  it("hashes passwords at the argon2 library's cost by default and refuses a cost below OWASP's minimum", () => {
    expect(loadConfig({})).toMatchObject({ PASSWORD_HASH_MEMORY_KIB: 65_536, PASSWORD_HASH_TIME_COST: 3 });
    expect(loadConfig({ PASSWORD_HASH_MEMORY_KIB: '19456', PASSWORD_HASH_TIME_COST: '2' })).toMatchObject({ PASSWORD_HASH_MEMORY_KIB: 19_456, PASSWORD_HASH_TIME_COST: 2 });
    expect(() => loadConfig({ PASSWORD_HASH_MEMORY_KIB: '8192' })).toThrow(/PASSWORD_HASH_MEMORY_KIB.*at least 19456/);
    expect(() => loadConfig({ PASSWORD_HASH_TIME_COST: '1' })).toThrow(/PASSWORD_HASH_TIME_COST.*at least 2/);
  });

  it('reads DEMO_DATA=false and a port', () => {
    expect(loadConfig({ DEMO_DATA: 'false', PORT: '8080' })).toMatchObject({ DEMO_DATA: false, PORT: 8080 });
  });

  it('names every bad value at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', EVENT_STORE: 'mysql', DEMO_DATA: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT must be a number/);
    expect(message).toMatch(/EVENT_STORE must be sqlite, postgres or eventstoredb/);
    expect(message).toMatch(/DEMO_DATA must be true or false/);
  });

  it('takes an EventStoreDB namespace of plain characters only, since it prefixes every stream id', () => {
    const esdb = { EVENT_STORE: 'eventstoredb', EVENTSTOREDB_URL: 'esdb://localhost:2113?tls=false' };
    expect(loadConfig({ ...esdb, EVENTSTOREDB_NAMESPACE: 'ledger-prod-' }).EVENTSTOREDB_NAMESPACE).toBe('ledger-prod-');
    expect(loadConfig(esdb).EVENTSTOREDB_NAMESPACE).toBeUndefined();
    for (const bad of ['$all', 'a b', 'x'.repeat(101), '-leading']) {
      expect(() => loadConfig({ ...esdb, EVENTSTOREDB_NAMESPACE: bad })).toThrow(/EVENTSTOREDB_NAMESPACE must be letters, digits/);
    }
  });

  it('requires the connection string of the chosen store', () => {
    expect(() => loadConfig({ EVENT_STORE: 'postgres' })).toThrow(/DATABASE_URL is required when EVENT_STORE=postgres/);
    expect(() => loadConfig({ EVENT_STORE: 'eventstoredb' })).toThrow(/EVENTSTOREDB_URL is required/);
    expect(() => loadConfig({ EVENT_STORE: 'postgres', DATABASE_URL: 'mysql://x' })).toThrow(/postgres:\/\//);
  });

  it('wants ADMIN_EMAIL and ADMIN_PASSWORD together', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.gov.uk' })).toThrow(/set both or neither/);
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.gov.uk', ADMIN_PASSWORD: 'short' })).toThrow(/at least 12/);
  });

  it('takes reminders by email off unless SMTP_URL is set, and wants MAIL_FROM with it', () => {
    const off = loadConfig({});
    expect(off.SMTP_URL).toBeUndefined();
    expect(off.REMINDER_DIGEST_TIME).toBe('07:00');
    expect(() => loadConfig({ SMTP_URL: 'smtp://relay.example.gov.uk:587' })).toThrow(/MAIL_FROM is required when SMTP_URL is set/);
    const on = loadConfig({ SMTP_URL: 'smtps://u:p@relay.example.gov.uk:465', MAIL_FROM: 'Governance Ledger <ledger@example.gov.uk>', PUBLIC_URL: 'https://ledger.example.gov.uk' });
    expect(on.MAIL_FROM).toBe('Governance Ledger <ledger@example.gov.uk>');
    expect(() => loadConfig({ SMTP_URL: 'http://relay' })).toThrow(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(() => loadConfig({ REMINDER_DIGEST_TIME: '7am' })).toThrow(/REMINDER_DIGEST_TIME must be a time HH:MM/);
    expect(() => loadConfig({ MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM must be an email address/);
  });

  it('refuses a short JWT_SECRET', () => {
    expect(() => loadConfig({ JWT_SECRET: 'secret' })).toThrow(/JWT_SECRET must be at least 32 characters/);
  });
});

describe('JWT secret', () => {
  it('is generated once beside the SQLite file, private, and reused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-secret-'));
    const sqlitePath = join(dir, 'data', 'ledger.sqlite');
    const first = resolveJwtSecret({ SQLITE_PATH: sqlitePath });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveJwtSecret({ SQLITE_PATH: sqlitePath })).toBe(first);
    const file = join(dir, 'data', 'jwt-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('uses JWT_SECRET when set', () => {
    expect(resolveJwtSecret({ JWT_SECRET: 'x'.repeat(40), SQLITE_PATH: '/nonexistent/ledger.sqlite' })).toBe('x'.repeat(40));
  });
});
