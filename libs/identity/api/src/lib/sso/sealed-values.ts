import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNT_LOOKUP_KEY } from '@ledger/shared-api';

/**
 * Short-lived values the single sign-on hands to the browser and gets back (ADR 0033): the login's
 * state, nonce and PKCE verifier (in a cookie) and the one-time hand-off code (in the URL
 * fragment). Each is AES-256-GCM encrypted and authenticated, with its expiry inside, so any
 * instance can open it and nobody can read or forge one. The key is derived (HKDF-SHA256, its own
 * label per purpose) from the account lookup key of libs/runtime's ledger keys: no new secret file.
 */
@Injectable()
export class SealedValues {
  constructor(@Inject(ACCOUNT_LOOKUP_KEY) private readonly rootKey: Buffer) {}

  seal(purpose: SealedPurpose, value: Record<string, unknown>, expiresAt: Date): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keyFor(purpose), iv);
    cipher.setAAD(Buffer.from(purpose));
    const body = Buffer.concat([cipher.update(JSON.stringify({ ...value, exp: expiresAt.getTime() }), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** The value, or undefined when it was tampered with, sealed for another purpose, or is past its expiry. */
  open<T extends Record<string, unknown>>(purpose: SealedPurpose, sealed: string | undefined, now: Date): T | undefined {
    if (typeof sealed !== 'string' || sealed.length < 40 || sealed.length > 4000) return undefined;
    try {
      const raw = Buffer.from(sealed, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', this.keyFor(purpose), raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(purpose));
      decipher.setAuthTag(raw.subarray(12, 28));
      const value = JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as T & { exp: number };
      return typeof value.exp === 'number' && value.exp > now.getTime() ? value : undefined;
    } catch {
      return undefined;
    }
  }

  private keyFor(purpose: SealedPurpose): Buffer {
    return Buffer.from(hkdfSync('sha256', this.rootKey, Buffer.alloc(0), `governance-ledger ${purpose}`, 32));
  }
}

export type SealedPurpose = 'oidc-login-transient' | 'oidc-sign-in-handoff';
