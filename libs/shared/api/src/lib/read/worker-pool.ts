import { availableParallelism, getPriority, setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import { Piscina } from 'piscina';

export interface WorkerPoolOptions {
  /** The worker module (a built .js, or the .cjs bootstrap of a .ts entry under ts-jest). */
  filename: string;
  /** Handed to every worker as-is, e.g. how it opens its own read-only connections. */
  workerData: unknown;
  /** Threads working at once; by default one fewer than the cores (at least one). */
  threads?: number;
}

/**
 * Threads for the work that would otherwise hold the event loop (ADR 0024): as-of folds, register
 * exports, strategy packs. A Piscina pool, started on the first task; each named task is a function
 * the worker module exports. Answers that are bytes come back moved, not copied.
 */
export class WorkerPool {
  private pool?: Piscina;

  constructor(private readonly options: WorkerPoolOptions) {}

  run<T>(name: string, input: unknown): Promise<T> {
    return this.threads().run(input, { name }) as Promise<T>;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }

  private threads(): Piscina {
    this.pool ??= new Piscina({
      filename: this.options.filename,
      workerData: this.options.workerData,
      minThreads: 0,
      maxThreads: this.options.threads ?? Math.max(1, availableParallelism() - 1),
      // A worker opens its connections and loads its modules once; keep it a while, not per task.
      idleTimeout: 60_000,
    });
    return this.pool;
  }
}

/** How far below the event loop's CPU priority a worker thread runs: a nice increment (0-19). */
export const WORKER_NICE_INCREMENT = 10;

/**
 * Lowers the calling worker thread's CPU priority, so that when the machine has more busy threads
 * than cores (an as-of fold and an export on a 2-core host, say), the event loop that answers
 * /health and small requests is scheduled first and the heavy work takes what is left (ADR 0024).
 * Linux keeps a nice value per thread (setpriority on the calling thread, which is what
 * os.setPriority(0) asks for); elsewhere it would lower the whole process, so it is left alone.
 */
export function lowerThisWorkerThreadsPriority(increment = WORKER_NICE_INCREMENT): void {
  if (process.platform !== 'linux' || isMainThread) return;
  try {
    setPriority(0, Math.min(19, getPriority(0) + increment));
  } catch {
    // A priority is a preference: a host that refuses it still runs the work.
  }
}

/** Bytes a worker answers with, in a buffer of their own so that moving it detaches nothing else. */
export function movedBytes(bytes: Uint8Array): ReturnType<typeof Piscina.move> {
  const own = new Uint8Array(bytes.byteLength);
  own.set(bytes);
  return Piscina.move(own);
}

/** Bytes from a worker as a Buffer over the same memory. */
export const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Where heavy rendering runs: set once by the app (renderOnWorkers), in-process until then, and
 * in-process again when the pool is closed. A plain function rather than a Nest provider because
 * every context's export controllers call the shared sendSpreadsheet.
 */
let renderers: WorkerPool | undefined;

export function renderOnWorkers(pool: WorkerPool | undefined): void {
  renderers = pool;
}

/** Runs the worker module's `name` task on the pool when the app set one, else `inProcess` here. */
export async function renderOffTheLoop<I>(name: string, input: I, inProcess: (input: I) => Promise<Buffer>): Promise<Buffer> {
  return renderers ? asBuffer(await renderers.run<Uint8Array>(name, input)) : inProcess(input);
}
