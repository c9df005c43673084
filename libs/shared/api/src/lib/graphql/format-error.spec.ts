import { GraphQLError } from 'graphql';
import { ConcurrencyConflictError, ForbiddenError, InvalidInputError, NotFoundError, RuleViolationError, UnauthenticatedError } from '@ledger/event-store-core';
import { formatLedgerError } from './format-error';
import { parseIsoDate } from './date.scalar';
import { newAggregateId } from '../write/aggregate-id';

const wrap = (error: Error) => new GraphQLError(error.message, { originalError: error });
const formatted = { message: 'm', path: ['x'] };

describe('the one error mapping at the GraphQL edge', () => {
  it.each([
    [new InvalidInputError('bad'), 'BAD_USER_INPUT'],
    [new UnauthenticatedError('who?'), 'UNAUTHENTICATED'],
    [new ForbiddenError('no'), 'FORBIDDEN'],
    [new NotFoundError('gone'), 'NOT_FOUND'],
    [new ConcurrencyConflictError('post-1', 1, 2), 'CONFLICT'],
    [new RuleViolationError('rule'), 'RULE_VIOLATION'],
  ])('maps %p to %s with its message', (error, code) => {
    const result = formatLedgerError(formatted, wrap(error));
    expect(result.extensions?.['code']).toBe(code);
    expect(result.message).toBe(error.message);
  });

  it('gives a conflict the revisions the client needs to reload', () => {
    const result = formatLedgerError(formatted, wrap(new ConcurrencyConflictError('post-1', 1, 2)));
    expect(result.extensions).toMatchObject({ streamId: 'post-1', expectedRevision: 1, actualRevision: 2 });
  });

  it('maps GraphQL validation failures (wrong enum, wrong type) to BAD_USER_INPUT', () => {
    const result = formatLedgerError({ message: 'Value "KING" does not exist', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError('x'));
    expect(result).toMatchObject({ message: 'Value "KING" does not exist', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('hides the internals of unexpected errors and reports them to the logger', () => {
    const logged: unknown[] = [];
    const secret = new Error('connection to 10.0.0.5 refused, password=hunter2');
    const result = formatLedgerError(formatted, wrap(secret), (e) => logged.push(e));
    expect(result.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(result.message).not.toContain('hunter2');
    expect(logged).toEqual([secret]);
  });
});

describe('Date scalar', () => {
  it('accepts real calendar dates only', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(() => parseIsoDate('2023-02-29')).toThrow(/not a real calendar date/);
    expect(() => parseIsoDate('29/02/2024')).toThrow(/YYYY-MM-DD/);
  });

  it('refuses dates no record can mean, such as 0001-01-01 or 9999-12-31, and takes the edges of the range', () => {
    expect(() => parseIsoDate('0001-01-01')).toThrow(/outside the dates a record can mean/);
    expect(() => parseIsoDate('9999-12-31')).toThrow(/outside the dates a record can mean/);
    expect(() => parseIsoDate('1899-12-31')).toThrow(/outside/);
    expect(parseIsoDate('1900-01-01')).toBe('1900-01-01');
    expect(parseIsoDate('2100-12-31')).toBe('2100-12-31');
  });
});

describe('request limits at the edge', () => {
  it('gives QUERY_TOO_COMPLEX for a document over the token limit, and passes the edge codes through', () => {
    const tokens = new GraphQLError('Syntax Error: Document contains more that 5000 tokens. Parsing aborted.', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(formatLedgerError(tokens.toJSON(), tokens).extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
    for (const code of ['QUERY_TOO_COMPLEX', 'TOO_MANY_REQUESTS']) {
      const edge = new GraphQLError('Slow down', { extensions: { code } });
      expect(formatLedgerError(edge.toJSON(), edge)).toMatchObject({ message: 'Slow down', extensions: { code } });
    }
  });
});

describe('aggregate ids', () => {
  it('derives the same id from the same commandId, so a retried create is recognised', () => {
    expect(newAggregateId('post', 'cmd-1')).toBe(newAggregateId('post', 'cmd-1'));
    expect(newAggregateId('post', 'cmd-1')).not.toBe(newAggregateId('risk', 'cmd-1'));
    expect(newAggregateId('post')).not.toBe(newAggregateId('post'));
    expect(newAggregateId('post', 'cmd-1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
