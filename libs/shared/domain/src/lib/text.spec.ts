import { InvalidInputError } from '@ledger/domain-kernel';
import { isRole } from './roles';
import { normalisedEmail, requiredText } from './text';

describe('shared value rules', () => {
  it('trims required text and names the field when it is empty or too long', () => {
    expect(requiredText('title', '  Contracts Manager ')).toBe('Contracts Manager');
    expect(() => requiredText('title', '   ')).toThrow(new InvalidInputError('title must not be empty'));
    expect(() => requiredText('title', 'x'.repeat(11), 10)).toThrow(/title must be at most 10 characters/);
  });

  it('normalises emails to lower case and refuses malformed ones', () => {
    expect(normalisedEmail(' Chantel.Allott@Example.GOV.UK ')).toBe('chantel.allott@example.gov.uk');
    expect(() => normalisedEmail('chantel@')).toThrow(InvalidInputError);
    expect(() => normalisedEmail(undefined)).toThrow(InvalidInputError);
  });

  it('knows the contract roles and nothing else', () => {
    expect(isRole('HR_LEAD')).toBe(true);
    expect(isRole('hr_lead')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
