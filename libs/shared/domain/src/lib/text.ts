import { InvalidInputError } from '@ledger/domain-kernel';

/** Trims a required free-text field and bounds its length, naming the field in the error. */
export function requiredText(field: string, value: string | undefined | null, maxLength = 500): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length === 0) throw new InvalidInputError(`${field} must not be empty`, { field });
  if (trimmed.length > maxLength) throw new InvalidInputError(`${field} must be at most ${maxLength} characters`, { field });
  return trimmed;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Emails are compared case-insensitively: stored trimmed and lower-cased. */
export function normalisedEmail(value: string | undefined | null): string {
  const email = (value ?? '').trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 254) throw new InvalidInputError(`"${value ?? ''}" is not a valid email address`, { field: 'email' });
  return email;
}
