// A real OpenID provider for the tests (oidc-provider, a certified implementation), run as its own
// `node` process: oidc-provider and its koa stack are ES modules that Jest's CommonJS runtime does
// not load. Started by tools/testing/oidc-test-provider.ts, which passes the set-up as JSON in
// OIDC_TEST_PROVIDER and reads {"issuer": ...} from the first line of stdout.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const setup = JSON.parse(process.env.OIDC_TEST_PROVIDER ?? '{}');
const accounts = new Map(Object.entries(setup.accounts ?? {}));

const server = createServer();
await new Promise((resolve) => server.listen(setup.port ?? 0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: setup.clientId,
      client_secret: setup.clientSecret,
      redirect_uris: setup.redirectUris,
      post_logout_redirect_uris: setup.postLogoutRedirectUris ?? [],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  // The dev login form takes any login: the login names the test account (its password is not checked).
  async findAccount(_ctx, id) {
    const account = accounts.get(id);
    if (!account) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...account }) };
  },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups', 'roles', 'xms_edov'] },
  // Claims in the ID token itself, as Entra ID sends them.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  pkce: { required: () => true },
  // No consent screen: the test client is trusted for every scope it asks.
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
  cookies: { keys: ['test-provider-cookie-key-0123456789'] },
  ttl: { Session: 600, Interaction: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
});
// Quiet: the provider's warnings about dev interactions are expected here.
provider.on('server_error', (_ctx, error) => process.stderr.write(`oidc-provider server_error: ${error.stack}\n`));
server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
