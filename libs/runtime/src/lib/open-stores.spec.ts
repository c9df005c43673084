import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { KeyEncryptionKeyMismatchError, PersonalDataVault } from '@ledger/event-store-core';
import { openStores } from './open-stores';

describe('openStores and the personal-data KEK (ADR 0019)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ledger-open-stores-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const config = (extra: Record<string, string> = {}) => ({
    EVENT_STORE: 'sqlite' as const,
    SQLITE_PATH: join(dir, 'ledger.sqlite'),
    DATABASE_URL: undefined,
    POSTGRES_SCHEMA: 'ledger',
    EVENTSTOREDB_URL: undefined,
    ...extra,
  });

  it('wraps personal-data keys with the KEK from the key file: the database file never holds a key itself', async () => {
    const stores = await openStores(config());
    const key = (await stores.personalDataKeys.createKey('person-1', randomBytes(32))) as Buffer;
    const sealed = await new PersonalDataVault(stores.personalDataKeys).seal('person-1', 'Chantel Allott');
    await stores.close();
    const file = readFileSync(join(dir, 'ledger.sqlite'));
    expect(file.includes(key)).toBe(false);

    const again = await openStores(config());
    expect(await new PersonalDataVault(again.personalDataKeys).open(sealed)).toBe('Chantel Allott');
    await again.close();
  });

  it('refuses to start with a KEK file of its own, saying to copy the first one', async () => {
    await (await openStores(config())).close();
    const otherKek = join(dir, 'other-kek');
    writeFileSync(otherKek, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    const refused = openStores(config({ PERSONAL_DATA_KEK_FILE: otherKek }));
    await expect(refused).rejects.toBeInstanceOf(KeyEncryptionKeyMismatchError);
    await expect(refused).rejects.toThrow(`copy the key file (personal-data-kek) from the first instance to ${otherKek}`);
  });
});
