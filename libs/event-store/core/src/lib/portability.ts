import { InvalidInputError } from '@ledger/domain-kernel';
import { canonicalJson } from './canonical-json';
import { StoreIntegrityError } from './errors';
import { EventStore, StoreKind } from './event-store';
import { SealedEvent } from './hash-chain';
import { PersonalDataKeyStore } from './personal-data/personal-data-key-store';
import { recordedStore } from './upcasting';

/**
 * The log in a store-neutral form: one canonical JSON line per event (stream, revision, type,
 * data, metadata with its hashes), in global order, without positions, which belong to a store.
 * The same log exported from SQLite, PostgreSQL or EventStoreDB is byte for byte the same.
 */
export async function* exportLogLines(anyStore: EventStore, pageSize = 1000): AsyncGenerator<string> {
  const store = recordedStore(anyStore);
  let from = 0n;
  for (;;) {
    const page = await store.readAll({ from, limit: pageSize });
    for (const { streamId, revision, type, data, metadata } of page) yield canonicalJson({ streamId, revision, type, data, metadata });
    if (page.length < pageSize) return;
    from = page[page.length - 1].position + 1n;
  }
}

export function parseLogLine(line: string, lineNumber: number): SealedEvent {
  let event: SealedEvent;
  try {
    event = JSON.parse(line);
  } catch {
    throw new StoreIntegrityError(`line ${lineNumber}: not JSON`);
  }
  if (!event || typeof event.streamId !== 'string' || !Number.isInteger(event.revision) || typeof event.type !== 'string' || !event.metadata?.hash) {
    throw new StoreIntegrityError(`line ${lineNumber}: not a ledger event (streamId, revision, type, data, metadata)`);
  }
  return event;
}

/**
 * The one alphabet every store holds: Unicode text without NUL. PostgreSQL's jsonb refuses NUL
 * (\u0000) and a UTF-16 surrogate without its pair, so the edge refuses both for every store and
 * anything a store accepted can move to any other.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with `text`, in words for an error message, or undefined when every store can hold it. */
export function unstorableTextIn(text: string): string | undefined {
  if (text.includes('\u0000')) return 'a NUL character';
  if (LONE_SURROGATE.test(text)) return 'half of a Unicode character (a lone surrogate)';
  return undefined;
}

/**
 * The path of the first string (or object key) in plain data that holds text outside the
 * alphabet, with what is wrong with it. Objects that are not plain data (a request, a class
 * instance) are never walked into.
 */
export function unstorableTextAt(value: unknown, path = 'input', depth = 0): { path: string; problem: string } | undefined {
  if (typeof value === 'string') {
    const problem = unstorableTextIn(value);
    return problem ? { path, problem } : undefined;
  }
  if (value === null || typeof value !== 'object' || depth > 64 || !isPlainData(value)) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const inKey = unstorableTextIn(key);
    if (inKey) return { path: `${path}.${JSON.stringify(key)}`, problem: `${inKey} in a field name` };
    const found = unstorableTextAt(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function isPlainData(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === Array.prototype || prototype === null;
}

const STORE_NAMES: Record<StoreKind, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL', eventstoredb: 'EventStoreDB', memory: 'memory' };

/**
 * SQLite (and memory) may hold events with text outside the alphabet, recorded before the edge
 * refused it; PostgreSQL's jsonb cannot take them, and EventStoreDB is held to the same alphabet.
 * Their hashes cover the text, so they cannot be rewritten: copying such a log to those stores is
 * refused before anything is written, naming the first such event.
 */
export function assertLogFitsStore(events: Iterable<SealedEvent & { position?: bigint }>, target: StoreKind): void {
  if (target === 'sqlite' || target === 'memory') return;
  const targetName = STORE_NAMES[target];
  for (const event of events) {
    const found = unstorableTextAt(event.streamId, 'streamId') ?? unstorableTextAt(event.type, 'type') ?? unstorableTextAt(event.data, 'data') ?? unstorableTextAt(event.metadata, 'metadata');
    if (!found) continue;
    const where = `${event.position !== undefined ? `at position ${event.position} ` : ''}(stream ${JSON.stringify(event.streamId)}, revision ${event.revision}, ${event.type})`;
    throw new InvalidInputError(
      `The event ${where} holds ${found.problem} in ${found.path}, which ${targetName} cannot store. Its hash covers that text, so it cannot be changed: ` +
        `the log can stay on SQLite (or be exported with \`ledger export\`). Nothing was copied.`,
      { field: found.path },
    );
  }
}

/**
 * Loads a whole log into an empty store, checking every event's hash and link on the way. On the
 * SQL stores it is one transaction: interrupted or refused, the target stays empty. Text the
 * target cannot hold is refused before anything is written.
 */
export async function importLog(target: EventStore, events: readonly SealedEvent[]): Promise<{ imported: number; head: bigint }> {
  if ((await target.headPosition()) !== 0n) throw new StoreIntegrityError('The target store is not empty: a log is only imported into an empty store');
  assertLogFitsStore(events, target.kind);
  const head = await target.appendRecorded(events);
  return { imported: events.length, head };
}


/** Copies the per-person keys, so that personal data stays readable (and erased people erased). */
export async function copyPersonalDataKeys(from: PersonalDataKeyStore, to: PersonalDataKeyStore): Promise<number> {
  if (!from.allKeys || !to.restoreKey) throw new Error('These key stores cannot copy keys');
  const keys = await from.allKeys();
  for (const [subjectId, key] of keys) await to.restoreKey(subjectId, key);
  return keys.size;
}

export function keysToJson(keys: Map<string, Buffer | null>): string {
  return JSON.stringify(Object.fromEntries([...keys].map(([subject, key]) => [subject, key ? key.toString('base64') : null])), null, 2);
}

export function keysFromJson(text: string): Map<string, Buffer | null> {
  const parsed = JSON.parse(text) as Record<string, string | null>;
  return new Map(Object.entries(parsed).map(([subject, key]) => [subject, key === null ? null : Buffer.from(key, 'base64')]));
}
