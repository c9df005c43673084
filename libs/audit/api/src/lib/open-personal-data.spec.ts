import { InMemoryPersonalDataKeyStore, PersonalDataVault } from '@ledger/event-store-core';
import { hideErasedAccountsInClear, openPersonalData, redactCredentials } from './open-personal-data';

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

  it('hides the clear email and name of an account registered before sealing once that account is erased', async () => {
    const vault = new PersonalDataVault(new InMemoryPersonalDataKeyStore());
    await vault.erase('u-old', new Date());
    const events = [{ type: 'UserRegistered' }, { type: 'UserRegistered' }, { type: 'UserDisabled' }];
    const data = [
      { userId: 'u-old', email: 'old@example.gov.uk', displayName: 'Old Account', roles: ['ADMIN'] },
      { userId: 'u-kept', email: 'kept@example.gov.uk', displayName: 'Kept Account', roles: ['STAFF'] },
      { userId: 'u-old', reason: 'Personal data erased' },
    ];
    expect(await hideErasedAccountsInClear(vault, events, data)).toEqual([
      { userId: 'u-old', email: null, displayName: null, roles: ['ADMIN'] },
      data[1],
      data[2],
    ]);
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
