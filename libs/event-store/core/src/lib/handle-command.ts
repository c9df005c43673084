import { ConcurrencyConflictError, Decider, DomainEvent } from '@ledger/domain-kernel';
import { CommandMetadata, RecordedEvent } from './envelope';
import { EventStore } from './event-store';

export interface HandleCommandOptions {
  /** The stream version the client saw; when given, any other version is a CONFLICT. */
  expectedRevision?: number;
  /** Retries after a race with another writer, only when the client stated no revision. */
  maxAttempts?: number;
  /** Folded states kept from earlier commands on this store: only newer events are read. */
  foldedStreams?: FoldedStreams;
}

interface FoldedStream {
  decider: unknown;
  state: unknown;
  revision: number;
  /** Position of the stream's last event. */
  position: bigint;
  /** Every command applied to the stream, for idempotent retries: the revision and position of its last event. */
  commands: Map<string, { revision: number; position: bigint }>;
}

/**
 * Folded states of the streams commands were last run on (least recently used dropped first), so
 * a command reads only the events after the revision it knows instead of the whole stream: a
 * person's stream grows with every assessment, and reading it all was a tenth of a mutation's CPU.
 *
 * Safe because recorded events never change and every stream only grows: what another process
 * appended is read as the events after the cached revision. States are shared between commands
 * without copying, which is safe because evolve and decide never change a state in place (every
 * decider spec folds frozen states to prove it). Bound to one store: a dry run on a fork does not
 * use it.
 */
export class FoldedStreams {
  private readonly streams = new Map<string, FoldedStream>();

  constructor(private readonly capacity = 5000) {}

  get size(): number {
    return this.streams.size;
  }

  /** The cached fold of a stream by this decider (a stream folded by another decider is not it). */
  take(streamId: string, decider: unknown): FoldedStream | undefined {
    const folded = this.streams.get(streamId);
    if (!folded || folded.decider !== decider) return undefined;
    this.streams.delete(streamId);
    this.streams.set(streamId, folded);
    return folded;
  }

  keep(streamId: string, folded: FoldedStream): void {
    this.streams.delete(streamId);
    this.streams.set(streamId, folded);
    if (this.streams.size > this.capacity) this.streams.delete(this.streams.keys().next().value as string);
  }

  forget(streamId: string): void {
    this.streams.delete(streamId);
  }
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
      return await decideAndAppend(store, streamId, decider, command, metadata, options.expectedRevision, options.foldedStreams);
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
  foldedStreams: FoldedStreams | undefined,
): Promise<CommandResult<State>> {
  const fold = (events: readonly (RecordedEvent | DomainEvent)[], from = decider.initialState()) =>
    events.reduce((state, event) => decider.evolve(state, event as unknown as Event), from);
  const cached = foldedStreams?.take(streamId, decider);
  const newer = await store.readStream(streamId, cached && { fromRevision: cached.revision + 1 });
  const state = fold(newer, cached ? (cached.state as State) : undefined);
  const version = newer.at(-1)?.revision ?? cached?.revision ?? 0;
  const lastPosition = newer.at(-1)?.position ?? cached?.position ?? 0n;
  const commands = cached?.commands ?? new Map<string, { revision: number; position: bigint }>();
  // Monotone facts: a command applied at a position stays applied there, so the map is shared.
  for (const event of newer) commands.set(event.metadata.commandId, { revision: event.revision, position: event.position });
  foldedStreams?.keep(streamId, { decider, state, revision: version, position: lastPosition, commands });

  const previous = commands.get(metadata.commandId);
  if (previous) {
    return { streamId, state, revision: version, position: previous.position, newEvents: [], idempotent: true };
  }
  if (expectedRevision !== undefined && expectedRevision !== version) {
    throw new ConcurrencyConflictError(streamId, expectedRevision, version);
  }

  const decided = decider.decide(command, state, metadata);
  if (decided.length === 0) {
    return { streamId, state, revision: version, position: lastPosition, newEvents: [], idempotent: false };
  }
  const appended = await store.append(streamId, decided, { expectedRevision: version, command: metadata });
  if (appended.idempotent) {
    // Another process applied this very command between our read and our append (rare): its
    // events are not the ones decided here, so the state is read from the stream.
    foldedStreams?.forget(streamId);
    const latest = await store.readStream(streamId);
    return { streamId, state: fold(latest), revision: appended.nextRevision, position: appended.position, newEvents: [], idempotent: true };
  }
  // The append succeeded at the revision that was read, so the stream is the history plus exactly
  // the decided events: the new state is folded from them, without reading the stream again.
  const after = fold(decided, state);
  commands.set(metadata.commandId, { revision: appended.nextRevision, position: appended.position });
  foldedStreams?.keep(streamId, { decider, state: after, revision: appended.nextRevision, position: appended.position, commands });
  return {
    streamId,
    state: after,
    revision: appended.nextRevision,
    position: appended.position,
    newEvents: decided,
    idempotent: false,
  };
}
