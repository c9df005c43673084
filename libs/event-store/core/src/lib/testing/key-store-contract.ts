import { PersonalDataKeyStore } from '../personal-data/personal-data-key-store';
import { PersonalDataVault } from '../personal-data/personal-data-vault';

/** What every key store promises: keys kept once, erasure for good, batch reads. */
export function describeKeyStoreContract(storeName: string, open: () => Promise<{ keys: PersonalDataKeyStore; dispose(): Promise<void> }>): void {
  describe(`${storeName} personal-data key store`, () => {
    let keys: PersonalDataKeyStore;
    let dispose: () => Promise<void>;
    beforeEach(async () => ({ keys, dispose } = await open()));
    afterEach(async () => dispose());

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
  });
}
