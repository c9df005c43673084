import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ForbiddenError, UnauthenticatedError } from '@ledger/event-store-core';
import { SignInThrottle, logSecurityEvent } from '@ledger/shared-api';
import { PasswordHasher } from './password-hasher';
import { IdentityQueries, UserAccount } from '../read/identity-queries';
import { SignInSettings } from '../read/sign-in-settings';
import { sessionSubject } from './session-subject';

export interface LoginResult {
  token: string;
  user: UserAccount;
}

/**
 * Checks a password against the users read model and issues a signed, expiring JWT. Every attempt
 * passes the sign-in throttle first (per account and per client address), and every failure is a
 * security event.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly directory: IdentityQueries,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly throttle: SignInThrottle,
    private readonly signInSettings: SignInSettings,
  ) {}

  async login(email: string, password: string, clientAddress: string): Promise<LoginResult> {
    const user = await this.checkPassword(email, password, clientAddress);
    // Checked after the password, so the refusal tells only someone who knows it that the account exists.
    if (!user.roles.includes('ADMIN') && (await this.signInSettings.localPasswordPolicy()).administratorsOnly) {
      logSecurityEvent({ event: 'sign-in-failed', account: user.id, clientAddress, reason: 'local-passwords-administrators-only' });
      throw new ForbiddenError('Password sign-in is kept for administrators: sign in through your organisation’s account instead', {
        reason: 'LOCAL_PASSWORDS_ADMINISTRATORS_ONLY',
      });
    }
    return this.issueSession(user);
  }

  /** The ledger's normal session for a user already proven (by password, or by the identity provider). */
  async issueSession(user: UserAccount): Promise<LoginResult> {
    // The roles claim is for the client's display only: the guard reads roles afresh on every request.
    const token = await this.jwt.signAsync({ sub: sessionSubject(user.id, user.sessionVersion), roles: user.roles });
    return { token, user };
  }

  /** The user whose email and password these are, or UNAUTHENTICATED (TOO_MANY_REQUESTS while locked). */
  async checkPassword(email: string, password: string, clientAddress: string): Promise<UserAccount> {
    const account = String(email ?? '').trim().toLowerCase().slice(0, 254);
    await this.throttle.assertMayTry(account, clientAddress);
    const user = await this.directory.findByEmail(account);
    // An account made through the identity provider has no password (''): it fails like an unknown one, in the same time.
    const valid = await this.hasher.verify(user?.passwordHash || undefined, password ?? '');
    if (!user || !valid || user.disabled || user.erased) {
      await this.throttle.recordFailure(account, clientAddress);
      logSecurityEvent({ event: 'sign-in-failed', account: user?.id, clientAddress, reason: !user ? 'unknown-account' : !valid ? 'wrong-password' : 'disabled' });
      // One message for every failure: it must not tell an attacker which emails exist.
      throw new UnauthenticatedError('Email or password is not right');
    }
    await this.throttle.recordSuccess(account);
    return user;
  }
}
