import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  jsonEvent,
  type AllStreamResolvedEvent,
  type JSONType,
  type ResolvedEvent,
} from '@eventstore/db-client';
import {
  AppendNotifier,
  AppendOptions,
  AppendResult,
  ConcurrencyConflictError,
  DomainEvent,
  EventMetadata,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  findCommandResult,
  matchesReadAll,
  SealedEvent,
  assertContinues,
  sealEvents,
} from '@ledger/event-store-core';

/**
 * EventStoreDB / KurrentDB adapter. The ledger's revisions are 1-based and EventStoreDB's are
 * 0-based; the ledger's global position is the event's prepare position, unique per event (a
 * multi-event append shares one commit position). The hash chain is computed by the core, exactly
 * as on the SQL stores, so a log copied between stores verifies identically.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly kind = 'eventstoredb' as const;
  private readonly notifier = new AppendNotifier();

  /**
   * `namespace` prefixes every stream this store writes and limits what it reads to that prefix:
   * several ledgers (or test runs) can then share one server.
   */
  static connect(connectionString: string, namespace = ''): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString`${connectionString}`, namespace);
  }

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly namespace = '',
  ) {}

  async append(streamId: string, events: readonly DomainEvent[], { expectedRevision, command }: AppendOptions): Promise<AppendResult> {
    const stream = await this.readStream(streamId);
    const previous = findCommandResult(stream, command.commandId);
    if (previous) return previous;
    const head = stream.at(-1);
    const actual = head?.revision ?? 0;
    if (actual !== expectedRevision) throw new ConcurrencyConflictError(streamId, expectedRevision, actual);
    const sealed = sealEvents(streamId, head && { revision: head.revision, hash: head.metadata.hash }, events, command);
    try {
      await this.client.appendToStream(
        this.namespace + streamId,
        sealed.map((event) =>
          jsonEvent({ id: event.metadata.eventId, type: event.type, data: event.data as JSONType, metadata: event.metadata as unknown as JSONType }),
        ),
        { expectedRevision: expectedRevision === 0 ? NO_STREAM : BigInt(expectedRevision - 1) },
      );
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        const current = typeof error.actualVersion === 'bigint' ? Number(error.actualVersion) + 1 : 0;
        throw new ConcurrencyConflictError(streamId, expectedRevision, current);
      }
      throw error;
    }
    const written = await this.readStream(streamId, { fromRevision: expectedRevision + 1 });
    const position = written.at(-1)?.position ?? 0n;
    this.notifier.notify(position);
    return { nextRevision: sealed.at(-1)?.revision ?? actual, position, idempotent: false };
  }

  /** Stream by stream, in the order given: EventStoreDB has no transaction across streams. */
  async appendRecorded(events: readonly SealedEvent[]): Promise<bigint> {
    const heads = new Map<string, { revision: number; hash: string }>();
    for (const event of events) {
      if (!heads.has(event.streamId)) {
        const last = (await this.readStream(event.streamId)).at(-1);
        if (last) heads.set(event.streamId, { revision: last.revision, hash: last.metadata.hash });
      }
      assertContinues(heads.get(event.streamId), event);
      heads.set(event.streamId, { revision: event.revision, hash: event.metadata.hash });
    }
    for (const event of events) {
      await this.client.appendToStream(
        this.namespace + event.streamId,
        [jsonEvent({ id: event.metadata.eventId, type: event.type, data: event.data as JSONType, metadata: event.metadata as unknown as JSONType })],
        { expectedRevision: event.revision === 1 ? NO_STREAM : BigInt(event.revision - 2) },
      );
    }
    const position = await this.headPosition();
    this.notifier.notify(position);
    return position;
  }

  async readStream(streamId: string, { fromRevision = 1, toRevision }: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(this.namespace + streamId, { fromRevision: BigInt(fromRevision - 1), direction: FORWARDS })) {
        const event = this.toRecorded(resolved);
        if (toRevision !== undefined && event.revision > toRevision) break;
        events.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const from = options.from ?? 0n;
    const events: RecordedEvent[] = [];
    const reading = this.client.readAll({
      fromPosition: from === 0n ? START : { commit: from, prepare: from },
      direction: FORWARDS,
      resolveLinkTos: false,
    });
    for await (const resolved of reading) {
      if (!this.isOurs(resolved)) continue;
      const event = this.toRecorded(resolved);
      if (options.to !== undefined && event.position > options.to) break;
      if (!matchesReadAll(event, { ...options, from })) continue;
      events.push(event);
      if (options.limit !== undefined && events.length >= options.limit) break;
    }
    return events;
  }

  async headPosition(): Promise<bigint> {
    for await (const resolved of this.client.readAll({ fromPosition: END, direction: BACKWARDS })) {
      if (this.isOurs(resolved)) return this.toRecorded(resolved).position;
    }
    return 0n;
  }

  onAppended(listener: (position: bigint) => void): () => void {
    return this.notifier.subscribe(listener);
  }

  async ping(): Promise<void> {
    await this.headPosition();
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  /** System events ($-prefixed) and other namespaces' streams are not part of this ledger. */
  private isOurs(resolved: AllStreamResolvedEvent): boolean {
    const event = resolved.event;
    return !!event && !event.type.startsWith('$') && !event.streamId.startsWith('$') && event.streamId.startsWith(this.namespace);
  }

  private toRecorded(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent {
    const event = resolved.event;
    if (!event || !event.isJson) throw new Error('EventStoreDB returned an event the ledger did not write (not JSON)');
    return {
      streamId: event.streamId.slice(this.namespace.length),
      revision: Number(event.revision) + 1,
      position: event.position?.prepare ?? resolved.commitPosition ?? 0n,
      type: event.type,
      data: event.data,
      metadata: event.metadata as unknown as EventMetadata,
    };
  }
}
