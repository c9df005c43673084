import { createDecipheriv } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { KeyEncryptionKey, WRAPPED_KEY_BYTES, unwrapPersonalDataKey } from '../personal-data/key-wrapping';
import { PersonalDataKeyStore } from '../personal-data/personal-data-key-store';
import { PersonalDataVault, SealedPersonalData, subjectOf } from '../personal-data/personal-data-vault';

export interface KeyStoreUnderTest {
  keys: PersonalDataKeyStore;
  dispose(): Promise<void>;
  /** The KEK the store wraps keys with, if it does: the attacker's scan also tries it (they may hold its file). */
  kek?: KeyEncryptionKey;
  /**
   * Every file the store keeps its keys in, made current first (a checkpoint): what an attacker
   * who copies the store's files gets. Null where the files are out of reach (a remote server).
   */
  storeFiles?(): Promise<string[] | null>;
}

/** What every key store promises: keys kept once, erasure for good, batch reads. */
export function describeKeyStoreContract(storeName: string, open: () => Promise<KeyStoreUnderTest>): void {
  describe(`${storeName} personal-data key store`, () => {
    let store: KeyStoreUnderTest;
    let keys: PersonalDataKeyStore;
    beforeEach(async () => {
      store = await open();
      keys = store.keys;
    });
    afterEach(async () => store.dispose());

    it('keeps the first key of a subject and returns it to later callers', async () => {
      const first = await keys.createKey('p1', Buffer.alloc(32, 1));
      const second = await keys.createKey('p1', Buffer.alloc(32, 2));
      expect(second?.equals(first as Buffer)).toBe(true);
      const found = await keys.keysFor(['p1', 'p2']);
      expect([...found.keys()]).toEqual(['p1']);
    });

    it('erases a key for good: null afterwards, even if asked to create it again', async () => {
      await keys.createKey('p1', Buffer.alloc(32, 1));
      await keys.eraseKey('p1', new Date());
      expect((await keys.keysFor(['p1'])).get('p1')).toBeNull();
      expect(await keys.createKey('p1', Buffer.alloc(32, 3))).toBeNull();
    });

    it('restores keys copied from another store, and keeps an erased subject erased', async () => {
      await keys.restoreKey?.('copied', Buffer.alloc(32, 7));
      await keys.restoreKey?.('erased-there', null);
      await keys.eraseKey('erased-here', new Date());
      await keys.restoreKey?.('erased-here', Buffer.alloc(32, 8));
      const found = await keys.keysFor(['copied', 'erased-there', 'erased-here']);
      expect(found.get('copied')?.equals(Buffer.alloc(32, 7))).toBe(true);
      expect(found.get('erased-there')).toBeNull();
      expect(found.get('erased-here')).toBeNull();
      expect([...((await keys.allKeys?.()) ?? new Map()).keys()].sort()).toEqual(['copied', 'erased-here', 'erased-there']);
    });

    it('backs a vault end to end: sealed data unreadable after erasure', async () => {
      const vault = new PersonalDataVault(keys);
      const sealed = await vault.seal('p9', 'jo.bloggs@example.gov.uk');
      expect(await vault.open(sealed)).toBe('jo.bloggs@example.gov.uk');
      await vault.erase('p9', new Date());
      expect(await vault.open(sealed)).toBeUndefined();
    });

    it("leaves no key that opens an erased person's data in the store's files, as an attacker scanning them finds", async () => {
      if (!store.storeFiles) return;
      const vault = new PersonalDataVault(keys);
      const sealed = await vault.seal('erasable-person', 'Chantel Allott <chantel.allott@example.gov.uk>');
      const kept = await vault.seal('kept-person', 'Sam Osei');
      const filesBefore = await store.storeFiles();
      if (!filesBefore) {
        console.warn(`${storeName}: the store's files are out of reach of this test run; the erasure scan is SKIPPED`);
        return;
      }

      // Positive control: before erasure the scan finds what opens the data, so it can find it.
      const before = scanFilesForPersonalDataKey(filesBefore, sealed, store.kek);
      report(storeName, 'before erasure', before);
      expect(before.found.length).toBeGreaterThan(0);
      // A store that wraps keys never writes the key itself, not even before erasure.
      if (store.kek) expect(before.found.filter((hit) => hit.as === 'key')).toEqual([]);

      await vault.erase('erasable-person', new Date());
      const after = scanFilesForPersonalDataKey((await store.storeFiles()) ?? [], sealed, store.kek);
      report(storeName, 'after erasure', after);
      expect(after.found).toEqual([]);
      expect(await vault.open(kept)).toBe('Sam Osei');
    });
  });
}

function report(storeName: string, when: string, scan: KeyScan): void {
  if (process.env['LEDGER_REPORT_KEY_SCANS']) {
    console.info(`${storeName} key scan ${when}: ${scan.windowsTried} windows over ${scan.bytesScanned} bytes in ${scan.millis} ms; found ${scan.found.length}`);
  }
}

export interface KeyScanHit {
  file: string;
  offset: number;
  /** `key`: 32 bytes that open the data; `wrapped key`: bytes that unwrap under the KEK to such a key. */
  as: 'key' | 'wrapped key';
}

export interface KeyScan {
  found: KeyScanHit[];
  windowsTried: number;
  bytesScanned: number;
  millis: number;
}

/**
 * What an attacker with a copy of the files does (issue 10): tries every 32-byte window of every
 * file as the AES-256-GCM key of `sealed`, and, given the KEK (which sits beside a SQLite file),
 * every window of a wrapped key's length as a key wrapped under it. A wrong key fails GCM's tag
 * check, so a hit is a key that really opens the data. One decryption of a short ciphertext per
 * window: fine for files of a few MB.
 */
export function scanFilesForPersonalDataKey(files: readonly string[], sealed: SealedPersonalData, kek?: KeyEncryptionKey): KeyScan {
  const started = Date.now();
  const subjectId = subjectOf(sealed);
  const [, , , iv, tag, ciphertext] = sealed.split(':');
  const sealedParts = { iv: Buffer.from(iv, 'base64url'), tag: Buffer.from(tag, 'base64url'), ciphertext: Buffer.from(ciphertext, 'base64url') };
  const opens = (key: Buffer) => {
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, sealedParts.iv);
      decipher.setAAD(Buffer.from(subjectId));
      decipher.setAuthTag(sealedParts.tag);
      decipher.update(sealedParts.ciphertext);
      decipher.final();
      return true;
    } catch {
      return false;
    }
  };
  const found: KeyScanHit[] = [];
  let windowsTried = 0;
  let bytesScanned = 0;
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    bytesScanned += bytes.length;
    for (let offset = 0; offset + 32 <= bytes.length; offset += 1) {
      windowsTried += 1;
      if (opens(bytes.subarray(offset, offset + 32))) found.push({ file, offset, as: 'key' });
      if (kek && offset + WRAPPED_KEY_BYTES <= bytes.length) {
        windowsTried += 1;
        let unwrapped: Buffer | undefined;
        try {
          unwrapped = unwrapPersonalDataKey(kek, subjectId, bytes.subarray(offset, offset + WRAPPED_KEY_BYTES));
        } catch {
          unwrapped = undefined;
        }
        if (unwrapped && opens(unwrapped)) found.push({ file, offset, as: 'wrapped key' });
      }
    }
  }
  return { found, windowsTried, bytesScanned, millis: Date.now() - started };
}
