import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { LedgerError } from '@ledger/event-store-core';
import { QUERY_TOO_COMPLEX, isTokenLimitError } from './request-limits';

const BAD_INPUT_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);
/** Codes the edge itself gives (request limits, throttling, sign-in), passed on as they are. */
const EDGE_CODES = new Set([QUERY_TOO_COMPLEX, 'TOO_MANY_REQUESTS', 'UNAUTHENTICATED']);

function ledgerErrorOf(error: unknown): LedgerError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof LedgerError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** A code the edge gave, even where Apollo wrapped the error (a validation rule's refusal). */
function edgeCodeOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { extensions?: Record<string, unknown> }).extensions?.['code'];
    if (typeof code === 'string' && EDGE_CODES.has(code)) return code;
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
  const code = edgeCodeOf(error) ?? String(formatted.extensions?.['code'] ?? '');
  if (EDGE_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  if (code === 'GRAPHQL_PARSE_FAILED' && isTokenLimitError(formatted.message)) {
    return { message: `This request asks for more than one request may: it has more than the limit of tokens (${formatted.message.replace(/^Syntax Error: /, '')})`, extensions: { code: QUERY_TOO_COMPLEX } };
  }
  if (BAD_INPUT_CODES.has(code)) {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
  }
  onUnexpected?.(error instanceof GraphQLError ? (error.originalError ?? error) : error);
  return { message: 'Internal error: the server could not complete this request', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
