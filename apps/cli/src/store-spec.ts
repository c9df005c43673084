import { InvalidInputError } from '@ledger/event-store-core';
import type { StoreConfig } from '@ledger/runtime';

/** Where an EventStoreDB store named on the command line keeps its read side: as the API would, from its environment. */
export type ReadSideEnvironment = Pick<StoreConfig, 'SQLITE_PATH' | 'DATABASE_URL' | 'POSTGRES_SCHEMA' | 'EVENTSTOREDB_NAMESPACE'>;

/** The API's environment variables that place an EventStoreDB store's read side and streams (unset: the API's defaults). */
export function readSideEnvironment(env: NodeJS.ProcessEnv = process.env): ReadSideEnvironment {
  return {
    SQLITE_PATH: env['SQLITE_PATH'] || './data/ledger.sqlite',
    DATABASE_URL: env['DATABASE_URL'] || undefined,
    POSTGRES_SCHEMA: env['POSTGRES_SCHEMA'] || 'ledger',
    EVENTSTOREDB_NAMESPACE: env['EVENTSTOREDB_NAMESPACE'] || undefined,
  };
}

/**
 * A store named on the command line: `sqlite:PATH` (or a path ending .sqlite),
 * `postgres://…[?schema=NAME]`, or `esdb://…`, whose read models and personal-data keys go where the
 * API's environment puts them (PostgreSQL when DATABASE_URL is set, else SQLITE_PATH; ADR 0040).
 */
export function parseStoreSpec(spec: string, environment: ReadSideEnvironment): StoreConfig {
  const none = { DATABASE_URL: undefined, POSTGRES_SCHEMA: 'ledger', EVENTSTOREDB_URL: undefined, EVENTSTOREDB_NAMESPACE: undefined };
  if (spec.startsWith('sqlite:') || spec.endsWith('.sqlite')) return { ...none, EVENT_STORE: 'sqlite', SQLITE_PATH: spec.replace(/^sqlite:/, '') };
  if (/^postgres(ql)?:\/\//.test(spec)) {
    const url = new URL(spec);
    const schema = url.searchParams.get('schema') ?? 'ledger';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new InvalidInputError(`schema "${schema}" must be a plain lower-case identifier`);
    url.searchParams.delete('schema');
    return { ...none, EVENT_STORE: 'postgres', SQLITE_PATH: environment.SQLITE_PATH, DATABASE_URL: url.toString(), POSTGRES_SCHEMA: schema };
  }
  if (/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover|kurrent):\/\//.test(spec)) return { ...environment, EVENT_STORE: 'eventstoredb', EVENTSTOREDB_URL: spec };
  throw new InvalidInputError(`"${spec}" is not a store: use sqlite:PATH, postgres://… or esdb://…`);
}
