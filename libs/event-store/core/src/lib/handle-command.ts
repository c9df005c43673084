import { ConcurrencyConflictError, Decider, DomainEvent } from '@ledger/domain-kernel';
import { CommandMetadata, RecordedEvent } from './envelope';
import { EventStore } from './event-store';
import { findCommandResult } from './store-helpers';

export interface HandleCommandOptions {
  /** The stream version the client saw; when given, any other version is a CONFLICT. */
  expectedRevision?: number;
  /** Retries after a race with another writer, only when the client stated no revision. */
  maxAttempts?: number;
}

export interface CommandResult<State> {
  streamId: string;
  state: State;
  /** The stream's version after the command. */
  revision: number;
  /** Global position the read models must reach before the caller reads its own write. */
  position: bigint;
  /**
   * The events this command appended, as decided, in order (the last one is at `position`); empty
   * for a retry or a decision that changes nothing. Their envelopes (ids, hashes) are the store's:
   * reading them back would cost a second read of the stream on every command.
   */
  newEvents: DomainEvent[];
  /** A retry of an already applied commandId: nothing was written. */
  idempotent: boolean;
}

/**
 * The one write path for every context: read the stream once, fold, decide, append at the revision
 * that was read. A retried commandId returns the original outcome without deciding again.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State>,
  command: Command,
  metadata: CommandMetadata,
  options: HandleCommandOptions = {},
): Promise<CommandResult<State>> {
  const attempts = options.expectedRevision === undefined ? (options.maxAttempts ?? 3) : 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await decideAndAppend(store, streamId, decider, command, metadata, options.expectedRevision);
    } catch (error) {
      if (!(error instanceof ConcurrencyConflictError) || attempt >= attempts) throw error;
    }
  }
}

async function decideAndAppend<Command, Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State>,
  command: Command,
  metadata: CommandMetadata,
  expectedRevision: number | undefined,
): Promise<CommandResult<State>> {
  const history = await store.readStream(streamId);
  const fold = (events: readonly (RecordedEvent | DomainEvent)[], from = decider.initialState()) =>
    events.reduce((state, event) => decider.evolve(state, event as unknown as Event), from);
  const state = fold(history);
  const version = history.at(-1)?.revision ?? 0;

  const previous = findCommandResult(history, metadata.commandId);
  if (previous) {
    return { streamId, state, revision: version, position: previous.position, newEvents: [], idempotent: true };
  }
  if (expectedRevision !== undefined && expectedRevision !== version) {
    throw new ConcurrencyConflictError(streamId, expectedRevision, version);
  }

  const decided = decider.decide(command, state, metadata);
  if (decided.length === 0) {
    return { streamId, state, revision: version, position: history.at(-1)?.position ?? 0n, newEvents: [], idempotent: false };
  }
  const appended = await store.append(streamId, decided, { expectedRevision: version, command: metadata });
  if (appended.idempotent) {
    // Another process applied this very command between our read and our append (rare): its
    // events are not the ones decided here, so the state is read from the stream.
    const latest = await store.readStream(streamId);
    return { streamId, state: fold(latest), revision: appended.nextRevision, position: appended.position, newEvents: [], idempotent: true };
  }
  // The append succeeded at the revision that was read, so the stream is the history plus exactly
  // the decided events: the new state is folded from them, without reading the stream again.
  return {
    streamId,
    state: fold(decided, state),
    revision: appended.nextRevision,
    position: appended.position,
    newEvents: decided,
    idempotent: false,
  };
}
