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
  const metadata = event.metadata;
  const metadataJson = canonicalMembers(METADATA_KEYS, METADATA_KEYS.map((key) => metadata[key]));
  const content = canonicalMembers(ENVELOPE_KEYS, [event.data, new RawCanonical(metadataJson), event.revision, event.streamId, event.type]);
  return sha256Hex(prevHash + content);
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
    const hash = hashEvent(prevHash, partial);
    const sealed: SealedEvent = { ...partial, metadata: { ...partial.metadata, prevHash, hash } };
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
