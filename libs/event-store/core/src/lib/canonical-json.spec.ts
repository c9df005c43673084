import { canonicalJson } from './canonical-json';

describe('canonical JSON', () => {
  it('is the same text whatever the key order, so jsonb cannot change a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'x' } })).toBe(canonicalJson({ a: { c: 'x', d: [1, { y: 2, z: 1 }] }, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('drops undefined properties and refuses values JSON cannot carry', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/Non-finite/);
    expect(() => canonicalJson({ a: 1n })).toThrow(/bigint/);
  });
});

describe('canonical JSON, as the hash chain has always computed it', () => {
  /** The first implementation, kept here as the reference every stored hash was computed with. */
  function reference(value: unknown): string {
    if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value)) return `[${value.map((item) => reference(item === undefined ? null : item)).join(',')}]`;
    if (value instanceof Date) return JSON.stringify(value.toISOString());
    const entries = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${reference((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }

  it('gives the same text as the reference for nested, escaped, empty and odd values', () => {
    const values: unknown[] = [
      { streamId: 'staff-1', revision: 3, data: { name: 'pii:v1:s:iv:tag:ct', levels: [0, 1.5, -2e-7, 1e21], empty: {}, none: [], nested: [[{ b: undefined, a: null }]] } },
      { 'quote"key': 'line\nbreak \u2028 \u0007', emoji: '🙂', unicode: 'Zoë Ångström', at: new Date('2026-11-30T10:00:00.000Z') },
      [undefined, true, false, null, 0, '', 'x'],
      'plain',
      42,
      null,
    ];
    for (const value of values) expect(canonicalJson(value)).toBe(reference(value));
  });

  it('gives the reference text for objects of one shape met again, in any key order, and for more shapes than it keeps', () => {
    const shapes: unknown[] = [
      { b: 1, a: 2, c: { y: 1, x: 2 } },
      { b: 3, a: undefined, c: { y: undefined, x: undefined } },
      { a: 2, b: 1, c: { x: 2, y: 1 } },
      { b: 1, a: 2 },
      { b: 1, a: 2, c: 3, d: 4 },
      { '10': 'ten', '2': 'two', b: 'bee', 'é': 1, e: 2, Z: 3 },
      { '10': 'ten', '2': 'two', b: 'bee', 'é': 1, e: 2, Z: 3 },
      // Many shapes with the same first key: beyond those kept, objects take the general path.
      ...Array.from({ length: 20 }, (_, n) => ({ first: n, [`k${20 - n}`]: n, [`a${n}`]: [{ z: n, m: n }] })),
      ...Array.from({ length: 20 }, (_, n) => ({ first: -n, [`k${20 - n}`]: n, [`a${n}`]: [{ m: n, z: n }] })),
    ];
    for (const value of shapes) expect(canonicalJson(value)).toBe(reference(value));
  });
});
