import { ConcurrencyConflictError, DomainEvent } from '@ledger/domain-kernel';
import { RecordedEvent } from './envelope';
import {
  AppendNotifier,
  AppendOptions,
  AppendResult,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
} from './event-store';
import { SealedEvent, assertContinues, sealEvents } from './hash-chain';
import { findCommandResult, inRevisionRange, matchesReadAll } from './store-helpers';

/** For decider unit tests and in-process folds only: nothing here survives the process. */
export class InMemoryEventStore implements EventStore {
  readonly kind = 'memory' as const;
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly notifier = new AppendNotifier();

  async append(
    streamId: string,
    events: readonly (DomainEvent & { schemaVersion?: number })[],
    { expectedRevision, command }: AppendOptions,
  ): Promise<AppendResult> {
    const stream = this.streams.get(streamId) ?? [];
    const previous = findCommandResult(stream, command.commandId);
    if (previous) return previous;
    const head = stream.at(-1);
    const actual = head?.revision ?? 0;
    if (actual !== expectedRevision) throw new ConcurrencyConflictError(streamId, expectedRevision, actual);
    const sealed = sealEvents(streamId, head && { revision: head.revision, hash: head.metadata.hash }, events, command);
    for (const event of sealed) {
      const recorded: RecordedEvent = { ...event, position: BigInt(this.log.length + 1) };
      this.log.push(recorded);
      stream.push(recorded);
    }
    this.streams.set(streamId, stream);
    const position = BigInt(this.log.length);
    this.notifier.notify(position);
    return { nextRevision: stream.at(-1)?.revision ?? 0, position, idempotent: false };
  }

  async appendRecorded(events: readonly SealedEvent[]): Promise<bigint> {
    const heads = new Map<string, { revision: number; hash: string }>();
    for (const event of events) {
      const current = this.streams.get(event.streamId)?.at(-1);
      const head = heads.get(event.streamId) ?? (current && { revision: current.revision, hash: current.metadata.hash });
      assertContinues(head, event);
      heads.set(event.streamId, { revision: event.revision, hash: event.metadata.hash });
    }
    for (const event of events) {
      const recorded = { ...event, position: BigInt(this.log.length + 1) } as RecordedEvent;
      this.log.push(recorded);
      this.streams.set(event.streamId, [...(this.streams.get(event.streamId) ?? []), recorded]);
    }
    const position = BigInt(this.log.length);
    if (events.length) this.notifier.notify(position);
    return position;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return (this.streams.get(streamId) ?? []).filter((event) => inRevisionRange(event, options));
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const matching = this.log.filter((event) => matchesReadAll(event, options));
    return options.limit === undefined ? matching : matching.slice(0, options.limit);
  }

  async headPosition(): Promise<bigint> {
    return BigInt(this.log.length);
  }

  onAppended(listener: (position: bigint) => void): () => void {
    return this.notifier.subscribe(listener);
  }

  async ping(): Promise<void> {
    return;
  }

  async close(): Promise<void> {
    return;
  }
}
