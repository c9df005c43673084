import { EventMetadata } from './envelope';
import { CHECKPOINT_STREAM } from './checkpoints/log-checkpoint';
import { hashEvent, hashEventWithMetadataJson, storedMetadata } from './hash-chain';
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
  /** 1 where the event's content, hashed over its own stored prevHash, does not give its stored hash: it was altered. */
  altered: Uint8Array;
  /** The data text of the checkpoint stream's events (the walk reads their data); undefined for every other event. */
  checkpointData: (string | undefined)[];
}

/**
 * The costly part of verifying stored events, which depends on each event alone: parse its data,
 * write its canonical JSON and hash it over the prevHash it stores. The walk then checks in log
 * order what links events together (revisions, each prevHash against the hash verified before it,
 * checkpoints); an event whose prevHash is its stream's verified head and whose hash recomputes
 * here is exactly an event that recomputes over the chain as verified so far. Pure, so that it can
 * run on worker threads (VerifyWorkers), several pages at once, while the walk checks in order.
 * Parses metadata and data in the walk's order, so malformed stored text throws the same error.
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
    altered: new Uint8Array(count),
    checkpointData: new Array<string | undefined>(count),
  };
  for (let i = 0; i < count; i++) {
    const [position, streamId, revision, type, dataText, metadataText] = rows[i];
    const cut = storedMetadata(metadataText);
    const metadata = cut ? undefined : (JSON.parse(metadataText) as EventMetadata);
    const data: unknown = JSON.parse(dataText);
    let recomputed: string;
    if (cut) {
      checked.prevHashes[i] = cut.prevHash;
      checked.hashes[i] = cut.hash;
      recomputed = hashEventWithMetadataJson(cut.prevHash, { streamId, revision, type, data }, cut.json);
    } else {
      const parsed = metadata as EventMetadata;
      checked.prevHashes[i] = parsed.prevHash;
      checked.hashes[i] = parsed.hash;
      recomputed = hashEvent(parsed.prevHash, { streamId, revision, type, data, metadata: parsed });
    }
    checked.altered[i] = recomputed === checked.hashes[i] ? 0 : 1;
    checked.positions[i] = position;
    checked.streamIds[i] = streamId;
    checked.revisions[i] = revision;
    checked.types[i] = type;
    if (streamId === CHECKPOINT_STREAM) checked.checkpointData[i] = dataText;
  }
  return checked;
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
