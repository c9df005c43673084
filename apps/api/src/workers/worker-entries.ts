import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { StoreConfig, readSideOf } from '@ledger/runtime';
import { AsOfFolder, WorkerAsOfFolder, WorkerPool } from '@ledger/shared-api';

/** What a worker needs to open its own connections to the configured stores (no secrets). */
export type WorkerStoreConfig = StoreConfig;

export interface WorkerData {
  stores: WorkerStoreConfig;
  /** Under ts-jest only: the .ts module the .cjs bootstrap compiles and loads. */
  entry?: string;
}

/**
 * A worker module by name: `<name>.js` beside the bundle (webpack's extra entry, dist/apps/api),
 * or, when running from source (ts-jest), the `.ts` file here loaded through ts-worker.cjs.
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
