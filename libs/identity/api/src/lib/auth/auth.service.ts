import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { UnauthenticatedError } from '@ledger/event-store-core';
import { PasswordHasher } from './password-hasher';
import { UserDocument } from '../projections';
import { IdentityQueries } from '../read/identity-queries';

export interface LoginResult {
  token: string;
  user: UserDocument;
}

/** Checks a password against the users read model and issues a signed, expiring JWT. */
@Injectable()
export class AuthService {
  constructor(
    private readonly directory: IdentityQueries,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
  ) {}

  async login(email: string, password: string): Promise<LoginResult> {
    const user = await this.directory.findByEmail(email ?? '');
    const valid = await this.hasher.verify(user?.passwordHash, password ?? '');
    // One message for every failure: it must not tell an attacker which emails exist.
    if (!user || !valid || user.disabled) throw new UnauthenticatedError('Email or password is not right');
    const token = await this.jwt.signAsync({ sub: user.id, roles: user.roles });
    return { token, user };
  }
}
