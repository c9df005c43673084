import { Inject, Injectable, Optional } from '@nestjs/common';
import * as argon2 from 'argon2';
import { BoundedWork } from '@ledger/shared-api';
import { DEFAULT_PASSWORD_HASHING, PASSWORD_HASHING, PasswordHashing } from './password-hashing.module';

/** At most this many hashes at once (one per core here), with a short queue: see BoundedWork. */
export const PASSWORD_HASHING_LIMITS = { concurrency: 2, queue: 16 } as const;

/**
 * argon2id, by default with the library's parameters (64 MiB, 3 passes), configurable down to
 * OWASP's minimum (PasswordHashingModule).
 * The work is bounded: argon2 runs on libuv's small thread pool, which file and crypto work share,
 * so a flood of sign-ins is refused TOO_MANY_REQUESTS instead of starving everything else.
 */
@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;
  private readonly work = new BoundedWork(PASSWORD_HASHING_LIMITS, 'The server is busy checking passwords: try again in a moment');
  private readonly options: argon2.HashOptions & { raw?: false };

  constructor(@Optional() @Inject(PASSWORD_HASHING) hashing: PasswordHashing | null = null) {
    const { memoryKib, timeCost } = hashing ?? DEFAULT_PASSWORD_HASHING;
    this.options = { type: argon2.argon2id, memoryCost: memoryKib, timeCost };
  }

  hash(password: string): Promise<string> {
    return this.work.run(() => argon2.hash(password, this.options));
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    // Unknown emails still cost one verification, so response time does not reveal which exist.
    this.dummyHash ??= argon2.hash('not-a-real-password-just-for-timing', this.options);
    const against = hash ?? (await this.dummyHash);
    return this.work.run(async () => {
      try {
        return (await argon2.verify(against, password)) && hash !== undefined;
      } catch {
        return false;
      }
    });
  }
}
