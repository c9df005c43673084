import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { InvalidInputError } from '@ledger/event-store-core';
import { assertPasswordPolicy } from '@ledger/identity-domain';

/** zxcvbn's scale: 0-2 fall to an online or a slowed offline guessing attack; 3 and 4 do not. */
const WEAKEST_ACCEPTED_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
let commonPasswords: ReadonlySet<string> | undefined;

/**
 * NCSC guidance: length, and no password that attackers try first. The length rule is the
 * domain's; the deny list is the common and breached passwords that @zxcvbn-ts/language-common
 * ships (with its estimate, so "Password1234!" goes with "password1234"), and the user's own email
 * and name. No composition rules. Checked before hashing: a password never reaches an event.
 */
export function assertAcceptablePassword(password: string, about: readonly string[] = []): void {
  assertPasswordPolicy(password);
  commonPasswords ??= new Set(dictionary['passwords-common']);
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  const refuse = () =>
    new InvalidInputError('That password is on the list of common or breached passwords, or close to one: choose a longer phrase of unrelated words', {
      field: 'password',
    });
  if (commonPasswords.has(password.toLowerCase())) throw refuse();
  const userInputs = about.flatMap((text) => {
    const lower = text.toLowerCase();
    return [lower, lower.split('@')[0], ...lower.split(/[^a-z0-9]+/)].filter((word) => word.length >= 3);
  });
  if (estimator.check(password, userInputs).score < WEAKEST_ACCEPTED_SCORE) throw refuse();
}
