import { KeyObject, createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { publicKeyId } from '@ledger/event-store-core';
import { dirname, join, resolve } from 'node:path';
import { LedgerConfig } from './config';

export type KeysConfig = Pick<
  LedgerConfig,
  'SQLITE_PATH' | 'LEDGER_KEYS_DIR' | 'CHECKPOINT_SIGNING_KEY_FILE' | 'PERSONAL_DATA_KEK_FILE' | 'ACCOUNT_LOOKUP_KEY_FILE'
>;

/**
 * The application's own secrets, kept in files outside every store (ADR 0018): a PostgreSQL or
 * EventStoreDB administrator never holds them, and a backup of the database alone opens nothing.
 */
export interface LedgerKeys {
  /** Where generated key files go (LEDGER_KEYS_DIR, else the SQLite file's folder). */
  directory: string;
  /** Ed25519: signs log checkpoints; its public half is what an auditor keeps. */
  checkpointSigning: {
    privateKey: KeyObject;
    publicKey: KeyObject;
    keyId: string;
    file: string;
    /** Public halves of retired signing keys (checkpoint-retired-public-keys.pem), so old checkpoints still verify. */
    retiredPublicKeys: KeyObject[];
    /** The newest signed checkpoint, kept here as well as in the log: a DBA who truncates the log cannot reach it. */
    latestFile: string;
  };
  /** AES-256 key-encryption key: wraps every per-person key before a store sees it. */
  personalDataKek: { key: Buffer; keyId: string; file: string };
  /** HMAC-SHA256 key: the keyed lookup hash of a sign-in email, so emails need not be stored in clear. */
  accountLookup: { key: Buffer; file: string };
}

/**
 * Reads each key file, or makes it (0600, in a 0700 folder) on a first start. `wx` makes a second
 * process that races to create the same file read the winner's key instead of writing its own.
 */
export function resolveLedgerKeys(config: KeysConfig): LedgerKeys {
  const directory = resolve(config.LEDGER_KEYS_DIR ?? dirname(resolve(config.SQLITE_PATH)));
  const signingFile = resolve(config.CHECKPOINT_SIGNING_KEY_FILE ?? join(directory, 'checkpoint-signing-key.pem'));
  const kekFile = resolve(config.PERSONAL_DATA_KEK_FILE ?? join(directory, 'personal-data-kek'));
  const lookupFile = resolve(config.ACCOUNT_LOOKUP_KEY_FILE ?? join(directory, 'account-lookup-key'));

  const signingPem = readOrCreate(signingFile, () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(signingPem);
  } catch {
    throw new KeyFileError(signingFile, 'is not a PEM private key');
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new KeyFileError(signingFile, `holds a ${privateKey.asymmetricKeyType} key; checkpoints are signed with Ed25519`);
  const publicKey = createPublicKey(privateKey);

  const kek = symmetricKey(kekFile, readOrCreate(kekFile, () => `${randomBytes(32).toString('base64')}\n`));
  const lookup = symmetricKey(lookupFile, readOrCreate(lookupFile, () => `${randomBytes(32).toString('base64')}\n`));
  return {
    directory,
    checkpointSigning: {
      privateKey,
      publicKey,
      keyId: publicKeyId(publicKey),
      file: signingFile,
      retiredPublicKeys: retiredPublicKeys(join(directory, 'checkpoint-retired-public-keys.pem')),
      latestFile: join(directory, 'checkpoint-latest.json'),
    },
    personalDataKek: { key: kek, keyId: fingerprint(kek), file: kekFile },
    accountLookup: { key: lookup, file: lookupFile },
  };
}

/** Every PEM public key in the file (concatenated blocks), none when it does not exist. */
function retiredPublicKeys(file: string): KeyObject[] {
  if (!existsSync(file)) return [];
  const blocks = readFileSync(file, 'utf8').match(/-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g) ?? [];
  return blocks.map((pem) => {
    try {
      return createPublicKey(pem);
    } catch {
      throw new KeyFileError(file, 'holds a block that is not a public key');
    }
  });
}

/** A name for a symmetric key that reveals nothing of it (a hash under a fixed label). */
function fingerprint(key: Buffer): string {
  return createHash('sha256').update('ledger-key-id\u0000').update(key).digest('hex').slice(0, 16);
}

export class KeyFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`Key file ${file} ${problem}`);
    this.name = 'KeyFileError';
  }
}

function symmetricKey(file: string, content: string): Buffer {
  const key = Buffer.from(content.trim(), 'base64');
  if (key.length !== 32) throw new KeyFileError(file, 'must hold 32 bytes in base64 (e.g. `openssl rand -base64 32`)');
  return key;
}

function readOrCreate(file: string, generate: () => string): string {
  try {
    return readPrivate(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, generate(), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readPrivate(file);
}

/** A key file others can read is tightened to 0600 where we own it, and read either way. */
function readPrivate(file: string): string {
  const content = readFileSync(file, 'utf8');
  if ((statSync(file).mode & 0o077) !== 0) {
    try {
      chmodSync(file, 0o600);
    } catch {
      // Owned by someone else (a mounted secret): its owner decides; docs/operations.md says 0600.
    }
  }
  return content;
}
