import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { RuleViolationError } from '@ledger/domain-kernel';
import { PersonalDataKeyStore } from './personal-data-key-store';

const PREFIX = 'pii:v1';

/** A sealed value as it is stored in an event: subject, IV, tag and ciphertext. */
export type SealedPersonalData = string;

export function subjectOf(sealed: SealedPersonalData): string {
  const parts = sealed.split(':');
  if (parts.length !== 6 || `${parts[0]}:${parts[1]}` !== PREFIX) throw new Error('Not a sealed personal-data value');
  return parts[2];
}

/**
 * Crypto-shredding (architecture.md, "Audit and personal data"): personal fields are stored in
 * events encrypted with AES-256-GCM under a key per person, kept outside the log. Erasure deletes
 * the key; the ciphertext stays in the log, unreadable, and the hash chain still verifies.
 */
export class PersonalDataVault {
  /** At most this many opened values are kept (oldest dropped first). */
  static OPENED_CACHE_SIZE = 50_000;
  /**
   * Values opened before, by ciphertext, with the key that opened them. Every answer still looks
   * up the subjects' keys (one statement), and a cached value is used only while the same key is
   * there: an erasure, in this process or another instance, makes the value unreadable at once.
   */
  private readonly opened = new Map<SealedPersonalData, { key: Buffer; plaintext: string }>();

  constructor(private readonly keys: PersonalDataKeyStore) {}

  async seal(subjectId: string, plaintext: string): Promise<SealedPersonalData> {
    if (subjectId.includes(':')) throw new Error('A subject id cannot contain ":"');
    const key = await this.keys.createKey(subjectId, randomBytes(32));
    if (!key) throw new RuleViolationError(`The personal data of ${subjectId} was erased: nothing new can be recorded about them`);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    // The subject is authenticated data: a ciphertext cannot be moved to another person.
    cipher.setAAD(Buffer.from(subjectId));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [PREFIX, subjectId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join(':');
  }

  /** Plaintexts in the same order; undefined where the person was erased. */
  async openAll(sealed: readonly (SealedPersonalData | null | undefined)[]): Promise<(string | undefined)[]> {
    const subjects = [...new Set(sealed.filter((s): s is string => !!s).map(subjectOf))];
    const keys = subjects.length ? await this.keys.keysFor(subjects) : new Map<string, Buffer | null>();
    return sealed.map((value) => {
      if (!value) return undefined;
      const [, , subjectId, iv, tag, ciphertext] = value.split(':');
      const key = keys.get(subjectId);
      const cached = this.opened.get(value);
      if (!key) {
        if (cached) this.opened.delete(value);
        return undefined;
      }
      if (cached && (cached.key === key || cached.key.equals(key))) return cached.plaintext;
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(subjectId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const plaintext = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
      this.remember(value, key, plaintext);
      return plaintext;
    });
  }

  async open(sealed: SealedPersonalData | null | undefined): Promise<string | undefined> {
    return (await this.openAll([sealed]))[0];
  }

  async isErased(subjectId: string): Promise<boolean> {
    return (await this.keys.keysFor([subjectId])).get(subjectId) === null;
  }

  async erase(subjectId: string, at: Date): Promise<void> {
    await this.keys.eraseKey(subjectId, at);
    // Nothing opened for them stays in memory (openAll would not serve it anyway: the key is gone).
    for (const value of this.opened.keys()) if (subjectOf(value) === subjectId) this.opened.delete(value);
  }

  private remember(value: SealedPersonalData, key: Buffer, plaintext: string): void {
    this.opened.delete(value);
    this.opened.set(value, { key, plaintext });
    if (this.opened.size > PersonalDataVault.OPENED_CACHE_SIZE) this.opened.delete(this.opened.keys().next().value as SealedPersonalData);
  }
}
