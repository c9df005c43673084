import { InMemoryReadModelStore, Projection } from '@ledger/event-store-core';
import { PackedReadModels, packReadModels } from './as-of-worker';

const people: Projection = { name: 'test.people', version: 1, collections: ['test.people'], handles: [], apply: () => Promise.resolve() };

/** A fold as the worker sends it to the main thread: every document packed in one buffer. */
async function packedFold(): Promise<PackedReadModels> {
  const store = new InMemoryReadModelStore();
  const puts = [
    { collection: 'test.people', id: 'p1', doc: { id: 'p1', name: 'Ama', posts: [{ id: 'post-1', fte: 1 }] } },
    { collection: 'test.people', id: 'p2', doc: { id: 'p2', name: 'Ben', posts: [] } },
  ];
  await store.commit(people.name, 0n, 1n, { puts, deletes: [] });
  return new PackedReadModels(await packReadModels(store, [people]));
}

describe('PackedReadModels: an as-of fold on the main thread', () => {
  it('answers the documents the fold held', async () => {
    const fold = await packedFold();
    expect(await fold.get('test.people', 'p1')).toEqual({ id: 'p1', name: 'Ama', posts: [{ id: 'post-1', fte: 1 }] });
    expect((await fold.list('test.people')).map((doc) => doc['id'])).toEqual(['p1', 'p2']);
    expect(await fold.get('test.people', 'nobody')).toBeUndefined();
    expect(await fold.list('test.unknown')).toEqual([]);
  });

  it('parses each document once and shares it, deep-frozen, so no query can change what the next one reads', async () => {
    const fold = await packedFold();
    const first = await fold.get<{ id: string; name: string; posts: { fte: number }[] }>('test.people', 'p1');
    expect(await fold.get('test.people', 'p1')).toBe(first);
    expect((await fold.list('test.people'))[0]).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.posts)).toBe(true);
    expect(Object.isFrozen(first?.posts[0])).toBe(true);
    expect(() => {
      (first as { name: string }).name = 'Changed';
    }).toThrow(TypeError);
    expect(() => (first?.posts as unknown[]).push({})).toThrow(TypeError);
    expect((await fold.get<{ name: string }>('test.people', 'p1'))?.name).toBe('Ama');
  });
});
