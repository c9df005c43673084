import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { ErrorCode, LedgerError } from '@ledger/event-store-core';

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RULE_VIOLATION: 422,
  TOO_MANY_REQUESTS: 429,
  QUERY_TOO_COMPLEX: 400,
};

/**
 * An error may name a more precise HTTP status than its code's (413 for an upload over the limits).
 * Domain errors are answers, not failures: GraphQL gets them back for its error formatter (without
 * the stack-trace log Nest writes for unexpected exceptions); plain HTTP routes (exports, health)
 * answer with the matching status and the same code.
 */
@Catch(LedgerError)
export class LedgerErrorFilter implements GqlExceptionFilter {
  catch(error: LedgerError, host: ArgumentsHost): LedgerError | void {
    if (host.getType<string>() !== 'http') return error;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status((error as { httpStatus?: number }).httpStatus ?? HTTP_STATUS[error.code])
      .json({ error: { code: error.code, message: error.message, ...error.details } });
  }
}
