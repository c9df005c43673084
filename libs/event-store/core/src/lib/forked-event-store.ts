import { ConcurrencyConflictError, DomainEvent } from '@ledger/domain-kernel';
import { RecordedEvent } from './envelope';
import { AppendNotifier, AppendOptions, AppendResult, EventStore, ReadAllOptions, ReadStreamOptions } from './event-store';
import { sealEvents } from './hash-chain';
import { findCommandResult, inRevisionRange } from './store-helpers';

/**
 * A scratch copy of another store for dry runs: reads fall through to the base store, appends stay
 * in memory and are never written back. Running a batch of commands against a fork tells exactly
 * which would be refused, using the real deciders, without changing anything.
 */
export class ForkedEventStore implements EventStore {
  readonly kind = 'memory' as const;
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly notifier = new AppendNotifier();
  private nextPosition?: bigint;

  constructor(private readonly base: EventStore) {}

  async append(streamId: string, events: readonly DomainEvent[], { expectedRevision, command }: AppendOptions): Promise<AppendResult> {
    const stream = await this.stream(streamId);
    const previous = findCommandResult(stream, command.commandId);
    if (previous) return previous;
    const head = stream.at(-1);
    const actual = head?.revision ?? 0;
    if (actual !== expectedRevision) throw new ConcurrencyConflictError(streamId, expectedRevision, actual);
    this.nextPosition ??= (await this.base.headPosition()) + 1n;
    for (const event of sealEvents(streamId, head && { revision: head.revision, hash: head.metadata.hash }, events, command)) {
      stream.push({ ...event, position: this.nextPosition } as RecordedEvent);
      this.nextPosition += 1n;
    }
    const position = (stream.at(-1) as RecordedEvent).position;
    return { nextRevision: (stream.at(-1) as RecordedEvent).revision, position, idempotent: false };
  }

  async appendRecorded(): Promise<bigint> {
    throw new Error('A fork is for dry runs: it does not import');
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return (await this.stream(streamId)).filter((event) => inRevisionRange(event, options));
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

  private async stream(streamId: string): Promise<RecordedEvent[]> {
    let stream = this.streams.get(streamId);
    if (!stream) {
      stream = [...(await this.base.readStream(streamId))];
      this.streams.set(streamId, stream);
    }
    return stream;
  }
}
