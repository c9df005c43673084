import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { describeEventStoreContract, describeReadModelContract } from '@ledger/event-store-core/testing';
import { PostgresEventStore } from './postgres-event-store';
import { PostgresReadModelStore } from './postgres-read-model-store';

// Set by tools/jest/postgres-global-setup.mjs: DATABASE_URL, or an embedded PostgreSQL it started.
const connectionString = process.env['LEDGER_TEST_DATABASE_URL'] as string;
const freshSchema = () => `test_${randomBytes(6).toString('hex')}`;

async function dropSchema(schema: string) {
  const pool = new Pool({ connectionString });
  await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.end();
}

describeEventStoreContract('PostgreSQL', async () => {
  const schema = freshSchema();
  const store = await PostgresEventStore.connect({ connectionString, schema });
  const others: PostgresEventStore[] = [];
  return {
    store,
    openAnother: async () => {
      const other = await PostgresEventStore.connect({ connectionString, schema, poolSize: 2 });
      others.push(other);
      return other;
    },
    tamperWithData: async (position, data) => {
      await store.pool.query(`UPDATE ${schema}.events SET data = $2 WHERE position = $1`, [position.toString(), JSON.stringify(data)]);
    },
    overwriteEvent: async (position, data, metadata) => {
      await store.pool.query(`UPDATE ${schema}.events SET data = $2, metadata = $3 WHERE position = $1`, [position.toString(), JSON.stringify(data), JSON.stringify(metadata)]);
    },
    deleteEvent: async (position) => {
      await store.pool.query(`DELETE FROM ${schema}.events WHERE position = $1`, [position.toString()]);
    },
    dispose: async () => {
      await store.close();
      await dropSchema(schema);
    },
  };
});

describeReadModelContract('PostgreSQL', async () => {
  const schema = freshSchema();
  const store = await PostgresEventStore.connect({ connectionString, schema });
  const readModels = await PostgresReadModelStore.connect({ connectionString, schema });
  return {
    store,
    readModels,
    dispose: async () => {
      await readModels.close();
      await store.close();
      await dropSchema(schema);
    },
  };
});

describe('PostgreSQL connection', () => {
  it('runs against a real server', async () => {
    const pool = new Pool({ connectionString });
    const { rows } = await pool.query<{ server_version_num: string }>('SHOW server_version_num');
    await pool.end();
    expect(Number(rows[0].server_version_num)).toBeGreaterThanOrEqual(140000);
  });
});

// The key store's contract, with the attacker's scan of its files: postgres-personal-data-keys.int.spec.ts.
