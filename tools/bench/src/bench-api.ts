import { ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** Concurrent clients and seconds per load run, for every HTTP scenario. */
export const CLIENTS = Number(process.env['BENCH_HTTP_CLIENTS'] ?? 50);
export const SECONDS = Number(process.env['BENCH_HTTP_SECONDS'] ?? 10);

/** The administrator every HTTP scenario signs in as (bootstrapped by the API from its environment). */
const ADMIN = {
  email: 'bench.admin@example.gov.uk',
  password: 'a long bench passphrase 42',
};

export interface BenchApi {
  url: string;
  /** A bearer token for the bench administrator. */
  token: string;
  /** How long the API took from spawn to answering /health (read models caught up). */
  startMs: number;
  /** The API process's CPU time so far (user + system, every thread), in ms; undefined where /proc is not there. */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

/**
 * Starts the built API (dist/apps/api/main.js, or BENCH_API_MAIN) as a separate process, as in
 * production, on the store the environment names (SQLITE_PATH, or EVENT_STORE=postgres with its
 * settings), waits for /health and signs in. Limits that would throttle a load test are raised.
 */
export async function startBenchApi(storeEnv: Record<string, string>): Promise<BenchApi> {
  const port = 39_000 + Math.floor(Math.random() * 2000);
  const started = performance.now();
  // BENCH_API_NODE_ARGS: extra Node flags for the API, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it under load.
  const nodeArgs = (process.env['BENCH_API_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, process.env['BENCH_API_MAIN'] ?? join(process.cwd(), 'dist/apps/api/main.js')], {
    env: {
      PATH: process.env['PATH'],
      // Settings the API reads that a bench run may vary (e.g. READ_MODEL_CACHE_MB=0 for a run without the cache).
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('READ_MODEL_CACHE'))),
      PORT: String(port),
      ...storeEnv,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'error',
      MUTATIONS_PER_MINUTE: '100000',
      FILE_REQUESTS_PER_MINUTE: '100000',
      CHECKPOINT_INTERVAL_MINUTES: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child);
    const startMs = performance.now() - started;
    return {
      url,
      token: await signIn(url),
      startMs,
      cpuMs: () => processCpuMs(child.pid),
      stop: () => stopProcess(child),
    };
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
}

/** utime + stime of a process from /proc (Linux), in ms: what a load run cost the API, whatever else ran on the machine. */
function processCpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // After "pid (comm) ", utime and stime are the 12th and 13th fields, in clock ticks (100 a second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

async function waitForHealth(url: string, api: ChildProcess): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (api.exitCode !== null) throw new Error(`the API exited with ${api.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the API did not answer /health within 5 minutes');
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(email: "${ADMIN.email}", password: "${ADMIN.password}") { token } }`,
    }),
  });
  const answer = (await response.json()) as {
    data?: { login: { token: string } };
    errors?: unknown;
  };
  if (!answer.data) throw new Error(`sign-in failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.login.token;
}

/**
 * The poller, in a process of its own as a load balancer's health check is: polled from the
 * bench's own thread, each answer also waited behind the load generator's 50 connections and its
 * garbage collections, which is not the API's liveness. Its first request is not counted (Node
 * loads its fetch on first use: 0.6-0.7 s under load, the slowest "answer" of a run); it says
 * "ready" after it. On "stop" it prints its samples; a request still unanswered then counts with
 * the time it has waited. An error counts as Infinity.
 */
const HEALTH_POLLER = `const [url, intervalMs] = process.argv.slice(1);
const samples = [];
let inFlightSince = null;
process.stdin.on('data', () => {
  if (inFlightSince !== null) samples.push(performance.now() - inFlightSince);
  process.stdout.write(JSON.stringify(samples.map((ms) => (Number.isFinite(ms) ? ms : null))), () => process.exit(0));
});
(async () => {
  await fetch(url + '/health');
  process.stdout.write('ready\\n');
  for (;;) {
    inFlightSince = performance.now();
    try {
      await fetch(url + '/health');
      samples.push(performance.now() - inFlightSince);
    } catch {
      samples.push(Infinity);
    }
    inFlightSince = null;
    await new Promise((resolve) => setTimeout(resolve, Number(intervalMs)));
  }
})();`;

/**
 * Polls /health every `intervalMs` from its own process (HEALTH_POLLER), once it is ready, until
 * stopped; the samples (ms) are added to `samples`.
 */
export async function pollHealth(url: string, samples: number[], intervalMs = 100): Promise<{ stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['-e', HEALTH_POLLER, url, String(intervalMs)], { stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.startsWith('ready\n')) resolve();
    });
    void exited.then((code) => reject(new Error(`the /health poller exited with ${code} before its first answer`)));
  });
  // A poller that died early has no stdin left to write to: stop() then reports it below.
  child.stdin.on('error', () => undefined);
  return {
    stop: async () => {
      child.stdin.end('stop\n');
      const code = await exited;
      const answer = output.slice('ready\n'.length);
      if (code !== 0 || !answer) throw new Error(`the /health poller exited with ${code} and no samples`);
      for (const ms of JSON.parse(answer) as (number | null)[]) samples.push(ms ?? Number.POSITIVE_INFINITY);
    },
  };
}

/**
 * Copies a store file kept between runs (and its write-ahead log, if one is left) to `path`, with
 * the key file the API that last ran on it wrapped its personal-data keys with: every run then
 * starts from the same log, however much the one before appended.
 */
export function copyKeptStore(kept: string, path: string): void {
  copyFileSync(kept, path);
  if (existsSync(`${kept}-wal`)) copyFileSync(`${kept}-wal`, `${path}-wal`);
  const keyFile = join(dirname(kept), 'personal-data-kek');
  if (existsSync(keyFile)) copyFileSync(keyFile, join(dirname(path), 'personal-data-kek'));
}
