import { EventMetadata } from './envelope';
import { CHECKPOINT_STREAM } from './checkpoints/log-checkpoint';
import { hashEvent, hashEventWithMetadataJson, storedDataMatches, storedMetadata } from './hash-chain';
import type { StoredEventRow } from './verify';

/**
 * A page of stored rows, checked: by row, what the walk's checks in log order read (the event's
 * place and the hashes it claims) and whether its content gives its own hash. Arrays rather than
 * an object per event: a worker sends it back to the walk by structured clone.
 */
export interface CheckedRows {
  positions: number[];
  streamIds: string[];
  revisions: number[];
  types: string[];
  /** Each event's prevHash and hash, as stored. */
  prevHashes: string[];
  hashes: string[];
  /** By row, a ROW_CHECK: INTACT, ALTERED (its content, hashed over its own stored prevHash, does not give its stored hash) or UNREADABLE. */
  checks: Uint8Array;
  /** The data text of the checkpoint stream's events (the walk reads their data); undefined for every other event. */
  checkpointData: (string | undefined)[];
}

/** What CheckedRows.checks says of a row. */
export const ROW_CHECK = {
  INTACT: 0,
  ALTERED: 1,
  /** Its stored data or metadata is not JSON: altered in storage, and no reader could read it. */
  UNREADABLE: 2,
} as const;

/**
 * Misses of the stored-text check (storedDataMatches) a page tolerates beyond its hits before its
 * remaining rows go the long way only: a log written before the store kept canonical text (ADR
 * 0042) then pays about eight extra hashes a page, not one per event.
 */
const STORED_TEXT_MISSES_PER_PAGE = 8;

/**
 * The costly part of verifying stored events, which depends on each event alone: parse its data,
 * write its canonical JSON and hash it over the prevHash it stores. The walk then checks in log
 * order what links events together (revisions, each prevHash against the hash verified before it,
 * checkpoints); an event whose prevHash is its stream's verified head and whose hash recomputes
 * here is exactly an event that recomputes over the chain as verified so far. Pure, so that it can
 * run on worker threads (VerifyWorkers), several pages at once, while the walk checks in order.
 * Stored text that is not JSON marks its row UNREADABLE, for the walk to report in order.
 * Data stored as its canonical text (ADR 0042) is hashed as it is, unparsed (storedDataMatches).
 */
export function checkStoredRows(rows: readonly StoredEventRow[]): CheckedRows {
  const count = rows.length;
  const checked: CheckedRows = {
    positions: new Array<number>(count),
    streamIds: new Array<string>(count),
    revisions: new Array<number>(count),
    types: new Array<string>(count),
    prevHashes: new Array<string>(count),
    hashes: new Array<string>(count),
    checks: new Uint8Array(count),
    checkpointData: new Array<string | undefined>(count),
  };
  let storedTextHits = 0;
  let storedTextMisses = 0;
  for (let i = 0; i < count; i++) {
    const [position, streamId, revision, type, dataText, metadataText] = rows[i];
    checked.positions[i] = position;
    checked.streamIds[i] = streamId;
    checked.revisions[i] = revision;
    checked.types[i] = type;
    if (streamId === CHECKPOINT_STREAM) checked.checkpointData[i] = dataText;
    const cut = storedMetadata(metadataText);
    if (cut) {
      checked.prevHashes[i] = cut.prevHash;
      checked.hashes[i] = cut.hash;
      // Data stored as the canonical text it was sealed with: nothing to parse or write again.
      if (storedTextMisses <= storedTextHits + STORED_TEXT_MISSES_PER_PAGE) {
        if (storedDataMatches(cut.hash, cut.prevHash, dataText, cut, revision, streamId, type)) {
          storedTextHits += 1;
          continue;
        }
        storedTextMisses += 1;
      }
      const data = parsed(dataText);
      if (data === UNREADABLE) checked.checks[i] = ROW_CHECK.UNREADABLE;
      else checked.checks[i] = hashEventWithMetadataJson(cut.prevHash, { streamId, revision, type, data }, cut.json) === cut.hash ? ROW_CHECK.INTACT : ROW_CHECK.ALTERED;
    } else {
      const metadata = parsed(metadataText) as EventMetadata | typeof UNREADABLE;
      const data = parsed(dataText);
      if (metadata === UNREADABLE || data === UNREADABLE || metadata === null || typeof metadata !== 'object') {
        checked.prevHashes[i] = '';
        checked.hashes[i] = '';
        checked.checks[i] = ROW_CHECK.UNREADABLE;
        continue;
      }
      checked.prevHashes[i] = metadata.prevHash;
      checked.hashes[i] = metadata.hash;
      checked.checks[i] = hashEvent(metadata.prevHash, { streamId, revision, type, data, metadata }) === metadata.hash ? ROW_CHECK.INTACT : ROW_CHECK.ALTERED;
    }
  }
  return checked;
}

const UNREADABLE = Symbol('unreadable');

/** The value of stored JSON text, or UNREADABLE when it is not JSON. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return UNREADABLE;
  }
}

/**
 * Threads that read and check pages of the walked store's rows (the CLI's pool for `ledger
 * verify` on SQLite), each on its own connection: the walk hands out ranges of positions ahead of
 * where it is and checks the links in order as the pages come back. Reading on the threads keeps
 * the walk's own thread free, and nothing but the checked rows is copied between threads.
 * The answer is the same as the walk's in-process one, only sooner.
 */
export interface VerifyWorkers {
  /** Threads checking pages at once: the walk keeps twice as many pages in hand. */
  readonly threads: number;
  /** checkStoredRows of the store's rows with from <= position < to, in order. */
  checkStoredRange(from: bigint, to: bigint): Promise<CheckedRows>;
}
