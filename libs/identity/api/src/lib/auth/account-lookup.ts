import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNT_LOOKUP_KEY } from '@ledger/shared-api';

/**
 * The keyed lookup hash of a sign-in email (ADR 0020): HMAC-SHA256 under a key kept outside every
 * store, over the email as registrations normalise it (trimmed, lower case). Sign-in and the
 * uniqueness check find an account by it, so no store holds an email in clear; without the key, a
 * database administrator cannot test guessed emails against it.
 */
@Injectable()
export class AccountLookup {
  constructor(@Inject(ACCOUNT_LOOKUP_KEY) private readonly key: Buffer) {
    if (!Buffer.isBuffer(key) || key.length < 32) throw new Error('The account lookup key must be 32 bytes (stores.keys.accountLookup.key)');
  }

  hashOf(email: string): string {
    return createHmac('sha256', this.key).update(normalisedForLookup(email)).digest('hex');
  }

  /** The keyed lookup hash of an identity at an OpenID provider (ADR 0033): issuer and subject, exactly as sent. */
  providerSubjectHashOf(issuer: string, subject: string): string {
    return createHmac('sha256', this.key).update(`oidc-subject\n${issuer}\n${subject}`).digest('hex');
  }
}

/** What registration records (see normalisedEmail), without its validation: any text can be looked up. */
export function normalisedForLookup(email: string): string {
  return String(email ?? '').trim().toLowerCase();
}
