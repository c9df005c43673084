import { KeyObject } from 'node:crypto';
import { EVENTS_PER_READ_PAGE, EventStore } from './event-store';
import { EventMetadata, GENESIS_HASH, RecordedEvent } from './envelope';
import { hashEvent, hashEventWithMetadataJson, storedMetadata } from './hash-chain';
import { recordedStore } from './upcasting';
import { LeafList, MerkleFrontier } from './checkpoints/merkle';
import { CHECKPOINT_STREAM, LOG_CHECKPOINT_SIGNED, LogCheckpointSigned, SignedCheckpoint, checkSignature } from './checkpoints/log-checkpoint';

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

/** One event of the walk, from a parsed event or from stored text: what the checks read. */
interface WalkedEvent {
  position: bigint;
  streamId: string;
  revision: number;
  type: string;
  data: unknown;
  prevHash: string;
  hash: string;
  /** The canonical JSON of the hashed metadata, when it was cut from the stored text... */
  metadataJson: string | undefined;
  /** ...or else the metadata, parsed. */
  metadata: EventMetadata | undefined;
}

function walkedFromStoredRows(rows: readonly StoredEventRow[]): WalkedEvent[] {
  const events = new Array<WalkedEvent>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const cut = storedMetadata(row[5]);
    const metadata = cut ? undefined : (JSON.parse(row[5]) as EventMetadata);
    events[i] = {
      position: BigInt(row[0]),
      streamId: row[1],
      revision: row[2],
      type: row[3],
      data: JSON.parse(row[4]),
      prevHash: cut ? cut.prevHash : (metadata as EventMetadata).prevHash,
      hash: cut ? cut.hash : (metadata as EventMetadata).hash,
      metadataJson: cut?.json,
      metadata,
    };
  }
  return events;
}

function walkedFromRecorded(recorded: readonly RecordedEvent[]): WalkedEvent[] {
  return recorded.map(({ position, streamId, revision, type, data, metadata }) => ({
    position,
    streamId,
    revision,
    type,
    data,
    prevHash: metadata.prevHash,
    hash: metadata.hash,
    metadataJson: undefined,
    metadata,
  }));
}

/** The event's hash, recomputed from its content and the hash it links to. */
function recomputedHash(event: WalkedEvent): string {
  return event.metadataJson !== undefined
    ? hashEventWithMetadataJson(event.prevHash, event, event.metadataJson)
    : hashEvent(event.prevHash, { streamId: event.streamId, revision: event.revision, type: event.type, data: event.data, metadata: event.metadata as EventMetadata });
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
  let from = 0n;

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

  const brokenAt = (event: { position: bigint; streamId: string; revision: number }, reason: string) =>
    result({ position: event.position, reason: `${event.streamId}@${event.revision}: ${reason}` });

  /** The first covered event whose hash differs from the one vouched for, by position. */
  const firstDifference = (vouchedHashes: LeafList | Buffer, fromIndex: number, toIndex: number) => {
    const list = vouchedHashes instanceof LeafList ? vouchedHashes : LeafList.fromBytes(vouchedHashes);
    for (let index = fromIndex; index < toIndex; index++) {
      if (index >= eventHashes.length) return { index, truncated: true };
      if (!eventHashes.at(index).equals(list.at(index - fromIndex))) return { index, truncated: false };
    }
    return null;
  };

  const storedRows = hasStoredRows(store) ? store : undefined;
  for (;;) {
    const page = storedRows ? walkedFromStoredRows(await storedRows.readStoredRows(from, pageSize)) : walkedFromRecorded(await store.readAll({ from, limit: pageSize }));
    for (const event of page) {
      const head = heads.get(event.streamId) ?? { revision: 0, hash: GENESIS_HASH };
      if (event.revision !== head.revision + 1) {
        return brokenAt(event, `revision ${event.revision} follows ${head.revision}: an event is missing or out of place`);
      }
      if (event.prevHash !== head.hash) {
        return brokenAt(event, 'does not link to the previous event of its stream');
      }
      // prevHash is the head's hash here: the event's hash is recomputed over the chain as verified so far.
      if (recomputedHash(event) !== event.hash) {
        return brokenAt(event, 'content does not match its hash: the event was altered');
      }

      if (event.streamId === CHECKPOINT_STREAM && event.type === LOG_CHECKPOINT_SIGNED && options.trustedKeys) {
        const checkpoint = event.data as LogCheckpointSigned['data'];
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
      if (event.streamId === CHECKPOINT_STREAM && event.type === LOG_CHECKPOINT_SIGNED) {
        checkpointStream.treeSize = (event.data as SignedCheckpoint).treeSize;
        checkpointStream.revision = event.revision;
        checkpointStream.eventIndex = eventHashes.length;
        checkpointEventIndexes.push(eventHashes.length);
      }
      if (head.revision === 0) heads.set(event.streamId, head);
      head.revision = event.revision;
      head.hash = event.hash;
      eventHashes.pushHex(event.hash);
      positions.push(event.position);
    }
    options.onProgress?.(eventHashes.length);
    if (page.length < pageSize) break;
    from = page[page.length - 1].position + 1n;
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

  push(position: bigint): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = Number(position);
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
