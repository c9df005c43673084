/**
 * What a decider emits: an explicit past-tense `type` and its data. Where and when it was recorded
 * (stream, revision, position, metadata, hashes) is the event store's business, not the domain's.
 */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/**
 * Reads an old shape of an event as the next one. A breaking change to an event gets a new schema
 * version (or type) and an upcaster; old events stay in the log as they were recorded, and hashed.
 * The domain declares its upcasters; the event store applies them on read.
 */
export interface Upcaster {
  type: string;
  fromVersion: number;
  toVersion: number;
  /** When the change also renamed the event. */
  toType?: string;
  upcast(data: unknown): unknown;
}
