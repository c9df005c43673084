import { Validators } from '@angular/forms';

/** The API's password policy (libs/identity/domain: length over complexity, as NCSC advises). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export const PASSWORD_HINT = `At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a long password that is easy to remember.`;
export const PASSWORD_ERROR = `Enter a password of at least ${MIN_PASSWORD_LENGTH} characters.`;

export const passwordValidators = [
  Validators.required,
  Validators.minLength(MIN_PASSWORD_LENGTH),
  Validators.maxLength(MAX_PASSWORD_LENGTH),
];
