import { InMemoryEventStore } from '../in-memory-event-store';
import { commandMetadata } from '../testing/event-store-contract';
import { foldAsOf, foldAsOfFromSnapshot } from './as-of';
import { defineProjection } from './define-projection';
import { InMemorySnapshotStore } from './in-memory-snapshot-store';
import { projectionsFingerprint } from './projections-fingerprint';
import { SnapshotMaintainer } from './snapshot-maintainer';

type Ticked = { type: 'Ticked'; data: { tick: number } };
type Count = { id: string; ticks: number; last: number };

const counting = defineProjection<Ticked>({
  name: 'ticks',
  version: 1,
  collections: ['ticks'],
  on: {
    Ticked: async (event, tx) => {
      const count = await tx.get<Count>('ticks', 'all');
      tx.put('ticks', 'all', { id: 'all', ticks: (count?.ticks ?? 0) + 1, last: event.data.tick });
    },
  },
});

async function logOf(events: number): Promise<InMemoryEventStore> {
  const store = new InMemoryEventStore();
  const ticks: Ticked[] = Array.from({ length: events }, (_, i) => ({ type: 'Ticked', data: { tick: i + 1 } }));
  await store.append('clock-1', ticks, { expectedRevision: 0, command: commandMetadata() });
  return store;
}

// The log is read in pages smaller than the snapshot interval (EVENTS_PER_READ_PAGE, ADR 0038):
// the snapshots must still fall every `every` events, and the folds must see every event once.
describe('SnapshotMaintainer and as-of folds reading the log in pages', () => {
  it('snapshots every `every` events across several pages, a short last page left for the next run', async () => {
    const store = await logOf(5_600);
    const snapshots = new InMemorySnapshotStore();

    const written = await new SnapshotMaintainer(store, [counting], snapshots, 2_500).update();

    expect(written).toBe(2);
    const latest = await snapshots.latestSnapshot(projectionsFingerprint([counting]));
    expect(latest?.position).toBe(5_000n);
    expect(JSON.parse(latest?.documents.find((doc) => doc.id === 'all')?.json ?? 'null')).toEqual({ id: 'all', ticks: 5_000, last: 5_000 });
  });

  it('folds from the snapshot to the same documents as a fold from the first event', async () => {
    const store = await logOf(5_600);
    const snapshots = new InMemorySnapshotStore();
    await new SnapshotMaintainer(store, [counting], snapshots, 2_500).update();
    const later = new Date('2100-01-01T00:00:00Z');

    const fromSnapshot = await foldAsOfFromSnapshot(store, [counting], later, snapshots);
    const fromFirstEvent = await foldAsOf(store, [counting], later);

    expect(await fromSnapshot.get('ticks', 'all')).toEqual({ id: 'all', ticks: 5_600, last: 5_600 });
    expect(await fromFirstEvent.get('ticks', 'all')).toEqual({ id: 'all', ticks: 5_600, last: 5_600 });
  });

  it('stops at `to` inside a page', async () => {
    const store = await logOf(2_345);

    const folded = await foldAsOf(store, [counting], new Date('2100-01-01T00:00:00Z'), undefined, 1_234n);

    expect(await folded.get('ticks', 'all')).toEqual({ id: 'all', ticks: 1_234, last: 1_234 });
  });
});
