import { RecordedEvent } from './envelope';
import { EventStore } from './event-store';

export interface HistoryFilter {
  streamId?: string;
  /** A whole context or aggregate kind: "procurement-", "staff-". */
  streamPrefix?: string;
  types?: string[];
  actorId?: string;
  correlationId?: string;
  /** Events whose data mention this id (a person or procurement across contexts). */
  mentions?: string;
  since?: Date;
  until?: Date;
}

export interface HistoryPage {
  events: RecordedEvent[];
  /** Cursor for the next page (the position of the next matching event), null when there is none. */
  nextFrom: bigint | null;
}

/**
 * Reservation streams of unique values (ADR 0021): bookkeeping that names the value's owner by id,
 * so it is kept out of the owner's timeline (`mentions`); every other filter sees it as it is.
 */
export const UNIQUE_VALUE_STREAM_PREFIX = 'unique-';

const matches = (event: RecordedEvent, filter: HistoryFilter): boolean =>
  (!filter.streamId || event.streamId === filter.streamId) &&
  (!filter.streamPrefix || event.streamId.startsWith(filter.streamPrefix)) &&
  (!filter.types?.length || filter.types.includes(event.type)) &&
  (!filter.actorId || event.metadata.actorId === filter.actorId) &&
  (!filter.correlationId || event.metadata.correlationId === filter.correlationId) &&
  (!filter.since || new Date(event.metadata.recordedAt) >= filter.since) &&
  (!filter.mentions ||
    (!event.streamId.startsWith(UNIQUE_VALUE_STREAM_PREFIX) &&
      (event.streamId.endsWith(filter.mentions) || JSON.stringify(event.data).includes(filter.mentions))));

export interface HistoryPaging {
  /** Cursor: the position to start at (inclusive); the head (newest first) or the start of the log when absent. */
  from?: bigint;
  limit?: number;
  /** Newest first: the cursor then walks back towards the start of the log. */
  newestFirst?: boolean;
}

/**
 * The decision history: the log in global order (or newest first), filtered, a page at a time.
 * Scans from the cursor until the page is full; the cursor lets a client continue where it stopped.
 */
export async function readHistory(store: EventStore, filter: HistoryFilter, page: HistoryPaging = {}): Promise<HistoryPage> {
  const limit = Math.min(Math.max(page.limit ?? 100, 1), 1000);
  const events: RecordedEvent[] = [];
  // A full page looks ahead: the cursor is the next match, and null when there is none.
  // The first read asks for one page and its look-ahead (what an unfiltered page needs); a filter
  // that skips events widens the next reads up to SCAN.
  const first = Math.min(limit + 1, SCAN);
  for await (const event of page.newestFirst ? scanBackwards(store, filter.until, page.from, first) : scanForwards(store, filter.until, page.from, first)) {
    if (!matches(event, filter)) continue;
    if (events.length === limit) return { events, nextFrom: event.position };
    events.push(event);
  }
  return { events, nextFrom: null };
}

const SCAN = 1000;

async function* scanForwards(store: EventStore, until: Date | undefined, start = 0n, first = SCAN): AsyncGenerator<RecordedEvent> {
  let from = start;
  for (let size = first; ; size = Math.min(size * 4, SCAN)) {
    const batch = await store.readAll({ from, limit: size, until });
    yield* batch;
    if (batch.length < size) return;
    from = batch[batch.length - 1].position + 1n;
  }
}

/**
 * The log from `start` (inclusive; the head when absent) back to its first event, through the
 * port's inclusive position bounds: windows [from, to] read in order and yielded in reverse, so no
 * adapter needs a backwards read of its own. Positions are dense on the SQL stores and sparse on
 * EventStoreDB (byte offsets), so a window that held few events is widened for the next one.
 */
async function* scanBackwards(store: EventStore, until: Date | undefined, start?: bigint, first = SCAN): AsyncGenerator<RecordedEvent> {
  let to = start ?? (await store.headPosition());
  let span = BigInt(first);
  while (to >= 0n) {
    const from = to - span + 1n > 0n ? to - span + 1n : 0n;
    const batch = await store.readAll({ from, to, until });
    for (let i = batch.length - 1; i >= 0; i--) yield batch[i];
    if (from === 0n) return;
    to = from - 1n;
    if (batch.length < SCAN / 4) span *= 4n;
    else if (batch.length > SCAN * 4) span /= 4n;
  }
}
