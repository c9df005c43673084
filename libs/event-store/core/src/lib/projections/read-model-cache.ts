import { Document, ReadModelReader } from './read-model';

/**
 * A store whose every change to a collection bumps that collection's version in the same
 * transaction (ADR 0035). Versions only ever grow, so a version seen once names one state of the
 * collection or a later one, in this process or any other on the same database.
 */
export interface VersionedReadModels extends ReadModelReader {
  /** Every collection's current version (a collection never changed is absent: version "0"). */
  collectionVersions(): Promise<ReadonlyMap<string, string>>;
}

export const isVersioned = (store: ReadModelReader): store is VersionedReadModels =>
  typeof (store as Partial<VersionedReadModels>).collectionVersions === 'function';

/**
 * A reader that can also keep a value computed from some collections while they are unchanged
 * (an order of people by name, say): `memo` answers it from memory at the same versions.
 */
export interface MemoisingReader extends ReadModelReader {
  memo<T>(key: string, collections: readonly string[], compute: () => Promise<T>): Promise<T>;
}

/**
 * A value computed from `collections`, from the query cache when the reader has one (live queries,
 * ADR 0035), computed afresh otherwise (as-of readers, stores without versions). The value is
 * deep-frozen when kept: treat it as read-only. It must depend on nothing but those collections.
 */
export function memoised<T>(reader: ReadModelReader, key: string, collections: readonly string[], compute: () => Promise<T>): Promise<T> {
  const memo = (reader as Partial<MemoisingReader>).memo;
  return typeof memo === 'function' ? memo.call(reader, key, collections, compute) as Promise<T> : compute();
}

interface Entry {
  version: string;
  /** A deep-frozen document (undefined: there is none), or a list's deep-frozen documents. */
  value: unknown;
  bytes: number;
}

/** A parsed JSON value frozen all the way down, as every cached reader hands documents out. */
export function deepFrozen<T>(value: T): T {
  freezeAndMeasure(value);
  return value;
}

/** What every entry costs besides its content: the key, the entry object, the map's slot. */
const ENTRY_OVERHEAD = 120;

/**
 * Freezes a parsed JSON value all the way down and tells roughly how many bytes it holds (two per
 * character, eight per number, plus each object's and array's slots): one walk, done once per
 * document read from the store.
 */
function freezeAndMeasure(value: unknown): number {
  if (typeof value === 'string') return 2 * value.length + 16;
  if (value === null || typeof value !== 'object') return 8;
  Object.freeze(value);
  if (Array.isArray(value)) {
    let bytes = 16 + 8 * value.length;
    for (const item of value) bytes += freezeAndMeasure(item);
    return bytes;
  }
  let bytes = 16;
  for (const key in value) bytes += 2 * key.length + 8 + freezeAndMeasure((value as Record<string, unknown>)[key]);
  return bytes;
}

/**
 * A read-through cache of PARSED read-model documents for queries (ADR 0035). Each query's reader
 * takes the collections' versions once (one statement) and serves a document or a whole
 * collection from memory while its collection is still at the version it was read at; any commit
 * that changes the collection, in this process or another instance on the same database (an
 * erasure included: it is a projection's commit like any other), bumps the version, so the next
 * reader reads the store again. Bounded by an estimate of the bytes held, least recently used
 * first out.
 *
 * Cached documents are shared by every query, so they are deep-frozen: a query that tried to
 * change one would throw rather than corrupt the next answer. A list is a fresh array each time
 * (queries sort what they list). Projections never read through this cache: they build changed
 * documents from what they read and need their own copies (the projection runner reads the store).
 */
export class ReadModelCache {
  private readonly entries = new Map<string, Entry>();
  /** Reads under way, so fifty clients missing the same collection at once read and parse it once. */
  private readonly reading = new Map<string, Promise<Entry>>();
  private bytes = 0;
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly store: VersionedReadModels,
    readonly maxBytes: number,
  ) {}

  /** A reader for one query: the collections' versions now, documents from memory where still current. */
  async reader(): Promise<MemoisingReader> {
    const versions = await this.store.collectionVersions();
    const versionOf = (collection: string) => versions.get(collection) ?? '0';
    return {
      memo: async <T>(key: string, collections: readonly string[], compute: () => Promise<T>) =>
        (await this.read(`m\u0000${key}`, collections.map(versionOf).join(','), compute)) as T,
      get: async <T extends Document>(collection: string, id: string) =>
        (await this.read(`g\u0000${collection}\u0000${id}`, versionOf(collection), () => this.store.get(collection, id))) as T | undefined,
      list: async <T extends Document>(collection: string) =>
        [...((await this.read(`l\u0000${collection}`, versionOf(collection), () => this.store.list(collection))) as readonly T[])],
    };
  }

  /** Entries, bytes held and hit rate, for a bench or a health report. */
  stats(): { entries: number; bytes: number; hits: number; misses: number } {
    return { entries: this.entries.size, bytes: this.bytes, hits: this.hits, misses: this.misses };
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private async read(key: string, version: string, load: () => Promise<unknown>): Promise<unknown> {
    const entry = this.entries.get(key);
    if (entry && entry.version === version) {
      this.hits += 1;
      // Least recently used first out: a hit moves the entry to the back.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value;
    }
    this.misses += 1;
    const readingKey = `${version}\u0000${key}`;
    let reading = this.reading.get(readingKey);
    if (!reading) {
      // The version was taken before this read: what is read is that version or a later one, so it
      // may be kept under that version (a reader that sees a later version will not use it).
      reading = load().then((value) => ({ version, value, bytes: ENTRY_OVERHEAD + key.length * 2 + freezeAndMeasure(value) }));
      this.reading.set(readingKey, reading);
      void reading.then(
        (loaded) => {
          this.reading.delete(readingKey);
          this.keep(key, loaded);
        },
        () => this.reading.delete(readingKey),
      );
    }
    return (await reading).value;
  }

  private keep(key: string, entry: Entry): void {
    const old = this.entries.get(key);
    // A slower read of an older version never replaces a newer one (a memo's version is several: left to the LRU).
    if (old && /^\d+$/.test(old.version) && /^\d+$/.test(entry.version) && BigInt(old.version) > BigInt(entry.version)) return;
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
    if (entry.bytes > this.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest, { bytes }] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= bytes;
    }
  }
}
