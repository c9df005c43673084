import { Pool, PoolClient } from 'pg';

/** Schema names are interpolated into DDL, so they are restricted to plain identifiers. */
export function assertSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Invalid PostgreSQL schema name: ${schema}`);
  return schema;
}

/** Runs `work` in one transaction on a client of its own: committed if it returns, rolled back if it throws. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export async function ensureSchema(pool: Pool, schema: string, ddl: string): Promise<void> {
  await inTransaction(pool, async (client) => {
    // Two processes starting together must not race on CREATE TABLE IF NOT EXISTS.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('ledger-schema'))");
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${assertSchemaName(schema)}`);
    await client.query(ddl);
  });
}

/**
 * Opens a pool on the configured schema (default `ledger`) and creates the tables `ddl` names for
 * it, so that each store states only its own tables.
 */
export async function connectSchema(
  options: { connectionString: string; schema?: string; poolSize?: number },
  defaultPoolSize: number,
  ddl: (schema: string) => string,
): Promise<{ pool: Pool; schema: string }> {
  const schema = assertSchemaName(options.schema ?? 'ledger');
  const pool = createPool(options.connectionString, options.poolSize ?? defaultPoolSize);
  await ensureSchema(pool, schema, ddl(schema));
  return { pool, schema };
}

export function createPool(connectionString: string, max = 10): Pool {
  const pool = new Pool({ connectionString, max });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  return pool;
}
