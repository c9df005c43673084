import { join } from 'node:path';
import { loadConfig } from '@ledger/runtime';
import { ADMIN, TestLedger, USER_PASSWORD, codeOf, startTestLedger } from '../testing/test-ledger';

// The shared test provider lives in tools/testing (no Nx project: module boundaries forbid a static import of it).
type OidcTestProvider = typeof import('../../../../tools/testing/oidc-test-provider');
const { CookieJar, signInAtProvider, startTestProvider }: OidcTestProvider = require(join(__dirname, '../../../../tools/testing/oidc-test-provider'));
type RunningTestProvider = Awaited<ReturnType<OidcTestProvider['startTestProvider']>>;
type CookieJar = InstanceType<OidcTestProvider['CookieJar']>;

/**
 * Single sign-on over OpenID Connect (issue 15 part 1, ADR 0033) against a real OpenID provider
 * (oidc-provider, certified; run as a child process by tools/testing/oidc-test-provider.ts): no
 * token is mocked. The browser's part is played over HTTP with a cookie jar: the ledger's login
 * redirect, the provider's own sign-in form, the callback, and the hand-off the admin UI redeems.
 */
const PUBLIC_URL = 'https://ledger.example.gov.uk';
const CALLBACK = `${PUBLIC_URL}/api/auth/oidc/callback`;
const CLIENT = {
  clientId: 'governance-ledger',
  clientSecret: 'a-client-secret-only-the-test-knows',
};

const Q = {
  settings: 'query { signInSettings { providerConfigured providerName roleClaim roleMappingRevision localPasswordsAdministratorsOnly roleMapping { group roles } } }',
  setEntry:
    'mutation($group: String!, $roles: [Role!]!, $expectedRevision: Int) { setRoleMappingEntry(group: $group, roles: $roles, expectedRevision: $expectedRevision) { roleMappingRevision roleMapping { group roles } } }',
  removeEntry: 'mutation($group: String!) { removeRoleMappingEntry(group: $group) { roleMapping { group } } }',
  policy: 'mutation($on: Boolean!) { setLocalPasswordPolicy(administratorsOnly: $on) { localPasswordsAdministratorsOnly } }',
  complete: 'mutation($handoff: String!) { completeSingleSignOn(handoff: $handoff) { token user { id email displayName roles } } }',
  me: 'query { me { id email roles } }',
  myAccount: 'query { me { id hasLocalPassword } }',
  changeOwnPassword: 'mutation($current: String!, $next: String!) { changeOwnPassword(currentPassword: $current, newPassword: $next) }',
  resetPassword: 'mutation($userId: ID!, $next: String!) { resetUserPassword(userId: $userId, newPassword: $next) { id } }',
  signOut: 'mutation { signOut { signedOut providerSignOutUrl } }',
  singleSignOn: 'query { singleSignOn { enabled providerName loginPath } }',
  login: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
  disable: 'mutation($userId: ID!) { disableUser(userId: $userId, reason: "Left the council") { disabled } }',
};

describe('single sign-on through a real OpenID provider (sqlite)', () => {
  let provider: RunningTestProvider;
  let ledger: TestLedger;
  let admin: string;

  /** The browser's way through: the ledger's login, the provider's form, the callback; returns where the ledger sent it. */
  const throughProvider = async (login: string) => {
    const jar = new CookieJar();
    const start = await fetch(`${ledger.url}/api/auth/oidc/login`, {
      redirect: 'manual',
    });
    expect(start.status).toBe(302);
    jar.store(ledger.url, start);
    const authorization = new URL(start.headers.get('location') as string);
    const callbackUrl = await signInAtProvider(authorization.href, login, CALLBACK, new CookieJar());
    return {
      jar,
      authorization,
      callbackUrl,
      finish: (url = callbackUrl) => callback(url, jar),
    };
  };
  /** The callback as the ledger receives it: the provider's redirect, at the ledger's real address. */
  const callback = async (callbackUrl: string, jar: CookieJar) => {
    const at = new URL(callbackUrl);
    const url = `${ledger.url}${at.pathname}${at.search}`;
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: jar.header(ledger.url) },
    });
    jar.store(ledger.url, response);
    expect(response.status).toBe(302);
    return response.headers.get('location') as string;
  };
  const handoffOf = (location: string) => {
    expect(location).toMatch(/^\/login\/sso#handoff=/);
    return decodeURIComponent(location.split('#handoff=')[1]);
  };
  const signIn = async (login: string) => {
    const location = await (await throughProvider(login)).finish();
    const session = await ledger.ok(Q.complete, {
      handoff: handoffOf(location),
    });
    return session as {
      token: string;
      user: { id: string; email: string; displayName: string; roles: string[] };
    };
  };
  const events = async (type: string) => (await ledger.stores.eventStore.readAll()).filter((event) => event.type === type);

  beforeAll(async () => {
    provider = await startTestProvider({
      ...CLIENT,
      redirectUris: [CALLBACK],
      postLogoutRedirectUris: [`${PUBLIC_URL}/login`],
      accounts: {
        gina: {
          email: 'gina.green@example.gov.uk',
          email_verified: true,
          name: 'Gina Green',
          groups: ['ledger-risk', 'all-staff'],
        },
        paul: {
          email: 'paul.price@example.gov.uk',
          email_verified: true,
          name: 'Paul Price',
          groups: ['ledger-procurement'],
        },
        nora: {
          email: 'nora.new@example.gov.uk',
          email_verified: true,
          name: 'Nora New',
          groups: ['unmapped-group'],
        },
        erin: { email: 'erin.entra@example.gov.uk', xms_edov: true, name: 'Erin Entra', groups: [] },
        ursula: { email: 'ursula.unverified@example.gov.uk', xms_edov: false, name: 'Ursula', groups: [] },
        una: {
          email: 'una.unverified@example.gov.uk',
          email_verified: false,
          name: 'Una',
          groups: ['ledger-risk'],
        },
        boss: {
          email: ADMIN.email,
          email_verified: true,
          name: 'The Administrator',
          groups: ['ledger-risk'],
        },
      },
    });
    ledger = await startTestLedger('sqlite', {
      PUBLIC_URL,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT.clientId,
      OIDC_CLIENT_SECRET: CLIENT.clientSecret,
      OIDC_PROVIDER_NAME: 'Example Council',
    });
    admin = await ledger.adminToken();
  }, 120_000);

  afterAll(async () => {
    await ledger?.close();
    await provider?.stop();
  });

  it('tells the sign-in page the provider is configured, and sends the browser there with PKCE (S256), state and nonce in a sealed HttpOnly cookie', async () => {
    expect(await ledger.ok(Q.singleSignOn)).toEqual({
      enabled: true,
      providerName: 'Example Council',
      loginPath: '/api/auth/oidc/login',
    });
    const start = await fetch(`${ledger.url}/api/auth/oidc/login`, {
      redirect: 'manual',
    });
    const location = new URL(start.headers.get('location') as string);
    expect(location.origin).toBe(provider.issuer);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(location.searchParams.get('state')).toBeTruthy();
    expect(location.searchParams.get('nonce')).toBeTruthy();
    expect(location.searchParams.get('redirect_uri')).toBe(CALLBACK);
    const cookie = start.headers.getSetCookie().find((c) => c.startsWith('ledger_oidc='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Secure/i);
    // Sealed: neither the state nor the verifier can be read from it.
    expect(cookie).not.toContain(location.searchParams.get('state') as string);
  });

  it('creates a first-time user with no roles, then gives the roles the mapping gives for their groups; a changed mapping gives the new roles at the next sign-in', async () => {
    expect((await ledger.gql(Q.setEntry, { group: 'ledger-risk', roles: ['AUDITOR'] }, admin)).errors).toBeUndefined();

    const first = await signIn('gina');
    expect(first.user).toMatchObject({
      email: 'gina.green@example.gov.uk',
      displayName: 'Gina Green',
      roles: ['AUDITOR'],
    });
    expect(await ledger.ok(Q.me, {}, first.token)).toEqual({
      id: first.user.id,
      email: 'gina.green@example.gov.uk',
      roles: ['AUDITOR'],
    });
    const [registered] = await events('UserRegisteredThroughProvider');
    expect(registered.data).toMatchObject({
      userId: first.user.id,
      issuer: provider.issuer,
    });
    // Sealed like the email: the provider's subject is not in the log in clear, and there is no password.
    expect(JSON.stringify(registered.data)).not.toContain('gina.green');
    expect(registered.data).not.toHaveProperty('passwordHash');
    expect(registered.data).not.toHaveProperty('roles');
    const rolesChanged = await events('UserRolesChanged');
    expect(rolesChanged.at(-1)).toMatchObject({
      data: { userId: first.user.id, roles: ['AUDITOR'] },
      metadata: { actorId: 'system:single-sign-on' },
    });

    const settings = await ledger.ok(Q.settings, {}, admin);
    await ledger.ok(
      Q.setEntry,
      {
        group: 'ledger-risk',
        roles: ['COMMITTEE_MEMBER', 'STAFF'],
        expectedRevision: settings.roleMappingRevision,
      },
      admin,
    );
    const second = await signIn('gina');
    expect(second.user.id).toBe(first.user.id);
    expect(second.user.roles).toEqual(['COMMITTEE_MEMBER', 'STAFF']);
    expect(await events('UserRegisteredThroughProvider')).toHaveLength(1);

    // Nothing changed: nothing is recorded about roles.
    const before = (await events('UserRolesChanged')).length;
    await signIn('gina');
    expect(await events('UserRolesChanged')).toHaveLength(before);
  });

  it('links an existing account by its verified email; the mapping then governs its roles but never takes ADMIN (break-glass)', async () => {
    const paul = await ledger.userFor('HR_LEAD', 'paul.price@example.gov.uk', 'Paul Price');
    await ledger.ok(Q.setEntry, { group: 'ledger-procurement', roles: ['PROCUREMENT_LEAD'] }, admin);
    const session = await signIn('paul');
    expect(session.user).toMatchObject({
      id: paul.id,
      roles: ['PROCUREMENT_LEAD'],
    });
    expect((await events('UserLinkedToProvider')).map((e) => (e.data as { userId: string }).userId)).toContain(paul.id);
    // A second sign-in links nothing new.
    const links = (await events('UserLinkedToProvider')).length;
    await signIn('paul');
    expect(await events('UserLinkedToProvider')).toHaveLength(links);

    // The administrator signing in through the provider keeps ADMIN beside the mapped roles.
    const boss = await signIn('boss');
    expect(boss.user.roles).toEqual(['ADMIN', 'COMMITTEE_MEMBER', 'STAFF']);
  });

  it('keeps a person whose groups the mapping does not name at no roles until an administrator grants some', async () => {
    const nora = await signIn('nora');
    expect(nora.user.roles).toEqual([]);
    expect(codeOf(await ledger.gql('query { users { id } }', {}, nora.token))).toBe('FORBIDDEN');
  });

  it('says an account made through the provider has no password here, and refuses to change one: the provider manages it', async () => {
    const nora = await signIn('nora');
    expect(await ledger.ok(Q.myAccount, {}, nora.token)).toEqual({ id: nora.user.id, hasLocalPassword: false });
    const before = (await events('UserPasswordChanged')).length;
    const refused = await ledger.gql(Q.changeOwnPassword, { current: '', next: 'a brand new long passphrase' }, nora.token);
    expect(codeOf(refused)).toBe('RULE_VIOLATION');
    expect(refused.errors?.[0]?.message).toMatch(/identity provider .*managed there/);
    expect(await events('UserPasswordChanged')).toHaveLength(before);
    // Nothing was checked against a password, so nothing counts against the account's sign-in limits: the session still works.
    expect((await ledger.ok(Q.myAccount, {}, nora.token)).id).toBe(nora.user.id);

    // An account with a password keeps it when linked to the provider; the administrator's own too.
    const paul = (await ledger.ok('query { users { email hasLocalPassword } }', {}, admin)).find((u: { email: string }) => u.email === 'paul.price@example.gov.uk');
    expect(paul.hasLocalPassword).toBe(true);
    expect((await ledger.ok(Q.myAccount, {}, admin)).hasLocalPassword).toBe(true);

    // Break-glass: an administrator may give the account a password; from then on its user may change it.
    await ledger.ok(Q.resetPassword, { userId: nora.user.id, next: USER_PASSWORD }, admin);
    const withPassword = await ledger.ok(Q.login, { email: 'nora.new@example.gov.uk', password: USER_PASSWORD });
    expect((await ledger.ok(Q.myAccount, {}, withPassword.token)).hasLocalPassword).toBe(true);
    expect(await ledger.ok(Q.changeOwnPassword, { current: USER_PASSWORD, next: 'a brand new long passphrase' }, withPassword.token)).toBe(true);
  });

  it('refuses an email the provider did not verify, with a plain message on the sign-in page and no account made', async () => {
    expect(await (await throughProvider('una')).finish()).toBe('/login?sso_error=unverified');
    const users = await ledger.ok('query { users { email } }', {}, admin);
    expect(users.map((u: { email: string }) => u.email)).not.toContain('una.unverified@example.gov.uk');
  });

  it('takes Entra ID’s xms_edov (the email’s domain verified by the tenant) for email_verified, and refuses it false', async () => {
    expect((await signIn('erin')).user.email).toBe('erin.entra@example.gov.uk');
    expect(await (await throughProvider('ursula')).finish()).toBe('/login?sso_error=unverified');
  });

  it('refuses a disabled account', async () => {
    const paul = (await ledger.ok('query { users { id email } }', {}, admin)).find((u: { email: string }) => u.email === 'paul.price@example.gov.uk');
    await ledger.ok(Q.disable, { userId: paul.id }, admin);
    expect(await (await throughProvider('paul')).finish()).toBe('/login?sso_error=refused');
  });

  it('refuses a replayed callback, a bad state, a missing login cookie and a denial at the provider', async () => {
    const flow = await throughProvider('gina');
    const cookie = flow.jar.header(ledger.url);
    expect(handoffOf(await flow.finish())).toBeTruthy();
    // The same callback again, even with the old cookie put back: the code was used.
    expect(await callback(flow.callbackUrl, cookieJarWith(ledger.url, cookie))).toBe('/login?sso_error=failed');

    const tampered = await throughProvider('gina');
    const badState = new URL(tampered.callbackUrl);
    badState.searchParams.set('state', 'not-the-state-the-ledger-sent');
    expect(await tampered.finish(badState.href)).toBe('/login?sso_error=failed');

    const noCookie = await throughProvider('gina');
    expect(await callback(noCookie.callbackUrl, new CookieJar())).toBe('/login?sso_error=expired');

    const denied = await throughProvider('gina');
    const state = denied.authorization.searchParams.get('state') as string;
    expect(await denied.finish(`${CALLBACK}?error=access_denied&error_description=User+cancelled&state=${state}`)).toBe('/login?sso_error=denied');
  });

  it('redeems a hand-off code once only, and refuses a forged one', async () => {
    const handoff = handoffOf(await (await throughProvider('gina')).finish());
    expect((await ledger.ok(Q.complete, { handoff })).token).toBeTruthy();
    await ledger.refused('UNAUTHENTICATED', Q.complete, { handoff });
    await ledger.refused('UNAUTHENTICATED', Q.complete, {
      handoff: `${handoff.slice(0, -4)}AAAA`,
    });
    expect((await events('SignInHandoffRedeemed')).length).toBeGreaterThan(0);
  });

  it('finishes a sign-in started before a restart (another instance): nothing of it is held in process memory', async () => {
    const flow = await throughProvider('gina');
    const cookie = flow.jar.header(ledger.url);
    ledger = await ledger.restart();
    admin = await ledger.adminToken();
    // The browser sends its cookie to the new instance (on a new port here, hence a new jar).
    const session = await ledger.ok(Q.complete, {
      handoff: handoffOf(await callback(flow.callbackUrl, cookieJarWith(ledger.url, cookie))),
    });
    expect(session.user.email).toBe('gina.green@example.gov.uk');
  });

  it('keeps local passwords for administrators only when so set: others are refused, the break-glass admin signs in', async () => {
    const staff = await ledger.userFor('STAFF', 'sam.staff@example.gov.uk');
    const on = await ledger.ok(Q.policy, { on: true }, admin);
    expect(on).toEqual({ localPasswordsAdministratorsOnly: true });
    const refused = await ledger.gql(Q.login, {
      email: staff.email,
      password: USER_PASSWORD,
    });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/administrators/);
    // A wrong password is still just a wrong password: the policy tells nothing to someone without it.
    expect(
      codeOf(
        await ledger.gql(Q.login, {
          email: staff.email,
          password: 'not the password at all',
        }),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(await ledger.loginAs(ADMIN.email, ADMIN.password)).toBeTruthy();
    // Single sign-on still works for everyone.
    expect((await signIn('gina')).token).toBeTruthy();
    const history = await events('LocalPasswordPolicyChanged');
    expect(history.at(-1)).toMatchObject({
      data: { administratorsOnly: true },
    });

    await ledger.ok(Q.policy, { on: false }, admin);
    expect(await ledger.loginAs(staff.email, USER_PASSWORD)).toBeTruthy();
  });

  it('lets only administrators read and change the mapping; refuses ADMIN, an empty group and a stale revision', async () => {
    const lead = await ledger.tokenFor('HR_LEAD');
    await ledger.refused('FORBIDDEN', Q.settings, {}, lead);
    await ledger.refused('FORBIDDEN', Q.setEntry, { group: 'ledger-hr', roles: ['HR_LEAD'] }, lead);
    await ledger.refused('FORBIDDEN', Q.removeEntry, { group: 'ledger-risk' }, lead);
    await ledger.refused('FORBIDDEN', Q.policy, { on: true }, lead);
    await ledger.refused('BAD_USER_INPUT', Q.setEntry, { group: 'ledger-admins', roles: ['ADMIN'] }, admin);
    await ledger.refused('BAD_USER_INPUT', Q.setEntry, { group: '  ', roles: ['STAFF'] }, admin);
    expect(codeOf(await ledger.gql(Q.setEntry, { group: 'ledger-hr', roles: ['WIZARD'] }, admin))).toBe('BAD_USER_INPUT');
    await ledger.refused('CONFLICT', Q.setEntry, { group: 'ledger-hr', roles: ['HR_LEAD'], expectedRevision: 0 }, admin);
    const settings = await ledger.ok(Q.settings, {}, admin);
    expect(settings).toMatchObject({
      providerConfigured: true,
      providerName: 'Example Council',
      roleClaim: 'groups',
    });
    expect(settings.roleMapping).toEqual([
      { group: 'ledger-procurement', roles: ['PROCUREMENT_LEAD'] },
      { group: 'ledger-risk', roles: ['COMMITTEE_MEMBER', 'STAFF'] },
    ]);
    const [set] = await events('RoleMappingEntrySet');
    expect(set.metadata.actorId).not.toBe('system');
  });

  it('ends the session server-side on signOut, and says where to sign out at the provider', async () => {
    const { token } = await signIn('gina');
    const out = await ledger.ok(Q.signOut, {}, token);
    expect(out.signedOut).toBe(true);
    expect(out.providerSignOutUrl).toMatch(new RegExp(`^${provider.issuer}/`));
    expect(new URL(out.providerSignOutUrl).searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/login`);
    expect(codeOf(await ledger.gql(Q.me, {}, token))).toBe('UNAUTHENTICATED');
  });
});

describe('single sign-on configuration', () => {
  it('refuses to start half-configured, naming what is missing', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0' })).toThrow(
      /OIDC_CLIENT_ID is required for single sign-on[\s\S]*OIDC_CLIENT_SECRET is required/,
    );
    expect(() => loadConfig({ OIDC_CLIENT_ID: 'ledger' })).toThrow(/OIDC_ISSUER is required for single sign-on/);
    const on = loadConfig({ OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0', OIDC_CLIENT_ID: 'ledger', OIDC_CLIENT_SECRET: 's' });
    expect(on).toMatchObject({ OIDC_SCOPES: 'openid email profile', OIDC_ROLE_CLAIM: 'groups', OIDC_PROVIDER_NAME: 'your organisation’s account' });
    expect(loadConfig({}).OIDC_ISSUER).toBeUndefined();
  });
});

describe('without single sign-on configured (sqlite)', () => {
  let ledger: TestLedger;
  beforeAll(async () => {
    ledger = await startTestLedger('sqlite');
  }, 120_000);
  afterAll(() => ledger?.close());

  it('answers 404 on the single sign-on routes, offers no button, and signs in with passwords as before', async () => {
    expect((await fetch(`${ledger.url}/api/auth/oidc/login`, { redirect: 'manual' })).status).toBe(404);
    expect(
      (
        await fetch(`${ledger.url}/api/auth/oidc/callback?code=x&state=y`, {
          redirect: 'manual',
        })
      ).status,
    ).toBe(404);
    expect(await ledger.ok(Q.singleSignOn)).toEqual({
      enabled: false,
      providerName: null,
      loginPath: null,
    });
    const token = await ledger.adminToken();
    expect((await ledger.ok(Q.me, {}, token)).roles).toEqual(['ADMIN']);
    const out = await ledger.ok(Q.signOut, {}, token);
    expect(out).toEqual({ signedOut: true, providerSignOutUrl: null });
    expect(codeOf(await ledger.gql(Q.me, {}, token))).toBe('UNAUTHENTICATED');
  });
});

function cookieJarWith(url: string, cookieHeader: string): CookieJar {
  const jar = new CookieJar();
  const headers = new Headers();
  for (const pair of cookieHeader.split('; ').filter(Boolean)) headers.append('set-cookie', pair);
  jar.store(url, new Response(null, { headers }));
  return jar;
}
