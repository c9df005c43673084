import { DomainEvent, Upcaster } from '@ledger/domain-kernel';
import { RecordedEvent } from './envelope';
import { AppendOptions, AppendResult, EventStore, ReadAllOptions, ReadStreamOptions } from './event-store';
import { SealedEvent } from './hash-chain';

/**
 * The store every context uses: appends stamp each event type's current schema version, reads
 * bring old versions up to date. Verification, exports and migrations use the recorded events
 * (`recorded()`), never upcasted ones, since the hashes are over what was recorded.
 */
export class UpcastingEventStore implements EventStore {
  private readonly byTypeAndVersion = new Map<string, Upcaster>();
  private readonly currentVersion = new Map<string, number>();
  /** Event types some upcaster reads: every other event is returned as read, without a lookup key built for it. */
  private readonly upcastTypes = new Set<string>();

  constructor(
    private readonly base: EventStore,
    upcasters: readonly Upcaster[] = [],
  ) {
    this.register(...upcasters);
  }

  /** Contexts register their upcasters when they start, before anything is read. */
  register(...upcasters: Upcaster[]): void {
    for (const upcaster of upcasters) {
      const key = `${upcaster.type}@${upcaster.fromVersion}`;
      if (this.byTypeAndVersion.has(key)) throw new Error(`Two upcasters for ${key}`);
      this.byTypeAndVersion.set(key, upcaster);
      this.upcastTypes.add(upcaster.type);
      const type = upcaster.toType ?? upcaster.type;
      this.currentVersion.set(type, Math.max(this.currentVersion.get(type) ?? 1, upcaster.toVersion));
    }
  }

  get kind() {
    return this.base.kind;
  }

  /** The store as recorded, without upcasting. */
  recorded(): EventStore {
    return this.base;
  }

  upcast<E extends RecordedEvent>(event: E): E {
    if (!this.upcastTypes.has(event.type)) return event;
    let current = event;
    for (;;) {
      const upcaster = this.byTypeAndVersion.get(`${current.type}@${current.metadata.schemaVersion}`);
      if (!upcaster) return current;
      current = {
        ...current,
        type: upcaster.toType ?? current.type,
        data: upcaster.upcast(current.data),
        metadata: { ...current.metadata, schemaVersion: upcaster.toVersion },
      };
    }
  }

  append(streamId: string, events: readonly (DomainEvent & { schemaVersion?: number })[], options: AppendOptions): Promise<AppendResult> {
    return this.base.append(streamId, this.withCurrentVersions(events), options);
  }

  /** New events as an append records them: each stamped with its type's current schema version (a dry-run fork seals them so too). */
  withCurrentVersions(events: readonly (DomainEvent & { schemaVersion?: number })[]): (DomainEvent & { schemaVersion: number })[] {
    return events.map((event) => ({ ...event, schemaVersion: event.schemaVersion ?? this.currentVersion.get(event.type) ?? 1 }));
  }

  appendRecorded(events: readonly SealedEvent[]): Promise<bigint> {
    return this.base.appendRecorded(events);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return (await this.base.readStream(streamId, options)).map((event) => this.upcast(event));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return (await this.base.readAll(options)).map((event) => this.upcast(event));
  }

  headPosition(): Promise<bigint> {
    return this.base.headPosition();
  }

  onAppended(listener: (position: bigint) => void): () => void {
    return this.base.onAppended(listener);
  }

  ping(): Promise<void> {
    return this.base.ping();
  }

  close(): Promise<void> {
    return this.base.close();
  }
}

/** The events as recorded, for verification, export and migration. */
export function recordedStore(store: EventStore): EventStore {
  return store instanceof UpcastingEventStore ? store.recorded() : store;
}
