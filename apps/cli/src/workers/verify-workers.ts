import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { CheckedRows, VerifyWorkers } from '@ledger/event-store-core';

/**
 * Below this many events a log is verified in-process by default: starting the threads, loading
 * their code and copying the checked rows back cost more than they saved on 2 shared cores at
 * 20,000 and 50,000 events (and saved about a fifth of the wall time at 200,000).
 */
export const WORKERS_FROM_EVENTS = 100_000;

export interface VerifyWorkerData {
  /** The SQLite file the walk reads: each thread opens its own connection to it. */
  sqlitePath: string;
}

export interface ClosableVerifyWorkers extends VerifyWorkers {
  close(): Promise<void>;
}

/**
 * Worker threads for `ledger verify` of the SQLite file at `sqlitePath` (checkStoredRange in
 * dist/apps/cli/verify-worker.js), or none: when `threads` is 0, or the worker module is not
 * shipped beside the CLI (run from source). Closed by the caller, so that the process can exit.
 */
export async function verifyWorkerPool(sqlitePath: string, threads: number): Promise<ClosableVerifyWorkers | undefined> {
  const filename = join(__dirname, 'verify-worker.js');
  if (threads < 1 || !existsSync(filename)) return undefined;
  const { Piscina } = await import('piscina');
  const workerData: VerifyWorkerData = { sqlitePath };
  const pool = new Piscina({ filename, workerData, minThreads: threads, maxThreads: threads });
  return {
    threads,
    checkStoredRange: (from: bigint, to: bigint) => pool.run({ from, to }, { name: 'checkStoredRange' }) as Promise<CheckedRows>,
    close: () => pool.destroy(),
  };
}

/** Threads by default: one per core (the walk's own thread mostly waits for them), none for a short log. */
export function defaultVerifyThreads(eventsInLog: bigint): number {
  return eventsInLog < BigInt(WORKERS_FROM_EVENTS) ? 0 : availableParallelism();
}
