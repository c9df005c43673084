import { commandMetadata } from '../testing';
import { ConcurrencyConflictError } from '@ledger/domain-kernel';
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
});
