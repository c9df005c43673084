import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';

export interface Timing {
  count: number;
  totalMs: number;
  p50: number;
  p99: number;
  max: number;
}

export function summarise(samples: number[], totalMs = samples.reduce((a, b) => a + b, 0)): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { count: samples.length, totalMs, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}

export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

export const ms = (value: number) => value.toFixed(value < 10 ? 2 : 0);
export const perSecond = (count: number, totalMs: number) => Math.round((count / totalMs) * 1000).toLocaleString('en-GB');

export interface ReferenceRun {
  perSecond: number;
  p50: number;
  p99: number;
  /** Appends a reference store failed and the script tried again (Emmett's SQLite store, now and then). */
  retries?: number;
}

/** The raw driver's reference: one row per durable commit through better-sqlite3 (WAL, synchronous=FULL), `row(n)` its stream and data. */
export function rawSqliteCommits(path: string, total: number, row: (n: number) => [streamId: string, data: string]): ReferenceRun {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE events (position INTEGER PRIMARY KEY, stream_id TEXT NOT NULL, data TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO events (stream_id, data) VALUES (?, ?)');
    const latencies: number[] = [];
    const start = performance.now();
    for (let n = 0; n < total; n++) {
      const begin = performance.now();
      insert.run(...row(n));
      latencies.push(performance.now() - begin);
    }
    const t = summarise(latencies, performance.now() - start);
    return { perSecond: Math.round((t.count / t.totalMs) * 1000), p50: t.p50, p99: t.p99 };
  } finally {
    db.close();
  }
}
