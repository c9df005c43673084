import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreConfig, readSideOf } from '@ledger/runtime';
import type { SqliteDatabase } from '@ledger/event-store-sqlite';
import { AsOfFolder, WorkerAsOfFolder, WorkerPool } from '@ledger/shared-api';
import type { WalCheckpointWorkerData } from './wal-checkpoint.worker';

/** What a worker needs to open its own connections to the configured stores (no secrets). */
export type WorkerStoreConfig = StoreConfig;

export interface WorkerData {
  stores: WorkerStoreConfig;
  /** Under Jest only: the .ts module the .cjs bootstrap compiles and loads. */
  entry?: string;
}

/**
 * A worker module by name: `<name>.js` beside the bundle (webpack's extra entry, dist/apps/api),
 * or, when running from source (under Jest), the `.ts` file here loaded through ts-worker.cjs.
 */
export function workerModule(name: string): { filename: string; entry?: string } | undefined {
  const built = join(__dirname, `${name}.js`);
  if (existsSync(built)) return { filename: built };
  const source = join(__dirname, `${name.replace(/-worker$/, '')}.worker.ts`);
  if (existsSync(source)) return { filename: join(__dirname, 'ts-worker.cjs'), entry: source };
  return undefined;
}

/**
 * The pool of heavy-work threads (ADR 0024): as-of folds, register exports, strategy packs. None
 * (everything in-process, as before) when the worker module is not shipped.
 */
export function heavyWorkPool(config: WorkerStoreConfig): WorkerPool | undefined {
  const worker = workerModule('heavy-work-worker');
  if (!worker) return undefined;
  const { EVENT_STORE, SQLITE_PATH, DATABASE_URL, POSTGRES_SCHEMA, EVENTSTOREDB_URL, EVENTSTOREDB_NAMESPACE } = config;
  const workerData: WorkerData = {
    stores: { EVENT_STORE, SQLITE_PATH, DATABASE_URL, POSTGRES_SCHEMA, EVENTSTOREDB_URL, EVENTSTOREDB_NAMESPACE },
    entry: worker.entry,
  };
  return new WorkerPool({ filename: worker.filename, workerData });
}

/** As-of folds on the pool, unless the store cannot be opened a second time (an in-memory SQLite file). */
export function asOfFolderOn(pool: WorkerPool | undefined, config: WorkerStoreConfig): AsOfFolder | undefined {
  if (!pool || (readSideOf(config).kind === 'sqlite' && config.SQLITE_PATH === ':memory:')) return undefined;
  return new WorkerAsOfFolder(pool);
}

/** Log size past which the checkpoint thread copies the write-ahead log into the database file (SQLite's own default is 1,000 pages). */
export const WAL_CHECKPOINT_BYTES = 4 * 2 ** 20;
/** SQLite's own setting: a connection checkpoints once the log passes this many pages. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;
/** Pages past which a connection still checkpoints itself, should the thread fall behind: a bound on the log, not the usual path. */
export const WAL_AUTOCHECKPOINT_FALLBACK_PAGES = 16_384;

/**
 * Checkpoints of a SQLite store's write-ahead log on a thread of its own (ADR 0041), for
 * the connections the app writes with (`connections`): each then checkpoints itself only past
 * WAL_AUTOCHECKPOINT_FALLBACK_PAGES. None for a read side elsewhere, in memory, or when the worker
 * module is not shipped (SQLite checkpoints on the committing connection, as before).
 */
export function walCheckpointer(
  config: WorkerStoreConfig,
  connections: readonly SqliteDatabase[],
  everyMs = 250,
): { checkpointNow(): Promise<{ busy: number; log: number; checkpointed: number }>; close(): Promise<void> } | undefined {
  const side = readSideOf(config);
  const worker = workerModule('wal-checkpoint-worker');
  if (side.kind !== 'sqlite' || side.path === ':memory:' || !worker || connections.length === 0) return undefined;
  const workerData: WalCheckpointWorkerData = { path: side.path, entry: worker.entry };
  const pool = new WorkerPool({ filename: worker.filename, workerData, threads: 1 });
  const connectionsCheckpoint = (pages: number) => {
    for (const db of connections) if (db.open) db.pragma(`wal_autocheckpoint = ${pages}`);
  };
  connectionsCheckpoint(WAL_AUTOCHECKPOINT_FALLBACK_PAGES);
  let running: Promise<unknown> | undefined;
  let failures = 0;
  const timer = setInterval(() => {
    running ??= stat(`${side.path}-wal`)
      .then((wal) => (wal.size > WAL_CHECKPOINT_BYTES ? pool.run('checkpoint', {}) : undefined))
      .then(
        () => (failures = 0),
        (error: NodeJS.ErrnoException) => {
          // No log yet: nothing to do. A thread that keeps failing (it cannot open the file, say):
          // the connections checkpoint themselves again, as SQLite does by default.
          if (error.code === 'ENOENT' || ++failures < 3) return;
          clearInterval(timer);
          connectionsCheckpoint(SQLITE_AUTOCHECKPOINT_PAGES);
        },
      )
      .finally(() => (running = undefined));
  }, everyMs);
  timer.unref();
  return {
    checkpointNow: () => pool.run('checkpoint', {}),
    close: async () => {
      clearInterval(timer);
      await running;
      await pool.close();
      connectionsCheckpoint(SQLITE_AUTOCHECKPOINT_PAGES);
    },
  };
}
