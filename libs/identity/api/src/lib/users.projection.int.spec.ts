import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { EventStore, ProjectionRunner, ReadModelStore } from '@ledger/event-store-core';
import { commandMetadata } from '@ledger/event-store-core/testing';
import { PostgresEventStore, PostgresReadModelStore } from '@ledger/event-store-postgres';
import { SqliteEventStore, SqliteReadModelStore } from '@ledger/event-store-sqlite';
import { UserEvent, userStreamId } from '@ledger/identity-domain';
import { USERS, usersProjection } from './users.projection';

type Stores = { store: EventStore; readModels: ReadModelStore; dispose(): Promise<void> };

const openers: Record<'SQLite' | 'PostgreSQL', () => Promise<Stores>> = {
  SQLite: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-users-'));
    const path = join(dir, 'ledger.sqlite');
    const store = SqliteEventStore.open(path);
    const readModels = SqliteReadModelStore.open(path);
    return { store, readModels, dispose: async () => (await readModels.close(), await store.close(), rmSync(dir, { recursive: true })) };
  },
  PostgreSQL: async () => {
    const connectionString = process.env['LEDGER_TEST_DATABASE_URL'] as string;
    const schema = `users_${randomBytes(5).toString('hex')}`;
    const store = await PostgresEventStore.connect({ connectionString, schema });
    const readModels = await PostgresReadModelStore.connect({ connectionString, schema });
    return {
      store,
      readModels,
      dispose: async () => {
        await readModels.close();
        await store.close();
        const pool = new Pool({ connectionString });
        await pool.query(`DROP SCHEMA ${schema} CASCADE`);
        await pool.end();
      },
    };
  },
};

const registered = (userId: string, email: string): UserEvent => ({
  type: 'UserRegistered',
  data: { userId, email, displayName: `User ${userId}`, passwordHash: 'hash', roles: ['STAFF'] },
});

describe.each(Object.keys(openers) as (keyof typeof openers)[])('users projection on %s', (name) => {
  let stores: Stores;
  let runner: ProjectionRunner;
  beforeEach(async () => {
    stores = await openers[name]();
    runner = new ProjectionRunner(stores.store, stores.readModels, [usersProjection]);
  });
  afterEach(async () => stores.dispose());

  const record = async (userId: string, events: UserEvent[], expectedRevision: number) => {
    const { position } = await stores.store.append(userStreamId(userId), events, { expectedRevision, command: commandMetadata() });
    await runner.waitFor(position);
  };

  it('UserRegistered adds an active user with roles and the time it was recorded', async () => {
    await record('u1', [registered('u1', 'jo@example.gov.uk')], 0);
    expect(await stores.readModels.get(USERS, 'u1')).toEqual({
      id: 'u1',
      email: 'jo@example.gov.uk',
      displayName: 'User u1',
      roles: ['STAFF'],
      passwordHash: 'hash',
      disabled: false,
      registeredAt: '2026-03-01T10:00:00.000Z',
    });
  });

  it('UserDisabled marks the user disabled and keeps the record', async () => {
    await record('u1', [registered('u1', 'jo@example.gov.uk')], 0);
    await record('u1', [{ type: 'UserDisabled', data: { userId: 'u1', reason: 'left' } }], 1);
    expect(await stores.readModels.get(USERS, 'u1')).toMatchObject({ id: 'u1', disabled: true });
  });

  it('rebuilt from the log gives the same users as folded live', async () => {
    for (let i = 0; i < 5; i++) await record(`u${i}`, [registered(`u${i}`, `user${i}@example.gov.uk`)], 0);
    await record('u2', [{ type: 'UserDisabled', data: { userId: 'u2', reason: 'left' } }], 1);
    const live = await stores.readModels.list(USERS);
    await runner.rebuild();
    expect(await stores.readModels.list(USERS)).toEqual(live);
    expect(live).toHaveLength(5);
  });
});
