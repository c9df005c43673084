/**
 * A failed GraphQL request. `code` is the API's `extensions.code` (UNAUTHENTICATED,
 * BAD_USER_INPUT, FORBIDDEN, ...) or one of the client-side codes below when no GraphQL
 * answer arrived, so callers can branch on one field whatever went wrong.
 */
export class GraphqlError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'GraphqlError';
  }
}

/** The request never reached the API (offline, DNS, connection refused). */
export const NETWORK_ERROR = 'NETWORK_ERROR';
/** The API answered with something that is not a GraphQL response. */
export const BAD_RESPONSE = 'BAD_RESPONSE';
/** A GraphQL error arrived without `extensions.code`. */
export const UNKNOWN_ERROR = 'INTERNAL_SERVER_ERROR';

/** Whatever a request threw, as a {@link GraphqlError} a page can show. */
export function asGraphqlError(error: unknown): GraphqlError {
  if (error instanceof GraphqlError) {
    return error;
  }
  return new GraphqlError(UNKNOWN_ERROR, error instanceof Error ? error.message : String(error));
}

/**
 * Refusals whose message says in plain words what is wrong and what to do (a rule, a field, a
 * record that is not there): shown without their code. Any other failure (a missing role, a
 * record changed meanwhile, whose form says what to do above the technical detail, a server
 * fault, no network) keeps its code beside the message, for whoever supports the user.
 */
const PLAIN_REFUSALS: readonly string[] = ['RULE_VIOLATION', 'BAD_USER_INPUT', 'NOT_FOUND'];

/** The code worth showing beside an error's message, or null when the message says it all. */
export function visibleCode(error: Pick<GraphqlError, 'code'>): string | null {
  return PLAIN_REFUSALS.includes(error.code) ? null : error.code;
}
