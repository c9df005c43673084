import { Injectable, InjectionToken, PendingTasks, inject } from '@angular/core';

import { TokenStore } from '../auth/token-store';
import { BAD_RESPONSE, GraphqlError, NETWORK_ERROR, UNKNOWN_ERROR } from './graphql-error';
import type { TypedDocumentString } from '../../generated/graphql';

/** Where the API answers GraphQL; the API serves this app, so same origin by default. */
export const GRAPHQL_ENDPOINT = new InjectionToken<string>('GRAPHQL_ENDPOINT', {
  providedIn: 'root',
  factory: () => '/graphql',
});

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: { code?: unknown } }[];
}

/**
 * The one way features talk to the API. Plain `fetch` keeps the bundle small and the
 * behaviour easy to test; every failure surfaces as a {@link GraphqlError}.
 */
@Injectable({ providedIn: 'root' })
export class GraphqlClient {
  private readonly endpoint = inject(GRAPHQL_ENDPOINT);
  private readonly tokens = inject(TokenStore);
  private readonly pendingTasks = inject(PendingTasks);

  /**
   * Runs a document generated from the API's schema (`graphql(…)` from app/generated): the
   * variables and the answer are checked against its types. The text is sent on one line, so
   * values belong in variables, not literals.
   */
  execute<TData, TVariables>(document: TypedDocumentString<TData, TVariables>, variables: TVariables): Promise<TData> {
    const query = document.toString().replace(/\s+/g, ' ').trim();
    return this.request<TData>(query, variables as Record<string, unknown>);
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    // The app is not "stable" while a request is in flight (tests and tooling wait for this).
    const done = this.pendingTasks.add();
    try {
      return await this.send<T>(query, variables);
    } finally {
      done();
    }
  }

  private async send<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
    };
    const token = this.tokens.token();
    if (token) {
      headers['Authorization'] = `Bearer ${token}`;
    }

    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
    } catch {
      throw new GraphqlError(NETWORK_ERROR, 'The server could not be reached. Check your connection and try again.');
    }

    let body: GraphqlResponse<T>;
    try {
      body = (await response.json()) as GraphqlResponse<T>;
    } catch {
      throw new GraphqlError(BAD_RESPONSE, `The server answered with an unexpected response (HTTP ${response.status}).`);
    }

    const [first] = body?.errors ?? [];
    if (first) {
      const code = typeof first.extensions?.code === 'string' ? first.extensions.code : UNKNOWN_ERROR;
      throw new GraphqlError(code, first.message);
    }
    if (body?.data == null) {
      throw new GraphqlError(BAD_RESPONSE, `The server answered without data (HTTP ${response.status}).`);
    }
    return body.data;
  }
}
