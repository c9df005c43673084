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

/**
 * Account registrations recorded before user emails were sealed (ADR 0020) hold the email and name
 * in clear. The log is immutable, so they stay in it; but once the account is erased (its key
 * tombstoned), no answer shows them: they read as null, as a sealed value of an erased person does.
 */
export async function hideErasedAccountsInClear<T>(vault: PersonalDataVault, events: readonly { type: string }[], items: readonly T[]): Promise<T[]> {
  const inClear = (i: number): string | undefined => {
    const data = items[i] as { userId?: unknown; email?: unknown } | undefined;
    return events[i].type === 'UserRegistered' && typeof data?.userId === 'string' && typeof data.email === 'string' && !isSealed(data.email) ? data.userId : undefined;
  };
  const accounts = [...new Set(items.map((_, i) => inClear(i)).filter((id): id is string => id !== undefined))];
  const erased = new Set<string>();
  for (const account of accounts) if (await vault.isErased(account)) erased.add(account);
  return items.map((item, i) => {
    const account = inClear(i);
    return account && erased.has(account) ? ({ ...item, email: null, displayName: null } as T) : item;
  });
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
