// Test-only: real stores on throw-away storage, for integration tests of projections.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { CommandMetadata, DomainEvent, Projection, ProjectionRunner } from '@ledger/event-store-core';
import { Stores, openStores } from './lib/open-stores';

export type TestStoreKind = 'sqlite' | 'postgres';
export const TEST_STORE_KINDS: TestStoreKind[] = ['sqlite', 'postgres'];

/**
 * A fresh SQLite file, or a fresh schema on the test PostgreSQL (LEDGER_TEST_DATABASE_URL, set by
 * tools/jest/postgres-global-setup.mjs). `close` also deletes the storage.
 */
export async function openTestStores(kind: TestStoreKind): Promise<Stores> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-test-'));
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const connectionString = process.env['LEDGER_TEST_DATABASE_URL'];
  if (kind === 'postgres' && !connectionString) throw new Error('LEDGER_TEST_DATABASE_URL is not set: add the PostgreSQL globalSetup to this Jest project');
  const stores = await openStores({ EVENT_STORE: kind, SQLITE_PATH: join(dir, 'ledger.sqlite'), DATABASE_URL: connectionString, POSTGRES_SCHEMA: schema, EVENTSTOREDB_URL: undefined });
  return {
    ...stores,
    close: async () => {
      await stores.close();
      rmSync(dir, { recursive: true, force: true });
      if (kind === 'postgres') {
        const pool = new Pool({ connectionString });
        await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await pool.end();
      }
    },
  };
}

/**
 * Real stores plus a projection runner, for one test: `record` appends an event at the stream's
 * next revision and waits until the projections have folded it.
 */
export async function openProjectionTestbed(kind: TestStoreKind, projections: readonly Projection[]) {
  const stores = await openTestStores(kind);
  const runner = new ProjectionRunner(stores.eventStore, stores.readModels, projections);
  const revisions = new Map<string, number>();
  return {
    stores,
    runner,
    readModels: stores.readModels,
    async record(streamId: string, event: DomainEvent, command: CommandMetadata = testCommand()): Promise<bigint> {
      const result = await stores.eventStore.append(streamId, [event], { expectedRevision: revisions.get(streamId) ?? 0, command });
      revisions.set(streamId, result.nextRevision);
      await runner.waitFor(result.position);
      return result.position;
    },
    close: () => stores.close(),
  };
}

function testCommand(): CommandMetadata {
  const commandId = randomBytes(8).toString('hex');
  return { commandId, correlationId: commandId, causationId: commandId, actorId: 'user-test', actorRoles: ['ADMIN'], now: new Date('2026-03-01T10:00:00.000Z') };
}

export type ProjectionTestbed = Awaited<ReturnType<typeof openProjectionTestbed>>;
