import { TestBed } from '@angular/core/testing';

import { stubFetch, sentRequest } from '../../../testing/fetch-stub';
import { TokenStore } from '../auth/token-store';
import { GraphqlClient } from './graphql-client';
import { GraphqlError } from './graphql-error';
import { TypedDocumentString } from '../../generated/graphql';

describe('GraphqlClient', () => {
  let client: GraphqlClient;

  beforeEach(() => {
    sessionStorage.clear();
    client = TestBed.inject(GraphqlClient);
  });

  it('posts query and variables as JSON to /graphql and returns data', async () => {
    const fetch = stubFetch({ data: { hello: 'world' } });

    const data = await client.request<{ hello: string }>('query Q($a:Int){ hello }', { a: 1 });

    expect(data).toEqual({ hello: 'world' });
    const sent = sentRequest(fetch);
    expect(sent.url).toBe('/graphql');
    expect(sent.headers['Content-Type']).toBe('application/json');
    expect(sent.query).toBe('query Q($a:Int){ hello }');
    expect(sent.variables).toEqual({ a: 1 });
    expect(sent.headers['Authorization']).toBeUndefined();
  });

  it('runs a typed document: its text, one line, with the variables', async () => {
    const fetch = stubFetch({ data: { post: { id: 'p-1' } } });
    const POST = new TypedDocumentString<{ post: { id: string } }, { id: string }>(`
      query Post($id: ID!) {
        post(id: $id) { id }
      }
    `);

    const data = await client.execute(POST, { id: 'p-1' });

    expect(data.post.id).toBe('p-1');
    expect(sentRequest(fetch).query).toBe('query Post($id: ID!) { post(id: $id) { id } }');
    expect(sentRequest(fetch).variables).toEqual({ id: 'p-1' });
  });

  it('sends the stored token as a bearer token', async () => {
    TestBed.inject(TokenStore).set('tok-123');
    const fetch = stubFetch({ data: { ok: true } });

    await client.request('query { ok }');

    expect(sentRequest(fetch).headers['Authorization']).toBe('Bearer tok-123');
  });

  it('throws the first GraphQL error with its extensions.code and message', async () => {
    stubFetch({
      data: null,
      errors: [
        { message: 'Invalid email or password.', extensions: { code: 'UNAUTHENTICATED' } },
        { message: 'second', extensions: { code: 'BAD_USER_INPUT' } },
      ],
    });

    const error = await client.request('query { me { id } }').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GraphqlError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Invalid email or password.' });
  });

  it('reports a GraphQL error without a code as INTERNAL_SERVER_ERROR', async () => {
    stubFetch({ errors: [{ message: 'Something broke' }] });

    await expect(client.request('query { x }')).rejects.toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Something broke',
    });
  });

  it('reports an unreachable server as NETWORK_ERROR', async () => {
    stubFetch(new TypeError('Failed to fetch'));

    await expect(client.request('query { x }')).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });

  it('reports a body that is not JSON as BAD_RESPONSE with the HTTP status', async () => {
    globalThis.fetch = jest.fn(async () => ({
      ok: false,
      status: 502,
      json: async () => {
        throw new SyntaxError('Unexpected token <');
      },
    })) as unknown as typeof fetch;

    await expect(client.request('query { x }')).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
      message: expect.stringContaining('502'),
    });
  });
});
