import { DomainEvent } from '@ledger/domain-kernel';
import { CommandMetadata, RecordedEvent } from './envelope';
import type { SealedEvent } from './hash-chain';

export interface AppendOptions {
  /** The stream's version the caller decided on (0 = the stream must not exist yet). Never "any". */
  expectedRevision: number;
  command: CommandMetadata;
}

export interface AppendResult {
  /** The stream's version after the append. */
  nextRevision: number;
  /** Global position of the last event written (or of the original write, on an idempotent retry). */
  position: bigint;
  /** True when this commandId had already been applied to the stream: nothing new was written. */
  idempotent: boolean;
}

export interface ReadStreamOptions {
  fromRevision?: number;
  toRevision?: number;
}

export interface ReadAllOptions {
  /** Inclusive lower bound on the global position. */
  from?: bigint;
  /** Inclusive upper bound on the global position. */
  to?: bigint;
  /**
   * Only events recorded at or before this instant (as-of queries), still in position order. A
   * filter, not a cut: recordedAt is the command's clock, which does not always grow with position
   * (imports keep their original instants; instances' clocks differ; a command can commit after one
   * that started later), so an event recorded before `until` may sit after one recorded after it.
   * With `to` as well, events appended later stay out (a reproducible answer). Indexed on the SQL
   * stores: events whose recordedAt is in position order are found by one index probe, the few
   * that are not by an index of their own (ADR 0022).
   */
  until?: Date;
  /** At most this many events (a page); unlimited when absent. */
  limit?: number;
}

/**
 * Events a fold reads from the log at a time (replay, as-of, snapshots, verify). A page of parsed
 * events outlives the read that made it (it is folded, and a suspended async function keeps it
 * alive during the next read): 5,000 of them no longer fit V8's young generation, so every page
 * was copied and promoted by the garbage collector; pages of 1,000 cost a third of the CPU (ADR 0038).
 */
export const EVENTS_PER_READ_PAGE = 1000;

export type StoreKind = 'sqlite' | 'postgres' | 'eventstoredb' | 'memory';

/**
 * The one event-store port. Adapters: in-memory (decider tests), SQLite, PostgreSQL, EventStoreDB.
 * All pass the same contract suite (`@ledger/event-store-core/testing`).
 */
export interface EventStore {
  readonly kind: StoreKind;
  /**
   * Appends atomically at the stream's expected revision. A stale revision throws
   * ConcurrencyConflictError. A commandId already applied to this stream writes nothing and
   * returns the original result.
   */
  append(streamId: string, events: readonly (DomainEvent & { schemaVersion?: number })[], options: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /**
   * The log in global order. Never returns a position before one it has already returned, and
   * never one past an append still in flight (a reader sees a gap-free prefix: ADR 0003, 0022).
   */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /**
   * Writes events exactly as another store recorded them (import, migration): same ids, times and
   * hashes, new positions. Each event must continue its stream's chain, or StoreIntegrityError
   * names it. SQL stores write all or nothing; EventStoreDB writes stream by stream.
   */
  appendRecorded(events: readonly SealedEvent[]): Promise<bigint>;
  /** The highest global position readAll can return now (0n for an empty store). */
  headPosition(): Promise<bigint>;
  /** Called after this process appends; followers use it to wake before their next poll. */
  onAppended(listener: (position: bigint) => void): () => void;
  /** Health probe: throws when the store cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A small listener registry every adapter shares for `onAppended`. */
export class AppendNotifier {
  private readonly listeners = new Set<(position: bigint) => void>();

  subscribe(listener: (position: bigint) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(position: bigint): void {
    for (const listener of this.listeners) listener(position);
  }
}
