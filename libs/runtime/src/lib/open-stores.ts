import { resolve } from 'node:path';
import type { EventStore, PersonalDataKeyStore, ReadModelStore } from '@ledger/event-store-core';
import { LedgerConfig } from './config';
import { KeysConfig, LedgerKeys, resolveLedgerKeys } from './ledger-keys';

/** What names a store: the event store and, beside it, where its read side lives. */
export type StoreConfig = Pick<LedgerConfig, 'EVENT_STORE' | 'SQLITE_PATH' | 'DATABASE_URL' | 'POSTGRES_SCHEMA' | 'EVENTSTOREDB_URL' | 'EVENTSTOREDB_NAMESPACE'>;

export interface Stores {
  eventStore: EventStore;
  readModels: ReadModelStore;
  /** Per-person encryption keys, outside the log (crypto-shredding). */
  personalDataKeys: PersonalDataKeyStore & { close(): Promise<void> };
  /** The application's secrets, from files outside every store (ADR 0018). */
  keys: LedgerKeys;
  /** Where the log and the read models live, for /health and the logs. */
  describe: string;
  close(): Promise<void>;
}

/**
 * Where the read models, as-of snapshots and personal-data keys live. The SQL stores keep them
 * beside the log. EventStoreDB keeps no documents or keys: they go to PostgreSQL when DATABASE_URL
 * is set, which every instance on the same EventStoreDB then shares (scale-out, ADR 0040), and
 * otherwise to the local SQLite file, which suits one instance only.
 */
export type ReadSideLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; connectionString: string; schema: string };

export function readSideOf(config: Pick<StoreConfig, 'EVENT_STORE' | 'SQLITE_PATH' | 'DATABASE_URL' | 'POSTGRES_SCHEMA'>): ReadSideLocation {
  const postgres = config.EVENT_STORE === 'postgres' || (config.EVENT_STORE === 'eventstoredb' && !!config.DATABASE_URL);
  return postgres ? { kind: 'postgres', connectionString: config.DATABASE_URL as string, schema: config.POSTGRES_SCHEMA } : { kind: 'sqlite', path: config.SQLITE_PATH };
}

export const describeReadSide = (side: ReadSideLocation) => (side.kind === 'sqlite' ? `sqlite:${side.path}` : `postgres:${side.schema}`);

/** Whether two configurations keep their read side (and so their personal-data keys) in the same place. */
export function sameReadSide(a: ReadSideLocation, b: ReadSideLocation): boolean {
  if (a.kind === 'sqlite') return b.kind === 'sqlite' && resolve(a.path) === resolve(b.path);
  return b.kind === 'postgres' && a.connectionString === b.connectionString && a.schema === b.schema;
}

/**
 * Opens the configured event store and its read side (read models and personal-data keys, see
 * `readSideOf`). Only the adapters in use are loaded: loading the EventStoreDB and PostgreSQL
 * clients took 0.28 of the 0.45 s a `ledger verify` of an empty SQLite store took to start.
 */
export async function openStores(config: StoreConfig & Partial<KeysConfig>): Promise<Stores> {
  const keys = resolveLedgerKeys(config);
  const side = readSideOf(config);
  // The key store opens first: a store whose keys another instance's KEK wrapped refuses to start
  // (ADR 0019) before anything else is opened.
  const { personalDataKeys, readModels } = await openReadSide(side, keys.personalDataKek);
  let eventStore: EventStore;
  try {
    eventStore = await openEventStore(config);
  } catch (error) {
    await readModels.close();
    await personalDataKeys.close();
    throw error;
  }
  const where = describeReadSide(side);
  // Said at every start: a second instance on the same EventStoreDB could not open this one's personal data.
  const alone = side.kind === 'sqlite' ? '; one instance only: set DATABASE_URL to share them' : '';
  return {
    eventStore,
    readModels,
    personalDataKeys,
    describe: config.EVENT_STORE === 'eventstoredb' ? `eventstoredb (read models in ${where}${alone})` : where,
    keys,
    close: async () => {
      await personalDataKeys.close();
      await readModels.close();
      await eventStore.close();
    },
  };
}

async function openReadSide(side: ReadSideLocation, kek: LedgerKeys['personalDataKek']): Promise<Pick<Stores, 'personalDataKeys' | 'readModels'>> {
  if (side.kind === 'sqlite') {
    const { SqlitePersonalDataKeyStore, SqliteReadModelStore } = await import('@ledger/event-store-sqlite');
    const personalDataKeys = SqlitePersonalDataKeyStore.open(side.path, { kek });
    return { personalDataKeys, readModels: SqliteReadModelStore.open(side.path) };
  }
  const { PostgresPersonalDataKeyStore, PostgresReadModelStore } = await import('@ledger/event-store-postgres');
  const options = { connectionString: side.connectionString, schema: side.schema };
  const personalDataKeys = await PostgresPersonalDataKeyStore.connect({ ...options, kek });
  try {
    return { personalDataKeys, readModels: await PostgresReadModelStore.connect(options) };
  } catch (error) {
    await personalDataKeys.close();
    throw error;
  }
}

/** The configured event store alone (a worker thread opens its read side as it needs). */
export async function openEventStore(config: StoreConfig): Promise<EventStore> {
  switch (config.EVENT_STORE) {
    case 'sqlite': {
      const { SqliteEventStore } = await import('@ledger/event-store-sqlite');
      return SqliteEventStore.open(config.SQLITE_PATH);
    }
    case 'postgres': {
      const { PostgresEventStore } = await import('@ledger/event-store-postgres');
      return PostgresEventStore.connect({ connectionString: config.DATABASE_URL as string, schema: config.POSTGRES_SCHEMA });
    }
    case 'eventstoredb': {
      const { EventStoreDbEventStore } = await import('@ledger/event-store-eventstoredb');
      return EventStoreDbEventStore.connect(config.EVENTSTOREDB_URL as string, config.EVENTSTOREDB_NAMESPACE ?? '');
    }
  }
}
