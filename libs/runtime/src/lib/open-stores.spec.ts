import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { KeyEncryptionKeyMismatchError, PersonalDataVault } from '@ledger/event-store-core';
import { Pool } from 'pg';
import { StoreConfig, openStores, readSideOf, sameReadSide } from './open-stores';

describe('openStores and the personal-data KEK (ADR 0019)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ledger-open-stores-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const config = (extra: Record<string, string> = {}) => ({
    EVENT_STORE: 'sqlite' as const,
    SQLITE_PATH: join(dir, 'ledger.sqlite'),
    DATABASE_URL: undefined,
    POSTGRES_SCHEMA: 'ledger',
    EVENTSTOREDB_URL: undefined,
    ...extra,
  });

  it('wraps personal-data keys with the KEK from the key file: the database file never holds a key itself', async () => {
    const stores = await openStores(config());
    const key = (await stores.personalDataKeys.createKey('person-1', randomBytes(32))) as Buffer;
    const sealed = await new PersonalDataVault(stores.personalDataKeys).seal('person-1', 'Chantel Allott');
    await stores.close();
    const file = readFileSync(join(dir, 'ledger.sqlite'));
    expect(file.includes(key)).toBe(false);

    const again = await openStores(config());
    expect(await new PersonalDataVault(again.personalDataKeys).open(sealed)).toBe('Chantel Allott');
    await again.close();
  });

  it('refuses to start with a KEK file of its own, saying to copy the first one', async () => {
    await (await openStores(config())).close();
    const otherKek = join(dir, 'other-kek');
    writeFileSync(otherKek, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    const refused = openStores(config({ PERSONAL_DATA_KEK_FILE: otherKek }));
    await expect(refused).rejects.toBeInstanceOf(KeyEncryptionKeyMismatchError);
    await expect(refused).rejects.toThrow(`copy the key file (personal-data-kek) from the first instance to ${otherKek}`);
  });
});

describe('where an EventStoreDB store keeps its read side (ADR 0040)', () => {
  let dir: string;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const databaseUrl = process.env['LEDGER_TEST_DATABASE_URL'] as string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ledger-open-stores-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  afterAll(async () => {
    const pool = new Pool({ connectionString: databaseUrl });
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await pool.end();
  });
  // No EventStoreDB server runs here: the client connects on first use, and these tests never append.
  const eventStoreDb = (extra: Partial<StoreConfig> = {}) => ({
    EVENT_STORE: 'eventstoredb' as const,
    SQLITE_PATH: join(dir, 'ledger.sqlite'),
    DATABASE_URL: undefined,
    POSTGRES_SCHEMA: schema,
    EVENTSTOREDB_URL: 'esdb://localhost:2113?tls=false',
    LEDGER_KEYS_DIR: dir,
    ...extra,
  });

  it('with DATABASE_URL, keeps read models and personal-data keys in PostgreSQL, where a second instance opens what the first wrote', async () => {
    const first = await openStores(eventStoreDb({ DATABASE_URL: databaseUrl }));
    const sealed = await new PersonalDataVault(first.personalDataKeys).seal('person-1', 'Chantel Allott');
    await first.readModels.commit('people', 0n, 7n, { puts: [{ collection: 'people', id: 'person-1', doc: { jobTitle: 'Buyer' } }], deletes: [] });
    expect(first.describe).toBe(`eventstoredb (read models in postgres:${schema})`);
    await first.close();

    const second = await openStores(eventStoreDb({ DATABASE_URL: databaseUrl }));
    expect(await new PersonalDataVault(second.personalDataKeys).open(sealed)).toBe('Chantel Allott');
    expect(await second.readModels.get('people', 'person-1')).toEqual({ jobTitle: 'Buyer' });
    expect(await second.readModels.checkpoint('people')).toBe(7n);
    await second.close();
    // Nothing went to the local file, which the instance's neighbours could not see.
    expect(existsSync(join(dir, 'ledger.sqlite'))).toBe(false);
  });

  it('without DATABASE_URL, keeps them in the local SQLite file (one instance) and says so', async () => {
    const stores = await openStores(eventStoreDb());
    await stores.readModels.commit('people', 0n, 1n, { puts: [{ collection: 'people', id: 'person-1', doc: { jobTitle: 'Buyer' } }], deletes: [] });
    expect(stores.describe).toBe(`eventstoredb (read models in sqlite:${join(dir, 'ledger.sqlite')}; one instance only: set DATABASE_URL to share them)`);
    await stores.close();
    expect(existsSync(join(dir, 'ledger.sqlite'))).toBe(true);
  });

  it('places each configuration: the SQL stores beside their log, EventStoreDB by DATABASE_URL', () => {
    const base = { SQLITE_PATH: 'a.sqlite', DATABASE_URL: 'postgres://db/ledger', POSTGRES_SCHEMA: 'ledger' };
    expect(readSideOf({ ...base, EVENT_STORE: 'sqlite' })).toEqual({ kind: 'sqlite', path: 'a.sqlite' });
    expect(readSideOf({ ...base, EVENT_STORE: 'postgres' })).toEqual({ kind: 'postgres', connectionString: 'postgres://db/ledger', schema: 'ledger' });
    expect(readSideOf({ ...base, EVENT_STORE: 'eventstoredb' })).toEqual({ kind: 'postgres', connectionString: 'postgres://db/ledger', schema: 'ledger' });
    expect(readSideOf({ ...base, DATABASE_URL: undefined, EVENT_STORE: 'eventstoredb' })).toEqual({ kind: 'sqlite', path: 'a.sqlite' });
    expect(sameReadSide(readSideOf({ ...base, EVENT_STORE: 'postgres' }), readSideOf({ ...base, EVENT_STORE: 'eventstoredb' }))).toBe(true);
    expect(sameReadSide(readSideOf({ ...base, EVENT_STORE: 'postgres' }), readSideOf({ ...base, POSTGRES_SCHEMA: 'other', EVENT_STORE: 'eventstoredb' }))).toBe(false);
    expect(sameReadSide(readSideOf({ ...base, EVENT_STORE: 'sqlite' }), readSideOf({ ...base, SQLITE_PATH: './a.sqlite', DATABASE_URL: undefined, EVENT_STORE: 'eventstoredb' }))).toBe(true);
  });
});
