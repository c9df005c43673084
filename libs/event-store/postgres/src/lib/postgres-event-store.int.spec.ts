import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { verifyEventLog } from '@ledger/event-store-core';
import { commandMetadata, describeEventStoreContract, describeReadModelContract } from '@ledger/event-store-core/testing';
import { PostgresEventStore } from './postgres-event-store';
import { PostgresReadModelStore } from './postgres-read-model-store';

// Set by tools/jest/postgres-global-setup.mjs: DATABASE_URL, or an embedded PostgreSQL it started.
const connectionString = process.env['LEDGER_TEST_DATABASE_URL'] as string;
const freshSchema = () => `test_${randomBytes(6).toString('hex')}`;

async function dropSchema(schema: string) {
  const pool = new Pool({ connectionString });
  await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.end();
}

describeEventStoreContract('PostgreSQL', async () => {
  const schema = freshSchema();
  const store = await PostgresEventStore.connect({ connectionString, schema });
  const others: PostgresEventStore[] = [];
  return {
    store,
    openAnother: async () => {
      const other = await PostgresEventStore.connect({ connectionString, schema, poolSize: 2 });
      others.push(other);
      return other;
    },
    tamperWithData: async (position, data) => {
      await store.pool.query(`UPDATE ${schema}.events SET data = $2 WHERE position = $1`, [position.toString(), JSON.stringify(data)]);
    },
    overwriteEvent: async (position, data, metadata) => {
      await store.pool.query(`UPDATE ${schema}.events SET data = $2, metadata = $3 WHERE position = $1`, [position.toString(), JSON.stringify(data), JSON.stringify(metadata)]);
    },
    deleteEvent: async (position) => {
      await store.pool.query(`DELETE FROM ${schema}.events WHERE position = $1`, [position.toString()]);
    },
    dispose: async () => {
      await store.close();
      await dropSchema(schema);
    },
  };
});

describeReadModelContract('PostgreSQL', async () => {
  const schema = freshSchema();
  const store = await PostgresEventStore.connect({ connectionString, schema });
  const readModels = await PostgresReadModelStore.connect({ connectionString, schema });
  const others: PostgresReadModelStore[] = [];
  return {
    store,
    readModels,
    // A second API instance's pool on the same schema.
    openSecond: async () => {
      others.push(await PostgresReadModelStore.connect({ connectionString, schema }));
      return others[others.length - 1];
    },
    dispose: async () => {
      for (const other of others) await other.close();
      await readModels.close();
      await store.close();
      await dropSchema(schema);
    },
  };
});

describe('PostgreSQL connection', () => {
  it('runs against a real server', async () => {
    const pool = new Pool({ connectionString });
    const { rows } = await pool.query<{ server_version_num: string }>('SHOW server_version_num');
    await pool.end();
    expect(Number(rows[0].server_version_num)).toBeGreaterThanOrEqual(140000);
  });
});

describe('PostgreSQL appends without a global lock (ADR 0022)', () => {
  const thing = (n: number) => ({ type: 'ThingHappened', data: { n } });

  it('hides an event committed behind a transaction still writing a lower position, then shows both in order', async () => {
    const schema = freshSchema();
    const store = await PostgresEventStore.connect({ connectionString, schema });
    const slow = await store.pool.connect();
    try {
      await store.append('thing-before', [thing(0)], { expectedRevision: 0, command: commandMetadata() });
      // A writer that has its position but has not committed yet (a slow network, a long import).
      await slow.query('BEGIN');
      const { rows } = await slow.query<{ first_position: string }>(`SELECT * FROM ${schema}.reserve_positions(1, 0)`);
      const fast = await store.append('thing-fast', [thing(2)], { expectedRevision: 0, command: commandMetadata() });
      expect(fast.position).toBeGreaterThan(BigInt(rows[0].first_position));
      // Committed, but a follower that read it now would never see the slow writer's lower position.
      expect((await store.readAll()).map((e) => e.streamId)).toEqual(['thing-before']);
      expect(await store.headPosition()).toBeLessThan(BigInt(rows[0].first_position));
      // The same fence for SQL clients outside the application.
      expect((await store.pool.query(`SELECT stream_id FROM ${schema}.followable_events ORDER BY position`)).rows).toEqual([{ stream_id: 'thing-before' }]);
      await slow.query(
        `INSERT INTO ${schema}.events (position, stream_id, revision, type, data, metadata, command_id, recorded_at, recorded_late)
         VALUES ($1, 'thing-slow', 1, 'ThingHappened', '{}', '{}', 'slow', now(), false)`,
        [rows[0].first_position],
      );
      await slow.query('COMMIT');
      expect((await store.readAll()).map((e) => e.streamId)).toEqual(['thing-before', 'thing-slow', 'thing-fast']);
      expect(await store.headPosition()).toBe(fast.position);
    } finally {
      slow.release();
      await store.close();
      await dropSchema(schema);
    }
  });

  it('lets appends to other streams commit while one append is in flight', async () => {
    const schema = freshSchema();
    const store = await PostgresEventStore.connect({ connectionString, schema });
    const slow = await store.pool.connect();
    try {
      await slow.query('BEGIN');
      await slow.query(`SELECT * FROM ${schema}.reserve_positions(1, 0)`);
      // With the global lock of ADR 0003 this append waited for the open transaction; now it does not.
      const appended = await Promise.race([
        store.append('thing-free', [thing(1)], { expectedRevision: 0, command: commandMetadata() }).then(() => 'appended'),
        new Promise((resolve) => setTimeout(() => resolve('blocked'), 2_000)),
      ]);
      expect(appended).toBe('appended');
      await slow.query('ROLLBACK');
      expect((await store.readAll()).map((e) => e.streamId)).toEqual(['thing-free']);
    } finally {
      slow.release();
      await store.close();
      await dropSchema(schema);
    }
  });

  it('reports a retried command racing its first attempt as idempotent, not as a conflict', async () => {
    const schema = freshSchema();
    const store = await PostgresEventStore.connect({ connectionString, schema });
    try {
      const command = commandMetadata();
      const outcomes = await Promise.all([1, 2, 3].map(() => store.append('thing-retried', [thing(1)], { expectedRevision: 0, command })));
      expect(outcomes.filter((o) => !o.idempotent)).toHaveLength(1);
      expect(new Set(outcomes.map((o) => o.position)).size).toBe(1);
      expect(await store.readStream('thing-retried')).toHaveLength(1);
    } finally {
      await store.close();
      await dropSchema(schema);
    }
  });

  it('keeps its connection when an append loses a race (a conflict is no broken connection)', async () => {
    const schema = freshSchema();
    const store = await PostgresEventStore.connect({ connectionString, schema, poolSize: 1 });
    try {
      const backend = async () => (await store.pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      await store.append('thing-raced', [thing(1)], { expectedRevision: 0, command: commandMetadata() });
      const before = await backend();
      await expect(store.append('thing-raced', [thing(2)], { expectedRevision: 0, command: commandMetadata() })).rejects.toMatchObject({ code: 'CONFLICT', actualRevision: 1 });
      expect(await backend()).toBe(before);
      expect(await store.readStream('thing-raced')).toHaveLength(1);
    } finally {
      await store.close();
      await dropSchema(schema);
    }
  });

  it('refuses an append at a head this instance remembers but another instance has moved', async () => {
    const schema = freshSchema();
    const first = await PostgresEventStore.connect({ connectionString, schema });
    const second = await PostgresEventStore.connect({ connectionString, schema });
    try {
      await first.append('thing-shared', [thing(1)], { expectedRevision: 0, command: commandMetadata() });
      await second.append('thing-shared', [thing(2)], { expectedRevision: 1, command: commandMetadata() });
      await expect(first.append('thing-shared', [thing(3)], { expectedRevision: 1, command: commandMetadata() })).rejects.toMatchObject({ code: 'CONFLICT', actualRevision: 2 });
      // Told, it reads the stream again and goes on from the real head.
      await first.readStream('thing-shared');
      await first.append('thing-shared', [thing(3)], { expectedRevision: 2, command: commandMetadata() });
      expect(await verifyEventLog(first)).toMatchObject({ ok: true, eventsChecked: 3 });
    } finally {
      await first.close();
      await second.close();
      await dropSchema(schema);
    }
  });

  it('upgrades a schema written before ADR 0022 in place: positions, order and chains kept', async () => {
    const schema = freshSchema();
    const pool = new Pool({ connectionString });
    const source = await PostgresEventStore.connect({ connectionString, schema: `${schema}_src` });
    try {
      // The events table as ADR 0003 created it, holding events whose recordedAt is not in position order.
      await pool.query(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.events (
         position BIGSERIAL PRIMARY KEY, stream_id TEXT NOT NULL, revision INTEGER NOT NULL, type TEXT NOT NULL,
         data JSONB NOT NULL, metadata JSONB NOT NULL, command_id TEXT NOT NULL, recorded_at TIMESTAMPTZ NOT NULL,
         UNIQUE (stream_id, revision));
       CREATE INDEX events_by_command ON ${schema}.events (stream_id, command_id);`);
      const at = (iso: string) => commandMetadata({ now: new Date(iso) });
      await source.append('thing-a', [thing(1)], { expectedRevision: 0, command: at('2026-01-01T00:00:00Z') });
      await source.append('thing-a', [thing(2)], { expectedRevision: 1, command: at('2026-03-01T00:00:00Z') });
      await source.append('thing-b', [thing(3)], { expectedRevision: 0, command: at('2026-02-01T00:00:00Z') });
      await pool.query(
        `INSERT INTO ${schema}.events (position, stream_id, revision, type, data, metadata, command_id, recorded_at)
         SELECT position * 10, stream_id, revision, type, data, metadata, command_id, recorded_at FROM ${schema}_src.events ORDER BY position`,
      );
      await pool.query(`SELECT setval('${schema}.events_position_seq', 30)`);

      const upgraded = await PostgresEventStore.connect({ connectionString, schema });
      const again = await PostgresEventStore.connect({ connectionString, schema });
      await again.close();
      try {
        const { rows } = await pool.query(`SELECT position::int, recorded_late FROM ${schema}.events ORDER BY position`);
        expect(rows).toEqual([{ position: 10, recorded_late: false }, { position: 20, recorded_late: false }, { position: 30, recorded_late: true }]);
        const appended = await upgraded.append('thing-a', [thing(4)], { expectedRevision: 2, command: at('2026-02-15T00:00:00Z') });
        expect(appended.position).toBe(31n);
        const n = async (until?: string) => (await upgraded.readAll({ until: until ? new Date(until) : undefined })).map((e) => (e.data as { n: number }).n);
        expect(await n()).toEqual([1, 2, 3, 4]);
        expect(await n('2026-02-20T00:00:00Z')).toEqual([1, 3, 4]);
        expect(await verifyEventLog(upgraded)).toMatchObject({ ok: true, eventsChecked: 4 });
      } finally {
        await upgraded.close();
      }
    } finally {
      await source.close();
      await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_src CASCADE`);
      await pool.end();
    }
  });
});

// The key store's contract, with the attacker's scan of its files: postgres-personal-data-keys.int.spec.ts.
