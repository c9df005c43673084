import { randomBytes } from 'node:crypto';
import { accessSync, constants, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Pool } from 'pg';
import { InMemoryPersonalDataKeyStore, KeyEncryptionKey, KeyEncryptionKeyMismatchError, PersonalDataVault } from '@ledger/event-store-core';
import { describeKeyStoreContract, scanFilesForPersonalDataKey } from '@ledger/event-store-core/testing';
import { PostgresPersonalDataKeyStore } from './postgres-personal-data-key-store';

// Set by tools/jest/postgres-global-setup.mjs: DATABASE_URL, or an embedded PostgreSQL it started.
const connectionString = process.env['LEDGER_TEST_DATABASE_URL'] as string;
const freshSchema = () => `test_${randomBytes(6).toString('hex')}`;
const testKek = (keyId = 'kek-a'): KeyEncryptionKey => ({ key: randomBytes(32), keyId, file: `/data/${keyId}` });

async function dropSchema(schema: string) {
  const pool = new Pool({ connectionString });
  await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.end();
}

/**
 * The files of the key table, its TOAST table and all their indexes, every fork and segment, after
 * a CHECKPOINT has written the shared buffers out: what a host administrator copies. Null when
 * the server's data folder is not on this machine (DATABASE_URL names a remote server).
 */
async function keyTableFiles(pool: Pool, schema: string): Promise<string[] | null> {
  await pool.query('CHECKPOINT');
  const { rows: settings } = await pool.query<{ data_directory: string }>('SHOW data_directory');
  const dataDirectory = settings[0].data_directory;
  try {
    accessSync(dataDirectory, constants.R_OK);
  } catch {
    return null;
  }
  const { rows } = await pool.query<{ path: string | null }>(
    `WITH keys AS (SELECT c.oid, c.reltoastrelid FROM pg_class c WHERE c.oid = $1::regclass),
          relations AS (
            SELECT oid FROM keys
            UNION SELECT reltoastrelid FROM keys WHERE reltoastrelid <> 0
            UNION SELECT indexrelid FROM pg_index WHERE indrelid IN (SELECT oid FROM keys UNION SELECT reltoastrelid FROM keys))
     SELECT pg_relation_filepath(oid) AS path FROM relations`,
    [`${schema}.personal_data_keys`],
  );
  const files: string[] = [];
  for (const { path } of rows) {
    if (!path) continue;
    const main = join(dataDirectory, path);
    // The main fork, its further 1 GB segments (.1, .2 …), free-space and visibility maps.
    const forks = new RegExp(`^${basename(main)}(\\.\\d+|_fsm|_vm|_init)?$`);
    files.push(...readdirSync(dirname(main)).filter((name) => forks.test(name)).map((name) => join(dirname(main), name)));
  }
  return files;
}

describeKeyStoreContract('PostgreSQL', async () => {
  const schema = freshSchema();
  const kek = testKek();
  const keys = await PostgresPersonalDataKeyStore.connect({ connectionString, schema, kek });
  return {
    keys,
    kek,
    storeFiles: () => keyTableFiles(keys.pool, schema),
    dispose: async () => (await keys.close(), await dropSchema(schema)),
  };
});

describe('PostgreSQL personal-data keys (ADR 0019)', () => {
  let schema: string;
  let pool: Pool;
  beforeEach(() => {
    schema = freshSchema();
    pool = new Pool({ connectionString });
  });
  afterEach(async () => {
    await pool.end();
    await dropSchema(schema);
  });

  it('wraps the raw keys of a store from before ADR 0019 on connect, and leaves no raw bytes in the table files', async () => {
    const legacyKey = randomBytes(32);
    const legacySealed = await new PersonalDataVault(new FixedKeys(legacyKey)).seal('person-1', 'Chantel Allott');
    await pool.query(`CREATE SCHEMA ${schema}`);
    await pool.query(`CREATE TABLE ${schema}.personal_data_keys (subject_id TEXT PRIMARY KEY, key BYTEA, created_at TIMESTAMPTZ NOT NULL DEFAULT now(), erased_at TIMESTAMPTZ)`);
    await pool.query(`INSERT INTO ${schema}.personal_data_keys (subject_id, key) VALUES ('person-1', $1), ('person-0', NULL)`, [legacyKey]);
    await pool.query(`UPDATE ${schema}.personal_data_keys SET erased_at = now() WHERE subject_id = 'person-0'`);
    const filesBefore = await keyTableFiles(pool, schema);
    if (filesBefore) expect(scanFilesForPersonalDataKey(filesBefore, legacySealed).found.map((hit) => hit.as)).toContain('key');

    const kek = testKek();
    const keys = await PostgresPersonalDataKeyStore.connect({ connectionString, schema, kek });
    const vault = new PersonalDataVault(keys);
    expect(await vault.open(legacySealed)).toBe('Chantel Allott');
    expect(await vault.isErased('person-0')).toBe(true);
    const { rows } = await pool.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'personal_data_keys'`, [schema]);
    expect(rows.map((row) => row.column_name)).not.toContain('key');
    const filesAfter = await keyTableFiles(pool, schema);
    if (filesAfter) expect(scanFilesForPersonalDataKey(filesAfter, legacySealed, kek).found.map((hit) => hit.as)).toEqual(['wrapped key']);
    await keys.close();
  });

  it('refuses to start with another KEK than the one its keys were wrapped with, saying to copy the first key file', async () => {
    const first = await PostgresPersonalDataKeyStore.connect({ connectionString, schema, kek: testKek('kek-a') });
    await first.createKey('person-1', randomBytes(32));
    await first.close();
    const second = PostgresPersonalDataKeyStore.connect({ connectionString, schema, kek: testKek('kek-b') });
    await expect(second).rejects.toBeInstanceOf(KeyEncryptionKeyMismatchError);
    await expect(second).rejects.toThrow(/copy the key file \(personal-data-kek\) from the first instance to \/data\/kek-b/);
  });

  it('refuses another KEK even before any key was made: a second instance with its own key file', async () => {
    await (await PostgresPersonalDataKeyStore.connect({ connectionString, schema, kek: testKek('kek-a') })).close();
    await expect(PostgresPersonalDataKeyStore.connect({ connectionString, schema, kek: testKek('kek-b') })).rejects.toThrow(/wrapped by key-encryption key kek-a/);
  });
});

/** The previous version's behaviour for sealing: one known raw key. */
class FixedKeys extends InMemoryPersonalDataKeyStore {
  constructor(private readonly key: Buffer) {
    super();
  }
  override async createKey(subjectId: string): Promise<Buffer | null> {
    return super.createKey(subjectId, this.key);
  }
}
