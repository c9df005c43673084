import { RuleViolationError } from '@ledger/domain-kernel';
import { InMemoryPersonalDataKeyStore } from './personal-data-key-store';
import { PersonalDataVault, subjectOf } from './personal-data-vault';

describe('personal data vault', () => {
  it('seals a value that only the subject key opens, and never twice the same ciphertext', async () => {
    const vault = new PersonalDataVault(new InMemoryPersonalDataKeyStore());
    const a = await vault.seal('person-1', 'Chantel Allott');
    const b = await vault.seal('person-1', 'Chantel Allott');
    expect(a).not.toContain('Chantel');
    expect(a).not.toBe(b);
    expect(subjectOf(a)).toBe('person-1');
    expect(await vault.openAll([a, b, null])).toEqual(['Chantel Allott', 'Chantel Allott', undefined]);
  });

  it('cannot open anything of an erased person, and refuses to seal more for them', async () => {
    const vault = new PersonalDataVault(new InMemoryPersonalDataKeyStore());
    const name = await vault.seal('person-1', 'Chantel Allott');
    const other = await vault.seal('person-2', 'Sam Osei');
    await vault.erase('person-1', new Date());
    expect(await vault.openAll([name, other])).toEqual([undefined, 'Sam Osei']);
    expect(await vault.isErased('person-1')).toBe(true);
    await expect(vault.seal('person-1', 'again')).rejects.toBeInstanceOf(RuleViolationError);
  });

  it('stops answering a value it opened before as soon as the key is gone, also when another instance erased it', async () => {
    const keys = new InMemoryPersonalDataKeyStore();
    const vault = new PersonalDataVault(keys);
    const name = await vault.seal('person-1', 'Chantel Allott');
    expect(await vault.open(name)).toBe('Chantel Allott');
    expect(await vault.open(name)).toBe('Chantel Allott');
    // Another instance sharing the key store erases the person: this vault never hears of it.
    await keys.eraseKey('person-1');
    expect(await vault.openAll([name, name])).toEqual([undefined, undefined]);
  });

  it('rejects a ciphertext moved to another person', async () => {
    const vault = new PersonalDataVault(new InMemoryPersonalDataKeyStore());
    await vault.seal('person-2', 'x');
    const sealed = await vault.seal('person-1', 'Chantel Allott');
    const moved = sealed.replace(':person-1:', ':person-2:');
    await expect(vault.open(moved)).rejects.toThrow();
  });
});
