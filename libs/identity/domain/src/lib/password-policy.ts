import { InvalidInputError } from '@ledger/event-store-core';

export const MIN_PASSWORD_LENGTH = 12;

/**
 * NCSC guidance: length over complexity rules. A password is checked here before it is hashed;
 * only the hash ever reaches an event.
 */
export function assertPasswordPolicy(password: string): void {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    throw new InvalidInputError(`A password needs at least ${MIN_PASSWORD_LENGTH} characters`, { field: 'password' });
  }
  if (password.length > 256) throw new InvalidInputError('A password may have at most 256 characters', { field: 'password' });
}
