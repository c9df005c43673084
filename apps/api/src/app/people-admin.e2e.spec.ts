import { ADMIN, TestLedger, USER_PASSWORD, codeOf, instant, startTestLedger } from '../testing/test-ledger';

/**
 * Issue 12's account and people administration, as a user or an attacker notices it over HTTP:
 * who may change roles and passwords, that the ledger keeps an administrator, that a password
 * change ends every older session, and that a promotion, a new email or a cancelled course is
 * recorded with its history. SQLite only: none of this depends on the store.
 */

const Q = {
  me: '{ me { id roles } }',
  users: '{ users { id } }',
  login: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
  roles: 'mutation($id: ID!, $roles: [Role!]!) { changeUserRoles(userId: $id, roles: $roles) { id roles } }',
  disable: 'mutation($id: ID!) { disableUser(userId: $id, reason: "left the authority") { id disabled } }',
  reset: 'mutation($id: ID!, $n: String!) { resetUserPassword(userId: $id, newPassword: $n) { id } }',
  changeOwn: 'mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) }',
  register: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  change: 'mutation($input: ChangeStaffMemberDetailsInput!) { changeStaffMemberDetails(input: $input) { id displayName email jobTitle department } }',
  staff: 'query($asOf: DateTime) { staffMembers(asOf: $asOf) { id displayName email jobTitle department } }',
  define: 'mutation($input: DefineCompetencyInput!) { defineCompetency(input: $input) { id } }',
  require: 'mutation($input: SetRequirementInput!) { setRequirement(input: $input) { id } }',
  matrix: 'query($asOf: DateTime) { skillsMatrix(asOf: $asOf) { rows { staffMember { id } cells { requiredLevel } } } }',
  addCourse: 'mutation($input: AddCourseInput!) { addCourse(input: $input) { id } }',
  plan: 'mutation($input: PlanTrainingInput!) { planTraining(input: $input) { status } }',
  outcome: 'mutation($input: RecordTrainingOutcomeInput!) { recordTrainingOutcome(input: $input) { status } }',
  cancel: 'mutation($input: CancelTrainingInput!) { cancelTraining(input: $input) { status plannedFor } }',
  training: 'query($asOf: DateTime) { trainingRegister(asOf: $asOf) { staffMember { id } course { id } status } }',
};

/** Every event of the log as stored, in one string: to show what is, and is not, in it in clear. */
async function logText(ledger: TestLedger): Promise<string> {
  return JSON.stringify(await ledger.stores.eventStore.readAll(), (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
}

describe('user administration and passwords over GraphQL', () => {
  let ledger: TestLedger;
  let admin: string;
  let adminId: string;

  beforeAll(async () => {
    ledger = await startTestLedger('sqlite');
    admin = await ledger.adminToken();
    adminId = (await ledger.ok(Q.me, {}, admin)).id;
  });
  afterAll(async () => ledger?.close());

  it('refuses a STAFF user changing roles or resetting a password, their own included (FORBIDDEN)', async () => {
    const staff = await ledger.userFor('STAFF');
    await ledger.refused('FORBIDDEN', Q.roles, { id: staff.id, roles: ['ADMIN'] }, staff.token);
    await ledger.refused('FORBIDDEN', Q.roles, { id: adminId, roles: ['STAFF'] }, staff.token);
    await ledger.refused('FORBIDDEN', Q.reset, { id: adminId, n: 'lantern quartz biscuit' }, staff.token);
    await ledger.refused('FORBIDDEN', Q.reset, { id: staff.id, n: 'lantern quartz biscuit' }, staff.token);
    // Their session and password are untouched.
    expect((await ledger.ok(Q.me, {}, staff.token)).roles).toEqual(['STAFF']);
    await ledger.loginAs(staff.email, USER_PASSWORD);
  });

  it('keeps the last active ADMIN: neither demoted nor disabled (RULE_VIOLATION), until there is another', async () => {
    const demoted = await ledger.refused('RULE_VIOLATION', Q.roles, { id: adminId, roles: ['STAFF'] }, admin);
    expect(demoted.errors?.[0].message).toMatch(/last active administrator/);
    await ledger.refused('RULE_VIOLATION', Q.disable, { id: adminId }, admin);

    const second = await ledger.userFor('ADMIN');
    // With two, either may lose ADMIN; the one demoted loses it at once, token or not.
    expect(await ledger.ok(Q.roles, { id: second.id, roles: ['AUDITOR'] }, admin)).toEqual({ id: second.id, roles: ['AUDITOR'] });
    await ledger.refused('FORBIDDEN', Q.roles, { id: adminId, roles: ['STAFF'] }, second.token);
    expect((await ledger.ok(Q.me, {}, second.token)).roles).toEqual(['AUDITOR']);
    // Back to one administrator: the rule holds again.
    await ledger.refused('RULE_VIOLATION', Q.roles, { id: adminId, roles: ['AUDITOR'] }, admin);
  });

  it('lets nobody change their own roles, even with another administrator about (FORBIDDEN)', async () => {
    const other = await ledger.userFor('ADMIN');
    const answer = await ledger.refused('FORBIDDEN', Q.roles, { id: other.id, roles: ['ADMIN', 'AUDITOR'] }, other.token);
    expect(answer.errors?.[0].message).toMatch(/Nobody changes their own roles/);
    await ledger.ok(Q.roles, { id: other.id, roles: ['STAFF'] }, admin);
  });

  it('a changed password: the old one and every older session stop working, the new one signs in', async () => {
    const user = await ledger.userFor('STAFF');
    const otherSession = await ledger.loginAs(user.email, USER_PASSWORD);
    await ledger.refused('BAD_USER_INPUT', Q.changeOwn, { c: USER_PASSWORD, n: 'password1234' }, user.token);
    await ledger.refused('BAD_USER_INPUT', Q.changeOwn, { c: USER_PASSWORD, n: 'short' }, user.token);
    const wrong = await ledger.refused('UNAUTHENTICATED', Q.changeOwn, { c: 'not my password at all', n: 'kettle orbit marmalade' }, user.token);
    expect(wrong.errors?.[0].message).toBe('Email or password is not right');

    expect(await ledger.ok(Q.changeOwn, { c: USER_PASSWORD, n: 'kettle orbit marmalade' }, user.token)).toBe(true);
    for (const token of [user.token, otherSession]) expect(codeOf(await ledger.gql(Q.me, {}, token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await ledger.gql(Q.login, { email: user.email, password: USER_PASSWORD }))).toBe('UNAUTHENTICATED');
    const fresh = await ledger.loginAs(user.email, 'kettle orbit marmalade');
    expect((await ledger.ok(Q.me, {}, fresh)).id).toBe(user.id);
    // The hash is on the record, never the password.
    expect(await logText(ledger)).not.toContain('kettle orbit marmalade');
  });

  it('an administrator\'s reset: the user\'s sessions end, the old password fails, the new one works; a weak one is refused', async () => {
    const user = await ledger.userFor('HR_LEAD');
    await ledger.refused('BAD_USER_INPUT', Q.reset, { id: user.id, n: 'letmeinletmein' }, admin);
    await ledger.ok(Q.reset, { id: user.id, n: 'lantern quartz biscuit' }, admin);
    expect(codeOf(await ledger.gql(Q.me, {}, user.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await ledger.gql(Q.login, { email: user.email, password: USER_PASSWORD }))).toBe('UNAUTHENTICATED');
    expect((await ledger.ok(Q.me, {}, await ledger.loginAs(user.email, 'lantern quartz biscuit'))).roles).toEqual(['HR_LEAD']);
    // An administrator's own password changes only by proving the current one.
    const own = await ledger.refused('FORBIDDEN', Q.reset, { id: adminId, n: 'lantern quartz biscuit' }, admin);
    expect(own.errors?.[0].message).toMatch(/current one/);
    await ledger.loginAs(ADMIN.email, ADMIN.password);
  });

  it('counts a wrong current password as a failed sign-in: guessing it locks the account (TOO_MANY_REQUESTS)', async () => {
    const user = await ledger.userFor('STAFF');
    for (let attempt = 0; attempt < 6; attempt++) {
      expect(codeOf(await ledger.gql(Q.changeOwn, { c: `guess number ${attempt} here`, n: 'kettle orbit marmalade' }, user.token))).toBe('UNAUTHENTICATED');
    }
    await ledger.refused('TOO_MANY_REQUESTS', Q.changeOwn, { c: USER_PASSWORD, n: 'kettle orbit marmalade' }, user.token);
    expect(codeOf(await ledger.gql(Q.login, { email: user.email, password: USER_PASSWORD }))).toBe('TOO_MANY_REQUESTS');
  });
});

describe('people and training over time over GraphQL', () => {
  let ledger: TestLedger;
  let hr: string;
  let pat: string;
  let sam: string;
  let courseId: string;
  let competencyId: string;

  const ok = (query: string, variables: Record<string, unknown> = {}) => ledger.ok(query, variables, hr);
  const person = async (id: string, asOf?: string) => ((await ok(Q.staff, { asOf })) as { id: string }[]).find((p) => p.id === id);

  beforeAll(async () => {
    ledger = await startTestLedger('sqlite');
    hr = await ledger.tokenFor('HR_LEAD', 'hana.reed@example.gov.uk', 'Hana Reed');
    const registered = (displayName: string, email: string) =>
      ok(Q.register, { input: { displayName, email, jobTitle: 'Procurement Officer', department: 'Procurement' } }).then((p) => p.id as string);
    pat = await registered('Pat Lee', 'pat.lee@example.gov.uk');
    sam = await registered('Sam Okafor', 'sam.okafor@example.gov.uk');
    competencyId = (await ok(Q.define, { input: { name: 'Contract management', category: 'Contracting', levelDescriptors: ['none', 'aware', 'supported', 'unaided', 'expert'] } })).id;
    await ok(Q.require, { input: { competencyId, jobTitle: 'Senior Procurement Officer', requiredLevel: 3 } });
    courseId = (await ok(Q.addCourse, { input: { title: 'Contract management foundations', provider: 'CIPS', competencyIds: [competencyId] } })).id;
  });
  afterAll(async () => ledger?.close());

  it('records a promotion: live registers show the new title and its required levels, registers as at before it the old', async () => {
    const before = await instant();
    const promoted = await ok(Q.change, { input: { staffMemberId: pat, jobTitle: 'Senior  Procurement Officer ', department: 'Commercial', reason: 'Promoted' } });
    expect(promoted).toMatchObject({ id: pat, displayName: 'Pat Lee', email: 'pat.lee@example.gov.uk', jobTitle: 'Senior Procurement Officer', department: 'Commercial' });
    expect(await person(pat, before)).toMatchObject({ jobTitle: 'Procurement Officer', department: 'Procurement' });

    const requiredOf = async (asOf?: string) => {
      const rows = (await ok(Q.matrix, { asOf })).rows as { staffMember: { id: string }; cells: { requiredLevel: number }[] }[];
      return rows.find((row) => row.staffMember.id === pat)?.cells[0].requiredLevel;
    };
    expect(await requiredOf()).toBe(3);
    expect(await requiredOf(before)).toBe(0);
  });

  it('refuses a new email another person holds (RULE_VIOLATION), and frees the old one once changed', async () => {
    const taken = await ledger.refused('RULE_VIOLATION', Q.change, { input: { staffMemberId: pat, email: 'Sam.Okafor@example.gov.uk', reason: 'Typo' } }, hr);
    expect(taken.errors?.[0].message).toMatch(/sam\.okafor@example\.gov\.uk is already registered/);

    const before = await instant();
    const renamed = await ok(Q.change, { input: { staffMemberId: pat, displayName: 'Pat Lee-Jones', email: 'Pat.Lee-Jones@example.gov.uk', reason: 'Married' } });
    expect(renamed).toMatchObject({ displayName: 'Pat Lee-Jones', email: 'pat.lee-jones@example.gov.uk' });
    expect(await person(pat, before)).toMatchObject({ displayName: 'Pat Lee', email: 'pat.lee@example.gov.uk' });
    // The new name and email are sealed in the log, as at registration.
    const log = await logText(ledger);
    expect(log).not.toContain('pat.lee-jones@example.gov.uk');
    expect(log).not.toContain('Pat Lee-Jones');

    // Pat's old email is free for someone else; Pat's new one is not.
    await ok(Q.register, { input: { displayName: 'Patricia Lee', email: 'pat.lee@example.gov.uk', jobTitle: 'Buyer', department: 'Procurement' } });
    await ledger.refused('RULE_VIOLATION', Q.change, { input: { staffMemberId: sam, email: 'pat.lee-jones@example.gov.uk', reason: 'Mix-up' } }, hr);
  });

  it('refuses details changes from roles that do not keep the workforce (FORBIDDEN), and an empty change (BAD_USER_INPUT)', async () => {
    const staff = await ledger.tokenFor('STAFF');
    await ledger.refused('FORBIDDEN', Q.change, { input: { staffMemberId: sam, jobTitle: 'Head of Procurement', reason: 'Self-promotion' } }, staff);
    await ledger.refused('BAD_USER_INPUT', Q.change, { input: { staffMemberId: sam, reason: 'Nothing' } }, hr);
  });

  it('cancels a planned course with a reason, but never a completed one (RULE_VIOLATION)', async () => {
    await ok(Q.plan, { input: { staffMemberId: sam, courseId, plannedFor: '2031-03-01', reason: 'Required for the role' } });
    const before = await instant();
    expect(await ok(Q.cancel, { input: { staffMemberId: sam, courseId, reason: 'Provider withdrew the course' } })).toEqual({ status: 'CANCELLED', plannedFor: '2031-03-01' });
    const statusOf = async (staffMemberId: string, asOf?: string) =>
      ((await ok(Q.training, { asOf })) as { staffMember: { id: string }; course: { id: string }; status: string }[]).find(
        (r) => r.staffMember.id === staffMemberId && r.course.id === courseId,
      )?.status;
    expect(await statusOf(sam)).toBe('CANCELLED');
    expect(await statusOf(sam, before)).toBe('PLANNED');
    await ledger.refused('RULE_VIOLATION', Q.cancel, { input: { staffMemberId: sam, courseId, reason: 'Again' } }, hr);

    await ok(Q.plan, { input: { staffMemberId: pat, courseId, plannedFor: '2026-01-05', reason: 'Required' } });
    await ok(Q.outcome, { input: { staffMemberId: pat, courseId, status: 'COMPLETED', date: '2026-01-05', evidence: 'Certificate' } });
    const completed = await ledger.refused('RULE_VIOLATION', Q.cancel, { input: { staffMemberId: pat, courseId, reason: 'Changed our mind' } }, hr);
    expect(completed.errors?.[0].message).toMatch(/A completed course cannot be cancelled/);
    expect(await statusOf(pat)).toBe('COMPLETED');
  });

  it('erasing a person whose email changed also erases the account still signing in with the old email', async () => {
    const account = await ledger.userFor('STAFF', 'sam.okafor@example.gov.uk', 'Sam Okafor');
    await ok(Q.change, { input: { staffMemberId: sam, email: 'sam.okafor.2@example.gov.uk', reason: 'New address' } });
    await ok('mutation($id: ID!) { erasePersonalData(staffMemberId: $id, reason: "Left; asked to be forgotten") { erased } }', { id: sam });
    expect(codeOf(await ledger.gql(Q.me, {}, account.token))).toBe('UNAUTHENTICATED');
    const users = (await ledger.ok('{ users { id erased } }', {}, await ledger.adminToken())) as { id: string; erased: boolean }[];
    expect(users.find((user) => user.id === account.id)).toEqual({ id: account.id, erased: true });
    expect(await person(sam)).toMatchObject({ displayName: 'Erased person', email: null });
  });
});
