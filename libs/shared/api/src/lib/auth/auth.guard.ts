import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ForbiddenError, InvalidInputError, UnauthenticatedError } from '@ledger/event-store-core';
import { Role } from '@ledger/shared-domain';
import { ACTOR_LOOKUP } from '../tokens';
import { RequestRateLimits } from './throttling';
import { GqlExecutionContext } from '@nestjs/graphql';
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
    private readonly rateLimits: RequestRateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = requestOf(context);
    const token = bearerTokenOf(request);
    if (!token) {
      throw new UnauthenticatedError('Sign in first: send the token from login as "Authorization: Bearer <token>"');
    }
    const subject = await verifiedSubject(this.jwt, token);
    const actor = await this.actors.findActiveActor(subject);
    if (!actor) throw new UnauthenticatedError('This account no longer exists or has been disabled');
    request.actor = { ...actor, correlationId: correlationIdOf(request.headers?.['x-correlation-id']) };
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (required && !required.some((role) => actor.roles.includes(role))) {
      throw new ForbiddenError(`This needs one of the roles ${required.join(', ')}; you have ${actor.roles.join(', ')}`);
    }
    const limited = rateLimitedKind(context);
    if (limited) await this.rateLimits.consume(limited, actor.userId);
    return true;
  }
}

/** The token of an `Authorization: Bearer <token>` header, if the request has one. */
export function bearerTokenOf(request: { headers?: { authorization?: string } } | undefined): string | undefined {
  const [scheme, token] = (request?.headers?.authorization ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : undefined;
}

/** The only algorithm tokens are signed and accepted with (HMAC with the server's secret). */
export const JWT_ALGORITHM = 'HS256' as const;

/**
 * The user a token was issued to. The token must be signed with the pinned algorithm and carry an
 * expiry and a subject: a token without `exp` would never expire, so it is refused.
 */
export async function verifiedSubject(jwt: JwtService, token: string): Promise<string> {
  const invalid = () => new UnauthenticatedError('Your session token is invalid or has expired: sign in again');
  let payload: { sub?: unknown; exp?: unknown };
  try {
    payload = await jwt.verifyAsync<{ sub?: unknown; exp?: unknown }>(token, { algorithms: [JWT_ALGORITHM] });
  } catch {
    throw invalid();
  }
  if (typeof payload.exp !== 'number' || typeof payload.sub !== 'string' || payload.sub === '') throw invalid();
  return payload.sub;
}

/** Which per-user rate limit a request counts against: mutation fields, and file routes under /api. */
function rateLimitedKind(context: ExecutionContext): 'mutation' | 'file' | undefined {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getInfo()?.parentType?.name === 'Mutation' ? 'mutation' : undefined;
  }
  const path = requestOf(context).path ?? '';
  return path.startsWith('/api/') ? 'file' : undefined;
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
