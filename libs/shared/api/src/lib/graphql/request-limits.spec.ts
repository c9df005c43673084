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
async function requestsTo(isSignedIn: (context: BaseContext) => Promise<boolean> = async () => true) {
  const listener = (await requestLimitsPlugin({ isSignedIn }).requestDidStart?.({} as never)) as GraphQLRequestListener<BaseContext>;
  return async (document: DocumentNode, variables: Record<string, unknown>, contextValue: BaseContext = {}): Promise<string> => {
    const request = { request: { variables, operationName: 'Items' }, document, contextValue, schema };
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
});
