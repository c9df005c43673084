import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ForbiddenError, InvalidInputError, UnauthenticatedError } from '@ledger/event-store-core';
import { Role } from '@ledger/shared-domain';
import { ACTOR_LOOKUP } from '../tokens';
import type { ActorLookup } from './actor';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { requestOf } from './request';

/**
 * Global guard: a missing, expired or invalid token is UNAUTHENTICATED; a valid token without a
 * required role is FORBIDDEN. Roles are read from the users read model on each request, so
 * disabling a user or changing roles takes effect at once, not when the token expires.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @Inject(ACTOR_LOOKUP) private readonly actors: ActorLookup,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = requestOf(context);
    const header = request.headers?.authorization ?? '';
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new UnauthenticatedError('Sign in first: send the token from login as "Authorization: Bearer <token>"');
    }
    let subject: string;
    try {
      subject = (await this.jwt.verifyAsync<{ sub: string }>(token)).sub;
    } catch {
      throw new UnauthenticatedError('Your session token is invalid or has expired: sign in again');
    }
    const actor = await this.actors.findActiveActor(subject);
    if (!actor) throw new UnauthenticatedError('This account no longer exists or has been disabled');
    request.actor = { ...actor, correlationId: correlationIdOf(request.headers?.['x-correlation-id']) };
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (required && !required.some((role) => actor.roles.includes(role))) {
      throw new ForbiddenError(`This needs one of the roles ${required.join(', ')}; you have ${actor.roles.join(', ')}`);
    }
    return true;
  }
}

/** Letters, digits and . _ : - only, so a correlation id is safe in logs, URLs and exports. */
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The X-Correlation-Id header, when the client sent one; a malformed one is refused, not ignored. */
export function correlationIdOf(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || !CORRELATION_ID.test(header)) {
    throw new InvalidInputError('X-Correlation-Id must be 1 to 128 letters, digits or the characters . _ : -');
  }
  return header;
}
