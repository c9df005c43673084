import { commandMetadata } from '../testing';
import { readHistory } from './history';
import { InMemoryEventStore } from './in-memory-event-store';

describe('decision history', () => {
  const store = new InMemoryEventStore();
  beforeAll(async () => {
    for (let i = 1; i <= 30; i++) {
      const stream = i % 3 === 0 ? `procurement-p${i}` : `staff-s${i % 2}`;
      const revision = (await store.readStream(stream)).length;
      await store.append(
        stream,
        [{ type: i % 3 === 0 ? 'ProcurementRegistered' : 'ProficiencyAssessed', data: { n: i, who: i % 5 === 0 ? 'staff-7' : 'x' } }],
        {
          expectedRevision: revision,
          command: commandMetadata({ actorId: i % 2 ? 'clerk' : 'lead', now: new Date(Date.UTC(2026, 0, i)) }),
        },
      );
    }
  });

  it('pages through a filtered log with a cursor, in global order, missing nothing', async () => {
    const seen: number[] = [];
    let from: bigint | null = 0n;
    while (from !== null) {
      const page = await readHistory(store, { streamPrefix: 'procurement-' }, { from, limit: 4 });
      seen.push(...page.events.map((e) => (e.data as { n: number }).n));
      from = page.nextFrom;
    }
    expect(seen).toEqual([3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
  });

  it('reads one page and its look-ahead for an unfiltered page, not a whole scan, either way', async () => {
    let eventsRead = 0;
    const counting = Object.create(store, {
      readAll: {
        value: async (options: Parameters<InMemoryEventStore['readAll']>[0]) => {
          const batch = await store.readAll(options);
          eventsRead += batch.length;
          return batch;
        },
      },
    }) as InMemoryEventStore;
    const forwards = await readHistory(counting, {}, { from: 0n, limit: 4 });
    expect(forwards.events.map((e) => (e.data as { n: number }).n)).toEqual([1, 2, 3, 4]);
    expect(eventsRead).toBe(5);
    eventsRead = 0;
    const backwards = await readHistory(counting, {}, { limit: 4, newestFirst: true });
    expect(backwards.events.map((e) => (e.data as { n: number }).n)).toEqual([30, 29, 28, 27]);
    expect(eventsRead).toBe(5);
  });

  it('pages newest first on request, the cursor walking back to the start of the log', async () => {
    const seen: number[] = [];
    let from: bigint | undefined = undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await readHistory(store, { streamPrefix: 'procurement-' }, { from, limit: 4, newestFirst: true });
      seen.push(...page.events.map((e) => (e.data as { n: number }).n));
      if (page.nextFrom === null) break;
      from = page.nextFrom;
    }
    expect(seen).toEqual([30, 27, 24, 21, 18, 15, 12, 9, 6, 3]);
  });

  it('reads newest first across windows of positions, with the time filter', async () => {
    const big = new InMemoryEventStore();
    for (let i = 1; i <= 2500; i++) {
      await big.append(`s-${i}`, [{ type: 'Counted', data: { n: i } }], {
        expectedRevision: 0,
        command: commandMetadata({ now: new Date(Date.UTC(2026, 0, 1, 0, 0, i)) }),
      });
    }
    const page = await readHistory(big, { until: new Date(Date.UTC(2026, 0, 1, 0, 0, 1200)) }, { limit: 3, newestFirst: true });
    expect(page.events.map((e) => (e.data as { n: number }).n)).toEqual([1200, 1199, 1198]);
    const rest = await readHistory(big, {}, { from: 1001n, limit: 1000, newestFirst: true });
    expect(rest.events.map((e) => (e.data as { n: number }).n)).toEqual(Array.from({ length: 1000 }, (_, i) => 1001 - i));
    expect(rest.nextFrom).toBe(1n);
  });

  it('gives no cursor when a full page holds the last matching event', async () => {
    const page = await readHistory(store, { streamPrefix: 'procurement-' }, { limit: 10 });
    expect(page.events).toHaveLength(10);
    expect(page.nextFrom).toBeNull();
  });

  it('filters by stream, type, actor, time range and mentions', async () => {
    const n = async (filter: Parameters<typeof readHistory>[1]) =>
      (await readHistory(store, filter, { limit: 100 })).events.map((e) => (e.data as { n: number }).n);
    expect(await n({ streamId: 'procurement-p9' })).toEqual([9]);
    expect(await n({ types: ['ProcurementRegistered'], actorId: 'clerk' })).toEqual([3, 9, 15, 21, 27]);
    expect(await n({ since: new Date(Date.UTC(2026, 0, 28)), until: new Date(Date.UTC(2026, 0, 29)) })).toEqual([28, 29]);
    expect(await n({ mentions: 'staff-7' })).toEqual([5, 10, 15, 20, 25, 30]);
  });
});
