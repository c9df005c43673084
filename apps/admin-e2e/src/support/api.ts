/**
 * GraphQL against the product under test, for a journey's set-up (users, staff, procurements at
 * their gateways): what the journey does not exercise in the browser it arranges through the API.
 */
export async function graphqlAt<T = Record<string, any>>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`${query}\n${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Signs in through the API and returns the session token. */
export async function tokenAt(url: string, email: string, password: string): Promise<string> {
  const data = await graphqlAt<{ login: { token: string } }>(
    url,
    '',
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: password },
  );
  return data.login.token;
}
