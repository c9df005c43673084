import { DomainEvent } from '@ledger/domain-kernel';

// The event envelope shared by every adapter: what the store records around a domain event (the
// event's own shape is the domain kernel's). Positions are bigint because EventStoreDB's commit
// positions exceed Number.MAX_SAFE_INTEGER; they become strings at the GraphQL edge.

/** Who asked for a change and why: travels from the GraphQL edge into every event's metadata. */
export interface CommandMetadata {
  commandId: string;
  correlationId: string;
  causationId: string;
  actorId: string;
  actorRoles: readonly string[];
  /** The instant the command is handled; the domain never reads the clock itself. */
  now: Date;
}

export interface EventMetadata {
  eventId: string;
  commandId: string;
  correlationId: string;
  causationId: string;
  actorId: string;
  actorRoles: string[];
  recordedAt: string;
  schemaVersion: number;
  prevHash: string;
  hash: string;
}

/** Distributes over a union of events, so `switch (event.type)` narrows `event.data`. */
export type RecordedEvent<E extends DomainEvent = DomainEvent> = E extends DomainEvent
  ? {
      streamId: string;
      /** 1-based: the first event of a stream has revision 1; a stream's version is its last revision. */
      revision: number;
      position: bigint;
      type: E['type'];
      data: E['data'];
      metadata: EventMetadata;
    }
  : never;

export const NO_STREAM = 0;
export const GENESIS_HASH = '0'.repeat(64);
