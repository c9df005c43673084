/**
 * Domain errors carry the contract's error code, so the GraphQL edge maps them with one table and
 * the CLI can print them with the same words.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RULE_VIOLATION'
  // Given at the edge, never by a decider: too many attempts too fast; a request over the limits.
  | 'TOO_MANY_REQUESTS'
  | 'QUERY_TOO_COMPLEX';

export abstract class LedgerError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input is malformed: a value out of range, a missing field. */
export class InvalidInputError extends LedgerError {
  readonly code = 'BAD_USER_INPUT' as const;
}

export class NotFoundError extends LedgerError {
  readonly code = 'NOT_FOUND' as const;
}

/** A domain rule forbids the command in the current state. */
export class RuleViolationError extends LedgerError {
  readonly code = 'RULE_VIOLATION' as const;
}

export class UnauthenticatedError extends LedgerError {
  readonly code = 'UNAUTHENTICATED' as const;
}

export class ForbiddenError extends LedgerError {
  readonly code = 'FORBIDDEN' as const;
}

/** The stream moved on since the caller read it: expectedRevision was stale. */
export class ConcurrencyConflictError extends LedgerError {
  readonly code = 'CONFLICT' as const;
  constructor(
    readonly streamId: string,
    readonly expectedRevision: number,
    readonly actualRevision: number,
  ) {
    super(
      `Stream ${streamId} is at revision ${actualRevision}, not the expected ${expectedRevision}: someone changed it since you read it. Reload and try again.`,
      { streamId, expectedRevision, actualRevision },
    );
  }
}
