import { STORES_UNDER_TEST, TestLedger, codeOf, startTestLedger } from '../testing/test-ledger';
import { ukDaysFromToday } from '../testing/uk-dates';

/**
 * What the HR lead gets back when a workforce command cannot be done: the contract's error code,
 * a message, and nothing recorded. And what a retry with the same commandId does: nothing new.
 */
const PERSON = 'id displayName email erased jobTitle department';
const POST = 'id title fte status justification targetYear startDate decisionReason revision holder { id }';
const Q = {
  register: `mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { ${PERSON} } }`,
  propose: `mutation($input: ProposePostInput!) { proposePost(input: $input) { ${POST} } }`,
  decide: `mutation($input: DecidePostInput!) { decidePost(input: $input) { ${POST} } }`,
  fill: `mutation($input: FillPostInput!) { fillPost(input: $input) { ${POST} } }`,
  define: 'mutation($input: DefineCompetencyInput!) { defineCompetency(input: $input) { id name } }',
  assess: `mutation($input: AssessProficiencyInput!) { assessProficiency(input: $input) { totalGap staffMember { id } cells { competency { id } level history { level evidence recordedAt } } } }`,
  addCourse: 'mutation($input: AddCourseInput!) { addCourse(input: $input) { id } }',
  outcome: 'mutation($input: RecordTrainingOutcomeInput!) { recordTrainingOutcome(input: $input) { id status } }',
  plan: 'mutation($input: PlanTrainingInput!) { planTraining(input: $input) { id status } }',
};
const DESCRIPTORS = ['None', 'Aware', 'Supported', 'Unaided', 'Expert'];
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

describe.each(STORES_UNDER_TEST)('workforce errors and retries over GraphQL on %s', (store) => {
  let ledger: TestLedger;
  let hr: string;
  let person: string;
  let other: string;
  let competency: string;
  let course: string;

  const ok = (query: string, variables: Record<string, unknown> = {}) => ledger.ok(query, variables, hr);
  /** Sends the command, expects the code and a message, and checks that nothing was recorded. */
  async function refused(code: string, query: string, variables: Record<string, unknown>) {
    const before = await ledger.head();
    const answer = await ledger.gql(query, variables, hr);
    expect({ code: codeOf(answer), errors: answer.errors?.length }).toEqual({ code, errors: 1 });
    expect(answer.errors?.[0].message.length).toBeGreaterThan(5);
    expect(await ledger.head()).toBe(before);
    return answer;
  }
  const newPerson = (overrides: Record<string, unknown> = {}) => ({
    displayName: 'Jo Bloggs',
    email: `jo.${unique()}@example.gov.uk`,
    jobTitle: 'Procurement Officer',
    department: 'Procurement',
    ...overrides,
  });
  const newPost = (overrides: Record<string, unknown> = {}) => ({ title: 'Procurement Officer', fte: 1, justification: 'Growth', targetYear: 2027, ...overrides });
  const postIn = async (status: 'PROPOSED' | 'APPROVED' | 'REJECTED' | 'FILLED') => {
    const post = await ok(Q.propose, { input: newPost() });
    if (status === 'PROPOSED') return post;
    const decided = await ok(Q.decide, { input: { postId: post.id, approve: status !== 'REJECTED', reason: 'Budget decision' } });
    if (status !== 'FILLED') return decided;
    return ok(Q.fill, { input: { postId: post.id, staffMemberId: person, startDate: '2025-04-01' } });
  };

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    hr = await ledger.tokenFor('HR_LEAD', 'hana.reed@example.gov.uk', 'Hana Reed');
    person = (await ok(Q.register, { input: newPerson({ email: 'pat.lee@example.gov.uk' }) })).id;
    other = (await ok(Q.register, { input: newPerson() })).id;
    competency = (await ok(Q.define, { input: { name: 'Contract management', category: 'Contracting', levelDescriptors: DESCRIPTORS } })).id;
    course = (await ok(Q.addCourse, { input: { title: 'Contract Management Foundation', provider: 'GCC', competencyIds: [competency], validityMonths: 24 } })).id;
  });
  afterAll(async () => ledger?.close());

  describe('BAD_USER_INPUT, nothing written', () => {
    it.each([
      ['a post of 0 FTE', { fte: 0 }],
      ['a post of 1.5 FTE', { fte: 1.5 }],
      ['a negative FTE', { fte: -0.5 }],
      ['an empty title', { title: '   ' }],
      ['a target year of 25', { targetYear: 25 }],
    ])('proposePost with %s', async (_, overrides) => {
      await refused('BAD_USER_INPUT', Q.propose, { input: newPost(overrides) });
    });

    it.each(['2024-02-30', '2024-13-01', '01/04/2025', '2025-4-1'])('fillPost with the start date "%s"', async (startDate) => {
      const post = await postIn('APPROVED');
      await refused('BAD_USER_INPUT', Q.fill, { input: { postId: post.id, staffMemberId: person, startDate } });
      expect((await ok('query($id: ID!) { post(id: $id) { status } }', { id: post.id })).status).toBe('APPROVED');
    });

    it('fillPost with a bad start date written inline in the query', async () => {
      const post = await postIn('APPROVED');
      await refused('BAD_USER_INPUT', `mutation { fillPost(input: { postId: "${post.id}", staffMemberId: "${person}", startDate: "2024-02-30" }) { id } }`, {});
    });

    it.each([5, -1])('assessProficiency at level %d', async (level) => {
      await refused('BAD_USER_INPUT', Q.assess, { input: { staffMemberId: person, competencyId: competency, level, evidence: 'Review' } });
    });

    it.each([
      ['4 level descriptors', DESCRIPTORS.slice(0, 4)],
      ['6 level descriptors', [...DESCRIPTORS, 'Guru']],
      ['an empty level descriptor', ['None', 'Aware', '', 'Unaided', 'Expert']],
    ])('defineCompetency with %s', async (_, levelDescriptors) => {
      await refused('BAD_USER_INPUT', Q.define, { input: { name: `Social value ${unique()}`, category: 'Sourcing', levelDescriptors } });
    });

    it.each([0, -12, 121])('addCourse valid for %d months', async (validityMonths) => {
      await refused('BAD_USER_INPUT', Q.addCourse, { input: { title: 'Refresher', provider: 'GCC', competencyIds: [competency], validityMonths } });
    });

    it('addCourse raising a competency to level 5', async () => {
      await refused('BAD_USER_INPUT', Q.addCourse, { input: { title: 'Refresher', provider: 'GCC', competencyIds: [competency], levels: [{ competencyId: competency, raisesTo: 5 }] } });
    });

    it.each(['PLANNED', 'EXPIRED'])('recordTrainingOutcome with status %s', async (status) => {
      await refused('BAD_USER_INPUT', Q.outcome, { input: { staffMemberId: person, courseId: course, status, date: '2026-01-15' } });
    });

    it.each(['not-an-email', 'jo@', '', 'jo bloggs@example.gov.uk'])('registerStaffMember with the email "%s"', async (email) => {
      await refused('BAD_USER_INPUT', Q.register, { input: newPerson({ email }) });
    });

    it('erasePersonalData without a reason', async () => {
      await refused('BAD_USER_INPUT', 'mutation($id: ID!) { erasePersonalData(staffMemberId: $id, reason: "  ") { id } }', { id: other });
    });

    it('registerStaffMember with an empty name', async () => {
      await refused('BAD_USER_INPUT', Q.register, { input: newPerson({ displayName: ' ' }) });
    });
  });

  describe('NOT_FOUND, nothing written', () => {
    it('fillPost with an unknown staff member', async () => {
      const post = await postIn('APPROVED');
      await refused('NOT_FOUND', Q.fill, { input: { postId: post.id, staffMemberId: 'no-such-person', startDate: '2025-04-01' } });
    });

    it('assessProficiency in an unknown competency', async () => {
      await refused('NOT_FOUND', Q.assess, { input: { staffMemberId: person, competencyId: 'no-such-competency', level: 2, evidence: 'Review' } });
    });

    it('assessProficiency of an unknown staff member', async () => {
      await refused('NOT_FOUND', Q.assess, { input: { staffMemberId: 'no-such-person', competencyId: competency, level: 2, evidence: 'Review' } });
    });

    it('decidePost on an unknown post', async () => {
      await refused('NOT_FOUND', Q.decide, { input: { postId: 'no-such-post', approve: true, reason: 'Funded' } });
    });

    it('planTraining on an unknown course', async () => {
      await refused('NOT_FOUND', Q.plan, { input: { staffMemberId: person, courseId: 'no-such-course', plannedFor: '2026-12-01', reason: 'Gap' } });
    });

    it('erasePersonalData of an unknown staff member', async () => {
      await refused('NOT_FOUND', 'mutation { erasePersonalData(staffMemberId: "no-such-person", reason: "Left") { id } }', {});
    });

    it('addCourse covering an unknown competency', async () => {
      await refused('NOT_FOUND', Q.addCourse, { input: { title: 'Refresher', provider: 'GCC', competencyIds: ['no-such-competency'] } });
    });
  });

  describe('RULE_VIOLATION, nothing written', () => {
    it('fills a rejected post', async () => {
      const post = await postIn('REJECTED');
      await refused('RULE_VIOLATION', Q.fill, { input: { postId: post.id, staffMemberId: person, startDate: '2025-04-01' } });
    });

    it('fills a post that is still only proposed', async () => {
      const post = await postIn('PROPOSED');
      await refused('RULE_VIOLATION', Q.fill, { input: { postId: post.id, staffMemberId: person, startDate: '2025-04-01' } });
    });

    it('fills a post that is already filled', async () => {
      const post = await postIn('FILLED');
      await refused('RULE_VIOLATION', Q.fill, { input: { postId: post.id, staffMemberId: other, startDate: '2025-04-01' } });
      const after = await ok('query($id: ID!) { post(id: $id) { status holder { id } } }', { id: post.id });
      expect(after).toEqual({ status: 'FILLED', holder: { id: person } });
    });

    it('approves a post that is already approved', async () => {
      const post = await postIn('APPROVED');
      await refused('RULE_VIOLATION', Q.decide, { input: { postId: post.id, approve: true, reason: 'Again' } });
    });

    it('rejects a post that was approved', async () => {
      const post = await postIn('APPROVED');
      await refused('RULE_VIOLATION', Q.decide, { input: { postId: post.id, approve: false, reason: 'Changed our mind' } });
    });

    it('defines a second competency with the same name, in any case', async () => {
      await refused('RULE_VIOLATION', Q.define, { input: { name: 'Contract management', category: 'Contracting', levelDescriptors: DESCRIPTORS } });
      await refused('RULE_VIOLATION', Q.define, { input: { name: '  CONTRACT MANAGEMENT ', category: 'Other', levelDescriptors: DESCRIPTORS } });
    });

    it('registers a second staff member with the same email, in any case', async () => {
      await refused('RULE_VIOLATION', Q.register, { input: newPerson({ email: 'pat.lee@example.gov.uk' }) });
      await refused('RULE_VIOLATION', Q.register, { input: newPerson({ email: 'Pat.Lee@EXAMPLE.gov.uk' }) });
    });

    it('records a completion for a date in the future', async () => {
      const future = ukDaysFromToday(10);
      await refused('RULE_VIOLATION', Q.outcome, { input: { staffMemberId: person, courseId: course, status: 'COMPLETED', date: future, evidence: 'Certificate' } });
    });
  });

  describe('CONFLICT on a stale expectedRevision', () => {
    it('refuses a decision on a post someone else decided since it was read, naming both revisions', async () => {
      const read = await postIn('PROPOSED');
      expect(read.revision).toBe(1);
      // A colleague approves first, from the same revision.
      const approved = await ok(Q.decide, { input: { postId: read.id, approve: true, reason: 'Funded', expectedRevision: read.revision } });
      expect(approved).toMatchObject({ status: 'APPROVED', revision: 2 });
      const answer = await refused('CONFLICT', Q.decide, { input: { postId: read.id, approve: false, reason: 'No funding', expectedRevision: read.revision } });
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', expectedRevision: 1, actualRevision: 2 });
      expect(await ok('query($id: ID!) { post(id: $id) { status decisionReason revision } }', { id: read.id })).toEqual({ status: 'APPROVED', decisionReason: 'Funded', revision: 2 });
    });

    it('refuses a fill with a stale revision too', async () => {
      const post = await postIn('APPROVED');
      const answer = await refused('CONFLICT', Q.fill, { input: { postId: post.id, staffMemberId: person, startDate: '2025-04-01', expectedRevision: 1 } });
      expect(answer.errors?.[0].extensions).toMatchObject({ expectedRevision: 1, actualRevision: 2 });
    });
  });

  describe('a retry with the same commandId records nothing new and answers the same', () => {
    it('proposePost', async () => {
      const input = { ...newPost({ title: `Retry Officer ${unique()}` }), commandId: `propose-${unique()}` };
      const first = await ok(Q.propose, { input });
      const before = await ledger.head();
      const retry = await ok(Q.propose, { input });
      expect(retry).toEqual(first);
      expect(await ledger.head()).toBe(before);
      const posts = (await ok('{ establishment { posts { title } } }')).posts.filter((p: { title: string }) => p.title === input.title);
      expect(posts).toHaveLength(1);
    });

    it('registerStaffMember', async () => {
      const input = { ...newPerson(), commandId: `register-${unique()}` };
      const first = await ok(Q.register, { input });
      const before = await ledger.head();
      const retry = await ok(Q.register, { input });
      expect(retry).toEqual(first);
      expect(await ledger.head()).toBe(before);
      const staff = (await ok(`{ staffMembers { ${PERSON} } }`)).filter((p: { email: string }) => p.email === input.email);
      expect(staff).toEqual([first]);
    });

    it('assessProficiency', async () => {
      const input = { staffMemberId: other, competencyId: competency, level: 3, evidence: 'Supplier review', commandId: `assess-${unique()}` };
      const first = await ok(Q.assess, { input });
      const before = await ledger.head();
      const retry = await ok(Q.assess, { input });
      expect(retry).toEqual(first);
      expect(await ledger.head()).toBe(before);
      expect(retry.cells[0].history).toHaveLength(1);
    });

    it('decidePost, even though deciding twice would otherwise be a RULE_VIOLATION', async () => {
      const post = await postIn('PROPOSED');
      const input = { postId: post.id, approve: true, reason: 'Funded', commandId: `decide-${unique()}` };
      const first = await ok(Q.decide, { input });
      const before = await ledger.head();
      expect(await ok(Q.decide, { input })).toEqual(first);
      expect(await ledger.head()).toBe(before);
    });
  });
});
