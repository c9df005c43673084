import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The application's key-encryption key (ADR 0019): it wraps every per-person key before a store
 * sees it, and lives in a file outside every store (libs/runtime ledger-keys.ts), so old row
 * versions, WAL segments and backups of the database open nothing without it.
 */
export interface KeyEncryptionKey {
  /** 32 bytes: AES-256. */
  key: Buffer;
  /** A name that reveals nothing of the key; stored with each wrapped key. */
  keyId: string;
  /** Where the key is kept, so an error can say which file to copy. */
  file?: string;
}

/** What a SQL key store needs besides its connection (SQLite and PostgreSQL alike). */
export interface WrappedKeyStoreOptions {
  /** Wraps every per-person key; lives in a file outside every store (ADR 0019). */
  kek: KeyEncryptionKey;
  /** Where a clean-up that could not run after an erasure is reported (default: console.warn). */
  warn?: (message: string) => void;
}

/** A row of a SQL key store: the wrapped key (null once erased) and the KEK that wrapped it. */
export interface WrappedKeyRow {
  subject_id: string;
  wrapped_key: Buffer | null;
  kek_id: string | null;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
/** The length of a wrapped key as stored: IV, tag, then the 32 key bytes encrypted. */
export const WRAPPED_KEY_BYTES = IV_BYTES + TAG_BYTES + KEY_BYTES;

/**
 * The authenticated data of a wrap: a wrapped key moved to another person's row, or taken for any
 * other purpose than a personal-data key, does not unwrap.
 */
function wrapContext(subjectId: string): Buffer {
  return Buffer.from(`ledger-personal-data-key:v1\u0000${subjectId}`, 'utf8');
}

/**
 * AES-256-GCM with a fresh random IV (ADR 0019 says why GCM rather than AES key wrap: it
 * authenticates the subject id). Each KEK wraps one key per person, far below GCM's random-IV limit.
 */
export function wrapPersonalDataKey(kek: KeyEncryptionKey, subjectId: string, key: Buffer): Buffer {
  assertKeyLength(kek.key, 'key-encryption key');
  assertKeyLength(key, 'personal-data key');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', kek.key, iv);
  cipher.setAAD(wrapContext(subjectId));
  const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

/** The per-person key inside `wrapped`; throws if the KEK, the subject or the bytes are not the ones it was wrapped with. */
export function unwrapPersonalDataKey(kek: KeyEncryptionKey, subjectId: string, wrapped: Buffer): Buffer {
  if (wrapped.length !== WRAPPED_KEY_BYTES) throw new Error(`The wrapped personal-data key of ${subjectId} is ${wrapped.length} bytes, not ${WRAPPED_KEY_BYTES}`);
  const decipher = createDecipheriv('aes-256-gcm', kek.key, wrapped.subarray(0, IV_BYTES));
  decipher.setAAD(wrapContext(subjectId));
  decipher.setAuthTag(wrapped.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(wrapped.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}

function assertKeyLength(key: Buffer, what: string): void {
  if (key.length !== KEY_BYTES) throw new Error(`A ${what} must be ${KEY_BYTES} bytes, not ${key.length}`);
}

/**
 * The store's keys were wrapped by another KEK than this process holds: typically a second
 * instance that made its own key file instead of using the first one's. Starting anyway would
 * make every person's data unreadable to one of the two, so the store refuses to open.
 */
export class KeyEncryptionKeyMismatchError extends Error {
  constructor(
    readonly store: string,
    readonly storedKeyIds: readonly string[],
    readonly kek: Pick<KeyEncryptionKey, 'keyId' | 'file'>,
  ) {
    const file = kek.file ?? 'the configured key file';
    super(
      `The personal-data keys in ${store} are wrapped by key-encryption key ${storedKeyIds.join(', ')}, ` +
        `but ${file} holds key ${kek.keyId}. This usually means this instance made its own key file: ` +
        `copy the key file (personal-data-kek) from the first instance to ${file} (or point PERSONAL_DATA_KEK_FILE at a copy of it) and start again. ` +
        'Do not delete or replace the stored keys: without their key-encryption key nobody can read the personal data they protect.',
    );
    this.name = 'KeyEncryptionKeyMismatchError';
  }
}

/**
 * Opens the rows of a SQL key store, keeping keys unwrapped before while the stored wrapped bytes
 * are unchanged (unwrapping is an AES operation per person per answer). An erased row (null) or a
 * row wrapped anew is never answered from memory. Shared by the SQLite and PostgreSQL stores.
 */
export class UnwrappedKeys {
  private readonly unwrapped = new Map<string, { wrapped: Buffer; key: Buffer }>();

  constructor(
    private readonly kek: KeyEncryptionKey,
    private readonly describeStore: () => string,
  ) {}

  open(row: WrappedKeyRow): Buffer | null {
    if (!row.wrapped_key) {
      this.unwrapped.delete(row.subject_id);
      return null;
    }
    if (row.kek_id !== this.kek.keyId) throw new KeyEncryptionKeyMismatchError(this.describeStore(), [row.kek_id ?? 'none'], this.kek);
    const known = this.unwrapped.get(row.subject_id);
    if (known && known.wrapped.equals(row.wrapped_key)) return known.key;
    const key = unwrapPersonalDataKey(this.kek, row.subject_id, row.wrapped_key);
    this.unwrapped.set(row.subject_id, { wrapped: Buffer.from(row.wrapped_key), key });
    return key;
  }

  forget(subjectId: string): void {
    this.unwrapped.delete(subjectId);
  }
}
