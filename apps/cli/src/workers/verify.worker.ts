// A worker thread of `ledger verify` on SQLite: reads ranges of the log on its own connection and
// recomputes their hashes while the main thread checks the links in log order. Bundled as
// dist/apps/cli/verify-worker.js; Piscina runs the export it names.
import Database from 'better-sqlite3';
import { workerData } from 'piscina';
import { CheckedRows, checkStoredRows } from '@ledger/event-store-core';
import { SqliteEventStore } from '@ledger/event-store-sqlite';
import type { VerifyWorkerData } from './verify-workers';

let store: SqliteEventStore | undefined;

/** VerifyWorkers.checkStoredRange: the rows with from <= position < to, checked. */
export async function checkStoredRange({ from, to }: { from: bigint; to: bigint }): Promise<CheckedRows> {
  // Read-only: a verify never writes, and may run beside the API on the same file (WAL lets it).
  store ??= new SqliteEventStore(new Database((workerData as VerifyWorkerData).sqlitePath, { readonly: true, fileMustExist: true }), true);
  return checkStoredRows(await store.readStoredRows(from, Number(to - from), to - 1n));
}
