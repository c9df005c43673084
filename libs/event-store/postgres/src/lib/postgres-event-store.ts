import { Pool, QueryConfig, QueryResult, QueryResultRow } from 'pg';
import {
  AppendNotifier,
  AppendOptions,
  AppendResult,
  CommandMetadata,
  ConcurrencyConflictError,
  DomainEvent,
  EventMetadata,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SealedEvent,
  StreamHead,
  StoreIntegrityError,
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

/** Microseconds since the epoch of an ISO instant, sub-millisecond digits included. */
function recordedMicros(iso: string): bigint {
  const fraction = /\.(\d+)/.exec(iso)?.[1] ?? '';
  return BigInt(Date.parse(iso)) * 1000n + BigInt(fraction.slice(3, 6).padEnd(3, '0'));
}

const UNIQUE_VIOLATION = '23505';
/** The largest revision the INTEGER column holds: "to the end of the stream" in one prepared statement. */
const MAX_REVISION = 2_147_483_647;
/** How many stream heads an instance keeps in memory. */
const KNOWN_HEADS = 10_000;

/**
 * The events table, its indexes and the position allocator, created on a new schema and upgraded
 * in place on an existing one (ADR 0022):
 * - `tx`: the appending transaction's id, for the visibility fence;
 * - `recorded_late`: true when the event's recorded_at is before that of an earlier position, so
 *   the other events' recorded_at grows with position and `readAll({ until })` finds where to stop
 *   with one index probe (late events are few: imports of old events, clock skew between instances);
 * - `reserve_positions`: the one short global critical section.
 */
function eventsDdl(schema: string): string {
  const lockKey = `ledger-positions:${schema}`;
  return `CREATE TABLE IF NOT EXISTS ${schema}.events (
     position      BIGSERIAL PRIMARY KEY,
     stream_id     TEXT        NOT NULL,
     revision      INTEGER     NOT NULL,
     type          TEXT        NOT NULL,
     data          JSONB       NOT NULL,
     metadata      JSONB       NOT NULL,
     command_id    TEXT        NOT NULL,
     recorded_at   TIMESTAMPTZ NOT NULL,
     tx            xid8        DEFAULT pg_current_xact_id(),
     recorded_late BOOLEAN     NOT NULL DEFAULT true,
     UNIQUE (stream_id, revision)
   );
   CREATE INDEX IF NOT EXISTS events_by_command ON ${schema}.events (stream_id, command_id);
   CREATE SEQUENCE IF NOT EXISTS ${schema}.events_recorded_max MINVALUE 0 START 0;
   DO $upgrade$ BEGIN
     IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = '${schema}' AND table_name = 'events' AND column_name = 'recorded_late') THEN
       -- A schema from before ADR 0022: earlier rows carry no transaction id (they are all committed).
       ALTER TABLE ${schema}.events ADD COLUMN tx xid8, ADD COLUMN recorded_late BOOLEAN NOT NULL DEFAULT true;
       ALTER TABLE ${schema}.events ALTER COLUMN tx SET DEFAULT pg_current_xact_id();
       UPDATE ${schema}.events e SET recorded_late = COALESCE(e.recorded_at < r.before, false)
         FROM (SELECT position, max(recorded_at) OVER (ORDER BY position ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before
                 FROM ${schema}.events) r
        WHERE r.position = e.position;
       PERFORM setval('${schema}.events_recorded_max',
         COALESCE((SELECT (extract(epoch FROM max(recorded_at)) * 1000000)::bigint FROM ${schema}.events), 0), true);
     END IF;
   END $upgrade$;
   CREATE INDEX IF NOT EXISTS events_in_order_by_recorded_at ON ${schema}.events (recorded_at, position) WHERE NOT recorded_late;
   CREATE INDEX IF NOT EXISTS events_recorded_late ON ${schema}.events (position) WHERE recorded_late;
   -- For SQL clients outside the application (auditors' scripts) that follow the log by position.
   CREATE OR REPLACE VIEW ${schema}.followable_events AS
     SELECT position, stream_id, revision, type, data, metadata, recorded_at FROM ${schema}.events
      WHERE tx IS NULL OR tx < (SELECT pg_snapshot_xmin(pg_current_snapshot()));
   CREATE OR REPLACE FUNCTION ${schema}.reserve_positions(n integer, recorded_micros bigint, OUT first_position bigint, OUT recorded_max bigint)
   LANGUAGE plpgsql AS $reserve$
   BEGIN
     -- The transaction id must be taken inside the critical section, or positions and ids could
     -- disagree on order and the visibility fence would let a follower skip an event.
     IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
       RAISE EXCEPTION 'reserve_positions must come before any write in its transaction';
     END IF;
     PERFORM pg_advisory_lock(hashtext('${lockKey}'));
     BEGIN
       PERFORM pg_current_xact_id();
       first_position := nextval('${schema}.events_position_seq');
       IF n > 1 THEN
         PERFORM setval('${schema}.events_position_seq', first_position + n - 1, true);
       END IF;
       SELECT last_value INTO recorded_max FROM ${schema}.events_recorded_max;
       IF recorded_micros > recorded_max THEN
         PERFORM setval('${schema}.events_recorded_max', recorded_micros, true);
       END IF;
     EXCEPTION WHEN OTHERS OR query_canceled THEN
       PERFORM pg_advisory_unlock(hashtext('${lockKey}'));
       RAISE;
     END;
     PERFORM pg_advisory_unlock(hashtext('${lockKey}'));
   END
   $reserve$;`;
}

/**
 * Readers see only events of transactions older than every transaction still in progress
 * (`tx < xmin` of the statement's own snapshot). Positions and transaction ids are handed out
 * together in \`reserve_positions\`, so they agree on order: what a reader sees is a gap-free prefix
 * of the log, and nothing can later commit below it.
 */
// A scalar subquery, so the fence is computed once per statement (from that statement's snapshot), not per row.
const VISIBLE = '(tx IS NULL OR tx < (SELECT pg_snapshot_xmin(pg_current_snapshot())))';

/**
 * PostgreSQL adapter (ADR 0022, replacing the global append lock of ADR 0003). Appends to
 * different streams run concurrently: each append is one self-committing INSERT, preceded by a read
 * of the stream's head unless the stream is new or this process already knows its head. The only global critical section is `reserve_positions`, a few
 * microseconds inside that INSERT that hands out the transaction id and the positions together;
 * commits (the WAL flush) run in parallel. Optimistic concurrency is the UNIQUE (stream_id,
 * revision) constraint: of two appends at one revision, the second fails and reports a conflict.
 * Hash chains are per stream, so no append reads another stream's hash.
 */
export class PostgresEventStore implements EventStore {
  readonly kind = 'postgres' as const;
  private readonly notifier = new AppendNotifier();
  private readonly table: string;
  /** The newest head this process wrote or read, per stream: lets the next append skip reading it. */
  private readonly heads = new Map<string, StreamHead>();

  static async connect(options: PostgresStoreOptions): Promise<PostgresEventStore> {
    const { pool, schema } = await connectSchema(options, 10, eventsDdl);
    return new PostgresEventStore(pool, schema);
  }

  private constructor(
    readonly pool: Pool,
    readonly schema: string,
  ) {
    this.table = `${schema}.events`;
  }

  async append(streamId: string, events: readonly DomainEvent[], options: AppendOptions): Promise<AppendResult> {
    const result = await this.appendOnce(streamId, events, options);
    if (!result.idempotent) this.notifier.notify(result.position);
    return result;
  }

  private async appendOnce(streamId: string, events: readonly DomainEvent[], { expectedRevision, command }: AppendOptions): Promise<AppendResult> {
    // A new stream, or one whose head this process saw at the expected revision, is written without
    // reading it first: a stale head, a retried command or a real conflict all end in the UNIQUE
    // (stream_id, revision) violation, and only then is the stream read.
    const known = expectedRevision === 0 ? { head: undefined } : this.heads.get(streamId)?.revision === expectedRevision ? { head: this.heads.get(streamId) } : undefined;
    if (known && events.length > 0) {
      const written = await this.insert(streamId, known.head, events, command);
      if (written) return written;
      return this.afterRace(streamId, expectedRevision, command.commandId);
    }
    const state = await this.streamState(streamId, command.commandId);
    if (state.done) return state.done;
    if (state.revision !== expectedRevision) throw new ConcurrencyConflictError(streamId, expectedRevision, state.revision);
    if (events.length === 0) return { nextRevision: state.revision, position: await this.headPosition(), idempotent: false };
    return (await this.insert(streamId, state.head, events, command)) ?? this.afterRace(streamId, expectedRevision, command.commandId);
  }

  /** Writes the sealed events, or answers undefined when another writer holds one of their revisions. */
  private async insert(streamId: string, head: StreamHead | undefined, events: readonly DomainEvent[], command: CommandMetadata): Promise<AppendResult | undefined> {
    const sealed = sealEvents(streamId, head, events, command);
    const recordedAt = command.now.toISOString();
    try {
      // One self-committing statement: reserve (the critical section), then insert. No BEGIN/COMMIT
      // round trips, and the commit's WAL flush is shared with the other writers' (group commit).
      // Named (prepared) statements: each connection parses and plans them once, not per append.
      const recorded = recordedMicros(recordedAt).toString();
      const { rows } = await this.queryKeepingConnectionOnConflict<{ position: string }>(
        sealed.length === 1
          ? {
              name: 'ledger_append_one',
              text: `WITH reserved AS MATERIALIZED (SELECT * FROM ${this.schema}.reserve_positions(1, $4))
                     INSERT INTO ${this.table} (position, stream_id, revision, type, data, metadata, command_id, recorded_at, tx, recorded_late)
                     SELECT reserved.first_position, $1, $5, $6, $7, $8, $2, $3, pg_current_xact_id(), $4 < reserved.recorded_max
                       FROM reserved
                     RETURNING position`,
              values: [streamId, command.commandId, recordedAt, recorded, sealed[0].revision, sealed[0].type, JSON.stringify(sealed[0].data), JSON.stringify(sealed[0].metadata)],
            }
          : {
              name: 'ledger_append_many',
              text: `WITH reserved AS MATERIALIZED (SELECT * FROM ${this.schema}.reserve_positions($5, $6))
                     INSERT INTO ${this.table} (position, stream_id, revision, type, data, metadata, command_id, recorded_at, tx, recorded_late)
                     SELECT reserved.first_position + r.n - 1, $1, r.revision, r.type, r.data, r.metadata, $2, $3, pg_current_xact_id(), $6 < reserved.recorded_max
                       FROM reserved, jsonb_to_recordset($4::jsonb) AS r(revision int, type text, data jsonb, metadata jsonb, n int)
                     RETURNING position`,
              values: [streamId, command.commandId, recordedAt, JSON.stringify(sealed.map((e, i) => ({ ...e, n: i + 1 }))), sealed.length, recorded],
            },
      );
      const last = sealed[sealed.length - 1];
      this.rememberHead(streamId, { revision: last.revision, hash: last.metadata.hash });
      const position = rows.reduce((max, row) => (BigInt(row.position) > max ? BigInt(row.position) : max), 0n);
      return { nextRevision: last.revision, position, idempotent: false };
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      this.heads.delete(streamId);
      return undefined;
    }
  }

  /**
   * One self-committing statement on a pooled connection. `pool.query` closes the connection on any
   * error, but a UNIQUE violation is how this store learns of a race (a stale head, a retried
   * command, a real conflict): the connection is still healthy, and closing it cost a new login
   * and new prepared statements each time. Any other error still closes it.
   */
  private async queryKeepingConnectionOnConflict<Row extends QueryResultRow>(query: QueryConfig): Promise<QueryResult<Row>> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      return await client.query<Row>(query);
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) broken = error as Error;
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /** Another writer took the revision first: a retry of this same command, or a real conflict. */
  private async afterRace(streamId: string, expectedRevision: number, commandId: string): Promise<AppendResult> {
    const now = await this.streamState(streamId, commandId);
    if (now.done) return now.done;
    throw new ConcurrencyConflictError(streamId, expectedRevision, now.revision);
  }

  /** Stream heads are facts that never change (the log is append-only), so a bounded memory of them is safe. */
  private rememberHead(streamId: string, head: StreamHead): void {
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    if (this.heads.size > KNOWN_HEADS) this.heads.delete(this.heads.keys().next().value as string);
  }

  /** The stream's head and, if this command already wrote to it, that result: one round trip. */
  private async streamState(streamId: string, commandId: string): Promise<{ revision: number; head?: { revision: number; hash: string }; done?: AppendResult }> {
    const { rows } = await this.pool.query<{ done_revision: number | null; done_position: string | null; head_revision: number | null; head_hash: string | null }>({
      name: 'ledger_stream_state',
      text: `SELECT d.revision AS done_revision, d.position AS done_position, h.revision AS head_revision, h.hash AS head_hash
         FROM (SELECT 1) AS one
         LEFT JOIN LATERAL (SELECT revision, position FROM ${this.table} WHERE stream_id = $1 AND command_id = $2 ORDER BY revision DESC LIMIT 1) d ON true
         LEFT JOIN LATERAL (SELECT revision, metadata->>'hash' AS hash FROM ${this.table} WHERE stream_id = $1 ORDER BY revision DESC LIMIT 1) h ON true`,
      values: [streamId, commandId],
    });
    const row = rows[0];
    const head = row.head_revision === null ? undefined : { revision: row.head_revision, hash: row.head_hash as string };
    const done = row.done_revision === null ? undefined : { nextRevision: row.done_revision, position: BigInt(row.done_position as string), idempotent: true };
    return { revision: head?.revision ?? 0, head, done };
  }

  async appendRecorded(events: readonly SealedEvent[]): Promise<bigint> {
    if (events.length === 0) return this.headPosition();
    const position = await inTransaction(this.pool, async (client) => {
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
      // Everything is checked before the critical section: one reservation for the whole import.
      const micros = events.map((e) => recordedMicros(e.metadata.recordedAt));
      const latest = micros.reduce((max, m) => (m > max ? m : max), 0n);
      const reserved = await client.query<{ first_position: string; recorded_max: string }>(`SELECT * FROM ${this.schema}.reserve_positions($1, $2)`, [events.length, latest.toString()]);
      const first = BigInt(reserved.rows[0].first_position);
      let recordedMax = BigInt(reserved.rows[0].recorded_max);
      const rowsToInsert = events.map((e, n) => {
        const late = micros[n] < recordedMax;
        if (!late) recordedMax = micros[n];
        return { ...e, position: (first + BigInt(n)).toString(), commandId: e.metadata.commandId, recordedAt: e.metadata.recordedAt, late };
      });
      // Batches keep each statement's parameters small on large imports.
      for (let i = 0; i < rowsToInsert.length; i += 500) {
        try {
          await client.query(
            `INSERT INTO ${this.table} (position, stream_id, revision, type, data, metadata, command_id, recorded_at, tx, recorded_late)
             SELECT r.position, r."streamId", r.revision, r.type, r.data, r.metadata, r."commandId", r."recordedAt", pg_current_xact_id(), r.late
               FROM jsonb_to_recordset($1::jsonb) AS r(position bigint, "streamId" text, revision int, type text, data jsonb, metadata jsonb, "commandId" text, "recordedAt" timestamptz, late boolean)`,
            [JSON.stringify(rowsToInsert.slice(i, i + 500))],
          );
        } catch (error) {
          if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
            throw new StoreIntegrityError(`Another writer appended to one of the imported streams meanwhile: nothing was imported (${(error as Error).message})`);
          }
          throw error;
        }
      }
      return first + BigInt(events.length) - 1n;
    });
    this.notifier.notify(position);
    return position;
  }

  async readStream(streamId: string, { fromRevision = 1, toRevision }: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>({
      name: 'ledger_read_stream',
      text: `SELECT position, stream_id, revision, type, data, metadata FROM ${this.table}
              WHERE stream_id = $1 AND revision >= $2 AND revision <= $3 ORDER BY revision`,
      values: [streamId, fromRevision, toRevision ?? MAX_REVISION],
    });
    const events = rows.map(toRecorded);
    const last = events[events.length - 1];
    // Read to the end, as a command handler does before it decides: its append can skip the head read.
    if (last && toRevision === undefined) this.rememberHead(streamId, { revision: last.revision, hash: last.metadata.hash });
    return events;
  }

  async readAll({ from = 0n, to, until, limit }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const columns = 'position, stream_id, revision, type, data, metadata';
    const params = [from.toString(), to?.toString() ?? null, limit ?? null];
    if (!until) {
      const { rows } = await this.pool.query<EventRow>(
        `SELECT ${columns} FROM ${this.table}
          WHERE position >= $1 AND ($2::bigint IS NULL OR position <= $2) AND ${VISIBLE}
          ORDER BY position LIMIT $3`,
        params,
      );
      return rows.map(toRecorded);
    }
    // recorded_at grows with position except on late events, so the in-order events recorded by
    // `until` end at one position (one index probe); past it, only late events can still match.
    const { rows } = await this.pool.query<EventRow>(
      `WITH bound AS (
         SELECT COALESCE((SELECT position FROM ${this.table} WHERE NOT recorded_late AND recorded_at <= $4
                           ORDER BY recorded_at DESC, position DESC LIMIT 1), 0) AS in_order_end
       )
       SELECT ${columns} FROM (
         (SELECT ${columns} FROM ${this.table}
           WHERE position >= $1 AND position <= (SELECT in_order_end FROM bound) AND ($2::bigint IS NULL OR position <= $2)
             AND recorded_at <= $4 AND ${VISIBLE}
           ORDER BY position LIMIT $3)
         UNION ALL
         (SELECT ${columns} FROM ${this.table}
           WHERE recorded_late AND position > (SELECT in_order_end FROM bound) AND position >= $1 AND ($2::bigint IS NULL OR position <= $2)
             AND recorded_at <= $4 AND ${VISIBLE}
           ORDER BY position LIMIT $3)
       ) AS page ORDER BY position LIMIT $3`,
      [...params, until.toISOString()],
    );
    return rows.map(toRecorded);
  }

  async headPosition(): Promise<bigint> {
    // The newest event a reader can see: behind the fence, like readAll.
    const { rows } = await this.pool.query<{ position: string }>(`SELECT position FROM ${this.table} WHERE ${VISIBLE} ORDER BY position DESC LIMIT 1`);
    return rows[0] ? BigInt(rows[0].position) : 0n;
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
