import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { LedgerError } from '@ledger/event-store-core';

const BAD_INPUT_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);

function ledgerErrorOf(error: unknown): LedgerError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof LedgerError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * The one mapping of errors to the contract's codes at the GraphQL edge. Domain errors keep their
 * message; anything unexpected is logged by the caller and shown as INTERNAL_SERVER_ERROR without
 * internals.
 */
export function formatLedgerError(formatted: GraphQLFormattedError, error: unknown, onUnexpected?: (error: unknown) => void): GraphQLFormattedError {
  const ledgerError = ledgerErrorOf(error);
  if (ledgerError) {
    return {
      message: ledgerError.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ledgerError.code, ...ledgerError.details },
    };
  }
  const code = String(formatted.extensions?.['code'] ?? '');
  if (BAD_INPUT_CODES.has(code)) {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
  }
  onUnexpected?.(error instanceof GraphQLError ? (error.originalError ?? error) : error);
  return { message: 'Internal error: the server could not complete this request', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
