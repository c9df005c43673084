import { InvalidInputError } from '@ledger/event-store-core';
import { LedgerConfig } from '@ledger/runtime';

export type StoreConfig = Pick<LedgerConfig, 'EVENT_STORE' | 'SQLITE_PATH' | 'DATABASE_URL' | 'POSTGRES_SCHEMA' | 'EVENTSTOREDB_URL'>;

/**
 * A store named on the command line: `sqlite:PATH` (or a path ending .sqlite),
 * `postgres://…[?schema=NAME]`, or `esdb://…` (its read models and keys then go to `sqliteForOthers`).
 */
export function parseStoreSpec(spec: string, sqliteForOthers: string): StoreConfig {
  const base = { SQLITE_PATH: sqliteForOthers, DATABASE_URL: undefined, POSTGRES_SCHEMA: 'ledger', EVENTSTOREDB_URL: undefined };
  if (spec.startsWith('sqlite:') || spec.endsWith('.sqlite')) return { ...base, EVENT_STORE: 'sqlite', SQLITE_PATH: spec.replace(/^sqlite:/, '') };
  if (/^postgres(ql)?:\/\//.test(spec)) {
    const url = new URL(spec);
    const schema = url.searchParams.get('schema') ?? 'ledger';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new InvalidInputError(`schema "${schema}" must be a plain lower-case identifier`);
    url.searchParams.delete('schema');
    return { ...base, EVENT_STORE: 'postgres', DATABASE_URL: url.toString(), POSTGRES_SCHEMA: schema };
  }
  if (/^(esdb|esdb\+discover|kurrentdb|kurrent):\/\//.test(spec)) return { ...base, EVENT_STORE: 'eventstoredb', EVENTSTOREDB_URL: spec };
  throw new InvalidInputError(`"${spec}" is not a store: use sqlite:PATH, postgres://… or esdb://…`);
}

export function describeSpec(config: StoreConfig): string {
  return config.EVENT_STORE === 'sqlite' ? `sqlite:${config.SQLITE_PATH}` : config.EVENT_STORE === 'postgres' ? `postgres (schema ${config.POSTGRES_SCHEMA})` : 'eventstoredb';
}
