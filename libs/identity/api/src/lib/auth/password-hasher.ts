import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP's recommended parameters for interactive logins). */
@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    // Unknown emails still cost one verification, so response time does not reveal which exist.
    this.dummyHash ??= this.hash('not-a-real-password-just-for-timing');
    try {
      return await argon2.verify(hash ?? (await this.dummyHash), password).then((ok) => ok && hash !== undefined);
    } catch {
      return false;
    }
  }
}
