import { Pool } from 'pg';
import {
  AppendNotifier,
  AppendOptions,
  AppendResult,
  ConcurrencyConflictError,
  DomainEvent,
  EventMetadata,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SealedEvent,
  assertContinues,
  sealEvents,
} from '@ledger/event-store-core';
import { connectSchema, inTransaction } from './postgres-schema';

export interface PostgresStoreOptions {
  connectionString: string;
  schema?: string;
  poolSize?: number;
}

interface EventRow {
  position: string;
  stream_id: string;
  revision: number;
  type: string;
  data: unknown;
  metadata: EventMetadata;
}

const toRecorded = (row: EventRow): RecordedEvent => ({
  streamId: row.stream_id,
  revision: row.revision,
  position: BigInt(row.position),
  type: row.type,
  data: row.data,
  metadata: row.metadata,
});

/**
 * PostgreSQL adapter. Appends take one transaction-scoped advisory lock, so global positions are
 * handed out and committed in the same order: a follower can never see position N+1 while N is
 * still in flight (the sequence-gap problem). See docs/adr/0003.
 */
export class PostgresEventStore implements EventStore {
  readonly kind = 'postgres' as const;
  private readonly notifier = new AppendNotifier();
  private readonly table: string;

  static async connect(options: PostgresStoreOptions): Promise<PostgresEventStore> {
    const { pool, schema } = await connectSchema(
      options,
      10,
      (schema) => `CREATE TABLE IF NOT EXISTS ${schema}.events (
         position    BIGSERIAL PRIMARY KEY,
         stream_id   TEXT        NOT NULL,
         revision    INTEGER     NOT NULL,
         type        TEXT        NOT NULL,
         data        JSONB       NOT NULL,
         metadata    JSONB       NOT NULL,
         command_id  TEXT        NOT NULL,
         recorded_at TIMESTAMPTZ NOT NULL,
         UNIQUE (stream_id, revision)
       );
       CREATE INDEX IF NOT EXISTS events_by_command ON ${schema}.events (stream_id, command_id);`,
    );
    return new PostgresEventStore(pool, schema);
  }

  private constructor(
    readonly pool: Pool,
    readonly schema: string,
  ) {
    this.table = `${schema}.events`;
  }

  async append(streamId: string, events: readonly DomainEvent[], { expectedRevision, command }: AppendOptions): Promise<AppendResult> {
    const result = await inTransaction(this.pool, async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtext('ledger-append'))");
      const done = await client.query<{ revision: number; position: string }>(
        `SELECT revision, position FROM ${this.table} WHERE stream_id = $1 AND command_id = $2 ORDER BY revision DESC LIMIT 1`,
        [streamId, command.commandId],
      );
      if (done.rows[0]) return { nextRevision: done.rows[0].revision, position: BigInt(done.rows[0].position), idempotent: true };
      const head = await client.query<{ revision: number; hash: string }>(
        `SELECT revision, metadata->>'hash' AS hash FROM ${this.table} WHERE stream_id = $1 ORDER BY revision DESC LIMIT 1`,
        [streamId],
      );
      const actual = head.rows[0]?.revision ?? 0;
      if (actual !== expectedRevision) throw new ConcurrencyConflictError(streamId, expectedRevision, actual);
      const sealed = sealEvents(streamId, head.rows[0], events, command);
      const inserted = await client.query<{ position: string }>(
        `INSERT INTO ${this.table} (stream_id, revision, type, data, metadata, command_id, recorded_at)
         SELECT $1, r.revision, r.type, r.data, r.metadata, $2, $3
           FROM jsonb_to_recordset($4::jsonb) AS r(revision int, type text, data jsonb, metadata jsonb)
         ORDER BY r.revision
         RETURNING position`,
        [streamId, command.commandId, command.now.toISOString(), JSON.stringify(sealed)],
      );
      const position = inserted.rows.reduce((max, row) => (BigInt(row.position) > max ? BigInt(row.position) : max), 0n);
      return { nextRevision: sealed.at(-1)?.revision ?? actual, position, idempotent: false };
    });
    if (!result.idempotent) this.notifier.notify(result.position);
    return result;
  }

  async appendRecorded(events: readonly SealedEvent[]): Promise<bigint> {
    if (events.length === 0) return this.headPosition();
    const position = await inTransaction(this.pool, async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtext('ledger-append'))");
      const streams = [...new Set(events.map((e) => e.streamId))];
      const { rows } = await client.query<{ stream_id: string; revision: number; hash: string }>(
        `SELECT DISTINCT ON (stream_id) stream_id, revision, metadata->>'hash' AS hash FROM ${this.table}
          WHERE stream_id = ANY($1) ORDER BY stream_id, revision DESC`,
        [streams],
      );
      const heads = new Map(rows.map((row) => [row.stream_id, { revision: row.revision, hash: row.hash }]));
      for (const event of events) {
        assertContinues(heads.get(event.streamId), event);
        heads.set(event.streamId, { revision: event.revision, hash: event.metadata.hash });
      }
      let last = 0n;
      // Batches keep each statement's parameters small on large imports.
      for (let i = 0; i < events.length; i += 500) {
        const batch = events.slice(i, i + 500).map((e, n) => ({ ...e, commandId: e.metadata.commandId, recordedAt: e.metadata.recordedAt, n }));
        const inserted = await client.query<{ position: string }>(
          `INSERT INTO ${this.table} (stream_id, revision, type, data, metadata, command_id, recorded_at)
           SELECT r."streamId", r.revision, r.type, r.data, r.metadata, r."commandId", r."recordedAt"
             FROM jsonb_to_recordset($1::jsonb) AS r("streamId" text, revision int, type text, data jsonb, metadata jsonb, "commandId" text, "recordedAt" timestamptz, n int)
            ORDER BY n
           RETURNING position`,
          [JSON.stringify(batch)],
        );
        for (const row of inserted.rows) if (BigInt(row.position) > last) last = BigInt(row.position);
      }
      return last;
    });
    this.notifier.notify(position);
    return position;
  }

  async readStream(streamId: string, { fromRevision = 1, toRevision }: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>(
      `SELECT position, stream_id, revision, type, data, metadata FROM ${this.table}
        WHERE stream_id = $1 AND revision >= $2 AND ($3::int IS NULL OR revision <= $3) ORDER BY revision`,
      [streamId, fromRevision, toRevision ?? null],
    );
    return rows.map(toRecorded);
  }

  async readAll({ from = 0n, to, until, limit }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>(
      `SELECT position, stream_id, revision, type, data, metadata FROM ${this.table}
        WHERE position >= $1 AND ($2::bigint IS NULL OR position <= $2) AND ($3::timestamptz IS NULL OR recorded_at <= $3)
        ORDER BY position LIMIT $4`,
      [from.toString(), to?.toString() ?? null, until?.toISOString() ?? null, limit ?? null],
    );
    return rows.map(toRecorded);
  }

  async headPosition(): Promise<bigint> {
    const { rows } = await this.pool.query<{ head: string }>(`SELECT COALESCE(MAX(position), 0) AS head FROM ${this.table}`);
    return BigInt(rows[0].head);
  }

  onAppended(listener: (position: bigint) => void): () => void {
    return this.notifier.subscribe(listener);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

}
