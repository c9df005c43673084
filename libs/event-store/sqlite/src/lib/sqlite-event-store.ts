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
  StoredEventRow,
  StoredEventRows,
  assertContinues,
  canonicalDataJson,
  sealEvents,
} from '@ledger/event-store-core';
import { SqliteDatabase, openSqlite } from './open-sqlite';
import { SyncFile, WalSyncLease, commitDurably, walSyncFor } from './wal-sync';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position      INTEGER PRIMARY KEY AUTOINCREMENT,
  stream_id     TEXT    NOT NULL,
  revision      INTEGER NOT NULL,
  type          TEXT    NOT NULL,
  data          TEXT    NOT NULL,
  metadata      TEXT    NOT NULL,
  command_id    TEXT    NOT NULL,
  recorded_at   TEXT    NOT NULL,
  recorded_late INTEGER NOT NULL DEFAULT 1,
  UNIQUE (stream_id, revision)
);
CREATE INDEX IF NOT EXISTS events_by_command ON events (stream_id, command_id);
`;

/**
 * recorded_late (ADR 0022): 1 when an event's recorded_at is before that of an earlier position (an
 * import of old events, a command whose clock read came before another's commit). The other events'
 * recorded_at grows with position, so \`readAll({ until })\` finds where they stop with one probe of
 * the partial index and never scans the rest of the log; late events have an index of their own.
 */
const RECORDED_AT_INDEXES = `
CREATE INDEX IF NOT EXISTS events_in_order_by_recorded_at ON events (recorded_at, position) WHERE recorded_late = 0;
CREATE INDEX IF NOT EXISTS events_recorded_late ON events (position) WHERE recorded_late = 1;
`;

/** Upgrades a store file from before ADR 0022 in place: adds recorded_late and derives it from the log. */
function upgradeRecordedAt(db: SqliteDatabase): void {
  const columns = db.prepare('PRAGMA table_info(events)').all() as { name: string }[];
  if (columns.some((column) => column.name === 'recorded_late')) return;
  db.transaction(() => {
    db.exec('ALTER TABLE events ADD COLUMN recorded_late INTEGER NOT NULL DEFAULT 1');
    db.exec(`UPDATE events SET recorded_late = (events.recorded_at < COALESCE(running.before, ''))
               FROM (SELECT position, max(recorded_at) OVER (ORDER BY position ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before FROM events) AS running
              WHERE running.position = events.position`);
  }).immediate();
}

/** A row as better-sqlite3 returns it in raw mode: position, stream_id, revision, type, data, metadata. */
type EventRow = [position: number, streamId: string, revision: number, type: string, data: string, metadata: string];

/**
 * The last event a command appended to a stream, if it was applied: every append asks, to answer a
 * retry with the first outcome. INDEXED BY because, for the ORDER BY, SQLite's planner prefers the
 * (stream_id, revision) key and then reads every event of the stream to match command_id: 272 us
 * per append on a 146-event stream against 10 us through events_by_command (the bench's 120k log).
 */
export const APPLIED_COMMAND =
  'SELECT revision, position FROM events INDEXED BY events_by_command WHERE stream_id = ? AND command_id = ? ORDER BY revision DESC LIMIT 1';

const EVENT_COLUMNS = 'position, stream_id, revision, type, data, metadata';

/**
 * Rows come as arrays with plain numbers (positions stay below 2^53): one BigInt per event, no row
 * object and no BigInt revision made and thrown away. Reading a page so is about twice as fast as
 * objects with safe integers, which made every replay and verify pay twice for its reads.
 */
function toRecorded(rows: readonly EventRow[]): RecordedEvent[] {
  const events = new Array<RecordedEvent>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    events[i] = { streamId: row[1], revision: row[2], position: BigInt(row[0]), type: row[3], data: JSON.parse(row[4]), metadata: JSON.parse(row[5]) as EventMetadata };
  }
  return events;
}

/** The embedded default: one SQLite file, appends serialised by SQLite's write lock (one writer process). */
export class SqliteEventStore implements EventStore, StoredEventRows {
  readonly kind = 'sqlite' as const;
  private readonly notifier = new AppendNotifier();
  private readonly appendTx: (streamId: string, events: readonly DomainEvent[], options: AppendOptions) => AppendResult;
  private readonly appendRecordedTx: (events: readonly SealedEvent[]) => bigint;
  /** Prepared once: a replay or verify reads thousands of pages. */
  private readonly reads: { stream: { all(...params: unknown[]): unknown[] }; page: { all(...params: unknown[]): unknown[] } };

  static open(path: string): SqliteEventStore {
    return new SqliteEventStore(openSqlite(path), true);
  }

  /** Flushes the write-ahead log after each commit, off the event loop (ADR 0041); none in memory or read-only. */
  private readonly walSync?: WalSyncLease;

  constructor(
    readonly db: SqliteDatabase,
    private readonly ownsConnection = false,
    options: { syncFile?: SyncFile } = {},
  ) {
    db.exec(SCHEMA);
    upgradeRecordedAt(db);
    db.exec(RECORDED_AT_INDEXES);
    // The newest recorded_at in position order: every event in order carries it or less.
    const recordedMax = db.prepare('SELECT max(recorded_at) AS recorded_max FROM events WHERE recorded_late = 0');
    const latestRecorded = () => (recordedMax.get() as { recorded_max: string | null }).recorded_max ?? '';
    const head = db.prepare('SELECT revision, metadata FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1').safeIntegers(true);
    const previous = db.prepare(APPLIED_COMMAND).safeIntegers(true);
    const insert = db.prepare(
      'INSERT INTO events (stream_id, revision, type, data, metadata, command_id, recorded_at, recorded_late) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const append = (streamId: string, events: readonly DomainEvent[], { expectedRevision, command }: AppendOptions): AppendResult => {
      const done = previous.get(streamId, command.commandId) as { revision: bigint; position: bigint } | undefined;
      if (done) return { nextRevision: Number(done.revision), position: done.position, idempotent: true };
      const current = head.get(streamId) as { revision: bigint; metadata: string } | undefined;
      const actual = current ? Number(current.revision) : 0;
      if (actual !== expectedRevision) throw new ConcurrencyConflictError(streamId, expectedRevision, actual);
      const sealed = sealEvents(streamId, current && { revision: actual, hash: JSON.parse(current.metadata).hash }, events, command);
      let position = 0n;
      const late = sealed.length > 0 && sealed[0].metadata.recordedAt < latestRecorded() ? 1 : 0;
      for (const event of sealed) {
        const info = insert.run(
          streamId,
          event.revision,
          event.type,
          canonicalDataJson(event),
          JSON.stringify(event.metadata),
          command.commandId,
          event.metadata.recordedAt,
          late,
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
      let recordedMax = latestRecorded();
      for (const event of events) {
        const stored = head.get(event.streamId) as { revision: bigint; metadata: string } | undefined;
        const current = heads.get(event.streamId) ?? (stored && { revision: Number(stored.revision), hash: JSON.parse(stored.metadata).hash });
        assertContinues(current, event);
        heads.set(event.streamId, { revision: event.revision, hash: event.metadata.hash });
        const late = event.metadata.recordedAt < recordedMax;
        if (!late) recordedMax = event.metadata.recordedAt;
        const info = insert.run(event.streamId, event.revision, event.type, canonicalDataJson(event), JSON.stringify(event.metadata), event.metadata.commandId, event.metadata.recordedAt, late ? 1 : 0);
        position = BigInt(info.lastInsertRowid);
      }
      return position;
    });
    this.appendRecordedTx = (events) => importAll.immediate(events);
    this.reads = {
      stream: db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? AND revision <= ? ORDER BY revision`).raw(),
      page: db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE position >= ? AND position <= ? ORDER BY position LIMIT ?`).raw(),
    };
    // Commits return once their frames are in the write-ahead log; an append is acknowledged after
    // WalSync flushed it. Taken last, so that a constructor that throws holds no share of the file's WalSync.
    this.walSync = walSyncFor(db, options.syncFile);
  }

  async append(streamId: string, events: readonly DomainEvent[], options: AppendOptions): Promise<AppendResult> {
    // A retry's answer waits too: the first attempt's commit may still be on its way to the disk.
    const result = await commitDurably(this.walSync, () => this.appendTx(streamId, events, options));
    if (!result.idempotent) this.notifier.notify(result.position);
    return result;
  }

  async appendRecorded(events: readonly SealedEvent[]): Promise<bigint> {
    const position = await commitDurably(this.walSync, () => this.appendRecordedTx(events));
    if (events.length) this.notifier.notify(position);
    return position;
  }

  async readStream(streamId: string, { fromRevision = 1, toRevision }: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return toRecorded(this.reads.stream.all(streamId, fromRevision, toRevision ?? Number.MAX_SAFE_INTEGER) as EventRow[]);
  }

  /**
   * The rows of readAll({ from, to, limit }) as stored, data and metadata unparsed: `ledger verify`
   * hashes the metadata from its text. `to` (inclusive) bounds a range that a verify worker reads.
   */
  async readStoredRows(from: bigint, limit: number, to = BigInt(Number.MAX_SAFE_INTEGER)): Promise<readonly StoredEventRow[]> {
    return this.reads.page.all(from, to, limit) as EventRow[];
  }

  async readAll({ from = 0n, to, until, limit }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const upTo = to ?? BigInt(Number.MAX_SAFE_INTEGER);
    const page = limit ?? -1;
    if (!until) return toRecorded(this.reads.page.all(from, upTo, page) as EventRow[]);
    const select = (sql: string, ...params: (bigint | string | number)[]) => this.db.prepare(sql).raw().all(...params) as EventRow[];
    // Events in order stop at the last one recorded by `until` (one index probe); after it, only
    // late events can still match, and they have an index of their own. See ADR 0022.
    const instant = until.toISOString();
    const bound = this.db
      .prepare('SELECT position FROM events WHERE recorded_late = 0 AND recorded_at <= ? ORDER BY recorded_at DESC, position DESC LIMIT 1')
      .safeIntegers(true)
      .get(instant) as { position: bigint } | undefined;
    const inOrderEnd = bound?.position ?? 0n;
    const inOrder = select(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE position >= ? AND position <= ? AND recorded_at <= ? ORDER BY position LIMIT ?`,
      from,
      inOrderEnd < upTo ? inOrderEnd : upTo,
      instant,
      page,
    );
    const late = select(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE recorded_late = 1 AND position > ? AND position >= ? AND position <= ? AND recorded_at <= ? ORDER BY position LIMIT ?`,
      inOrderEnd,
      from,
      upTo,
      instant,
      page,
    );
    // Every late row comes after every in-order row here, so the two pages simply follow each other.
    const rows = [...inOrder, ...late];
    return toRecorded(limit === undefined ? rows : rows.slice(0, limit));
  }

  /** Prepared on first use and kept: /health and every read-your-writes wait ask for it (preparing it each time was 5% of a loaded API's CPU). */
  private headStatement?: { get(): unknown };

  async headPosition(): Promise<bigint> {
    this.headStatement ??= this.db.prepare('SELECT COALESCE(MAX(position), 0) FROM events').pluck().safeIntegers(true);
    return this.headStatement.get() as bigint;
  }

  onAppended(listener: (position: bigint) => void): () => void {
    return this.notifier.subscribe(listener);
  }

  private pingStatement?: { get(): unknown };

  async ping(): Promise<void> {
    this.walSync?.assertWritable();
    (this.pingStatement ??= this.db.prepare('SELECT 1')).get();
  }

  async close(): Promise<void> {
    await this.walSync?.close();
    if (this.ownsConnection && this.db.open) this.db.close();
  }
}
