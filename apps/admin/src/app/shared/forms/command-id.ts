/**
 * A fresh commandId for a command the form may have to retry: the API records a retry with the
 * same id only once (a lost answer to "propose" must not propose the post twice).
 */
export function newCommandId(): string {
  const crypto = globalThis.crypto;
  if (crypto && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = Array.from({ length: 16 }, () => Math.floor(Math.random() * 256));
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
}
