import { Pool } from 'pg';

/** Schema names are interpolated into DDL, so they are restricted to plain identifiers. */
export function assertSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Invalid PostgreSQL schema name: ${schema}`);
  return schema;
}

export async function ensureSchema(pool: Pool, schema: string, ddl: string): Promise<void> {
  const client = await pool.connect();
  try {
    // Two processes starting together must not race on CREATE TABLE IF NOT EXISTS.
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('ledger-schema'))");
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${assertSchemaName(schema)}`);
    await client.query(ddl);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export function createPool(connectionString: string, max = 10): Pool {
  const pool = new Pool({ connectionString, max });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  return pool;
}
