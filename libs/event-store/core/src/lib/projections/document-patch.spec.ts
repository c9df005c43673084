import { applyPatches, diffDocument } from './document-patch';

describe('document patches between snapshots', () => {
  const roundTrip = (before: Record<string, unknown>, after: Record<string, unknown>) =>
    applyPatches(JSON.parse(JSON.stringify(before)), [JSON.stringify(diffDocument(before, after))]);

  it('records an append to an array as the new items only, and a changed field as itself', () => {
    const entries = [{ level: 1 }, { level: 2 }];
    const before = { id: 's1', entries, cells: { c1: { level: 1 }, c2: { level: 2 } }, title: 'A' };
    const after = { ...before, entries: [...entries, { level: 3 }], cells: { ...before.cells, c2: { level: 4 } } };
    expect(diffDocument(before, after)).toEqual([
      ['a', ['entries'], [{ level: 3 }]],
      ['s', ['cells', 'c2', 'level'], 4],
    ]);
    expect(roundTrip(before, after)).toEqual(after);
  });

  it('sets, deletes and replaces whatever is not an append, and finds nothing when nothing changed', () => {
    const before = { id: 'x', list: [1, 2, 3], gone: true, nested: { a: [1] } };
    const after = { id: 'x', list: [1, 3], nested: { a: [1], b: null }, added: 'yes' };
    expect(roundTrip(before, after)).toEqual(after);
    expect(diffDocument(before, before)).toEqual([]);
    // A copy with equal content but new objects is still patched correctly (only larger).
    expect(roundTrip(before, JSON.parse(JSON.stringify(before)))).toEqual(before);
  });

  it('applies patches in order, each on what the one before left', () => {
    const v1 = { id: 'h', entries: [] as number[] };
    const v2 = { ...v1, entries: [...v1.entries, 1] };
    const v3 = { ...v2, entries: [...v2.entries, 2], note: 'n' };
    const patches = [JSON.stringify(diffDocument(v1, v2)), JSON.stringify(diffDocument(v2, v3))];
    expect(applyPatches(JSON.parse(JSON.stringify(v1)), patches)).toEqual(v3);
  });
});
