import { commandMetadata } from '../testing';
import { InMemoryEventStore } from './in-memory-event-store';
import { Upcaster } from '@ledger/domain-kernel';
import { UpcastingEventStore } from './upcasting';
import { verifyEventLog } from './verify';

const upcasters: Upcaster[] = [
  { type: 'RatingGiven', fromVersion: 1, toVersion: 2, upcast: (data) => ({ ...(data as object), scale: 5 }) },
  { type: 'RatingGiven', fromVersion: 2, toVersion: 3, toType: 'RatingRecorded', upcast: (data) => ({ ...(data as object), comment: null }) },
];

describe('upcasting event store', () => {
  it('reads old shapes as the current one, through a chain, while the recorded events stay as they were', async () => {
    const base = new InMemoryEventStore();
    await base.append('r-1', [{ type: 'RatingGiven', data: { stars: 4 }, schemaVersion: 1 }], { expectedRevision: 0, command: commandMetadata() });
    const store = new UpcastingEventStore(base, upcasters);
    const [read] = await store.readStream('r-1');
    expect(read).toMatchObject({ type: 'RatingRecorded', data: { stars: 4, scale: 5, comment: null }, metadata: { schemaVersion: 3 } });
    expect((await store.readAll())[0].type).toBe('RatingRecorded');
    expect((await base.readStream('r-1'))[0]).toMatchObject({ type: 'RatingGiven', data: { stars: 4 }, metadata: { schemaVersion: 1 } });
    expect(await verifyEventLog(store)).toMatchObject({ ok: true, eventsChecked: 1 });
  });

  it('stamps new events with their type’s current schema version', async () => {
    const base = new InMemoryEventStore();
    const store = new UpcastingEventStore(base, upcasters);
    await store.append('r-2', [{ type: 'RatingRecorded', data: { stars: 2, scale: 5, comment: 'ok' } }], { expectedRevision: 0, command: commandMetadata() });
    await store.append('r-3', [{ type: 'Unversioned', data: {} }], { expectedRevision: 0, command: commandMetadata() });
    expect((await base.readStream('r-2'))[0].metadata.schemaVersion).toBe(3);
    expect((await base.readStream('r-3'))[0].metadata.schemaVersion).toBe(1);
  });

  it('refuses two upcasters for the same shape', () => {
    expect(() => new UpcastingEventStore(new InMemoryEventStore(), [upcasters[0], upcasters[0]])).toThrow(/Two upcasters for RatingGiven@1/);
  });
});
