import { ConcurrencyConflictError, Decider, DomainEvent } from '@ledger/domain-kernel';
import { CommandMetadata, RecordedEvent } from './envelope';
import { AppendNotifier, AppendOptions, AppendResult, EventStore, ReadAllOptions, ReadStreamOptions } from './event-store';
import { CommandResult, HandleCommandOptions } from './handle-command';
import { sealEvents } from './hash-chain';
import { UpcastingEventStore } from './upcasting';

/** One stream as the fork sees it: the base's events then the fork's, indexed by command. */
interface ForkedStream {
  events: RecordedEvent[];
  /** The last event each command wrote to the stream: idempotency without scanning the stream. */
  byCommand: Map<string, RecordedEvent>;
  /** The stream folded by the decider that last decided on it, kept up to date by `decide`. */
  folded?: { decider: Decider<any, any, any>; state: unknown };
}

/** What `decide` answers: handleCommand's result, with the new events as the fork recorded them. */
export interface ForkedCommandResult<State> extends CommandResult<State> {
  /** Sealed as the base store would record them (revisions, hashes, schema versions), with the fork's positions. */
  newEvents: RecordedEvent[];
}

/**
 * A scratch copy of another store for dry runs: reads fall through to the base store, appends stay
 * in memory and are never written back. Running a batch of commands against a fork tells exactly
 * which would be refused, using the real deciders, without changing anything.
 *
 * Each stream is read from the base once; then its events are indexed by command, and `decide`
 * carries each stream's folded state from one command to the next, so a batch of N commands on
 * one stream costs N decisions, not N folds of a growing stream (an import's dry run stays linear
 * in its rows, whoever the rows are about).
 */
export class ForkedEventStore implements EventStore {
  readonly kind = 'memory' as const;
  private readonly streams = new Map<string, Promise<ForkedStream>>();
  private readonly notifier = new AppendNotifier();
  private nextPosition?: bigint;

  constructor(private readonly base: EventStore) {}

  async append(streamId: string, events: readonly DomainEvent[], options: AppendOptions): Promise<AppendResult> {
    const stream = await this.stream(streamId);
    const appended = await this.appendTo(stream, streamId, events, options);
    // Written without a decision: the state `decide` kept no longer describes the stream.
    if (!appended.idempotent) stream.folded = undefined;
    return appended;
  }

  private async appendTo(stream: ForkedStream, streamId: string, events: readonly DomainEvent[], { expectedRevision, command }: AppendOptions): Promise<AppendResult> {
    const previous = stream.byCommand.get(command.commandId);
    if (previous) return { nextRevision: previous.revision, position: previous.position, idempotent: true };
    const head = stream.events.at(-1);
    const actual = head?.revision ?? 0;
    if (actual !== expectedRevision) throw new ConcurrencyConflictError(streamId, expectedRevision, actual);
    this.nextPosition ??= (await this.base.headPosition()) + 1n;
    // Sealed exactly as the base would record them (schema versions included), so a real run may write these very events.
    const stamped = this.base instanceof UpcastingEventStore ? this.base.withCurrentVersions(events) : events;
    for (const event of sealEvents(streamId, head && { revision: head.revision, hash: head.metadata.hash }, stamped, command)) {
      const recorded = { ...event, position: this.nextPosition } as RecordedEvent;
      stream.events.push(recorded);
      stream.byCommand.set(command.commandId, recorded);
      this.nextPosition += 1n;
    }
    const last = stream.events.at(-1) as RecordedEvent;
    return { nextRevision: last.revision, position: last.position, idempotent: false };
  }

  /**
   * handleCommand's contract on the fork (read, fold, decide, append at the revision read; a
   * repeated commandId answers idempotently), with the stream's state folded once and then evolved
   * by each decision instead of folded again from the first event for every command. `newEvents`
   * are sealed as the base store would record them: a real run may write them with `appendRecorded`.
   */
  async decide<Command, Event extends DomainEvent, State>(
    streamId: string,
    decider: Decider<Command, Event, State>,
    command: Command,
    metadata: CommandMetadata,
    options: HandleCommandOptions = {},
  ): Promise<ForkedCommandResult<State>> {
    const stream = await this.stream(streamId);
    if (stream.folded?.decider !== decider) {
      stream.folded = { decider, state: stream.events.reduce((state, event) => decider.evolve(state, event as unknown as Event), decider.initialState()) };
    }
    const folded = stream.folded;
    const state = folded.state as State;
    const head = stream.events.at(-1);
    const version = head?.revision ?? 0;
    const previous = stream.byCommand.get(metadata.commandId);
    if (previous) return { streamId, state, revision: version, position: previous.position, newEvents: [], idempotent: true };
    if (options.expectedRevision !== undefined && options.expectedRevision !== version) {
      throw new ConcurrencyConflictError(streamId, options.expectedRevision, version);
    }
    const decided = decider.decide(command, state, metadata);
    if (decided.length === 0) return { streamId, state, revision: version, position: head?.position ?? 0n, newEvents: [], idempotent: false };
    const appended = await this.appendTo(stream, streamId, decided, { expectedRevision: version, command: metadata });
    const newEvents = stream.events.slice(version);
    folded.state = newEvents.reduce((next, event) => decider.evolve(next, event as unknown as Event), state);
    return { streamId, state: folded.state as State, revision: appended.nextRevision, position: appended.position, newEvents, idempotent: false };
  }

  async appendRecorded(): Promise<bigint> {
    throw new Error('A fork is for dry runs: it does not import');
  }

  async readStream(streamId: string, { fromRevision = 1, toRevision }: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    // Revisions run 1, 2, 3… without gaps, so a revision range is an index range.
    const { events } = await this.stream(streamId);
    return events.slice(Math.max(0, fromRevision - 1), toRevision === undefined ? undefined : Math.max(0, toRevision));
  }

  /** The base log only: a fork is for deciding, not for folding read models. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.base.readAll(options);
  }

  headPosition(): Promise<bigint> {
    return this.base.headPosition();
  }

  onAppended(listener: (position: bigint) => void): () => void {
    return this.notifier.subscribe(listener);
  }

  ping(): Promise<void> {
    return this.base.ping();
  }

  async close(): Promise<void> {
    this.streams.clear();
  }

  /** The stream, read from the base the first time it is asked for (once, even when asked twice at once). */
  private stream(streamId: string): Promise<ForkedStream> {
    let stream = this.streams.get(streamId);
    if (!stream) {
      stream = this.base.readStream(streamId).then((events) => ({ events: [...events], byCommand: new Map(events.map((event) => [event.metadata.commandId, event])) }));
      stream.catch(() => this.streams.delete(streamId));
      this.streams.set(streamId, stream);
    }
    return stream;
  }
}
