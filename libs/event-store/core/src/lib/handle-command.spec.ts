import { commandMetadata } from '../testing';
import { ConcurrencyConflictError, Decider, DomainEvent, RuleViolationError } from '@ledger/domain-kernel';
import { FoldedStreams, handleCommand } from './handle-command';
import { InMemoryEventStore } from './in-memory-event-store';

type CounterEvent = DomainEvent<'Incremented', { by: number }>;
type CounterCommand = { type: 'Increment'; by: number; max: number } | { type: 'Touch' };

const counter: Decider<CounterCommand, CounterEvent, number> = {
  initialState: () => 0,
  evolve: (total, event) => total + event.data.by,
  decide: (command, total) => {
    if (command.type === 'Touch') return [];
    if (total + command.by > command.max) throw new RuleViolationError(`Would pass ${command.max}`);
    return [{ type: 'Incremented', data: { by: command.by } }];
  },
};

const increment = (by: number, max = 100): CounterCommand => ({ type: 'Increment', by, max });

describe('handleCommand', () => {
  it('reads, decides and appends at the revision it read, returning the new state', async () => {
    const store = new InMemoryEventStore();
    const first = await handleCommand(store, 'counter-1', counter, increment(2), commandMetadata());
    const second = await handleCommand(store, 'counter-1', counter, increment(3), commandMetadata());
    expect(second).toMatchObject({ state: 5, revision: 2, idempotent: false });
    expect(second.position > first.position).toBe(true);
    expect(second.newEvents.map((e) => e.data)).toEqual([{ by: 3 }]);
  });

  it('reads the stream once per command, and answers the state the stream now holds', async () => {
    const store = new InMemoryEventStore();
    await handleCommand(store, 'counter-1', counter, increment(2), commandMetadata());
    const realReadStream = store.readStream.bind(store);
    let reads = 0;
    store.readStream = async (id, options) => {
      reads += 1;
      return realReadStream(id, options);
    };
    const result = await handleCommand(store, 'counter-1', counter, increment(3), commandMetadata());
    expect(reads).toBe(1);
    const stream = await realReadStream('counter-1');
    expect(result).toMatchObject({ state: 5, revision: 2, position: stream[1].position });
    expect(stream.reduce(counter.evolve as (total: number, event: unknown) => number, counter.initialState())).toBe(result.state);
  });

  it('returns the original outcome for a retried commandId without deciding again', async () => {
    const store = new InMemoryEventStore();
    const metadata = commandMetadata();
    const first = await handleCommand(store, 'counter-1', counter, increment(60, 100), metadata);
    // Deciding again would break the rule (60 + 60 > 100): a retry must not decide.
    const retry = await handleCommand(store, 'counter-1', counter, increment(60, 100), metadata);
    expect(retry).toMatchObject({ idempotent: true, position: first.position, state: 60, newEvents: [] });
    expect((await store.readStream('counter-1')).length).toBe(1);
  });

  it('answers CONFLICT when the client saw an older revision, and writes nothing', async () => {
    const store = new InMemoryEventStore();
    await handleCommand(store, 'counter-1', counter, increment(1), commandMetadata());
    await handleCommand(store, 'counter-1', counter, increment(1), commandMetadata());
    await expect(handleCommand(store, 'counter-1', counter, increment(1), commandMetadata(), { expectedRevision: 1 })).rejects.toBeInstanceOf(
      ConcurrencyConflictError,
    );
    expect((await store.readStream('counter-1')).length).toBe(2);
  });

  it('decides again on fresh state when another writer got in first and no revision was stated', async () => {
    const store = new InMemoryEventStore();
    const realReadStream = store.readStream.bind(store);
    let raced = false;
    store.readStream = async (id, options) => {
      const events = await realReadStream(id, options);
      if (!raced) {
        raced = true;
        await store.append(id, [{ type: 'Incremented', data: { by: 10 } }], { expectedRevision: events.length, command: commandMetadata() });
      }
      return events;
    };
    const result = await handleCommand(store, 'counter-1', counter, increment(1), commandMetadata());
    expect(result.state).toBe(11);
    expect((await realReadStream('counter-1')).map((e) => e.data)).toEqual([{ by: 10 }, { by: 1 }]);
  });

  it('propagates a rule violation and appends nothing', async () => {
    const store = new InMemoryEventStore();
    await expect(handleCommand(store, 'counter-1', counter, increment(200, 100), commandMetadata())).rejects.toBeInstanceOf(RuleViolationError);
    expect(await store.headPosition()).toBe(0n);
  });

  it('appends nothing when the decision is that nothing changes', async () => {
    const store = new InMemoryEventStore();
    const result = await handleCommand(store, 'counter-1', counter, { type: 'Touch' }, commandMetadata());
    expect(result).toMatchObject({ revision: 0, newEvents: [], idempotent: false });
    expect(await store.headPosition()).toBe(0n);
  });

  describe('with folded streams kept between commands', () => {
    const countingReads = (store: InMemoryEventStore) => {
      const realReadStream = store.readStream.bind(store);
      const reads: { id: string; fromRevision?: number; returned: number }[] = [];
      store.readStream = async (id, options) => {
        const events = await realReadStream(id, options);
        reads.push({ id, fromRevision: options?.fromRevision, returned: events.length });
        return events;
      };
      return reads;
    };

    it('reads only the events after the revision it already folded', async () => {
      const store = new InMemoryEventStore();
      const foldedStreams = new FoldedStreams();
      for (let i = 0; i < 5; i++) await handleCommand(store, 'counter-1', counter, increment(1), commandMetadata(), { foldedStreams });
      const reads = countingReads(store);
      const result = await handleCommand(store, 'counter-1', counter, increment(2), commandMetadata(), { foldedStreams });
      expect(result).toMatchObject({ state: 7, revision: 6 });
      expect(reads).toEqual([{ id: 'counter-1', fromRevision: 6, returned: 0 }]);
    });

    it('folds what another process appended since, and decides on the state the stream holds', async () => {
      const store = new InMemoryEventStore();
      const ours = new FoldedStreams();
      await handleCommand(store, 'counter-1', counter, increment(50), commandMetadata(), { foldedStreams: ours });
      // Another instance (its own cache) appends 40: our cached state (50) is stale.
      await handleCommand(store, 'counter-1', counter, increment(40), commandMetadata(), { foldedStreams: new FoldedStreams() });
      await expect(handleCommand(store, 'counter-1', counter, increment(20, 100), commandMetadata(), { foldedStreams: ours })).rejects.toThrow(RuleViolationError);
      const result = await handleCommand(store, 'counter-1', counter, increment(10, 100), commandMetadata(), { foldedStreams: ours });
      expect(result).toMatchObject({ state: 100, revision: 3 });
    });

    it('still answers a retried commandId that was applied before the cached revision', async () => {
      const store = new InMemoryEventStore();
      const foldedStreams = new FoldedStreams();
      const metadata = commandMetadata();
      const first = await handleCommand(store, 'counter-1', counter, increment(60, 100), metadata, { foldedStreams });
      await handleCommand(store, 'counter-1', counter, increment(1), commandMetadata(), { foldedStreams });
      const retry = await handleCommand(store, 'counter-1', counter, increment(60, 100), metadata, { foldedStreams });
      expect(retry).toMatchObject({ idempotent: true, position: first.position, newEvents: [] });
      expect((await store.readStream('counter-1')).length).toBe(2);
    });

    it('keeps a stale revision a CONFLICT', async () => {
      const store = new InMemoryEventStore();
      const foldedStreams = new FoldedStreams();
      await handleCommand(store, 'counter-1', counter, increment(1), commandMetadata(), { foldedStreams });
      await handleCommand(store, 'counter-1', counter, increment(1), commandMetadata(), { foldedStreams });
      await expect(handleCommand(store, 'counter-1', counter, increment(1), commandMetadata(), { foldedStreams, expectedRevision: 1 })).rejects.toThrow(ConcurrencyConflictError);
      expect((await store.readStream('counter-1')).length).toBe(2);
    });

    it('keeps at most its capacity of streams, dropping the least recently used', async () => {
      const store = new InMemoryEventStore();
      const foldedStreams = new FoldedStreams(2);
      for (const id of ['a', 'b', 'a', 'c']) await handleCommand(store, `counter-${id}`, counter, increment(1), commandMetadata(), { foldedStreams });
      expect(foldedStreams.size).toBe(2);
      const reads = countingReads(store);
      await handleCommand(store, 'counter-b', counter, increment(1), commandMetadata(), { foldedStreams });
      await handleCommand(store, 'counter-c', counter, increment(1), commandMetadata(), { foldedStreams });
      await handleCommand(store, 'counter-a', counter, increment(1), commandMetadata(), { foldedStreams });
      // b was dropped (a and c were used after it), then b's read dropped a; c stayed.
      expect(reads.map((read) => [read.id, read.fromRevision])).toEqual([
        ['counter-b', undefined],
        ['counter-c', 2],
        ['counter-a', undefined],
      ]);
    });
  });
});
