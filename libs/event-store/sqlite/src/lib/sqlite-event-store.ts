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
import { SqliteDatabase, openSqlite } from './open-sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position    INTEGER PRIMARY KEY AUTOINCREMENT,
  stream_id   TEXT    NOT NULL,
  revision    INTEGER NOT NULL,
  type        TEXT    NOT NULL,
  data        TEXT    NOT NULL,
  metadata    TEXT    NOT NULL,
  command_id  TEXT    NOT NULL,
  recorded_at TEXT    NOT NULL,
  UNIQUE (stream_id, revision)
);
CREATE INDEX IF NOT EXISTS events_by_command ON events (stream_id, command_id);
`;

interface EventRow {
  position: bigint;
  stream_id: string;
  revision: bigint;
  type: string;
  data: string;
  metadata: string;
}

const toRecorded = (row: EventRow): RecordedEvent => ({
  streamId: row.stream_id,
  revision: Number(row.revision),
  position: row.position,
  type: row.type,
  data: JSON.parse(row.data),
  metadata: JSON.parse(row.metadata) as EventMetadata,
});

/** The embedded default: one SQLite file, appends serialised by SQLite's write lock. */
export class SqliteEventStore implements EventStore {
  readonly kind = 'sqlite' as const;
  private readonly notifier = new AppendNotifier();
  private readonly appendTx: (streamId: string, events: readonly DomainEvent[], options: AppendOptions) => AppendResult;
  private readonly appendRecordedTx: (events: readonly SealedEvent[]) => bigint;

  static open(path: string): SqliteEventStore {
    return new SqliteEventStore(openSqlite(path), true);
  }

  constructor(
    readonly db: SqliteDatabase,
    private readonly ownsConnection = false,
  ) {
    db.exec(SCHEMA);
    const head = db.prepare('SELECT revision, metadata FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1').safeIntegers(true);
    const previous = db
      .prepare('SELECT revision, position FROM events WHERE stream_id = ? AND command_id = ? ORDER BY revision DESC LIMIT 1')
      .safeIntegers(true);
    const insert = db.prepare(
      'INSERT INTO events (stream_id, revision, type, data, metadata, command_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const append = (streamId: string, events: readonly DomainEvent[], { expectedRevision, command }: AppendOptions): AppendResult => {
      const done = previous.get(streamId, command.commandId) as { revision: bigint; position: bigint } | undefined;
      if (done) return { nextRevision: Number(done.revision), position: done.position, idempotent: true };
      const current = head.get(streamId) as { revision: bigint; metadata: string } | undefined;
      const actual = current ? Number(current.revision) : 0;
      if (actual !== expectedRevision) throw new ConcurrencyConflictError(streamId, expectedRevision, actual);
      const sealed = sealEvents(streamId, current && { revision: actual, hash: JSON.parse(current.metadata).hash }, events, command);
      let position = 0n;
      for (const event of sealed) {
        const info = insert.run(
          streamId,
          event.revision,
          event.type,
          JSON.stringify(event.data),
          JSON.stringify(event.metadata),
          command.commandId,
          event.metadata.recordedAt,
        );
        position = BigInt(info.lastInsertRowid);
      }
      return { nextRevision: sealed.at(-1)?.revision ?? actual, position, idempotent: false };
    };
    const transaction = db.transaction(append);
    this.appendTx = (streamId, events, options) => transaction.immediate(streamId, events, options);

    const importAll = db.transaction((events: readonly SealedEvent[]) => {
      const heads = new Map<string, { revision: number; hash: string }>();
      let position = 0n;
      for (const event of events) {
        const stored = head.get(event.streamId) as { revision: bigint; metadata: string } | undefined;
        const current = heads.get(event.streamId) ?? (stored && { revision: Number(stored.revision), hash: JSON.parse(stored.metadata).hash });
        assertContinues(current, event);
        heads.set(event.streamId, { revision: event.revision, hash: event.metadata.hash });
        const info = insert.run(event.streamId, event.revision, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata), event.metadata.commandId, event.metadata.recordedAt);
        position = BigInt(info.lastInsertRowid);
      }
      return position;
    });
    this.appendRecordedTx = (events) => importAll.immediate(events);
  }

  async append(streamId: string, events: readonly DomainEvent[], options: AppendOptions): Promise<AppendResult> {
    const result = this.appendTx(streamId, events, options);
    if (!result.idempotent) this.notifier.notify(result.position);
    return result;
  }

  async appendRecorded(events: readonly SealedEvent[]): Promise<bigint> {
    const position = this.appendRecordedTx(events);
    if (events.length) this.notifier.notify(position);
    return position;
  }

  async readStream(streamId: string, { fromRevision = 1, toRevision }: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const rows = this.db
      .prepare(
        `SELECT position, stream_id, revision, type, data, metadata FROM events
         WHERE stream_id = ? AND revision >= ? AND revision <= ? ORDER BY revision`,
      )
      .safeIntegers(true)
      .all(streamId, fromRevision, toRevision ?? Number.MAX_SAFE_INTEGER) as EventRow[];
    return rows.map(toRecorded);
  }

  async readAll({ from = 0n, to, until, limit }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const conditions = ['position >= ?'];
    const params: (bigint | string | number)[] = [from];
    if (to !== undefined) {
      conditions.push('position <= ?');
      params.push(to);
    }
    if (until) {
      conditions.push('recorded_at <= ?');
      params.push(until.toISOString());
    }
    params.push(limit ?? -1);
    const rows = this.db
      .prepare(
        `SELECT position, stream_id, revision, type, data, metadata FROM events
         WHERE ${conditions.join(' AND ')} ORDER BY position LIMIT ?`,
      )
      .safeIntegers(true)
      .all(...params) as EventRow[];
    return rows.map(toRecorded);
  }

  async headPosition(): Promise<bigint> {
    const row = this.db.prepare('SELECT COALESCE(MAX(position), 0) AS head FROM events').safeIntegers(true).get() as { head: bigint };
    return row.head;
  }

  onAppended(listener: (position: bigint) => void): () => void {
    return this.notifier.subscribe(listener);
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.ownsConnection && this.db.open) this.db.close();
  }
}
