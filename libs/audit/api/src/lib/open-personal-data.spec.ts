import { InMemoryPersonalDataKeyStore, PersonalDataVault } from '@ledger/event-store-core';
import { openPersonalData, redactCredentials } from './open-personal-data';

describe('event data as an auditor reads it', () => {
  it('opens sealed personal fields wherever they sit, and shows null for erased people', async () => {
    const vault = new PersonalDataVault(new InMemoryPersonalDataKeyStore());
    const jo = await vault.seal('jo', 'Jo Bloggs');
    const sam = await vault.seal('sam', 'Sam Osei');
    await vault.erase('sam', new Date());
    const [first, second] = await openPersonalData(vault, [
      { staffMemberId: 'jo', displayName: jo, nested: { list: [jo, 'plain'] } },
      { staffMemberId: 'sam', displayName: sam, count: 3 },
    ]);
    expect(first).toEqual({ staffMemberId: 'jo', displayName: 'Jo Bloggs', nested: { list: ['Jo Bloggs', 'plain'] } });
    expect(second).toEqual({ staffMemberId: 'sam', displayName: null, count: 3 });
  });

  it('masks credentials but nothing else', () => {
    expect(redactCredentials({ userId: 'u1', passwordHash: '$argon2id$...', roles: ['ADMIN'], nested: [{ jwtSecret: 'x', ok: true }] })).toEqual({
      userId: 'u1',
      passwordHash: '[redacted]',
      roles: ['ADMIN'],
      nested: [{ jwtSecret: '[redacted]', ok: true }],
    });
  });
});
