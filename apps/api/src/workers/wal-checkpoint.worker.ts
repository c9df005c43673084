// A worker thread that checkpoints the SQLite store's write-ahead log (ADR 0041): copying
// frames into the database file and flushing both takes tens of milliseconds under load, and SQLite
// runs it on whichever connection commits once the log passes 1,000 pages, that is on the event loop.
// Bundled as dist/apps/api/wal-checkpoint-worker.js; `checkpoint` is its one task.
import Database from 'better-sqlite3';
import { workerData } from 'piscina';
import { lowerThisWorkerThreadsPriority } from '@ledger/shared-api';

// Copying pages yields the CPU to the request loop when both want it, as heavy work does (ADR 0024).
lowerThisWorkerThreadsPriority();

/** The store file this thread checkpoints (no secrets). */
export interface WalCheckpointWorkerData {
  path: string;
  entry?: string;
}

let db: Database.Database | undefined;

/**
 * Copies what it can of the write-ahead log into the database file, waiting for no one (PASSIVE):
 * readers and the writer carry on meanwhile, and the writer starts the log again from its
 * beginning at its next commit once every frame is copied and no reader needs them.
 */
export const checkpoint = async (): Promise<{ busy: number; log: number; checkpointed: number }> => {
  db ??= new Database((workerData as WalCheckpointWorkerData).path, { fileMustExist: true });
  const [result] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
  return result;
};
