import { Injectable, Logger } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { LedgerError } from '@ledger/event-store-core';

/** Too many attempts too fast: the contract's TOO_MANY_REQUESTS, HTTP 429, with when to retry. */
export class TooManyRequestsError extends LedgerError {
  readonly code = 'TOO_MANY_REQUESTS' as const;
  readonly httpStatus = 429;
  constructor(message: string, retryAfterSeconds?: number) {
    super(message, retryAfterSeconds === undefined ? {} : { retryAfterSeconds });
  }
}

/**
 * At most `concurrency` pieces of expensive work at once (password hashing), and at most `queue`
 * waiting: past that the caller is refused at once instead of queueing without end, so a flood
 * cannot starve everything else that needs the same threads.
 */
export class BoundedWork {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly limits: { concurrency: number; queue: number },
    private readonly busyMessage: string,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limits.concurrency) {
      if (this.waiting.length >= this.limits.queue) throw new TooManyRequestsError(this.busyMessage, 1);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter; only when nobody waits is it freed.
      if (next) next();
      else this.running--;
    }
  }
}

/** How many failed sign-ins lock an account or a client address, and for how long. */
export const SIGN_IN_LIMITS = {
  account: { failures: 5, windowSeconds: 15 * 60 },
  address: { failures: 20, windowSeconds: 60 * 60 },
  /** The first lock; each further lock of the same key lasts twice as long, up to the longest. */
  firstLockSeconds: 60,
  longestLockSeconds: 60 * 60,
} as const;

/** The security events of signing in, as JSON log lines with `security: true` (docs/security.md). */
export type SecurityEvent =
  | { event: 'sign-in-failed'; account?: string; clientAddress: string; reason: 'unknown-account' | 'wrong-password' | 'disabled' | 'local-passwords-administrators-only' }
  | { event: 'sign-in-locked'; key: 'account' | 'address'; account?: string; clientAddress: string; lockSeconds: number }
  | { event: 'sign-in-refused-while-locked'; account?: string; clientAddress: string }
  | { event: 'password-changed'; account: string; byAdministrator: boolean; actor: string }
  | { event: 'roles-changed'; account: string; roles: readonly string[]; actor: string }
  | { event: 'account-erased'; account: string; actor: string }
  | { event: 'account-enabled'; account: string; actor: string }
  // Single sign-on (ADR 0033): never a token, a code or a claim beyond the account id.
  | { event: 'sso-signed-in'; account: string; roles: readonly string[]; created: boolean }
  | { event: 'sso-refused'; account?: string; reason: 'email-unverified' | 'disabled' }
  | { event: 'sso-handoff-refused'; account?: string; reason: 'invalid-or-expired' | 'replayed' }
  | { event: 'signed-out'; account: string }
  | { event: 'role-mapping-changed'; group: string; roles: readonly string[]; actor: string }
  | { event: 'local-password-policy-changed'; administratorsOnly: boolean; actor: string };

const securityLog = new Logger('Security');

/** Writes a security event: never a password, a token or a hash. */
export function logSecurityEvent(event: SecurityEvent): void {
  securityLog.warn({ security: true, ...event });
}

/**
 * Failed sign-ins counted per account (the normalised email) and per client address. Past the
 * limit a key is locked, for a period that doubles with every lock (back-off); while locked, no
 * password is checked at all, so guessing stops paying even for the right password. A success
 * clears the account's count. Kept in memory: per instance (ADR 0017).
 */
@Injectable()
export class SignInThrottle {
  private readonly failures = {
    account: new RateLimiterMemory({ keyPrefix: 'account', points: SIGN_IN_LIMITS.account.failures, duration: SIGN_IN_LIMITS.account.windowSeconds }),
    address: new RateLimiterMemory({ keyPrefix: 'address', points: SIGN_IN_LIMITS.address.failures, duration: SIGN_IN_LIMITS.address.windowSeconds }),
  };
  /** How many times each key was locked within the last day: the back-off's exponent. */
  private readonly locks = new RateLimiterMemory({ keyPrefix: 'locks', points: 1000, duration: 24 * 60 * 60 });

  /** Refuses at once while the account or the address is locked. */
  async assertMayTry(account: string, clientAddress: string): Promise<void> {
    for (const [kind, key] of [['account', account], ['address', clientAddress]] as const) {
      const state = await this.failures[kind].get(key);
      if (state && state.consumedPoints > this.failures[kind].points) {
        logSecurityEvent({ event: 'sign-in-refused-while-locked', account: kind === 'account' ? account : undefined, clientAddress });
        throw lockedError(state);
      }
    }
  }

  /** Counts a failure against both keys; the one that passes its limit is locked. */
  async recordFailure(account: string, clientAddress: string): Promise<void> {
    for (const [kind, key] of [['account', account], ['address', clientAddress]] as const) {
      const limiter = this.failures[kind];
      try {
        await limiter.consume(key);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const previousLocks = (await this.locks.get(`${kind}:${key}`))?.consumedPoints ?? 0;
        await this.locks.penalty(`${kind}:${key}`, 1);
        const lockSeconds = Math.min(SIGN_IN_LIMITS.firstLockSeconds * 2 ** previousLocks, SIGN_IN_LIMITS.longestLockSeconds);
        await limiter.block(key, lockSeconds);
        logSecurityEvent({ event: 'sign-in-locked', key: kind, account: kind === 'account' ? account : undefined, clientAddress, lockSeconds });
      }
    }
  }

  /** A correct password: the account's run of failures is over (the address keeps its count). */
  async recordSuccess(account: string): Promise<void> {
    await this.failures.account.delete(account);
  }
}

function lockedError(state: RateLimiterRes): TooManyRequestsError {
  const seconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  return new TooManyRequestsError(`Too many failed sign-ins: try again in ${seconds} second${seconds === 1 ? '' : 's'}`, seconds);
}

/** How many mutations and file downloads or uploads one user may send a minute (docs/security.md). */
export interface RequestRateLimitSettings {
  mutationsPerMinute: number;
  fileRequestsPerMinute: number;
}

export const DEFAULT_REQUEST_RATE_LIMITS: RequestRateLimitSettings = { mutationsPerMinute: 120, fileRequestsPerMinute: 30 };

/**
 * Per-user rate limits on what writes or costs: every mutation field, and every export, import or
 * pack download under /api. Reads of the registers are bounded by the request limits instead.
 */
export class RequestRateLimits {
  private readonly limiters;

  constructor(private readonly settings: RequestRateLimitSettings = DEFAULT_REQUEST_RATE_LIMITS) {
    this.limiters = {
      mutation: new RateLimiterMemory({ keyPrefix: 'mutation', points: settings.mutationsPerMinute, duration: 60 }),
      file: new RateLimiterMemory({ keyPrefix: 'file', points: settings.fileRequestsPerMinute, duration: 60 }),
    };
  }

  async consume(kind: 'mutation' | 'file', userId: string): Promise<void> {
    try {
      await this.limiters[kind].consume(userId);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      const [what, most] = kind === 'mutation' ? ['changes', this.settings.mutationsPerMinute] : ['downloads and uploads', this.settings.fileRequestsPerMinute];
      throw new TooManyRequestsError(`Too many ${what} in a minute (at most ${most}): try again in ${seconds} s`, seconds);
    }
  }
}
