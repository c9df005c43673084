import { Document } from './read-model';

/**
 * What changed in a document between two snapshots, as a list of operations on paths (ADR 0023):
 * `["a", path, items]` appends items to the array at path, `["s", path, value]` sets it,
 * `["d", path]` deletes the key. Stored as JSON text: it starts with `[`, a whole document with `{`.
 */
export type PatchOperation = ['a', (string | number)[], unknown[]] | ['s', (string | number)[], unknown] | ['d', (string | number)[]];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The operations that turn `before` into `after`, found by identity: a projection builds a changed
 * document from the previous one with spreads, so whatever it did not change is the same object
 * and costs nothing to compare, and an array it appended to keeps every earlier item. (A
 * projection must never change in place what it read; the projection fixture tests hold to it.)
 */
export function diffDocument(before: Document, after: Document): PatchOperation[] {
  const operations: PatchOperation[] = [];
  diffValue(before, after, [], operations);
  return operations;
}

function diffValue(before: unknown, after: unknown, path: (string | number)[], operations: PatchOperation[]): void {
  if (before === after) return;
  if (isRecord(before) && isRecord(after)) {
    for (const key of Object.keys(after)) {
      if (!(key in before)) operations.push(['s', [...path, key], after[key]]);
      else diffValue(before[key], after[key], [...path, key], operations);
    }
    for (const key of Object.keys(before)) if (!(key in after)) operations.push(['d', [...path, key]]);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && after.length > before.length && samePrefix(before, after)) {
    operations.push(['a', path, after.slice(before.length)]);
    return;
  }
  operations.push(['s', path, after]);
}

/**
 * Whether `after` starts with the very items of `before`. A plain loop, newest items first (where
 * a change would be): at a million events a cell's history holds hundreds of entries, and
 * `every` with a callback per entry was a tenth of a replay's time.
 */
function samePrefix(before: readonly unknown[], after: readonly unknown[]): boolean {
  for (let i = before.length - 1; i >= 0; i--) if (before[i] !== after[i]) return false;
  return true;
}

/** Applies patches (JSON text, oldest first) to a document parsed from JSON text: it is changed in place. */
export function applyPatches(doc: Document, patches: readonly string[]): Document {
  let root: unknown = doc;
  for (const patch of patches) {
    for (const [op, path, value] of JSON.parse(patch) as PatchOperation[]) {
      if (path.length === 0) {
        root = value;
        continue;
      }
      let parent = root as Record<string | number, unknown>;
      for (let i = 0; i < path.length - 1; i++) parent = parent[path[i]] as Record<string | number, unknown>;
      const last = path[path.length - 1];
      if (op === 'a') (parent[last] as unknown[]).push(...(value as unknown[]));
      else if (op === 's') parent[last] = value;
      else delete parent[last];
    }
  }
  return root as Document;
}
