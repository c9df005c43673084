import { canonicalJson } from './canonical-json';
import { StoreIntegrityError } from './errors';
import { EventStore } from './event-store';
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
 * Loads a whole log into an empty store, checking every event's hash and link on the way. On the
 * SQL stores it is one transaction: interrupted or refused, the target stays empty.
 */
export async function importLog(target: EventStore, events: readonly SealedEvent[]): Promise<{ imported: number; head: bigint }> {
  if ((await target.headPosition()) !== 0n) throw new StoreIntegrityError('The target store is not empty: a log is only imported into an empty store');
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
