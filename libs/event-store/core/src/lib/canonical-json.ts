/**
 * Canonical JSON: keys sorted, no whitespace, undefined dropped. The hash chain is computed over
 * it so that PostgreSQL's jsonb key reordering, or an export/import round trip, cannot change a hash.
 *
 * Written as one recursive append into a string rather than map/filter/join per level: verifying a
 * log spends most of its time here and in the garbage collector (a profile of `ledger verify`
 * over 100k events: 16% in this function, 17% GC), and the text must stay byte-for-byte the same.
 */
export function canonicalJson(value: unknown): string {
  return append('', value);
}

/**
 * Object keys as JSON text, kept once computed: event data repeats the same few keys millions of
 * times in a verify. Bounded, so that data keyed by ids cannot grow it without end.
 */
const quotedKeys = new Map<string, string>();
function quoted(key: string): string {
  let text = quotedKeys.get(key);
  if (text === undefined) {
    text = JSON.stringify(key);
    if (quotedKeys.size < 10_000) quotedKeys.set(key, text);
  }
  return text;
}

/**
 * Canonical JSON of an object whose keys are given, already sorted (the hash chain's envelope):
 * the same text as canonicalJson of that object, without looking up and sorting its keys.
 * A value given as `RawCanonical` is written as it is (canonical JSON made earlier).
 */
export function canonicalMembers(sortedKeys: readonly string[], values: readonly unknown[]): string {
  let out = '{';
  let first = true;
  for (let i = 0; i < sortedKeys.length; i++) {
    const value = values[i];
    if (value === undefined) continue;
    out = first ? out + quoted(sortedKeys[i]) + ':' : out + ',' + quoted(sortedKeys[i]) + ':';
    out = value instanceof RawCanonical ? out + value.text : append(out, value);
    first = false;
  }
  return out + '}';
}

/** Canonical JSON text made already, to be embedded by canonicalMembers. */
export class RawCanonical {
  constructor(readonly text: string) {}
}

function append(out: string, value: unknown): string {
  if (value === null || typeof value !== 'object') {
    switch (typeof value) {
      case 'string':
        return out + JSON.stringify(value);
      case 'number':
        if (!Number.isFinite(value)) throw new TypeError('Non-finite numbers cannot be stored in an event');
        return out + JSON.stringify(value);
      case 'boolean':
        return out + (value ? 'true' : 'false');
      case 'bigint':
        throw new TypeError('bigint values must be stored as strings in an event');
      default:
        return out + (JSON.stringify(value) ?? 'null');
    }
  }
  if (Array.isArray(value)) {
    out += '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out = append(out, value[i] === undefined ? null : value[i]);
    }
    return out + ']';
  }
  if (value instanceof Date) return out + JSON.stringify(value.toISOString());
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const shape = knownShape(keys);
  if (shape) {
    let separator = '{';
    for (let i = 0; i < shape.sortedIndexes.length; i++) {
      const item = record[keys[shape.sortedIndexes[i]]];
      if (item === undefined) continue;
      out += separator + shape.quotedSortedKeys[i];
      // Strings are most of event data: written here rather than by a call per value.
      out = typeof item === 'string' ? out + JSON.stringify(item) : append(out, item);
      separator = ',';
    }
    return separator === '{' ? out + '{}' : out + '}';
  }
  // Most objects are small; sort only when the keys are not in order already.
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1] > keys[i]) {
      keys.sort();
      break;
    }
  }
  out += '{';
  let first = true;
  for (let i = 0; i < keys.length; i++) {
    const item = record[keys[i]];
    if (item === undefined) continue;
    out = append(first ? out + quoted(keys[i]) + ':' : out + ',' + quoted(keys[i]) + ':', item);
    first = false;
  }
  return out + '}';
}

/**
 * The keys of one kind of object (in the order Object.keys gives them), with their sorted order
 * and their JSON text ready: event data repeats a few shapes millions of times in a verify, and
 * sorting and quoting them for each object was a third of the cost of canonical JSON.
 */
interface Shape {
  keys: readonly string[];
  /** Indexes into `keys`, in sorted key order. */
  sortedIndexes: number[];
  /** `"key":` for each key, in sorted key order. */
  quotedSortedKeys: string[];
}

/** Shapes by their first key; bounded, so that data keyed by ids cannot grow it without end (those objects take the general path). */
const shapesByFirstKey = new Map<string, Shape[]>();
const MAX_FIRST_KEYS = 1_000;
const MAX_SHAPES_PER_FIRST_KEY = 8;
const MAX_SHAPE_KEYS = 32;
/** With the counts above, at most about 8 MB of keys kept for the life of the process, whatever the data. */
const MAX_SHAPE_KEY_CHARACTERS = 256;

function keyCharacters(keys: readonly string[]): number {
  let total = 0;
  for (const key of keys) total += key.length;
  return total;
}

function knownShape(keys: readonly string[]): Shape | undefined {
  if (keys.length === 0 || keys.length > MAX_SHAPE_KEYS || keyCharacters(keys) > MAX_SHAPE_KEY_CHARACTERS) return undefined;
  const candidates = shapesByFirstKey.get(keys[0]);
  if (candidates) {
    for (const shape of candidates) if (sameKeys(shape.keys, keys)) return shape;
    if (candidates.length >= MAX_SHAPES_PER_FIRST_KEY) return undefined;
  } else if (shapesByFirstKey.size >= MAX_FIRST_KEYS) {
    return undefined;
  }
  // The same order as keys.sort(): by UTF-16 code units.
  const sortedIndexes = keys.map((_, index) => index).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
  const shape: Shape = { keys: [...keys], sortedIndexes, quotedSortedKeys: sortedIndexes.map((index) => JSON.stringify(keys[index]) + ':') };
  if (candidates) candidates.push(shape);
  else shapesByFirstKey.set(keys[0], [shape]);
  return shape;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
