import type { BaseContext, GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import { DocumentNode, buildSchema, parse } from 'graphql';
import { QUERY_TOO_COMPLEX, requestLimitsPlugin } from './request-limits';

const schema = buildSchema(`
  type Item { id: ID }
  type Query { items(asOf: String): [Item] }
`);

/** Seventeen aliases of one field: cheap live (2 each), over the budget of 1,000 when asked as of an instant (62 each). */
const costly = parse(`query Items($asOf: String) { ${Array.from({ length: 17 }, (_, i) => `a${i}: items(asOf: $asOf) { id }`).join(' ')} }`);

/** One plugin (so what it works out about a document is kept between requests) and a way to send it requests. */
async function requestsTo(isSignedIn: (context: BaseContext) => Promise<boolean> = async () => true, schemaUsed = schema) {
  const listener = (await requestLimitsPlugin({ isSignedIn }).requestDidStart?.({} as never)) as GraphQLRequestListener<BaseContext>;
  return async (document: DocumentNode, variables: Record<string, unknown>, contextValue: BaseContext = {}): Promise<string> => {
    const request = { request: { variables, operationName: 'Items' }, document, contextValue, schema: schemaUsed };
    try {
      await listener.didResolveOperation?.(request as unknown as GraphQLRequestContextDidResolveOperation<BaseContext>);
      return 'allowed';
    } catch (error) {
      return String((error as { extensions?: { code?: string } }).extensions?.code);
    }
  };
}

describe('the request limits plugin', () => {
  it('refuses the same document when its variables make it too costly, whatever was allowed before', async () => {
    const send = await requestsTo();
    // The cheap form twice (the second from what was worked out), the costly one twice, the cheap one again.
    expect(await send(costly, {})).toBe('allowed');
    expect(await send(costly, {})).toBe('allowed');
    expect(await send(costly, { asOf: '2024-01-01T00:00:00Z' })).toBe(QUERY_TOO_COMPLEX);
    expect(await send(costly, { asOf: '2024-01-01T00:00:00Z' })).toBe(QUERY_TOO_COMPLEX);
    expect(await send(costly, { asOf: null })).toBe('allowed');
  });

  it('still refuses introspection to a caller who is not signed in after a signed-in caller asked the same', async () => {
    const send = await requestsTo(async (context) => (context as { signedIn?: boolean }).signedIn === true);
    const introspection = parse('query Items { __schema { queryType { name } } }');
    expect(await send(introspection, {}, { signedIn: true })).toBe('allowed');
    expect(await send(introspection, {}, { signedIn: false })).toBe('UNAUTHENTICATED');
  });

  it('keeps at most 64 costs per document and none for large variables, so a caller varying them cannot grow the memory it holds', async () => {
    // The same costs as the product's (2 live, 62 as of an instant), counted each time the cost is worked out.
    let estimated = 0;
    const counting = buildSchema(`type Item { id: ID } type Query { items(asOf: String): [Item] }`);
    (counting.getQueryType()?.getFields()['items'] as { extensions: Record<string, unknown> }).extensions = {
      complexity: ({ args }: { args: { asOf?: string } }) => (estimated++, args.asOf ? 62 : 2),
    };
    const send = await requestsTo(undefined, counting);
    const workedOut = () => {
      const times = estimated / 17;
      estimated = 0;
      return times;
    };
    // Variables over 2 KB: worked out, never kept, so worked out again (and refused again) each time.
    const large = { asOf: `2024-01-01T00:00:00Z${' '.repeat(3000)}` };
    expect([await send(costly, large), await send(costly, large)]).toEqual([QUERY_TOO_COMPLEX, QUERY_TOO_COMPLEX]);
    expect(workedOut()).toBe(2);
    // 100 distinct small values: each worked out once; past 64 the oldest are dropped, the latest kept.
    const values = Array.from({ length: 100 }, (_, i) => ({ asOf: `2024-01-01T00:00:${String(i).padStart(2, '0')}Z` }));
    for (const variables of values) expect(await send(costly, variables)).toBe(QUERY_TOO_COMPLEX);
    expect(workedOut()).toBe(100);
    expect(await send(costly, values[99])).toBe(QUERY_TOO_COMPLEX);
    expect(workedOut()).toBe(0);
    expect(await send(costly, values[0])).toBe(QUERY_TOO_COMPLEX);
    expect(workedOut()).toBe(1);
  });
});
