// A worker thread for the work that would hold the API's event loop (ADR 0024): as-of folds and
// rendering of register exports and strategy packs. Bundled as dist/apps/api/heavy-work-worker.js;
// each export is a task WorkerPool.run names.
import 'reflect-metadata';
import Database from 'better-sqlite3';
import { workerData } from 'piscina';
import { EventStore, Projection, SnapshotStore, UpcastingEventStore } from '@ledger/event-store-core';
import { PostgresReadModelStore } from '@ledger/event-store-postgres';
import { openEventStore, readSideOf } from '@ledger/runtime';
import { SqliteEventStore, SqliteReadModelStore } from '@ledger/event-store-sqlite';
import { AsOfSources, Sheet, SheetFormat, WriteTablesOptions, asOfWorkerTasks, lowerThisWorkerThreadsPriority, movedBytes, readWorkbookGrid as readWorkbookGridHere, writeTables as writeTablesHere } from '@ledger/shared-api';
import { renderDocx as renderDocxHere, renderPdf as renderPdfHere } from '@ledger/strategy-pack';
import { GATEWAY_UPCASTERS } from '@ledger/gateway-domain';
import { WORKFORCE_UPCASTERS } from '@ledger/workforce-domain';
import { IDENTITY_PROJECTIONS } from '@ledger/identity-api';
import { WORKFORCE_PROJECTIONS } from '@ledger/workforce-api';
import { GATEWAY_PROJECTIONS } from '@ledger/gateway-api';
import { LESSONS_PROJECTIONS } from '@ledger/lessons-api';
import { RISK_PROJECTIONS } from '@ledger/risk-api';
import { STRATEGY_PROJECTIONS } from '@ledger/strategy-api';
import { CONTRACTS_PROJECTIONS } from '@ledger/contracts-api';
import { NOTIFICATIONS_PROJECTIONS } from '@ledger/notifications-api';
import type { WorkerData } from './worker-entries';

// Heavy work yields the CPU to the request loop when both want it (ADR 0024 addendum).
lowerThisWorkerThreadsPriority();

/** The document and its cut-off (the dates the files embed); the charts are drawn here too. */
type PackRendering = Parameters<typeof renderPdfHere>[0];

/**
 * The projections and upcasters the app's context modules register. Should this list drift from
 * the modules, the fingerprint check sends folds back in-process rather than answer differently.
 */
const PROJECTIONS: Projection[] = [...IDENTITY_PROJECTIONS, ...WORKFORCE_PROJECTIONS, ...GATEWAY_PROJECTIONS, ...LESSONS_PROJECTIONS, ...RISK_PROJECTIONS, ...STRATEGY_PROJECTIONS, ...CONTRACTS_PROJECTIONS, ...NOTIFICATIONS_PROJECTIONS];
const UPCASTERS = [...GATEWAY_UPCASTERS, ...WORKFORCE_UPCASTERS];

/**
 * Its own connections: read-only on SQLite (WAL lets it read beside the app's writer), plus one for
 * snapshots, on the read side the app uses (readSideOf: with EventStoreDB, PostgreSQL or SQLite).
 */
async function openSources({ stores }: WorkerData): Promise<AsOfSources> {
  const readOnlySqlite = () => new Database(stores.SQLITE_PATH, { readonly: true, fileMustExist: true });
  const store: EventStore = stores.EVENT_STORE === 'sqlite' ? new SqliteEventStore(readOnlySqlite(), true) : await openEventStore(stores);
  const side = readSideOf(stores);
  let snapshots: SnapshotStore;
  let snapshotWriter: () => Promise<SnapshotStore>;
  if (side.kind === 'sqlite') {
    snapshots = new SqliteReadModelStore(readOnlySqlite(), true);
    snapshotWriter = async () => SqliteReadModelStore.open(side.path);
  } else {
    const postgres = await PostgresReadModelStore.connect(side);
    snapshots = postgres;
    snapshotWriter = async () => postgres;
  }
  return {
    store: new UpcastingEventStore(store, UPCASTERS),
    snapshots,
    snapshotWriter,
    projections: PROJECTIONS,
  };
}

export const { foldAsOf, maintainSnapshots } = asOfWorkerTasks(() => openSources(workerData as WorkerData));

export const writeTables = async ({ sheets, format, options }: { sheets: Sheet[]; format: SheetFormat; options?: WriteTablesOptions }) =>
  movedBytes(await writeTablesHere(sheets, format, options));

/** An uploaded workbook's first sheet (tables.ts readXlsxGrid): reading one whole takes seconds at 20,000 rows. */
export const readWorkbookGrid = async (content: Uint8Array) => movedBytes(Buffer.from(JSON.stringify(await readWorkbookGridHere(content)), 'utf8'));

export const renderPdf = async (rendering: PackRendering) => movedBytes(await renderPdfHere(rendering));

export const renderDocx = async (rendering: PackRendering) => movedBytes(await renderDocxHere(rendering));
