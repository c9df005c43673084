import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';
import { RawCanonical, canonicalJson, canonicalMembers } from './canonical-json';
import { DomainEvent } from '@ledger/domain-kernel';
import { CommandMetadata, EventMetadata, GENESIS_HASH, RecordedEvent } from './envelope';
import { StoreIntegrityError } from './errors';

type HashedContent = Pick<RecordedEvent, 'streamId' | 'revision' | 'type' | 'data'> & {
  metadata: Omit<EventMetadata, 'hash' | 'prevHash'>;
};

const ENVELOPE_KEYS = ['data', 'metadata', 'revision', 'streamId', 'type'] as const;
const METADATA_KEYS = ['actorId', 'actorRoles', 'causationId', 'commandId', 'correlationId', 'eventId', 'recordedAt', 'schemaVersion'] as const;

/**
 * hash = sha256(prevHash + canonical JSON of the event without its hash fields). The envelope's
 * keys are fixed, so they are written in their sorted order directly rather than sorted per event
 * (a verify of a large log spent a third of its time building and sorting these); the text is
 * byte-for-byte canonicalJson's (hash-chain.spec.ts compares them).
 */
export function hashEvent(prevHash: string, event: HashedContent): string {
  return hashEventWithMetadataJson(prevHash, event, metadataJsonOf(event.metadata));
}

/** The canonical JSON of an event's hashed metadata fields. */
const metadataJsonOf = (metadata: HashedContent['metadata']): string =>
  plainMetadataJson(metadata) ?? canonicalMembers(METADATA_KEYS, METADATA_KEYS.map((key) => metadata[key]));

/**
 * hashEvent, given the canonical JSON of the event's metadata (verify cuts it from the stored text:
 * storedMetadata) and, when it is written already, of its data (sealEvents keeps that text).
 */
export function hashEventWithMetadataJson(prevHash: string, event: Omit<HashedContent, 'metadata'>, metadataJson: string, dataJson?: string): string {
  const { data, revision, streamId, type } = event;
  if (data === undefined || typeof revision !== 'number' || !Number.isFinite(revision) || typeof streamId !== 'string' || typeof type !== 'string') {
    return sha256Hex(prevHash + canonicalMembers(ENVELOPE_KEYS, [data, new RawCanonical(metadataJson), revision, streamId, type]));
  }
  return hashEnvelope(prevHash, dataJson ?? canonicalJson(data), metadataJson, revision, streamId, type);
}

/**
 * The hash of an event given the canonical JSON of its data and of its metadata: every event as a
 * store records it, in one concatenation with no array or wrapper per event. A finite number's
 * JSON is its string, so `+` writes the revision without a call.
 */
function hashEnvelope(prevHash: string, dataJson: string, metadataJson: string, revision: number, streamId: string, type: string): string {
  return sha256Hex(prevHash + '{"data":' + dataJson + ',"metadata":' + metadataJson + ',"revision":' + revision + ',"streamId":' + quote(streamId) + ',"type":' + quote(type) + '}');
}

/**
 * Whether an event's data, stored as text, is exactly the canonical JSON it was sealed with and
 * hashes with the rest of the event to `hash`: then the text need not be parsed and written again
 * to verify it (the SQLite store keeps the canonical text, ADR 0042). False for any other text,
 * which the caller checks the long way: parsed, its canonical JSON written, hashed.
 *
 * A match proves the stored text is the sealed one, not just text that hashes the same once
 * concatenated. The hashed envelope is `{"data":D` followed by the tail
 * `,"metadata":M,"revision":R,"streamId":S,"type":T}`, where M (from storedMetadata) holds only
 * strings without quotes or backslashes, R is digits, and S and T are JSON string literals. Such a
 * tail is read one way only from the end of the text backwards, so two equal envelopes have the
 * same tail, and therefore the same data text: D' = D.
 */
export function storedDataMatches(hash: string, prevHash: string, dataText: string, metadata: StoredMetadata, revision: number, streamId: string, type: string): boolean {
  return hashEnvelope(prevHash, dataText, metadata.json, revision, streamId, type) === hash;
}

/** A JSON string literal that is its own canonical JSON: nothing JSON.stringify would escape (quote, backslash, control character, surrogate). */
const PLAIN_STRING = String.raw`"[^"\\\x00-\x1f\ud800-\udfff]*"`;
/** Stored metadata exactly as sealEvents builds it and JSON.stringify writes it (the SQLite store keeps that text). */
const SEALED_METADATA_TEXT = new RegExp(
  `^\\{"eventId":(${PLAIN_STRING}),"commandId":(${PLAIN_STRING}),"correlationId":(${PLAIN_STRING}),"causationId":(${PLAIN_STRING}),"actorId":(${PLAIN_STRING}),` +
    `"actorRoles":(\\[(?:${PLAIN_STRING}(?:,${PLAIN_STRING})*)?\\]),"recordedAt":(${PLAIN_STRING}),"schemaVersion":(0|[1-9][0-9]{0,14}),` +
    `"prevHash":"([0-9a-f]{64})","hash":"([0-9a-f]{64})"\\}$`,
);

export interface StoredMetadata {
  /** The canonical JSON of the hashed fields, as hashEvent writes it. */
  json: string;
  prevHash: string;
  hash: string;
}

/**
 * Metadata stored as text in the layout sealEvents and JSON.stringify write: its canonical JSON and
 * its two hashes, cut from the text instead of parsing it and writing it again (a verify of 200k
 * events spent a fifth of its time so). Every string matched needs no escape, so its literal is its
 * canonical JSON and the result is exactly what parsing and hashEvent would give; any other text
 * (another key order, spacing, an escape) is undefined, for the caller to parse.
 */
export function storedMetadata(text: string): StoredMetadata | undefined {
  const match = SEALED_METADATA_TEXT.exec(text);
  if (!match) return undefined;
  // Groups: 1 eventId, 2 commandId, 3 correlationId, 4 causationId, 5 actorId, 6 actorRoles, 7 recordedAt, 8 schemaVersion, 9 prevHash, 10 hash.
  return {
    json:
      '{"actorId":' + match[5] + ',"actorRoles":' + match[6] + ',"causationId":' + match[4] + ',"commandId":' + match[2] + ',"correlationId":' + match[3] +
      ',"eventId":' + match[1] + ',"recordedAt":' + match[7] + ',"schemaVersion":' + match[8] + '}',
    prevHash: match[9],
    hash: match[10],
  };
}

const quote = JSON.stringify;

/**
 * The metadata's canonical JSON when every field is what sealEvents writes (strings, roles, a
 * finite version): written directly, as canonicalMembers would write it; otherwise undefined and
 * canonicalMembers writes it (a field missing, or of another type, in an altered or foreign event).
 */
function plainMetadataJson(metadata: HashedContent['metadata']): string | undefined {
  const { actorId, actorRoles, causationId, commandId, correlationId, eventId, recordedAt, schemaVersion } = metadata;
  if (
    typeof actorId !== 'string' ||
    typeof causationId !== 'string' ||
    typeof commandId !== 'string' ||
    typeof correlationId !== 'string' ||
    typeof eventId !== 'string' ||
    typeof recordedAt !== 'string' ||
    typeof schemaVersion !== 'number' ||
    !Number.isFinite(schemaVersion) ||
    !Array.isArray(actorRoles)
  ) {
    return undefined;
  }
  let roles = '';
  for (let i = 0; i < actorRoles.length; i++) {
    const role: unknown = actorRoles[i];
    if (typeof role !== 'string') return undefined;
    roles = i === 0 ? quote(role) : roles + ',' + quote(role);
  }
  // A command's own events carry its id as correlation and causation too: quoted once.
  const command = quote(commandId);
  const correlation = correlationId === commandId ? command : quote(correlationId);
  const causation = causationId === commandId ? command : causationId === correlationId ? correlation : quote(causationId);
  return (
    '{"actorId":' + quote(actorId) + ',"actorRoles":[' + roles + '],"causationId":' + causation + ',"commandId":' + command +
    ',"correlationId":' + correlation + ',"eventId":' + quote(eventId) + ',"recordedAt":' + quote(recordedAt) + ',"schemaVersion":' + schemaVersion + '}'
  );
}

/** One-shot hashing where Node has it (20.12+): no Hash object per event. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
const sha256Hex = oneShot ? (text: string) => oneShot('sha256', text, 'hex') : (text: string) => createHash('sha256').update(text).digest('hex');

/** The text hashEvent hashes, as canonicalJson writes it from the whole envelope (the reference). */
export function hashedContentReference(event: HashedContent): string {
  const { streamId, revision, type, data } = event;
  const { eventId, commandId, correlationId, causationId, actorId, actorRoles, recordedAt, schemaVersion } = event.metadata;
  return canonicalJson({ streamId, revision, type, data, metadata: { eventId, commandId, correlationId, causationId, actorId, actorRoles, recordedAt, schemaVersion } });
}

/**
 * Deterministic event ids (derived from the command, stream and revision) make a retried append
 * carry the same ids, which EventStoreDB uses for its own idempotency check.
 */
export function deriveEventId(commandId: string, streamId: string, revision: number): string {
  const hex = createHash('sha256').update(`${commandId}\u0000${streamId}\u0000${revision}`).digest('hex');
  // Format as an RFC 4122 version-5-shaped UUID so every store accepts it as an id.
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface SealedEvent {
  streamId: string;
  revision: number;
  type: string;
  data: unknown;
  metadata: EventMetadata;
}

/** The canonical JSON of each sealed event's data, as sealEvents hashed it: a store that keeps text stores it rather than writing it again. */
const sealedDataJson = new WeakMap<SealedEvent, string>();

/**
 * The canonical JSON of an event's data: the text its hash was computed over. The SQLite store
 * keeps this text, so that `ledger verify` can hash it as stored (ADR 0042). Computed once when
 * sealEvents sealed the event; an event recorded elsewhere (an import, a migration) is written now.
 */
export function canonicalDataJson(event: SealedEvent): string {
  return sealedDataJson.get(event) ?? canonicalJson(event.data);
}

export interface StreamHead {
  revision: number;
  hash: string;
}

/**
 * Turns new domain events into envelopes chained to the stream's head. Every adapter calls this
 * inside its append, so the chain is computed one way whatever the store.
 */
export function sealEvents(
  streamId: string,
  head: StreamHead | undefined,
  events: readonly (DomainEvent & { schemaVersion?: number })[],
  command: CommandMetadata,
): SealedEvent[] {
  let prevHash = head?.hash ?? GENESIS_HASH;
  let revision = head?.revision ?? 0;
  const recordedAt = command.now.toISOString();
  return events.map((event) => {
    revision += 1;
    const partial = {
      streamId,
      revision,
      type: event.type,
      data: JSON.parse(JSON.stringify(event.data ?? null)) as unknown,
      metadata: {
        eventId: deriveEventId(command.commandId, streamId, revision),
        commandId: command.commandId,
        correlationId: command.correlationId,
        causationId: command.causationId,
        actorId: command.actorId,
        actorRoles: [...command.actorRoles],
        recordedAt,
        schemaVersion: event.schemaVersion ?? 1,
      },
    };
    const dataJson = canonicalJson(partial.data);
    const hash = hashEventWithMetadataJson(prevHash, partial, metadataJsonOf(partial.metadata), dataJson);
    const sealed: SealedEvent = { ...partial, metadata: { ...partial.metadata, prevHash, hash } };
    sealedDataJson.set(sealed, dataJson);
    prevHash = hash;
    return sealed;
  });
}

/**
 * Checks that an event recorded elsewhere continues a stream whose head is `head`: next revision,
 * linked to the head's hash, and its own hash recomputes. Used by imports and migrations.
 */
export function assertContinues(head: StreamHead | undefined, event: SealedEvent): void {
  const where = `${event.streamId}@${event.revision}`;
  const expectedRevision = (head?.revision ?? 0) + 1;
  if (event.revision !== expectedRevision) throw new StoreIntegrityError(`${where}: expected revision ${expectedRevision}; the stream already holds events, or one is missing`);
  if (event.metadata.prevHash !== (head?.hash ?? GENESIS_HASH)) throw new StoreIntegrityError(`${where}: does not link to the previous event of its stream`);
  if (hashEvent(event.metadata.prevHash, event) !== event.metadata.hash) throw new StoreIntegrityError(`${where}: content does not match its hash: the event was altered`);
}
