import { commandMetadata } from '../testing';
import { ConcurrencyConflictError, Decider, RuleViolationError } from '@ledger/domain-kernel';
import { ForkedEventStore } from './forked-event-store';
import { InMemoryEventStore } from './in-memory-event-store';

describe('forked event store (dry runs)', () => {
  it('sees the base streams, keeps its own appends, and never writes to the base', async () => {
    const base = new InMemoryEventStore();
    await base.append('s-1', [{ type: 'A', data: {} }], { expectedRevision: 0, command: commandMetadata() });
    const fork = new ForkedEventStore(base);
    await fork.append('s-1', [{ type: 'B', data: {} }], { expectedRevision: 1, command: commandMetadata() });
    await fork.append('s-2', [{ type: 'C', data: {} }], { expectedRevision: 0, command: commandMetadata() });
    expect((await fork.readStream('s-1')).map((e) => e.type)).toEqual(['A', 'B']);
    expect((await base.readStream('s-1')).map((e) => e.type)).toEqual(['A']);
    expect(await base.readStream('s-2')).toEqual([]);
    expect(await base.headPosition()).toBe(1n);
  });

  it('enforces expected revisions over the combined stream', async () => {
    const base = new InMemoryEventStore();
    await base.append('s-1', [{ type: 'A', data: {} }], { expectedRevision: 0, command: commandMetadata() });
    const fork = new ForkedEventStore(base);
    await expect(fork.append('s-1', [{ type: 'B', data: {} }], { expectedRevision: 0, command: commandMetadata() })).rejects.toBeInstanceOf(
      ConcurrencyConflictError,
    );
  });

  describe('deciding a batch of commands (what an import\'s dry run does)', () => {
    type Added = { type: 'Added'; data: { amount: number } };
    const evolved = { count: 0 };
    /** A running total that refuses to pass 100; it counts its evolve calls. */
    const totalDecider: Decider<{ add: number }, Added, number> = {
      initialState: () => 0,
      evolve: (total, event) => {
        evolved.count += 1;
        return total + event.data.amount;
      },
      decide: ({ add }, total) => {
        if (total + add > 100) throw new RuleViolationError(`${total} + ${add} passes 100`);
        return add === 0 ? [] : [{ type: 'Added', data: { amount: add } }];
      },
    };

    it('carries each stream\'s state from command to command: one evolve per event, not a fold per command', async () => {
      const base = new InMemoryEventStore();
      await base.append('total-1', [{ type: 'Added', data: { amount: 10 } }], { expectedRevision: 0, command: commandMetadata() });
      const fork = new ForkedEventStore(base);
      evolved.count = 0;
      let last;
      for (let i = 0; i < 50; i++) last = await fork.decide('total-1', totalDecider, { add: 1 }, commandMetadata());
      expect(last).toMatchObject({ state: 60, revision: 51, idempotent: false, newEvents: [{ type: 'Added', data: { amount: 1 } }] });
      expect(last?.newEvents.map((e) => e.revision)).toEqual([51]);
      // The base event folded once, then each of the 50 new events evolved once.
      expect(evolved.count).toBe(51);
      expect((await fork.readStream('total-1')).map((e) => e.revision)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
      expect(await base.headPosition()).toBe(1n);
    });

    it('refuses as the decider does without changing the stream, and answers a repeated command id idempotently', async () => {
      const fork = new ForkedEventStore(new InMemoryEventStore());
      const first = commandMetadata();
      await fork.decide('total-1', totalDecider, { add: 90 }, first);
      await expect(fork.decide('total-1', totalDecider, { add: 20 }, commandMetadata())).rejects.toBeInstanceOf(RuleViolationError);
      expect(await fork.decide('total-1', totalDecider, { add: 90 }, first)).toMatchObject({ idempotent: true, state: 90, revision: 1, newEvents: [] });
      expect(await fork.decide('total-1', totalDecider, { add: 0 }, commandMetadata())).toMatchObject({ idempotent: false, state: 90, revision: 1, newEvents: [] });
      await expect(fork.decide('total-1', totalDecider, { add: 1 }, commandMetadata(), { expectedRevision: 0 })).rejects.toBeInstanceOf(ConcurrencyConflictError);
    });

    it('folds again after an append that no decision made', async () => {
      const fork = new ForkedEventStore(new InMemoryEventStore());
      await fork.decide('total-1', totalDecider, { add: 5 }, commandMetadata());
      await fork.append('total-1', [{ type: 'Added', data: { amount: 50 } }], { expectedRevision: 1, command: commandMetadata() });
      expect(await fork.decide('total-1', totalDecider, { add: 1 }, commandMetadata())).toMatchObject({ state: 56, revision: 3 });
    });

    it('reads revision ranges of the combined stream', async () => {
      const base = new InMemoryEventStore();
      await base.append('total-1', [{ type: 'Added', data: { amount: 1 } }, { type: 'Added', data: { amount: 2 } }], { expectedRevision: 0, command: commandMetadata() });
      const fork = new ForkedEventStore(base);
      await fork.decide('total-1', totalDecider, { add: 3 }, commandMetadata());
      expect((await fork.readStream('total-1', { fromRevision: 2 })).map((e) => e.revision)).toEqual([2, 3]);
      expect((await fork.readStream('total-1', { fromRevision: 2, toRevision: 2 })).map((e) => e.revision)).toEqual([2]);
      expect(await fork.readStream('total-1', { fromRevision: 4 })).toEqual([]);
    });
  });
});
