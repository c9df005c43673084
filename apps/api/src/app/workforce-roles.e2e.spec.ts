import { Role } from '@ledger/shared-domain';
import { TestLedger, codeOf, startTestLedger } from '../testing/test-ledger';

/**
 * Who may do what in the workforce context: HR_LEAD and ADMIN write; PROCUREMENT_LEAD and AUDITOR
 * read everything; STAFF read the course catalogue and their own training record only;
 * COMMITTEE_MEMBER reads only the staff list (to name deciders). A refused command writes nothing.
 */
const NON_WRITERS: Role[] = ['PROCUREMENT_LEAD', 'COMMITTEE_MEMBER', 'AUDITOR', 'STAFF'];
const READERS: Role[] = ['HR_LEAD', 'ADMIN', 'PROCUREMENT_LEAD', 'AUDITOR'];
const RECORD = 'id status staffMember { id displayName } course { id }';

interface Fixtures {
  person: string;
  sam: string;
  proposed: string;
  approved: string;
  filled: string;
  competency: string;
  course: string;
}
type Variables = (f: Fixtures, n: string) => Record<string, unknown>;

/** Every workforce mutation with input that is valid for the fixtures: only the role can stop it. */
const MUTATIONS: [string, string, Variables][] = [
  ['proposePost', 'mutation($input: ProposePostInput!) { proposePost(input: $input) { id } }', (_, n) => ({ input: { title: `Officer ${n}`, fte: 1, justification: 'Growth', targetYear: 2027 } })],
  ['decidePost', 'mutation($input: DecidePostInput!) { decidePost(input: $input) { id } }', (f) => ({ input: { postId: f.proposed, approve: true, reason: 'Funded' } })],
  ['fillPost', 'mutation($input: FillPostInput!) { fillPost(input: $input) { id } }', (f) => ({ input: { postId: f.approved, staffMemberId: f.person, startDate: '2025-04-01' } })],
  ['vacatePost', 'mutation($input: VacatePostInput!) { vacatePost(input: $input) { id } }', (f) => ({ input: { postId: f.filled, endDate: '2026-10-31', reason: 'Left' } })],
  ['withdrawPost', 'mutation($input: WithdrawPostInput!) { withdrawPost(input: $input) { id } }', (f) => ({ input: { postId: f.proposed, reason: 'Not needed' } })],
  [
    'registerStaffMember',
    'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
    (_, n) => ({ input: { displayName: `Person ${n}`, email: `person.${n}@example.gov.uk`, jobTitle: 'Procurement Officer', department: 'Procurement' } }),
  ],
  ['erasePersonalData', 'mutation($id: ID!) { erasePersonalData(staffMemberId: $id, reason: "Left") { id } }', (f) => ({ id: f.person })],
  [
    'defineCompetency',
    'mutation($input: DefineCompetencyInput!) { defineCompetency(input: $input) { id } }',
    (_, n) => ({ input: { name: `Competency ${n}`, category: 'Contracting', levelDescriptors: ['0', '1', '2', '3', '4'] } }),
  ],
  ['setRequirement', 'mutation($input: SetRequirementInput!) { setRequirement(input: $input) { id } }', (f) => ({ input: { competencyId: f.competency, jobTitle: 'Procurement Officer', requiredLevel: 3 } })],
  ['assessProficiency', 'mutation($input: AssessProficiencyInput!) { assessProficiency(input: $input) { totalGap } }', (f) => ({ input: { staffMemberId: f.person, competencyId: f.competency, level: 2, evidence: 'Review' } })],
  ['addCourse', 'mutation($input: AddCourseInput!) { addCourse(input: $input) { id } }', (f, n) => ({ input: { title: `Course ${n}`, provider: 'GCC', competencyIds: [f.competency], validityMonths: 24 } })],
  ['planTraining', 'mutation($input: PlanTrainingInput!) { planTraining(input: $input) { id } }', (f) => ({ input: { staffMemberId: f.person, courseId: f.course, plannedFor: '2026-12-01', reason: 'Gap' } })],
  [
    'recordTrainingOutcome',
    'mutation($input: RecordTrainingOutcomeInput!) { recordTrainingOutcome(input: $input) { id } }',
    (f) => ({ input: { staffMemberId: f.person, courseId: f.course, status: 'COMPLETED', date: '2026-01-15', evidence: 'Certificate' } }),
  ],
];

const QUERIES: [string, string, (f: Fixtures) => Record<string, unknown>][] = [
  ['establishment', '{ establishment { filledFte posts { id } } }', () => ({})],
  ['post', 'query($id: ID!) { post(id: $id) { id } }', (f) => ({ id: f.filled })],
  ['staffMembers', '{ staffMembers { id displayName } }', () => ({})],
  ['competencies', '{ competencies { id } }', () => ({})],
  ['skillsMatrix', '{ skillsMatrix { rows { staffMember { id } } } }', () => ({})],
  ['courses', '{ courses { id } }', () => ({})],
  ['trainingRegister', `{ trainingRegister { ${RECORD} } }`, () => ({})],
  ['trainingDue', '{ trainingDue { target } }', () => ({})],
];
const STAFF_REFUSED = ['establishment', 'post', 'staffMembers', 'competencies', 'skillsMatrix', 'trainingDue'];

describe('workforce roles over GraphQL on sqlite', () => {
  let ledger: TestLedger;
  let admin: string;
  const tokens = {} as Record<Role, string>;
  const f = {} as Fixtures;

  const head = () => ledger.head();
  const ok = (query: string, variables: Record<string, unknown>, token: string) => ledger.ok(query, variables, token);

  beforeAll(async () => {
    ledger = await startTestLedger('sqlite');
    admin = await ledger.adminToken();
    tokens.ADMIN = admin;
    for (const role of ['HR_LEAD', ...NON_WRITERS] as Role[]) tokens[role] = await ledger.tokenFor(role, `${role.toLowerCase()}@example.gov.uk`);
    const hr = tokens.HR_LEAD;
    const register = async (displayName: string, email: string) =>
      (await ok(MUTATIONS[5][1], { input: { displayName, email, jobTitle: 'Procurement Officer', department: 'Procurement' } }, hr)).id as string;
    f.person = await register('Pat Lee', 'pat.lee@example.gov.uk');
    // Sam is a STAFF user too: the same email links the sign-in to the staff record.
    f.sam = await register('Sam Osei', 'sam.osei@example.gov.uk');
    const propose = async () => (await ok(MUTATIONS[0][1], MUTATIONS[0][2](f, 'fixture'), hr)).id as string;
    f.proposed = await propose();
    f.approved = await propose();
    f.filled = await propose();
    for (const id of [f.approved, f.filled]) await ok(MUTATIONS[1][1], { input: { postId: id, approve: true, reason: 'Funded' } }, hr);
    await ok(MUTATIONS[2][1], { input: { postId: f.filled, staffMemberId: f.sam, startDate: '2024-01-08' } }, hr);
    f.competency = (await ok(MUTATIONS[7][1], MUTATIONS[7][2](f, 'fixture'), hr)).id;
    f.course = (await ok(MUTATIONS[10][1], MUTATIONS[10][2](f, 'fixture'), hr)).id;
    await ok(MUTATIONS[11][1], MUTATIONS[11][2](f, ''), hr);
    await ok(MUTATIONS[11][1], { input: { staffMemberId: f.sam, courseId: f.course, plannedFor: '2026-12-01', reason: 'Gap' } }, hr);
  });
  afterAll(async () => ledger?.close());

  const refusals = NON_WRITERS.flatMap((role) => MUTATIONS.map(([name, query, variables]) => [role, name, query, variables] as const));
  it.each(refusals)('refuses %s the mutation %s with FORBIDDEN and writes nothing', async (role, name, query, variables) => {
    const before = await head();
    const answer = await ledger.gql(query, variables(f, `refused-${role}`), tokens[role]);
    expect(codeOf(answer)).toBe('FORBIDDEN');
    expect(answer.data?.[name]).toBeFalsy();
    expect(await head()).toBe(before);
  });

  it.each(['HR_LEAD', 'ADMIN'] as Role[])('lets %s run every workforce mutation, each recording its events', async (role) => {
    const token = tokens[role];
    const n = role.toLowerCase();
    const mine = {} as Fixtures;
    const run = async (name: string, variables: Record<string, unknown>) => {
      const before = await head();
      const result = await ok(MUTATIONS.find(([m]) => m === name)?.[1] as string, variables, token);
      expect(await head()).toBeGreaterThan(before);
      return result;
    };
    const variablesOf = (name: string) => (MUTATIONS.find(([m]) => m === name)?.[2] as Variables)(mine, n);
    mine.person = (await run('registerStaffMember', variablesOf('registerStaffMember'))).id;
    mine.proposed = (await run('proposePost', variablesOf('proposePost'))).id;
    await run('decidePost', variablesOf('decidePost'));
    mine.approved = mine.proposed;
    mine.filled = mine.proposed;
    await run('fillPost', variablesOf('fillPost'));
    await run('vacatePost', variablesOf('vacatePost'));
    mine.proposed = (await run('proposePost', { input: { title: `Assistant ${n}`, fte: 0.5, justification: 'Growth', targetYear: 2027 } })).id;
    await run('withdrawPost', variablesOf('withdrawPost'));
    mine.competency = (await run('defineCompetency', variablesOf('defineCompetency'))).id;
    await run('setRequirement', variablesOf('setRequirement'));
    await run('assessProficiency', variablesOf('assessProficiency'));
    mine.course = (await run('addCourse', variablesOf('addCourse'))).id;
    await run('planTraining', variablesOf('planTraining'));
    await run('recordTrainingOutcome', variablesOf('recordTrainingOutcome'));
    await run('erasePersonalData', variablesOf('erasePersonalData'));
  });

  const reads = READERS.flatMap((role) => QUERIES.map(([name, query, variables]) => [role, name, query, variables] as const));
  it.each(reads)('lets %s read %s', async (role, name, query, variables) => {
    const answer = await ledger.gql(query, variables(f), tokens[role]);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.[name]).toBeTruthy();
  });

  it.each(READERS)('shows %s the training records of everyone', async (role) => {
    const records = await ok(`{ trainingRegister { ${RECORD} } }`, {}, tokens[role]);
    expect(records.map((r: { staffMember: { id: string } }) => r.staffMember.id)).toEqual(expect.arrayContaining([f.person, f.sam]));
  });

  it.each(QUERIES.filter(([name]) => name !== 'staffMembers'))('refuses COMMITTEE_MEMBER the query %s with FORBIDDEN', async (_, query, variables) => {
    expect(codeOf(await ledger.gql(query, variables(f), tokens.COMMITTEE_MEMBER))).toBe('FORBIDDEN');
  });

  it('lets COMMITTEE_MEMBER list staff, to name the members who decided', async () => {
    expect(await ok('{ staffMembers { id } }', {}, tokens.COMMITTEE_MEMBER)).toEqual(expect.arrayContaining([{ id: f.person }]));
  });

  it.each(QUERIES.filter(([name]) => STAFF_REFUSED.includes(name)))('refuses STAFF the query %s with FORBIDDEN', async (_, query, variables) => {
    expect(codeOf(await ledger.gql(query, variables(f), tokens.STAFF))).toBe('FORBIDDEN');
  });

  it('lets STAFF read the course catalogue', async () => {
    expect(await ok('{ courses { id title } }', {}, tokens.STAFF)).toEqual(expect.arrayContaining([{ id: f.course, title: 'Course fixture' }]));
  });

  describe('a STAFF user whose email is a staff member’s', () => {
    let sam: string;
    beforeAll(async () => {
      sam = await ledger.tokenFor('STAFF', 'Sam.Osei@Example.gov.uk');
    });

    it('sees their own training record only', async () => {
      const records = await ok(`{ trainingRegister { ${RECORD} } }`, {}, sam);
      expect(records).toEqual([{ id: expect.any(String), status: 'PLANNED', staffMember: { id: f.sam, displayName: 'Sam Osei' }, course: { id: f.course } }]);
      expect(await ok(`query($id: ID) { trainingRegister(staffMemberId: $id) { ${RECORD} } }`, { id: f.sam }, sam)).toEqual(records);
      expect(await ok(`query($asOf: DateTime) { trainingRegister(asOf: $asOf) { ${RECORD} } }`, { asOf: new Date().toISOString() }, sam)).toEqual(records);
    });

    it('is refused someone else’s training record with FORBIDDEN', async () => {
      const answer = await ledger.gql(`query($id: ID) { trainingRegister(staffMemberId: $id) { ${RECORD} } }`, { id: f.person }, sam);
      expect(codeOf(answer)).toBe('FORBIDDEN');
      expect(JSON.stringify(answer)).not.toContain('Pat Lee');
    });
  });

  it('shows a STAFF user who is on no staff record an empty register, and refuses them anyone’s', async () => {
    expect(await ok(`{ trainingRegister { ${RECORD} } }`, {}, tokens.STAFF)).toEqual([]);
    const answer = await ledger.gql(`query($id: ID) { trainingRegister(staffMemberId: $id) { ${RECORD} } }`, { id: f.sam }, tokens.STAFF);
    expect(codeOf(answer)).toBe('FORBIDDEN');
  });

  it.each([...QUERIES.map(([name, query, variables]) => [`query ${name}`, query, variables] as const), ...MUTATIONS.map(([name, query, variables]) => [`mutation ${name}`, query, (fx: Fixtures) => variables(fx, 'anonymous')] as const)])(
    'answers UNAUTHENTICATED to the %s without a token, writing nothing',
    async (_, query, variables) => {
      const before = await head();
      expect(codeOf(await ledger.gql(query, variables(f)))).toBe('UNAUTHENTICATED');
      expect(await head()).toBe(before);
    },
  );
});
