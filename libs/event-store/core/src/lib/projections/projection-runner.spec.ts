import { EventStore, ReadAllOptions } from '../event-store';
import { InMemoryEventStore } from '../in-memory-event-store';
import { commandMetadata } from '../testing/event-store-contract';
import { tallyProjection } from '../testing/read-model-contract';
import { InMemoryReadModelStore } from './in-memory-read-model-store';
import { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';

const counted = (by: number) => ({ type: 'Counted', data: { by } });

/** Several API instances on one store run one runner each over the same log and read models. */
describe('ProjectionRunner with several instances on one store', () => {
  it('never double-applies when two runners fold the same log at the same time', async () => {
    const store = new InMemoryEventStore();
    const readModels = new InMemoryReadModelStore();
    const first = new ProjectionRunner(store, readModels, [tallyProjection], { batchSize: 3 });
    const second = new ProjectionRunner(store, readModels, [tallyProjection], { batchSize: 3 });
    let head = 0n;
    for (let revision = 0; revision < 20; revision++) {
      head = (await store.append('tally-a', [counted(1)], { expectedRevision: revision, command: commandMetadata() })).position;
      // Both instances are asked to catch up after every append, racing for each checkpoint.
      await Promise.all([first.catchUp(), second.catchUp(), first.waitFor(head), second.waitFor(head)]);
    }
    expect(await readModels.get('contract.tallies', 'tally-a')).toEqual({ id: 'tally-a', total: 20, events: 20 });
    expect(await readModels.checkpoint(tallyProjection.name)).toBe(head);
  });

  it('reads its own writes through either instance', async () => {
    const store = new InMemoryEventStore();
    const readModels = new InMemoryReadModelStore();
    const writer = new ProjectionRunner(store, readModels, [tallyProjection]);
    const other = new ProjectionRunner(store, readModels, [tallyProjection]);
    await writer.catchUp();
    const { position } = await store.append('tally-b', [counted(5)], { expectedRevision: 0, command: commandMetadata() });
    await other.waitFor(position);
    expect(await readModels.get('contract.tallies', 'tally-b')).toEqual({ id: 'tally-b', total: 5, events: 1 });
  });

  it('does not fold a batch past a projection that another process reset after the batch was read', async () => {
    const base = new InMemoryEventStore();
    const readModels = new InMemoryReadModelStore();
    for (let revision = 0; revision < 4; revision++) await base.append('tally-c', [counted(1)], { expectedRevision: revision, command: commandMetadata() });
    await new ProjectionRunner(base, readModels, [tallyProjection]).catchUp();
    await base.append('tally-c', [counted(1)], { expectedRevision: 4, command: commandMetadata() });
    // A rebuild elsewhere (ledger replay) drops the projection just after this runner read its batch.
    let resetDone = false;
    const readAll = async (options?: ReadAllOptions) => {
      const batch = await base.readAll(options);
      if (!resetDone) {
        resetDone = true;
        await readModels.reset(tallyProjection.name, tallyProjection.collections);
      }
      return batch;
    };
    const store = new Proxy<EventStore>(base, {
      get: (target, property: keyof EventStore) => (property === 'readAll' ? readAll : typeof target[property] === 'function' ? (target[property] as (...args: unknown[]) => unknown).bind(target) : target[property]),
    });
    await new ProjectionRunner(store, readModels, [tallyProjection]).catchUp();
    expect(await readModels.get('contract.tallies', 'tally-c')).toEqual({ id: 'tally-c', total: 5, events: 5 });
  });
});

describe('ProjectionRunner rebuilding a changed projection with several instances on one store', () => {
  /** Version 2 of the tally: its documents count twice what version 1's did (a change of shape). */
  const tallyV2: Projection = {
    ...tallyProjection,
    version: 2,
    async apply(event, tx) {
      const doc = (await tx.get<{ id: string; total: number; events: number }>('contract.tallies', event.streamId)) ?? { id: event.streamId, total: 0, events: 0 };
      tx.put('contract.tallies', event.streamId, { ...doc, total: doc.total + 2 * (event.data as { by: number }).by, events: doc.events + 1 });
    },
  };

  it('both start when they find the same read model made by an older version, and it is rebuilt once, right', async () => {
    const store = new InMemoryEventStore();
    const readModels = new InMemoryReadModelStore();
    for (let revision = 0; revision < 30; revision++) await store.append('tally-d', [counted(1)], { expectedRevision: revision, command: commandMetadata() });
    // The read models were made by version 1, and the store says so.
    const before = new ProjectionRunner(store, readModels, [tallyProjection]);
    await before.rebuildChanged();
    await before.catchUp();
    expect(await readModels.get('contract.tallies', 'tally-d')).toEqual({ id: 'tally-d', total: 30, events: 30 });

    // Two instances of the new version start at the same moment.
    const first = new ProjectionRunner(store, readModels, [tallyV2], { batchSize: 7 });
    const second = new ProjectionRunner(store, readModels, [tallyV2], { batchSize: 7 });
    const started = await Promise.allSettled([first, second].map(async (runner) => (await runner.rebuildChanged(), await runner.catchUp())));
    expect(started.map((outcome) => (outcome.status === 'rejected' ? String(outcome.reason) : outcome.status))).toEqual(['fulfilled', 'fulfilled']);
    expect(await readModels.get('contract.tallies', 'tally-d')).toEqual({ id: 'tally-d', total: 60, events: 30 });
    // Recorded as made by version 2: a third start rebuilds nothing.
    expect(await new ProjectionRunner(store, readModels, [tallyV2]).rebuildChanged()).toEqual([]);
  });
});
