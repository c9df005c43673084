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
    (!event.streamId.startsWith(UNIQUE_VALUE_STREAM_PREFIX) && (event.streamId.endsWith(filter.mentions) || JSON.stringify(event.data).includes(filter.mentions))));

/**
 * The decision history: the log in global order, filtered, a page at a time. Scans forward from
 * the cursor until the page is full; the cursor lets a client continue where it stopped.
 */
export async function readHistory(store: EventStore, filter: HistoryFilter, page: { from?: bigint; limit?: number } = {}): Promise<HistoryPage> {
  const limit = Math.min(Math.max(page.limit ?? 100, 1), 1000);
  const events: RecordedEvent[] = [];
  let from = page.from ?? 0n;
  const scan = 1000;
  for (;;) {
    const batch = await store.readAll({ from, limit: scan, until: filter.until });
    for (const event of batch) {
      if (!matches(event, filter)) continue;
      // A full page looks ahead: the cursor is the next match, and null when there is none.
      if (events.length === limit) return { events, nextFrom: event.position };
      events.push(event);
    }
    if (batch.length < scan) return { events, nextFrom: null };
    from = batch[batch.length - 1].position + 1n;
  }
}
