import { JwtService } from '@nestjs/jwt';
import { ROLES, Role } from '@ledger/shared-domain';
import { ADMIN, STORES_UNDER_TEST, TestLedger, codeOf, startTestLedger } from '../testing/test-ledger';

const CREATE_USER = `mutation($commandId: ID, $email: String!, $displayName: String!, $password: String!, $roles: [Role!]!) {
  createUser(commandId: $commandId, email: $email, displayName: $displayName, password: $password, roles: $roles) { id email displayName roles }
}`;
const ME = '{ me { id email displayName roles } }';

describe.each(STORES_UNDER_TEST)('identity over GraphQL on %s', (store) => {
  let ledger: TestLedger;
  let admin: string;

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    admin = await ledger.adminToken();
  });
  afterAll(async () => ledger?.close());

  const newUser = (overrides: Record<string, unknown> = {}) => ({
    email: `user.${Math.random().toString(36).slice(2)}@example.gov.uk`,
    displayName: 'Jo Bloggs',
    password: 'a long enough passphrase',
    roles: ['STAFF'],
    ...overrides,
  });

  it('logs in the ADMIN_EMAIL user created at start and answers me with the token', async () => {
    const me = await ledger.gql(ME, {}, admin);
    expect(me.data?.me).toMatchObject({ email: ADMIN.email, displayName: 'Administrator', roles: ['ADMIN'] });
  });

  it('answers UNAUTHENTICATED without a token, with a forged one and with an expired one', async () => {
    expect(codeOf(await ledger.gql(ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await ledger.gql(ME, {}, 'not.a.token'))).toBe('UNAUTHENTICATED');
    const forged = new JwtService({ secret: 'another-secret-another-secret-xx' }).sign({ sub: 'anyone' });
    expect(codeOf(await ledger.gql(ME, {}, forged))).toBe('UNAUTHENTICATED');
    const id = (await ledger.gql(ME, {}, admin)).data?.['me'].id as string;
    const expired = ledger.app.get(JwtService).sign({ sub: id }, { expiresIn: -60 });
    const answer = await ledger.gql(ME, {}, expired);
    expect(codeOf(answer)).toBe('UNAUTHENTICATED');
    expect(answer.errors?.[0].message).toMatch(/expired/);
  });

  it('refuses a wrong password and an unknown email with the same answer', async () => {
    const wrong = await ledger.gql('mutation { login(email: "admin@example.gov.uk", password: "wrong password!!") { token } }');
    const unknown = await ledger.gql('mutation { login(email: "nobody@example.gov.uk", password: "wrong password!!") { token } }');
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('lets an ADMIN create a user who can then sign in with their roles, and shows it at once', async () => {
    const input = newUser({ roles: ['HR_LEAD', 'STAFF'], email: 'Harriet.Reid@Example.gov.uk' });
    const created = await ledger.gql(CREATE_USER, input, admin);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createUser).toMatchObject({ email: 'harriet.reid@example.gov.uk', roles: ['HR_LEAD', 'STAFF'] });
    const listed = await ledger.gql('{ users { email } }', {}, admin);
    expect(listed.data?.users.map((u: { email: string }) => u.email)).toContain('harriet.reid@example.gov.uk');
    const token = await ledger.loginAs('harriet.reid@example.gov.uk', input.password as string);
    expect((await ledger.gql(ME, {}, token)).data?.me).toMatchObject({ displayName: 'Jo Bloggs', roles: ['HR_LEAD', 'STAFF'] });
  });

  it.each(ROLES.filter((role) => role !== 'ADMIN'))('refuses createUser to %s with FORBIDDEN and writes nothing', async (role) => {
    const password = 'a long enough passphrase';
    const user = newUser({ roles: [role], password });
    await ledger.gql(CREATE_USER, user, admin);
    const token = await ledger.loginAs(user.email as string, password);
    const before = await ledger.head();
    const answer = await ledger.gql(CREATE_USER, newUser(), token);
    expect(codeOf(answer)).toBe('FORBIDDEN');
    expect(await ledger.head()).toBe(before);
  });

  it.each([
    ['a malformed email', { email: 'not-an-email' }],
    ['a short password', { password: 'short' }],
    ['an empty display name', { displayName: '' }],
    ['no roles', { roles: [] }],
    ['an unknown role', { roles: ['KING'] }],
  ])('answers BAD_USER_INPUT to %s and writes nothing', async (_, overrides) => {
    const before = await ledger.head();
    const answer = await ledger.gql(CREATE_USER, newUser(overrides), admin);
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0].message.length).toBeGreaterThan(5);
    expect(await ledger.head()).toBe(before);
  });

  it('refuses a second user with the same email (any case) as RULE_VIOLATION', async () => {
    const user = newUser();
    await ledger.gql(CREATE_USER, user, admin);
    const before = await ledger.head();
    const again = await ledger.gql(CREATE_USER, { ...newUser(), email: (user.email as string).toUpperCase() }, admin);
    expect(codeOf(again)).toBe('RULE_VIOLATION');
    expect(await ledger.head()).toBe(before);
  });

  it('treats a retry with the same commandId as the same command: one user, same answer', async () => {
    const input = { ...newUser(), commandId: `retry-${Date.now()}` };
    const first = await ledger.gql(CREATE_USER, input, admin);
    const before = await ledger.head();
    const retry = await ledger.gql(CREATE_USER, input, admin);
    expect(retry.data?.createUser).toEqual(first.data?.createUser);
    expect(await ledger.head()).toBe(before);
  });

  it('locks out a disabled user at once, even with a token issued before', async () => {
    const user = newUser();
    const created = await ledger.gql(CREATE_USER, user, admin);
    const token = await ledger.loginAs(user.email as string, user.password as string);
    const disabled = await ledger.gql(
      'mutation($id: ID!) { disableUser(userId: $id, reason: "left the authority") { disabled } }',
      { id: created.data?.createUser.id },
      admin,
    );
    expect(disabled.data?.disableUser.disabled).toBe(true);
    expect(codeOf(await ledger.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await ledger.gql(`mutation { login(email: "${user.email}", password: "${user.password}") { token } }`))).toBe('UNAUTHENTICATED');
  });

  it('lets an ADMIN enable a disabled user again; sessions from before the disabling stay ended, an erased account stays closed', async () => {
    const user = newUser();
    const id = (await ledger.gql(CREATE_USER, user, admin)).data?.createUser.id as string;
    const oldToken = await ledger.loginAs(user.email as string, user.password as string);
    await ledger.gql('mutation($id: ID!) { disableUser(userId: $id, reason: "on secondment") { disabled } }', { id }, admin);
    const ENABLE = 'mutation($id: ID!, $reason: String!) { enableUser(userId: $id, reason: $reason) { id disabled } }';

    const staffToken = await ledger.loginAs((await ledger.gql(CREATE_USER, newUser(), admin)).data?.createUser.email, 'a long enough passphrase');
    expect(codeOf(await ledger.gql(ENABLE, { id, reason: 'back' }, staffToken))).toBe('FORBIDDEN');

    const enabled = await ledger.gql(ENABLE, { id, reason: 'back from secondment' }, admin);
    expect(enabled.errors).toBeUndefined();
    expect(enabled.data?.enableUser).toEqual({ id, disabled: false });
    const token = await ledger.loginAs(user.email as string, user.password as string);
    expect((await ledger.gql(ME, {}, token)).data?.me.id).toBe(id);
    expect(codeOf(await ledger.gql(ME, {}, oldToken))).toBe('UNAUTHENTICATED');

    await ledger.gql('mutation($id: ID!) { eraseUserPersonalData(userId: $id, reason: "asked to be forgotten") { erased } }', { id }, admin);
    expect(codeOf(await ledger.gql(ENABLE, { id, reason: 'by mistake' }, admin))).toBe('RULE_VIOLATION');
  });

  it('records who did it: actor, roles and command in the event metadata', async () => {
    const input = { ...newUser(), commandId: `audit-${Date.now()}` };
    await ledger.gql(CREATE_USER, input, admin);
    const adminId = (await ledger.gql(ME, {}, admin)).data?.me.id;
    const [last] = (await ledger.stores.eventStore.readAll({ from: await ledger.head() }));
    expect(last.type).toBe('UserRegistered');
    expect(last.metadata).toMatchObject({ actorId: adminId, actorRoles: ['ADMIN'], commandId: input.commandId });
    expect(JSON.stringify(last.data)).not.toContain(input.password);
  });

  it('reports the store on /health', async () => {
    const response = await fetch(`${ledger.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', store });
  });
});

describe('start-up data', () => {
  it('loads the demo data into an empty store, and not again on restart', async () => {
    let ledger = await startTestLedger('sqlite', { DEMO_DATA: true });
    try {
      const users = (await ledger.gql('{ users { email roles } }', {}, await ledger.adminToken())).data?.users as { roles: Role[] }[];
      const roles = new Set(users.flatMap((u) => u.roles));
      expect([...roles].sort()).toEqual([...ROLES].sort());
      const head = await ledger.stores.eventStore.headPosition();
      ledger = await ledger.restart();
      expect(await ledger.stores.eventStore.headPosition()).toBe(head);
    } finally {
      await ledger.close();
    }
  });

  it('loads no demo data with DEMO_DATA=false', async () => {
    const ledger = await startTestLedger('sqlite', { DEMO_DATA: false });
    try {
      const users = (await ledger.gql('{ users { email } }', {}, await ledger.adminToken())).data?.users;
      expect(users).toEqual([{ email: ADMIN.email }]);
    } finally {
      await ledger.close();
    }
  });
});
