import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { ProjectionRunner, projectionsFingerprint, verifyEventLog } from '@ledger/event-store-core';
import { SqliteEventStore, SqliteReadModelStore, openSqlite } from '@ledger/event-store-sqlite';
import { ALL_PROJECTIONS, writeMixedLog } from './as-of-scenario';

/** Events in the replayed log (issue 11: 1,000,000; smaller for a quick run). */
export const REPLAY_EVENTS = Number(process.env['BENCH_REPLAY_EVENTS'] ?? 1_000_000);
/** As ReadSide.SNAPSHOT_EVERY. */
const SNAPSHOT_EVERY = 5000;

/**
 * BENCH_REPLAY_FAST_WRITE=1 writes the replayed log with synchronous = OFF: the same events, one per
 * commit, without waiting for the disk at each commit (a 1M-event log in minutes instead of ~25).
 * Only the bench's own file is written so; the replay and verify figures do not depend on it.
 */
const FAST_WRITE = process.env['BENCH_REPLAY_FAST_WRITE'] === '1';

export interface ReplayResult {
  events: number;
  writeMs: number;
  /** How the log was written (its appends/s row says so). */
  writeDurability: string;
  replayMs: number;
  eventsPerSecond: number;
  /** Reading and parsing the same events alone, in the same run: the floor a replay is held to. */
  readEventsPerSecond: number;
  /**
   * The raw driver's floor in the same run: better-sqlite3 iterating every event's data and
   * metadata in log order and JSON.parse of both, nothing else. A replay cannot pass it.
   */
  rawReadEventsPerSecond: number;
  peakRssMb: number;
  /** Snapshots kept (bases + deltas) and the bytes they take, beside the bytes of the events. */
  snapshots: number;
  bases: number;
  snapshotMb: number;
  eventMb: number;
  verifyMs: number;
  verifyEventsPerSecond: number;
  verifyOk: boolean;
  /** 1-minute load average before the replay and after the verify (the machine may be shared). */
  loadAverage: string;
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/**
 * `ledger replay` on a mixed log in SQLite, as ReadSide.rebuild runs it (every read model dropped
 * and folded again, as-of snapshots from the same fold), then `ledger verify`'s walk of the log.
 * The log is written at `path` first unless it already holds `events` events (a rerun reuses it).
 */
export async function measureReplay(path: string, events = REPLAY_EVENTS): Promise<ReplayResult> {
  const reused = existsSync(path);
  let writeMs = 0;
  if (!reused && FAST_WRITE) {
    // Its own connection that never waits for the disk: no flush after each append either (ADR 0041).
    // Written and closed before the measured stores open the file: every store on one file shares
    // its flushes, so a second flush function for it is refused.
    const start = performance.now();
    const fast = new SqliteEventStore(openSqlite(path), true, { syncFile: async () => undefined });
    fast.db.pragma('synchronous = OFF');
    await writeMixedLog(fast, events);
    await fast.close();
    writeMs = performance.now() - start;
  }
  // A log written earlier at this path (a rerun) is replayed as it is.
  const store = SqliteEventStore.open(path);
  const readModels = SqliteReadModelStore.open(path);
  try {
    const existing = Number(await store.headPosition());
    if (reused && existing > 0 && existing < events) throw new Error(`${path} holds ${existing} events, fewer than ${events}: give a new path`);
    if (existing === 0) {
      const start = performance.now();
      await writeMixedLog(store, events);
      writeMs = performance.now() - start;
    }
    const head = Number(await store.headPosition());
    const loadBefore = loadavg()[0].toFixed(2);
    const readStart = performance.now();
    for (let from = 1n; ; ) {
      // Pages of 1,000 (as verify and replay read): the fastest this store reads and parses.
      const page = await store.readAll({ from, limit: 1000 });
      if (page.length === 0) break;
      from = page[page.length - 1].position + 1n;
    }
    const readMs = performance.now() - readStart;
    const rawReadMs = rawReadAndParse(path, head);
    let peakRss = process.memoryUsage().rss;
    const start = performance.now();
    await readModels.clearSnapshots();
    await new ProjectionRunner(store, readModels, ALL_PROJECTIONS).rebuild(
      undefined,
      () => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      },
      { snapshots: { store: readModels, every: SNAPSHOT_EVERY, fingerprint: projectionsFingerprint(ALL_PROJECTIONS) } },
    );
    const replayMs = performance.now() - start;
    // The process's own high-water mark: sampled at progress reports alone, the peak missed the
    // final flush and snapshots between them (as `ledger replay` did). It also covers reading the
    // log above, which needs less.
    peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
    const sizes = readModels.db
      .prepare(
        `SELECT (SELECT COUNT(*) FROM read_model_snapshot_packs) AS snapshots,
                (SELECT COUNT(*) FROM read_model_snapshot_packs WHERE base_position = position) AS bases,
                (SELECT COALESCE(SUM(LENGTH(documents)), 0) FROM read_model_snapshot_packs) AS snapshotBytes,
                (SELECT COALESCE(SUM(LENGTH(stream_id) + LENGTH(type) + LENGTH(data) + LENGTH(metadata)), 0) FROM events) AS eventBytes`,
      )
      .get() as { snapshots: number; bases: number; snapshotBytes: number; eventBytes: number };
    const verifyStart = performance.now();
    const report = await verifyEventLog(store);
    const verifyMs = performance.now() - verifyStart;
    return {
      events: head,
      writeMs,
      writeDurability: FAST_WRITE ? 'one event per commit, synchronous=OFF (BENCH_REPLAY_FAST_WRITE)' : 'one event per commit',
      replayMs,
      eventsPerSecond: Math.round((head / replayMs) * 1000),
      readEventsPerSecond: Math.round((head / readMs) * 1000),
      rawReadEventsPerSecond: Math.round((head / rawReadMs) * 1000),
      peakRssMb: mb(peakRss),
      snapshots: sizes.snapshots,
      bases: sizes.bases,
      snapshotMb: mb(sizes.snapshotBytes),
      eventMb: mb(sizes.eventBytes),
      verifyMs,
      verifyEventsPerSecond: Math.round((report.eventsChecked / verifyMs) * 1000),
      verifyOk: report.ok,
      loadAverage: `${loadBefore} -> ${loadavg()[0].toFixed(2)}`,
    };
  } finally {
    await readModels.close();
    await store.close();
  }
}

/** Milliseconds for the raw driver to read and parse the log's `events` events (its own read-only connection). */
function rawReadAndParse(path: string, events: number): number {
  const db = new Database(path, { readonly: true });
  try {
    const start = performance.now();
    let read = 0;
    for (const [data, metadata] of db.prepare('SELECT data, metadata FROM events ORDER BY position').raw().iterate() as IterableIterator<[string, string]>) {
      JSON.parse(data);
      JSON.parse(metadata);
      read += 1;
    }
    if (read !== events) throw new Error(`the raw read found ${read} events, not ${events}`);
    return performance.now() - start;
  } finally {
    db.close();
  }
}
