import { InMemoryEventStore, InMemoryReadModelStore, InvalidInputError, Projection, memoised } from '@ledger/event-store-core';
import { commandMetadata } from '@ledger/event-store-core/testing';
import { InstantAtPosition } from './instant-at-position';
import { ProjectionRegistry } from './projection-registry';
import { ReadSide } from './read-side';

const counter: Projection = {
  name: 'test.counter',
  version: 1,
  collections: ['test.counts'],
  handles: ['Counted'],
  async apply(_event, tx) {
    const doc = (await tx.get<{ id: string; n: number }>('test.counts', 'c')) ?? { id: 'c', n: 0 };
    tx.put('test.counts', 'c', { ...doc, n: doc.n + 1 });
  },
};

describe('ReadSide as-of readers bounded by a log position', () => {
  const day = (d: number) => new Date(Date.UTC(2026, 2, d, 12));
  let store: InMemoryEventStore;
  let readSide: ReadSide;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    const registry = new ProjectionRegistry();
    registry.register(counter);
    readSide = new ReadSide(store, new InMemoryReadModelStore(), registry);
    for (let d = 1; d <= 6; d++) await store.append('count-1', [{ type: 'Counted', data: {} }], { expectedRevision: d - 1, command: commandMetadata({ now: day(d) }) });
  });
  const count = async (asOf: Date) => (await (await readSide.reader([counter.name], asOf)).get<{ n: number }>('test.counts', 'c'))?.n;

  it('folds only the events at or before the position, even those recorded before the instant', async () => {
    expect(await count(day(10))).toBe(6);
    expect(await count(new InstantAtPosition(day(10), 3n))).toBe(3);
    expect(await count(new InstantAtPosition(day(2), 3n))).toBe(2);
  });

  it('answers the same at the same instant and position after more events were appended', async () => {
    const at = new InstantAtPosition(day(10), 4n);
    expect(await count(at)).toBe(4);
    await store.append('count-1', [{ type: 'Counted', data: {} }], { expectedRevision: 6, command: commandMetadata({ now: day(7) }) });
    expect(await count(new InstantAtPosition(day(10), 4n))).toBe(4);
    expect(await count(new InstantAtPosition(day(10), 7n))).toBe(7);
  });

  it('refuses a position beyond the head of the log', async () => {
    await expect(readSide.reader([counter.name], new InstantAtPosition(day(10), 99n))).rejects.toBeInstanceOf(InvalidInputError);
  });
});

describe('ReadSide at start-up: read models made by another projection version', () => {
  /** The counter again, folding each event as `step` (a new version of a projection folds differently). */
  const counterAt = (version: number, step: number): Projection => ({
    ...counter,
    version,
    async apply(_event, tx) {
      const doc = (await tx.get<{ id: string; n: number }>('test.counts', 'c')) ?? { id: 'c', n: 0 };
      tx.put('test.counts', 'c', { ...doc, n: doc.n + step });
    },
  });
  let store: InMemoryEventStore;
  let readModels: InMemoryReadModelStore;
  const start = async (projection: Projection) => {
    const registry = new ProjectionRegistry();
    registry.register(projection);
    const readSide = new ReadSide(store, readModels, registry);
    await readSide.onApplicationBootstrap();
    const n = (await readModels.get<{ n: number }>('test.counts', 'c'))?.n;
    await readSide.onApplicationShutdown();
    return n;
  };
  const appendCounted = async (times: number) => {
    const from = Number(await store.headPosition());
    for (let i = 0; i < times; i++) await store.append('count-1', [{ type: 'Counted', data: {} }], { expectedRevision: from + i, command: commandMetadata() });
  };

  beforeEach(async () => {
    store = new InMemoryEventStore();
    readModels = new InMemoryReadModelStore();
    await appendCounted(3);
  });

  it('rebuilds a read model whose projection version changed, from the first event, and only once', async () => {
    expect(await start(counterAt(1, 1))).toBe(3);
    await appendCounted(2);
    // Version 2 folds every event as 10: all five, not 3 + 2 x 10.
    expect(await start(counterAt(2, 10))).toBe(50);
    expect(await readModels.checkpoint('projection-version:test.counter')).toBe(2n);
    // Started again at the same version: nothing is rebuilt (a rebuild by this code would give 500).
    await appendCounted(1);
    expect(await start(counterAt(2, 100))).toBe(150);
  });

  it('keeps a read model made by the same version, and takes a store with no recorded version as current', async () => {
    expect(await start(counterAt(1, 1))).toBe(3);
    await appendCounted(1);
    expect(await start(counterAt(1, 7))).toBe(10);
    expect(await readModels.checkpoint('projection-version:test.counter')).toBe(1n);
  });
});

/** The in-memory store with collection versions the test sets, as SQLite and PostgreSQL keep them (ADR 0035). */
class VersionedInMemoryReadModels extends InMemoryReadModelStore {
  readonly versions = new Map<string, string>();
  async collectionVersions(): Promise<ReadonlyMap<string, string>> {
    return new Map(this.versions);
  }
}

describe('ReadSide as-of readers: values memoised from a fold', () => {
  const day = (d: number) => new Date(Date.UTC(2026, 2, d, 12));
  let readModels: VersionedInMemoryReadModels;
  let readSide: ReadSide;
  let computed: number;
  beforeEach(async () => {
    const store = new InMemoryEventStore();
    const registry = new ProjectionRegistry();
    registry.register(counter);
    readModels = new VersionedInMemoryReadModels();
    readSide = new ReadSide(store, readModels, registry);
    for (let d = 1; d <= 3; d++) await store.append('count-1', [{ type: 'Counted', data: {} }], { expectedRevision: d - 1, command: commandMetadata({ now: day(d) }) });
    computed = 0;
  });
  /** How many times the value was computed when this reader asked for it. */
  const memo = async (asOf: Date) => memoised(await readSide.reader([counter.name], asOf), 'test.computed', ['test.counts'], async () => (computed += 1));

  it('keeps the value for the same instant, computed once', async () => {
    expect(await memo(day(10))).toBe(1);
    expect(await memo(day(10))).toBe(1);
    expect(await memo(day(2))).toBe(2);
  });

  it('computes it again once its collection changed live (an erasure is such a change), and only then', async () => {
    expect(await memo(day(10))).toBe(1);
    readModels.versions.set('test.other', '5');
    expect(await memo(day(10))).toBe(1);
    readModels.versions.set('test.counts', '7');
    expect(await memo(day(10))).toBe(2);
    expect(await memo(day(10))).toBe(2);
  });
});
