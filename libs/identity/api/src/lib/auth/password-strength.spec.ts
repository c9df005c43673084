import { InvalidInputError } from '@ledger/event-store-core';
import { assertAcceptablePassword } from './password-strength';

describe('acceptable passwords (NCSC: length and a deny list, no composition rules)', () => {
  it.each(['password1234', 'Password1234!', 'qwertyuiop123', '123456789012', 'iloveyou2024', 'letmeinletmein'])('refuses the common or breached %j', (password) => {
    expect(() => assertAcceptablePassword(password)).toThrow(InvalidInputError);
    expect(() => assertAcceptablePassword(password)).toThrow(/common or breached/);
  });

  it('refuses a password made of the user\'s own email or name', () => {
    expect(() => assertAcceptablePassword('jo.bloggs.2026', ['jo.bloggs@authority.gov.uk', 'Jo Bloggs'])).toThrow(/common or breached/);
  });

  it('refuses short passwords with the length rule first', () => {
    expect(() => assertAcceptablePassword('Tr0ub4dor&3')).toThrow(/at least 12 characters/);
  });

  it.each(['correct-horse-battery-staple', 'a long enough passphrase', 'procurement-lead-2026', 'kettle orbit marmalade'])('accepts the passphrase %j, with no composition rules', (password) => {
    expect(() => assertAcceptablePassword(password, ['someone@authority.gov.uk'])).not.toThrow();
  });
});
