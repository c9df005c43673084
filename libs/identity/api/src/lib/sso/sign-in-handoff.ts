import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ConcurrencyConflictError, RuleViolationError, UnauthenticatedError } from '@ledger/event-store-core';
import { commandMetadataFor, logSecurityEvent } from '@ledger/shared-api';
import { AuthService, LoginResult } from '../auth/auth.service';
import { IdentityQueries, UserAccount } from '../read/identity-queries';
import { SignInHandoffCommandMessage } from '../write/messages';
import { SealedValues } from './sealed-values';

/** How long the admin UI has to redeem a hand-off code: it does so at once, on the page it lands on. */
export const HANDOFF_LIFETIME_MS = 60_000;

const NOT_VALID = 'This sign-in did not complete: sign in again';

/**
 * Hands a finished single sign-on from the API's callback to the admin UI (ADR 0033) without
 * putting a session token in a URL: the callback redirects to /login/sso#handoff=<code>, a sealed,
 * 60-second value in the fragment (which browsers never send to a server, so no access log holds
 * it), and the UI exchanges it once for the ledger's normal session.
 */
@Injectable()
export class SignInHandoff {
  constructor(
    private readonly sealed: SealedValues,
    private readonly commands: CommandBus,
    private readonly queries: IdentityQueries,
    private readonly auth: AuthService,
  ) {}

  issue(user: UserAccount, now: Date): string {
    return this.sealed.seal('oidc-sign-in-handoff', { userId: user.id, sessionVersion: user.sessionVersion, n: randomBytes(16).toString('base64url') }, new Date(now.getTime() + HANDOFF_LIFETIME_MS));
  }

  /** The session for a hand-off code redeemed for the first time, before it expired; UNAUTHENTICATED otherwise. */
  async redeem(code: string, now: Date): Promise<LoginResult> {
    const handoff = this.sealed.open<{ userId: string; sessionVersion: number }>('oidc-sign-in-handoff', code, now);
    if (!handoff) {
      logSecurityEvent({ event: 'sso-handoff-refused', reason: 'invalid-or-expired' });
      throw new UnauthenticatedError(NOT_VALID);
    }
    const codeSha256 = createHash('sha256').update(code).digest('hex');
    try {
      await this.commands.execute(
        new SignInHandoffCommandMessage(codeSha256, { type: 'RedeemSignInHandoff', userId: handoff.userId }, commandMetadataFor({ userId: handoff.userId, roles: [] }, { now })),
      );
    } catch (error) {
      if (error instanceof ConcurrencyConflictError || error instanceof RuleViolationError) {
        logSecurityEvent({ event: 'sso-handoff-refused', account: handoff.userId, reason: 'replayed' });
        throw new UnauthenticatedError(NOT_VALID);
      }
      throw error;
    }
    const user = await this.queries.findById(handoff.userId);
    // Disabled, erased or signed out everywhere since the callback: no session.
    if (!user || user.disabled || user.erased || user.sessionVersion !== handoff.sessionVersion) throw new UnauthenticatedError(NOT_VALID);
    return this.auth.issueSession(user);
  }
}
