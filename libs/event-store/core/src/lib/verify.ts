import { KeyObject } from 'node:crypto';
import { EVENTS_PER_READ_PAGE, EventStore } from './event-store';
import { GENESIS_HASH, RecordedEvent } from './envelope';
import { hashEvent } from './hash-chain';
import { CheckedRows, ROW_CHECK, VerifyWorkers, checkStoredRows } from './verify-workers';
import { recordedStore } from './upcasting';
import { LeafList, MerkleFrontier } from './checkpoints/merkle';
import { CHECKPOINT_STREAM, LOG_CHECKPOINT_SIGNED, LogCheckpointSigned, SignedCheckpoint, checkSignature } from './checkpoints/log-checkpoint';

// The worker side of verify, exported with it: the CLI's worker threads run checkStoredRows.
export { checkStoredRows } from './verify-workers';
export type { CheckedRows, VerifyWorkers } from './verify-workers';

export interface CheckpointSummary {
  treeSize: number;
  rootHash: string;
  signedAt: string;
  keyId: string;
  reason: string;
}

export interface VerificationReport {
  ok: boolean;
  eventsChecked: number;
  /** Global position of the first event whose hash, link, revision or checkpoint does not check out. */
  firstBrokenPosition: bigint | null;
  reason: string | null;
  /** Signed checkpoints found in the log and checked (signature, root and every event they cover). */
  checkpointsChecked: number;
  /** The newest signed checkpoint that checked out, in the log or given by an auditor. */
  latestCheckpoint: CheckpointSummary | null;
  /** Events after the newest checkpoint: covered by the hash chains only, until the next one is signed. */
  eventsAfterLatestCheckpoint: number;
}

/** A checkpoint kept outside the store (an auditor's copy, the installation's own latest file). */
export interface ExternalCheckpoint {
  checkpoint: SignedCheckpoint;
  /** Packed event hashes of the first treeSize events, 32 bytes each. */
  eventHashes: Buffer;
  /** What to call it in a report: "the auditor's checkpoint", a file name. */
  label: string;
}

export interface VerifyOptions {
  pageSize?: number;
  onProgress?: (eventsChecked: number) => void;
  /**
   * Public keys whose checkpoints are trusted, by key id. Without them, checkpoints are not
   * checked (a log copied for a test, say) and the report says none were.
   */
  trustedKeys?: ReadonlyMap<string, KeyObject>;
  /** Checkpoints held outside the store, checked after the walk. */
  external?: readonly ExternalCheckpoint[];
  /** Threads that check a store's stored rows (the CLI's, for `ledger verify` on SQLite); without them, or for a store without stored rows, the walk checks every event itself. */
  workers?: VerifyWorkers;
}

/** An event as a store that keeps JSON text holds it: position, streamId, revision, type, data JSON, metadata JSON. */
export type StoredEventRow = readonly [position: number, streamId: string, revision: number, type: string, data: string, metadata: string];

/**
 * A store that keeps each event's data and metadata as JSON text (SQLite) hands the walk its rows
 * as stored: metadata written as sealEvents wrote it is then hashed from its text (storedMetadata)
 * rather than parsed into an object and written again. Same order and bounds as readAll.
 */
export interface StoredEventRows {
  readStoredRows(from: bigint, limit: number): Promise<readonly StoredEventRow[]>;
}

const hasStoredRows = (store: EventStore): store is EventStore & StoredEventRows => typeof (store as Partial<StoredEventRows>).readStoredRows === 'function';

/** A page of the walk in log order: by event, what the checks in order read. */
interface WalkedPage {
  length: number;
  /** Exact below 2^53, as GrowingPositions keeps them. */
  positions: readonly number[];
  streamIds: readonly string[];
  revisions: readonly number[];
  types: readonly string[];
  prevHashes: readonly string[];
  hashes: readonly string[];
  /** Whether the event's content, hashed over its own prevHash, does not give its hash. */
  altered(index: number): boolean;
  /** Whether the event's stored text is not JSON (a store that keeps text only). */
  unreadable(index: number): boolean;
  /** The event's data (read for checkpoint events only). */
  data(index: number): unknown;
}

function checkedPage(checked: CheckedRows): WalkedPage {
  return {
    ...checked,
    length: checked.positions.length,
    altered: (index) => checked.checks[index] === ROW_CHECK.ALTERED,
    unreadable: (index) => checked.checks[index] === ROW_CHECK.UNREADABLE,
    data: (index) => JSON.parse(checked.checkpointData[index] as string),
  };
}

function recordedPage(recorded: readonly RecordedEvent[]): WalkedPage {
  return {
    length: recorded.length,
    positions: recorded.map((event) => Number(event.position)),
    streamIds: recorded.map((event) => event.streamId),
    revisions: recorded.map((event) => event.revision),
    types: recorded.map((event) => event.type),
    prevHashes: recorded.map((event) => event.metadata.prevHash),
    hashes: recorded.map((event) => event.metadata.hash),
    // Hashed only when the walk reaches the event, as it always was for stores without stored rows.
    altered: (index) => {
      const { streamId, revision, type, data, metadata } = recorded[index];
      return hashEvent(metadata.prevHash, { streamId, revision, type, data, metadata }) !== metadata.hash;
    },
    data: (index) => recorded[index].data,
    // The store parsed every event to hand it over.
    unreadable: () => false,
  };
}

async function* recordedPages(store: EventStore, pageSize: number): AsyncGenerator<WalkedPage> {
  for (let from = 0n; ; ) {
    const recorded = await store.readAll({ from, limit: pageSize });
    yield recordedPage(recorded);
    if (recorded.length < pageSize) return;
    from = recorded[recorded.length - 1].position + 1n;
  }
}

/** Pages of stored rows read and checked (checkStoredRows) here, until a page comes back short. */
async function* storedPages(store: StoredEventRows, pageSize: number, from = 0n): AsyncGenerator<WalkedPage> {
  for (;;) {
    const rows = await store.readStoredRows(from, pageSize);
    yield checkedPage(checkStoredRows(rows));
    if (rows.length < pageSize) return;
    from = BigInt(rows[rows.length - 1][0]) + 1n;
  }
}

/**
 * Pages of stored rows read and checked on worker threads, by ranges of positions up to the head
 * of the log; twice as many ranges as threads are in hand, so that each thread has the next one to
 * check while the walk checks links. Pages still come in log order. Events appended during the
 * walk are read after the head here, as storedPages reads them.
 */
async function* storedPagesOnWorkers(store: EventStore & StoredEventRows, pageSize: number, workers: VerifyWorkers): AsyncGenerator<WalkedPage> {
  const head = await store.headPosition();
  const inHand: Promise<CheckedRows>[] = [];
  const step = BigInt(pageSize);
  let from = 0n;
  for (;;) {
    while (from <= head && inHand.length < Math.max(1, workers.threads) * 2) {
      const page = workers.checkStoredRange(from, from + step);
      // A page read ahead that fails is awaited only when the walk reaches it, or never if the walk
      // stops at a broken event before: until then its rejection is unhandled, which ends the
      // process (Node's default) before the walk can report anything.
      page.catch(() => undefined);
      inHand.push(page);
      from += step;
    }
    const next = inHand.shift();
    if (!next) break;
    yield checkedPage(await next);
  }
  yield* storedPages(store, pageSize, from);
}

/** What a walk leaves behind, for signing the next checkpoint. */
export interface VerifiedLog {
  report: VerificationReport;
  eventHashes: LeafList;
  /** The newest checkpoint in the log: its treeSize, the stream's revision and the event's index in the log. */
  checkpointStream: { treeSize: number; revision: number; eventIndex: number };
  lastPosition: bigint;
}

/**
 * Walks the whole log in global order and re-derives every stream's hash chain. An altered event
 * fails its own hash; a deleted one breaks the revision sequence or the link of the next event.
 * Signed checkpoints (ADR 0018) catch what hashes alone cannot: a rewrite with every hash
 * recomputed, or events removed from the end.
 */
export async function verifyEventLog(anyStore: EventStore, options: VerifyOptions = {}): Promise<VerificationReport> {
  return (await walkAndVerify(anyStore, options)).report;
}

export async function walkAndVerify(anyStore: EventStore, options: VerifyOptions = {}): Promise<VerifiedLog> {
  const store = recordedStore(anyStore);
  const pageSize = options.pageSize ?? EVENTS_PER_READ_PAGE;
  const heads = new Map<string, { revision: number; hash: string }>();
  const eventHashes = new LeafList();
  // Global positions by event index, as numbers (exact below 2^53): a million BigInts kept alive
  // for the whole walk cost the garbage collector more than the hashing.
  const positions = new GrowingPositions();
  // The hashes the checkpoints vouch for, authenticated by recomputing each signed root.
  const vouched = new MerkleFrontier();
  const checkpointStream = { treeSize: 0, revision: 0, eventIndex: -1 };
  // Checkpoint events are leaves too, but not news: they are left out of the uncovered count.
  const checkpointEventIndexes: number[] = [];
  let checkpointsChecked = 0;
  let latestCheckpoint: CheckpointSummary | null = null;

  const result = (failure: { position: bigint; reason: string } | null): VerifiedLog => ({
    report: {
      ok: !failure,
      eventsChecked: eventHashes.length,
      firstBrokenPosition: failure?.position ?? null,
      reason: failure?.reason ?? null,
      checkpointsChecked,
      latestCheckpoint,
      eventsAfterLatestCheckpoint:
        eventHashes.length - (latestCheckpoint?.treeSize ?? 0) - checkpointEventIndexes.filter((index) => index >= (latestCheckpoint?.treeSize ?? 0)).length,
    },
    eventHashes,
    checkpointStream,
    lastPosition: positions.last(),
  });

  const brokenAt = (event: { position: number; streamId: string; revision: number }, reason: string) =>
    result({ position: BigInt(event.position), reason: `${event.streamId}@${event.revision}: ${reason}` });

  /** The first covered event whose hash differs from the one vouched for, by position. */
  const firstDifference = (vouchedHashes: LeafList | Buffer, fromIndex: number, toIndex: number) => {
    const list = vouchedHashes instanceof LeafList ? vouchedHashes : LeafList.fromBytes(vouchedHashes);
    for (let index = fromIndex; index < toIndex; index++) {
      if (index >= eventHashes.length) return { index, truncated: true };
      if (!eventHashes.at(index).equals(list.at(index - fromIndex))) return { index, truncated: false };
    }
    return null;
  };

  const workers = options.workers;
  const pages = !hasStoredRows(store) ? recordedPages(store, pageSize) : workers ? storedPagesOnWorkers(store, pageSize, workers) : storedPages(store, pageSize);
  for await (const page of pages) {
    for (let index = 0; index < page.length; index++) {
      const streamId = page.streamIds[index];
      const revision = page.revisions[index];
      const event = { position: page.positions[index], streamId, revision };
      const head = heads.get(streamId) ?? { revision: 0, hash: GENESIS_HASH };
      if (page.unreadable(index)) {
        return brokenAt(event, 'its stored data or metadata is not JSON: the event was altered');
      }
      if (revision !== head.revision + 1) {
        return brokenAt(event, `revision ${revision} follows ${head.revision}: an event is missing or out of place`);
      }
      if (page.prevHashes[index] !== head.hash) {
        return brokenAt(event, 'does not link to the previous event of its stream');
      }
      // prevHash is the head's hash here: the event's hash recomputed over its own prevHash is its
      // hash over the chain as verified so far.
      if (page.altered(index)) {
        return brokenAt(event, 'content does not match its hash: the event was altered');
      }

      const isCheckpoint = streamId === CHECKPOINT_STREAM && page.types[index] === LOG_CHECKPOINT_SIGNED;
      if (isCheckpoint && options.trustedKeys) {
        const checkpoint = page.data(index) as LogCheckpointSigned['data'];
        const signed = `the checkpoint signed at ${checkpoint.signedAt}`;
        const badSignature = checkSignature(checkpoint, options.trustedKeys);
        if (badSignature) return brokenAt(event, `${signed} cannot be trusted: ${badSignature}`);
        if (checkpoint.previousTreeSize !== vouched.size) {
          return brokenAt(event, `${signed} continues a checkpoint of ${checkpoint.previousTreeSize} events, but the one before it covered ${vouched.size}: a checkpoint is missing`);
        }
        if (checkpoint.treeSize > eventHashes.length) return brokenAt(event, `${signed} covers ${checkpoint.treeSize} events but only ${eventHashes.length} come before it`);
        const range = Buffer.from(checkpoint.rangeEventHashes ?? '', 'base64');
        if (range.length !== (checkpoint.treeSize - checkpoint.previousTreeSize) * 32) return brokenAt(event, `${signed} does not carry the hashes of the events it covers`);
        const rangeHashes = LeafList.fromBytes(range);
        for (let i = 0; i < rangeHashes.length; i++) vouched.append(rangeHashes.at(i));
        if (vouched.root().toString('hex') !== checkpoint.rootHash) return brokenAt(event, `the event hashes stored with ${signed} do not give its signed root: the checkpoint was altered`);
        const differs = firstDifference(rangeHashes, checkpoint.previousTreeSize, checkpoint.treeSize);
        if (differs) {
          return result({
            position: positions.at(differs.index),
            reason: `event ${differs.index + 1} of the log no longer matches ${signed} (key ${checkpoint.keyId}): it was rewritten after it was signed, even though its hashes check out`,
          });
        }
        checkpointsChecked += 1;
        latestCheckpoint = summary(checkpoint);
      }
      if (isCheckpoint) {
        checkpointStream.treeSize = (page.data(index) as SignedCheckpoint).treeSize;
        checkpointStream.revision = revision;
        checkpointStream.eventIndex = eventHashes.length;
        checkpointEventIndexes.push(eventHashes.length);
      }
      if (head.revision === 0) heads.set(streamId, head);
      head.revision = revision;
      head.hash = page.hashes[index];
      eventHashes.pushHex(head.hash);
      positions.push(event.position);
    }
    options.onProgress?.(eventHashes.length);
  }

  for (const external of options.external ?? []) {
    const { checkpoint, label } = external;
    const named = `${label} (signed at ${checkpoint.signedAt}, ${checkpoint.treeSize} events)`;
    const afterLast = positions.last() + 1n;
    const badSignature = options.trustedKeys ? checkSignature(checkpoint, options.trustedKeys) : 'no trusted key was given';
    if (badSignature) return result({ position: afterLast, reason: `${named} cannot be trusted: ${badSignature}` });
    if (external.eventHashes.length !== checkpoint.treeSize * 32) return result({ position: afterLast, reason: `${named} does not carry the hashes of the events it covers` });
    const kept = LeafList.fromBytes(external.eventHashes);
    const frontier = new MerkleFrontier();
    for (let i = 0; i < kept.length; i++) frontier.append(kept.at(i));
    if (frontier.root().toString('hex') !== checkpoint.rootHash) return result({ position: afterLast, reason: `the event hashes in ${named} do not give its signed root: the file was altered` });
    const differs = firstDifference(kept, 0, checkpoint.treeSize);
    if (differs?.truncated) {
      return result({
        position: afterLast,
        reason: `the log holds ${eventHashes.length} events but ${named} covers ${checkpoint.treeSize}: events were removed from the end of the log (from event ${differs.index + 1})`,
      });
    }
    if (differs) {
      return result({
        position: positions.at(differs.index),
        reason: `event ${differs.index + 1} of the log no longer matches ${named}: it was rewritten after the checkpoint was signed, even though its hashes check out`,
      });
    }
    if (!latestCheckpoint || checkpoint.treeSize > latestCheckpoint.treeSize) latestCheckpoint = summary(checkpoint);
  }
  return result(null);
}

/** Positions in a growing Float64Array: no object per event. */
class GrowingPositions {
  private values = new Float64Array(1024);
  private count = 0;

  push(position: number): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = position;
  }

  at(index: number): bigint {
    return BigInt(this.values[index]);
  }

  last(): bigint {
    return this.count === 0 ? 0n : BigInt(this.values[this.count - 1]);
  }
}

function summary(checkpoint: SignedCheckpoint): CheckpointSummary {
  const { treeSize, rootHash, signedAt, keyId, reason } = checkpoint;
  return { treeSize, rootHash, signedAt, keyId, reason };
}
