import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { Actor } from './actor';

export type LedgerRequest = Request & { actor?: Actor };

/** The HTTP request behind a GraphQL resolver or a plain route. */
export function requestOf(context: ExecutionContext): LedgerRequest {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: LedgerRequest }>().req;
  return context.switchToHttp().getRequest<LedgerRequest>();
}
