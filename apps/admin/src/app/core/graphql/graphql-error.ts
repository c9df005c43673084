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
