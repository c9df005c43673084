import { PersonalDataVault } from '@ledger/event-store-core';

const isSealed = (value: unknown): value is string => typeof value === 'string' && value.startsWith('pii:v1:');

function collect(value: unknown, found: string[]): void {
  if (isSealed(value)) found.push(value);
  else if (Array.isArray(value)) value.forEach((item) => collect(item, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => collect(item, found));
}

function replace(value: unknown, opened: Map<string, string | null>): unknown {
  if (isSealed(value)) return opened.get(value) ?? null;
  if (Array.isArray(value)) return value.map((item) => replace(item, opened));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v, opened)]));
  return value;
}

/**
 * Event data as an auditor reads it: sealed personal fields opened, or null where the person was
 * erased. The stored event (and its hash) is never changed.
 */
export async function openPersonalData<T>(vault: PersonalDataVault, items: readonly T[]): Promise<T[]> {
  const sealed: string[] = [];
  items.forEach((item) => collect(item, sealed));
  const unique = [...new Set(sealed)];
  const plain = await vault.openAll(unique);
  const opened = new Map(unique.map((value, i) => [value, plain[i] ?? null]));
  return items.map((item) => replace(item, opened) as T);
}

const SECRET_KEYS = /password|secret|token/i;

/**
 * Credentials are on the record (a restored log must carry working accounts) but are not for
 * reading: password hashes are masked wherever the history is shown.
 */
export function redactCredentials(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactCredentials);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEYS.test(k) ? '[redacted]' : redactCredentials(v)]));
  }
  return value;
}
