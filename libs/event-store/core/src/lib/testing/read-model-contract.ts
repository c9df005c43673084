import { randomUUID } from 'node:crypto';
import { EventStore } from '../event-store';
import { RecordedEvent } from '../envelope';
import { Projection, ProjectionTx } from '../projections/projection';
import { ProjectionRunner } from '../projections/projection-runner';
import { foldAsOf, foldAsOfFromSnapshot } from '../projections/as-of';
import { SnapshotMaintainer } from '../projections/snapshot-maintainer';
import { projectionsFingerprint } from '../projections/projections-fingerprint';
import { CheckpointMovedError, ReadModelStore } from '../projections/read-model-store';
import { ReadModelCache, isVersioned, memoised } from '../projections/read-model-cache';
import { commandMetadata } from './event-store-contract';

export interface ReadModelHarness {
  store: EventStore;
  readModels: ReadModelStore;
  /** A second connection to the same database, as another API instance would open (closed by dispose). */
  openSecond?: () => Promise<ReadModelStore>;
  dispose(): Promise<void>;
}

/** A tally per stream: small, but it reads, writes and deletes documents like a real projection. */
export const tallyProjection: Projection = {
  name: 'contract.tally',
  version: 1,
  collections: ['contract.tallies'],
  handles: ['Counted', 'Cleared'],
  async apply(event: RecordedEvent, tx: ProjectionTx) {
    if (event.type === 'Cleared') {
      tx.delete('contract.tallies', event.streamId);
      return;
    }
    const doc = (await tx.get<{ id: string; total: number; events: number }>('contract.tallies', event.streamId)) ?? {
      id: event.streamId,
      total: 0,
      events: 0,
    };
    tx.put('contract.tallies', event.streamId, { ...doc, total: doc.total + (event.data as { by: number }).by, events: doc.events + 1 });
  },
};

const counted = (by: number) => ({ type: 'Counted', data: { by } });

/** Read models and the projection runner against one real store: the same suite for each. */
export function describeReadModelContract(storeName: string, open: () => Promise<ReadModelHarness>): void {
  describe(`${storeName} read models and projection runner`, () => {
    let harness: ReadModelHarness;
    beforeEach(async () => {
      harness = await open();
    });
    afterEach(async () => harness?.dispose());

    it('commits document changes together with the checkpoint', async () => {
      const { readModels } = harness;
      await readModels.commit('p', 0n, 5n, { puts: [{ collection: 'c', id: 'a', doc: { id: 'a', v: 1 } }], deletes: [] });
      expect(await readModels.checkpoint('p')).toBe(5n);
      expect(await readModels.get('c', 'a')).toEqual({ id: 'a', v: 1 });
      await readModels.commit('p', 5n, 9n, { puts: [{ collection: 'c', id: 'b', doc: { id: 'b', v: 2 } }], deletes: [{ collection: 'c', id: 'a' }] });
      expect(await readModels.list('c')).toEqual([{ id: 'b', v: 2 }]);
    });

    it('refuses a commit from a stale checkpoint and changes nothing', async () => {
      const { readModels } = harness;
      await readModels.commit('p', 0n, 5n, { puts: [], deletes: [] });
      await expect(
        readModels.commit('p', 0n, 7n, { puts: [{ collection: 'c', id: 'x', doc: { id: 'x' } }], deletes: [] }),
      ).rejects.toBeInstanceOf(CheckpointMovedError);
      expect(await readModels.checkpoint('p')).toBe(5n);
      expect(await readModels.get('c', 'x')).toBeUndefined();
    });

    it('commits several projections in one transaction: a stale checkpoint in any leaves all unchanged', async () => {
      const { readModels } = harness;
      await readModels.commitAll([
        { projection: 'p', from: 0n, to: 4n, changes: { puts: [{ collection: 'c', id: 'a', doc: { id: 'a' } }], deletes: [] } },
        { projection: 'q', from: 0n, to: 4n, changes: { puts: [{ collection: 'd', id: 'b', doc: { id: 'b' } }], deletes: [] } },
      ]);
      expect([await readModels.checkpoint('p'), await readModels.checkpoint('q')]).toEqual([4n, 4n]);
      await expect(
        readModels.commitAll([
          { projection: 'p', from: 4n, to: 8n, changes: { puts: [{ collection: 'c', id: 'x', doc: { id: 'x' } }], deletes: [{ collection: 'c', id: 'a' }] } },
          { projection: 'q', from: 0n, to: 8n, changes: { puts: [], deletes: [] } },
        ]),
      ).rejects.toBeInstanceOf(CheckpointMovedError);
      expect([await readModels.checkpoint('p'), await readModels.checkpoint('q')]).toEqual([4n, 4n]);
      expect(await readModels.list('c')).toEqual([{ id: 'a' }]);
    });

    it('keeps a base snapshot and deltas of what changed, and resolves them to every document', async () => {
      const { readModels } = harness;
      const doc = (collection: string, id: string, value: unknown) => ({ collection, id, json: value === null ? null : JSON.stringify({ id, value }) });
      const header = { fingerprint: 'f', baseSize: 100, sizeSinceBase: 0 };
      await readModels.saveSnapshot({ ...header, position: 10n, basePosition: 10n, maxRecordedAt: '2026-01-10', documents: [doc('c', 'a', 1), doc('c', 'b', 1), doc('e', 'c', 1)] });
      await readModels.saveSnapshot({ ...header, position: 20n, basePosition: 10n, maxRecordedAt: '2026-01-20', sizeSinceBase: 30, documents: [doc('c', 'b', 2), doc('e', 'c', null), doc('e', 'd', 2)] });
      const byKey = (snapshot?: { documents: { collection: string; id: string; json: string | null }[] }) =>
        Object.fromEntries((snapshot?.documents ?? []).map((d) => [`${d.collection}/${d.id}`, d.json && JSON.parse(d.json).value]));
      const latest = await readModels.latestSnapshot('f');
      expect(latest).toMatchObject({ position: 20n, basePosition: 10n, maxRecordedAt: '2026-01-20', baseSize: 100, sizeSinceBase: 30 });
      expect(byKey(latest)).toEqual({ 'c/a': 1, 'c/b': 2, 'e/d': 2 });
      expect(byKey(await readModels.latestSnapshot('f', new Date('2026-01-15')))).toEqual({ 'c/a': 1, 'c/b': 1, 'e/c': 1 });
      // A new base: the deltas before it are not read for the snapshots after it.
      await readModels.saveSnapshot({ ...header, position: 30n, basePosition: 30n, maxRecordedAt: '2026-01-30', documents: [doc('c', 'a', 3)] });
      expect(byKey(await readModels.latestSnapshot('f'))).toEqual({ 'c/a': 3 });
      await readModels.clearSnapshots();
      expect(await readModels.latestSnapshot('f')).toBeUndefined();
    });

    it('replays in memory with snapshots; a replay stopped half-way leaves read models a catch-up completes', async () => {
      const { store, readModels } = harness;
      const day = (d: number) => new Date(Date.UTC(2026, 3, 1, d));
      const ids = [0, 1, 2].map((n) => `tally-r${n}-${randomUUID()}`);
      for (let k = 0; k < 24; k++) {
        // After the first few, one tally changes (and is cleared once): later snapshots are small deltas.
        const id = k < 6 ? ids[k % 3] : ids[0];
        const revision = (await store.readStream(id)).length;
        const event = k === 14 ? { type: 'Cleared', data: {} } : counted(k);
        await store.append(id, [event], { expectedRevision: revision, command: commandMetadata({ now: day(k) }) });
      }
      const live = new ProjectionRunner(store, readModels, [tallyProjection]);
      await live.catchUp();
      const sorted = async (r: { list: (c: string) => Promise<Record<string, unknown>[]> }) =>
        (await r.list('contract.tallies')).filter((doc) => ids.includes(String(doc['id']))).sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
      const expected = await sorted(readModels);
      const head = await store.headPosition();

      // Stopped after its first flush: documents and checkpoint were written together.
      let reads = 0;
      const failing = new Proxy<EventStore>(store, {
        get: (target, property: keyof EventStore) =>
          property === 'readAll'
            ? async (options?: Parameters<EventStore['readAll']>[0]) => {
                if (++reads > 2) throw new Error('killed');
                return target.readAll(options);
              }
            : typeof target[property] === 'function'
              ? (target[property] as (...args: unknown[]) => unknown).bind(target)
              : target[property],
      });
      await readModels.clearSnapshots();
      await expect(new ProjectionRunner(failing, readModels, [tallyProjection]).rebuild(undefined, undefined, { batchSize: 5, flushEvery: 5 })).rejects.toThrow('killed');
      const stoppedAt = await readModels.checkpoint(tallyProjection.name);
      expect(stoppedAt).toBeGreaterThan(0n);
      expect(stoppedAt).toBeLessThan(head);
      await new ProjectionRunner(store, readModels, [tallyProjection]).catchUp();
      expect(await sorted(readModels)).toEqual(expected);

      // A whole replay, with snapshots from the same fold: as-of answers match a full replay.
      const fingerprint = projectionsFingerprint([tallyProjection]);
      const positions: bigint[] = [];
      const reached = await new ProjectionRunner(store, readModels, [tallyProjection]).rebuild(undefined, (position) => positions.push(position), {
        batchSize: 4,
        flushEvery: 8,
        snapshots: { store: readModels, every: 5, fingerprint },
      });
      expect(reached).toBe(head);
      expect(positions.at(-1)).toBe(head);
      expect(await readModels.checkpoint(tallyProjection.name)).toBe(head);
      expect(await sorted(readModels)).toEqual(expected);
      // The second snapshot changed one tally since the first: a delta on it.
      const second = await readModels.latestSnapshot(fingerprint, day(9));
      expect(second?.basePosition).toBeLessThan(second?.position as bigint);
      for (const instant of [day(3), day(9), day(14), day(30)]) {
        expect(await sorted(await foldAsOfFromSnapshot(store, [tallyProjection], instant, readModels))).toEqual(await sorted(await foldAsOf(store, [tallyProjection], instant)));
      }
      await readModels.clearSnapshots();
    });

    it('folds events into documents, one case per event type, and reads its own writes', async () => {
      const { store, readModels } = harness;
      const runner = new ProjectionRunner(store, readModels, [tallyProjection]);
      const id = `tally-${randomUUID()}`;
      const first = await store.append(id, [counted(2), counted(3)], { expectedRevision: 0, command: commandMetadata() });
      await runner.waitFor(first.position);
      expect(await readModels.get('contract.tallies', id)).toEqual({ id, total: 5, events: 2 });
      const cleared = await store.append(id, [{ type: 'Cleared', data: {} }], { expectedRevision: 2, command: commandMetadata() });
      await runner.waitFor(cleared.position);
      expect(await readModels.get('contract.tallies', id)).toBeUndefined();
      expect(await readModels.checkpoint(tallyProjection.name)).toBe(cleared.position);
    });

    it('gives the same state when rebuilt from scratch as when folded live', async () => {
      const { store, readModels } = harness;
      const runner = new ProjectionRunner(store, readModels, [tallyProjection], { batchSize: 3 });
      for (let s = 0; s < 4; s++) {
        const id = `tally-${s}-${randomUUID()}`;
        for (let i = 0; i < 5; i++) {
          await store.append(id, [counted(i + s)], { expectedRevision: i, command: commandMetadata() });
          await runner.catchUp();
        }
      }
      const live = await readModels.list('contract.tallies');
      await runner.rebuild();
      const rebuilt = await readModels.list('contract.tallies');
      const byId = (docs: Record<string, unknown>[]) => [...docs].sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
      expect(byId(rebuilt)).toEqual(byId(live));
      expect(live).toHaveLength(4);
      await runner.catchUp();
      expect(byId(await readModels.list('contract.tallies'))).toEqual(byId(live));
    });

    it('keeps snapshots every N events and answers as-of from the nearest one, the same as a full replay', async () => {
      const { store, readModels } = harness;
      const day = (d: number) => new Date(Date.UTC(2026, 0, d, 12));
      for (let d = 1; d <= 25; d++) {
        const id = `tally-${d % 4}`;
        const revision = (await store.readStream(id)).length;
        await store.append(id, [counted(d)], { expectedRevision: revision, command: commandMetadata({ now: day(d) }) });
      }
      const maintainer = new SnapshotMaintainer(store, [tallyProjection], readModels, 10);
      expect(await maintainer.update()).toBe(2);
      expect(await maintainer.update()).toBe(0);
      const fingerprint = projectionsFingerprint([tallyProjection]);
      const second = await readModels.latestSnapshot(fingerprint);
      expect(second?.maxRecordedAt).toBe(day(20).toISOString());
      expect((await readModels.latestSnapshot(fingerprint, day(15)))?.maxRecordedAt).toBe(day(10).toISOString());
      expect(await readModels.latestSnapshot(fingerprint, day(9))).toBeUndefined();
      expect(await readModels.latestSnapshot('other-code', day(30))).toBeUndefined();
      for (const instant of [day(5), day(10), day(17), day(23)]) {
        const fromSnapshot = await foldAsOfFromSnapshot(store, [tallyProjection], instant, readModels);
        const replayed = await foldAsOf(store, [tallyProjection], instant);
        const sorted = async (r: { list: (c: string) => Promise<Record<string, unknown>[]> }) => (await r.list('contract.tallies')).sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
        expect(await sorted(fromSnapshot)).toEqual(await sorted(replayed));
      }
      await readModels.clearSnapshots();
      expect(await readModels.latestSnapshot(fingerprint)).toBeUndefined();
    });

    it('folds as at an instant and a position: events past the position stay out, even when recorded before the instant', async () => {
      const { store, readModels } = harness;
      const id = `tally-${randomUUID()}`;
      const at = (d: number) => new Date(Date.UTC(2026, 1, d, 12));
      let position = 0n;
      for (let d = 1; d <= 12; d++) {
        const appended = await store.append(id, [counted(1)], { expectedRevision: d - 1, command: commandMetadata({ now: at(d) }) });
        if (d === 4) position = appended.position;
      }
      // A snapshot every 5 events: the latest one before the instant lies past the position.
      await new SnapshotMaintainer(store, [tallyProjection], readModels, 5).update();
      const bounded = await foldAsOfFromSnapshot(store, [tallyProjection], at(20), readModels, position);
      expect(await bounded.get('contract.tallies', id)).toEqual({ id, total: 4, events: 4 });
      expect(await (await foldAsOf(store, [tallyProjection], at(20), undefined, position)).get('contract.tallies', id)).toEqual({ id, total: 4, events: 4 });
      expect(await (await foldAsOf(store, [tallyProjection], at(2), undefined, position)).get('contract.tallies', id)).toEqual({ id, total: 2, events: 2 });
      await readModels.clearSnapshots();
    });

    it('folds a projection as at a past instant from the events up to it', async () => {
      const { store } = harness;
      const id = `tally-${randomUUID()}`;
      await store.append(id, [counted(1)], { expectedRevision: 0, command: commandMetadata({ now: new Date('2026-01-10T00:00:00Z') }) });
      await store.append(id, [counted(10)], { expectedRevision: 1, command: commandMetadata({ now: new Date('2026-02-10T00:00:00Z') }) });
      const asOfJanuary = await foldAsOf(store, [tallyProjection], new Date('2026-01-31T00:00:00Z'));
      expect(await asOfJanuary.get('contract.tallies', id)).toEqual({ id, total: 1, events: 1 });
      const asOfNow = await foldAsOf(store, [tallyProjection], new Date('2026-12-31T00:00:00Z'));
      expect(await asOfNow.get('contract.tallies', id)).toEqual({ id, total: 11, events: 2 });
    });

    describe('the query cache of parsed documents (ADR 0035)', () => {
      const put = (collection: string, id: string, doc: Record<string, unknown>) => ({ puts: [{ collection, id, doc: { id, ...doc } }], deletes: [] });
      const cacheOver = (readModels: ReadModelStore, maxBytes = 1 << 20) => {
        if (!isVersioned(readModels)) throw new Error('this store does not version its collections');
        return new ReadModelCache(readModels, maxBytes);
      };
      const versioned = () => isVersioned(harness.readModels);

      it('serves a document and a collection from memory until a commit changes that collection', async () => {
        if (!versioned()) return;
        const { readModels } = harness;
        const cache = cacheOver(readModels);
        await readModels.commit('p', 0n, 1n, { puts: [...put('c', 'a', { v: 1 }).puts, ...put('d', 'x', { v: 1 }).puts], deletes: [] });
        const first = await cache.reader();
        expect(await first.get('c', 'a')).toEqual({ id: 'a', v: 1 });
        expect(await first.list('c')).toEqual([{ id: 'a', v: 1 }]);
        expect(await first.get('d', 'x')).toEqual({ id: 'x', v: 1 });
        const again = await cache.reader();
        expect(await again.get('c', 'a')).toBe(await first.get('c', 'a'));
        expect(cache.stats().hits).toBeGreaterThanOrEqual(2);

        await readModels.commit('p', 1n, 2n, put('c', 'a', { v: 2 }));
        const afterPut = await cache.reader();
        expect(await afterPut.get('c', 'a')).toEqual({ id: 'a', v: 2 });
        expect(await afterPut.list('c')).toEqual([{ id: 'a', v: 2 }]);
        // Another collection's change leaves what is cached of this one alone.
        const missesBefore = cache.stats().misses;
        expect(await afterPut.get('d', 'x')).toEqual({ id: 'x', v: 1 });
        expect(cache.stats().misses).toBe(missesBefore);

        await readModels.commit('p', 2n, 3n, { puts: [], deletes: [{ collection: 'c', id: 'a' }] });
        const afterDelete = await cache.reader();
        expect(await afterDelete.get('c', 'a')).toBeUndefined();
        expect(await afterDelete.list('c')).toEqual([]);

        await readModels.commit('p', 3n, 4n, put('c', 'b', { v: 1 }));
        expect(await (await cache.reader()).list('c')).toEqual([{ id: 'b', v: 1 }]);
        await readModels.reset('p', ['c']);
        expect(await (await cache.reader()).list('c')).toEqual([]);
        // A version never comes back after a reset: the collection's next contents are not mistaken for the old.
        await readModels.commit('p', 0n, 1n, put('c', 'b', { v: 9 }));
        expect(await (await cache.reader()).get('c', 'b')).toEqual({ id: 'b', v: 9 });
      });

      it('never serves erased personal data: the erasure commit of a person is seen by the next query', async () => {
        if (!versioned()) return;
        const { readModels } = harness;
        const cache = cacheOver(readModels);
        await readModels.commit('people', 0n, 1n, put('people.staff', 's1', { displayName: 'pii:v1:s1:iv:tag:Ada', email: 'pii:v1:s1:iv:tag:ada', erased: false }));
        expect(await (await cache.reader()).get('people.staff', 's1')).toMatchObject({ displayName: 'pii:v1:s1:iv:tag:Ada' });
        expect((await (await cache.reader()).list('people.staff'))[0]).toMatchObject({ email: 'pii:v1:s1:iv:tag:ada' });
        // What a projection commits when it folds PersonalDataErased: the sealed fields gone.
        await readModels.commit('people', 1n, 2n, put('people.staff', 's1', { erased: true }));
        const after = await cache.reader();
        expect(await after.get('people.staff', 's1')).toEqual({ id: 's1', erased: true });
        expect(JSON.stringify(await after.list('people.staff'))).not.toContain('pii:v1');
      });

      it('hands out documents no query can change: frozen all the way down, and a fresh list each time', async () => {
        if (!versioned()) return;
        const { readModels } = harness;
        const cache = cacheOver(readModels);
        await readModels.commit('p', 0n, 1n, put('c', 'a', { v: 1, cells: { x: { history: [1, 2] } } }));
        const reader = await cache.reader();
        const doc = (await reader.get<{ id: string; v: number; cells: { x: { history: number[] } } }>('c', 'a')) as { v: number; cells: { x: { history: number[] } } };
        expect(() => {
          doc.v = 2;
        }).toThrow(TypeError);
        expect(() => doc.cells.x.history.push(3)).toThrow(TypeError);
        const listed = await reader.list('c');
        listed.pop();
        expect(listed).toEqual([]);
        const next = await cache.reader();
        expect(await next.get('c', 'a')).toEqual({ id: 'a', v: 1, cells: { x: { history: [1, 2] } } });
        expect(await next.list('c')).toHaveLength(1);
      });

      it('keeps a value computed from collections (an order of people) until one of them changes', async () => {
        if (!versioned()) return;
        const { readModels } = harness;
        const cache = cacheOver(readModels);
        await readModels.commit('p', 0n, 1n, { puts: [...put('c', 'b', { name: 'Bea' }).puts, ...put('c', 'a', { name: 'Al' }).puts], deletes: [] });
        let computed = 0;
        const order = async () =>
          memoised(await cache.reader(), 'names', ['c'], async () => {
            computed += 1;
            return (await readModels.list<{ id: string; name: string }>('c')).sort((x, y) => x.name.localeCompare(y.name)).map((doc) => doc.id);
          });
        expect(await order()).toEqual(['a', 'b']);
        expect(await order()).toEqual(['a', 'b']);
        expect(computed).toBe(1);
        await readModels.commit('p', 1n, 2n, put('d', 'x', {}));
        expect(await order()).toEqual(['a', 'b']);
        expect(computed).toBe(1);
        await readModels.commit('p', 2n, 3n, put('c', 'a', { name: 'Zed' }));
        expect(await order()).toEqual(['b', 'a']);
        expect(computed).toBe(2);
        // Without a cache (an as-of reader) the value is computed each time.
        expect(await memoised(readModels, 'names', ['c'], async () => ['fresh'])).toEqual(['fresh']);
      });

      it('stays within its size, dropping the least recently used first', async () => {
        if (!versioned()) return;
        const { readModels } = harness;
        await readModels.commit('p', 0n, 1n, {
          puts: Array.from({ length: 40 }, (_, i) => ({ collection: 'c', id: `d${i}`, doc: { id: `d${i}`, text: 'x'.repeat(500) } })),
          deletes: [],
        });
        const cache = cacheOver(readModels, 8_000);
        const reader = await cache.reader();
        for (let i = 0; i < 40; i++) expect(await reader.get('c', `d${i}`)).toMatchObject({ id: `d${i}` });
        expect(cache.stats().bytes).toBeLessThanOrEqual(8_000);
        expect(cache.stats().entries).toBeGreaterThan(1);
        expect(cache.stats().entries).toBeLessThan(40);
        // The whole collection is larger than the cache: answered, not kept.
        expect(await reader.list('c')).toHaveLength(40);
        expect(cache.stats().bytes).toBeLessThanOrEqual(8_000);
      });

      it('holds across instances: what one instance commits, the next query on the other reads', async () => {
        if (!versioned() || !harness.openSecond) return;
        const { readModels } = harness;
        const other = await harness.openSecond();
        const cacheOnA = cacheOver(readModels);
        const cacheOnB = cacheOver(other);
        await readModels.commit('p', 0n, 1n, put('c', 'a', { v: 1 }));
        expect(await (await cacheOnB.reader()).get('c', 'a')).toEqual({ id: 'a', v: 1 });
        expect(await (await cacheOnB.reader()).list('c')).toEqual([{ id: 'a', v: 1 }]);
        expect(await (await cacheOnA.reader()).list('c')).toEqual([{ id: 'a', v: 1 }]);
        // Instance A's runner commits; once that commit returns (read-your-writes), B must not answer from memory.
        await readModels.commit('p', 1n, 2n, put('c', 'a', { v: 2 }));
        expect(await (await cacheOnB.reader()).get('c', 'a')).toEqual({ id: 'a', v: 2 });
        expect(await (await cacheOnB.reader()).list('c')).toEqual([{ id: 'a', v: 2 }]);
        // And the other way round.
        await other.commit('p', 2n, 3n, { puts: [], deletes: [{ collection: 'c', id: 'a' }] });
        expect(await (await cacheOnA.reader()).list('c')).toEqual([]);
        expect(await (await cacheOnA.reader()).get('c', 'a')).toBeUndefined();
      });
    });
  });
}
