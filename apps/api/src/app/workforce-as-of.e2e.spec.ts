import { STORES_UNDER_TEST, TestLedger, codeOf, instant, startTestLedger } from '../testing/test-ledger';
import { ukDaysFromToday, ukToday } from '../testing/uk-dates';

/**
 * Auditors' time travel on every workforce query: asked as of an instant before a change, each
 * answers with the state before it; without asOf, the current state.
 */
const PERSON = 'id displayName email erased jobTitle';
const Q = {
  register: `mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { ${PERSON} } }`,
  propose: 'mutation($input: ProposePostInput!) { proposePost(input: $input) { id } }',
  decide: 'mutation($input: DecidePostInput!) { decidePost(input: $input) { id } }',
  fill: 'mutation($input: FillPostInput!) { fillPost(input: $input) { id } }',
  define: 'mutation($input: DefineCompetencyInput!) { defineCompetency(input: $input) { id } }',
  require: 'mutation($input: SetRequirementInput!) { setRequirement(input: $input) { id } }',
  assess: 'mutation($input: AssessProficiencyInput!) { assessProficiency(input: $input) { totalGap } }',
  addCourse: 'mutation($input: AddCourseInput!) { addCourse(input: $input) { id } }',
  plan: 'mutation($input: PlanTrainingInput!) { planTraining(input: $input) { id } }',
  outcome: 'mutation($input: RecordTrainingOutcomeInput!) { recordTrainingOutcome(input: $input) { id } }',
  establishment: `query($asOf: DateTime) { establishment(asOf: $asOf) { filledFte approvedFte proposedFte vacantFte posts { id status revision holder { id } } } }`,
  post: `query($id: ID!, $asOf: DateTime) { post(id: $id, asOf: $asOf) { status revision } }`,
  staff: `query($asOf: DateTime) { staffMembers(asOf: $asOf) { ${PERSON} } }`,
  competencies: `query($asOf: DateTime) { competencies(asOf: $asOf) { id name requirements { jobTitle requiredLevel } } }`,
  matrix: `query($asOf: DateTime) { skillsMatrix(asOf: $asOf) { competencies { id } rows { staffMember { id } totalGap cells { level requiredLevel gap assessedAt history { level } } } } }`,
  courses: `query($asOf: DateTime) { courses(asOf: $asOf) { id title } }`,
  register_: `query($asOf: DateTime) { trainingRegister(asOf: $asOf) { status plannedFor completedOn expiresOn } }`,
  due: `query($asOf: DateTime) { trainingDue(asOf: $asOf) { overduePlans { status } expiring { status } belowTarget { courses staffMember { id } } } }`,
};
const LONG_AGO = '2000-01-01T00:00:00.000Z';
const today = ukToday;
const daysAgo = (days: number) => ukDaysFromToday(-days);

describe.each(STORES_UNDER_TEST)('workforce queries as of an instant on %s', (store) => {
  let ledger: TestLedger;
  let hr: string;
  const at: Record<string, string> = {};
  let pat: string;
  let postId: string;
  let competencyId: string;
  let courseId: string;

  const ok = (query: string, variables: Record<string, unknown> = {}) => ledger.ok(query, variables, hr);

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    hr = await ledger.tokenFor('HR_LEAD', 'hana.reed@example.gov.uk', 'Hana Reed');

    // One change after another, with an instant recorded between each.
    at['start'] = await instant();
    pat = (await ok(Q.register, { input: { displayName: 'Pat Lee', email: 'pat.lee@example.gov.uk', jobTitle: 'Procurement Officer', department: 'Procurement' } })).id;
    at['registered'] = await instant();
    postId = (await ok(Q.propose, { input: { title: 'Procurement Officer', fte: 1, justification: 'Existing post', targetYear: 2026 } })).id;
    at['proposed'] = await instant();
    await ok(Q.decide, { input: { postId, approve: true, reason: 'Funded' } });
    at['approved'] = await instant();
    await ok(Q.fill, { input: { postId, staffMemberId: pat, startDate: '2024-01-08' } });
    at['filled'] = await instant();
    competencyId = (await ok(Q.define, { input: { name: 'Contract management', category: 'Contracting', levelDescriptors: ['none', 'aware', 'supported', 'unaided', 'expert'] } })).id;
    at['defined'] = await instant();
    await ok(Q.require, { input: { competencyId, jobTitle: 'Procurement Officer', requiredLevel: 3 } });
    at['required'] = await instant();
    await ok(Q.assess, { input: { staffMemberId: pat, competencyId, level: 1, evidence: 'Interview' } });
    at['assessed1'] = await instant();
    await ok(Q.assess, { input: { staffMemberId: pat, competencyId, level: 2, evidence: 'Supplier review' } });
    at['assessed2'] = await instant();
    courseId = (await ok(Q.addCourse, { input: { title: 'Contract Management Foundation', provider: 'GCC', competencyIds: [competencyId], levels: [{ competencyId, raisesTo: 3 }], validityMonths: 1 } })).id;
    at['course'] = await instant();
    await ok(Q.plan, { input: { staffMemberId: pat, courseId, plannedFor: daysAgo(3), reason: 'Gap in contract management' } });
    at['planned'] = await instant();
    await ok(Q.outcome, { input: { staffMemberId: pat, courseId, status: 'COMPLETED', date: today(), evidence: 'Certificate' } });
    at['completed'] = await instant();
  });
  afterAll(async () => ledger?.close());

  it('answers every workforce query with empty registers as of an instant before anything was recorded', async () => {
    for (const asOf of [LONG_AGO, at['start']]) {
      expect(await ok(Q.establishment, { asOf })).toEqual({ filledFte: 0, approvedFte: 0, proposedFte: 0, vacantFte: 0, posts: [] });
      expect(await ok(Q.staff, { asOf })).toEqual([]);
      expect(await ok(Q.competencies, { asOf })).toEqual([]);
      expect(await ok(Q.matrix, { asOf })).toEqual({ competencies: [], rows: [] });
      expect(await ok(Q.courses, { asOf })).toEqual([]);
      expect(await ok(Q.register_, { asOf })).toEqual([]);
      expect(await ok(Q.due, { asOf })).toEqual({ overduePlans: [], expiring: [], belowTarget: [] });
    }
  });

  it('establishment: each instant shows the post as it then was, with the FTE totals of the time', async () => {
    expect(await ok(Q.establishment, { asOf: at['registered'] })).toMatchObject({ posts: [], proposedFte: 0 });
    expect(await ok(Q.establishment, { asOf: at['proposed'] })).toEqual({
      filledFte: 0, approvedFte: 0, proposedFte: 1, vacantFte: 0, posts: [{ id: postId, status: 'PROPOSED', revision: 1, holder: null }],
    });
    expect(await ok(Q.establishment, { asOf: at['approved'] })).toEqual({
      filledFte: 0, approvedFte: 1, proposedFte: 0, vacantFte: 1, posts: [{ id: postId, status: 'APPROVED', revision: 2, holder: null }],
    });
    const now = { filledFte: 1, approvedFte: 1, proposedFte: 0, vacantFte: 0, posts: [{ id: postId, status: 'FILLED', revision: 3, holder: { id: pat } }] };
    expect(await ok(Q.establishment, { asOf: at['filled'] })).toEqual(now);
    expect(await ok(Q.establishment)).toEqual(now);
  });

  it('post(id): as of an instant it shows the status and revision of the time, null before it existed', async () => {
    expect(await ok(Q.post, { id: postId, asOf: at['registered'] })).toBeNull();
    expect(await ok(Q.post, { id: postId, asOf: at['proposed'] })).toEqual({ status: 'PROPOSED', revision: 1 });
    expect(await ok(Q.post, { id: postId, asOf: at['approved'] })).toEqual({ status: 'APPROVED', revision: 2 });
    expect(await ok(Q.post, { id: postId })).toEqual({ status: 'FILLED', revision: 3 });
  });

  it('staffMembers: nobody before the registration, the person after it', async () => {
    expect(await ok(Q.staff, { asOf: at['start'] })).toEqual([]);
    const pats = [{ id: pat, displayName: 'Pat Lee', email: 'pat.lee@example.gov.uk', erased: false, jobTitle: 'Procurement Officer' }];
    expect(await ok(Q.staff, { asOf: at['registered'] })).toEqual(pats);
    expect(await ok(Q.staff)).toEqual(pats);
  });

  it('competencies: absent before being defined, without the requirement before it was set', async () => {
    expect(await ok(Q.competencies, { asOf: at['filled'] })).toEqual([]);
    expect(await ok(Q.competencies, { asOf: at['defined'] })).toEqual([{ id: competencyId, name: 'Contract management', requirements: [] }]);
    const required = [{ id: competencyId, name: 'Contract management', requirements: [{ jobTitle: 'Procurement Officer', requiredLevel: 3 }] }];
    expect(await ok(Q.competencies, { asOf: at['required'] })).toEqual(required);
    expect(await ok(Q.competencies)).toEqual(required);
  });

  it('skillsMatrix: level, required level, gap and history as they were at each instant', async () => {
    const cellAt = async (asOf?: string) => {
      const matrix = await ok(Q.matrix, { asOf });
      return { competencies: matrix.competencies.length, row: matrix.rows[0] };
    };
    expect(await cellAt(at['filled'])).toMatchObject({ competencies: 0, row: { staffMember: { id: pat }, totalGap: 0, cells: [] } });
    expect((await cellAt(at['defined'])).row.cells).toEqual([{ level: 0, requiredLevel: 0, gap: 0, assessedAt: null, history: [] }]);
    expect((await cellAt(at['required'])).row.cells).toEqual([{ level: 0, requiredLevel: 3, gap: 3, assessedAt: null, history: [] }]);
    const first = (await cellAt(at['assessed1'])).row.cells[0];
    expect(first).toMatchObject({ level: 1, gap: 2, history: [{ level: 1 }] });
    expect(Date.parse(first.assessedAt)).toBeLessThan(Date.parse(at['assessed1']));
    expect(Date.parse(first.assessedAt)).toBeGreaterThan(Date.parse(at['required']));
    expect((await cellAt(at['assessed2'])).row.cells[0]).toMatchObject({ level: 2, gap: 1, history: [{ level: 1 }, { level: 2 }] });
    expect((await cellAt(at['planned'])).row.cells[0]).toMatchObject({ level: 2, gap: 1 });
    expect((await cellAt()).row.cells[0]).toMatchObject({ level: 3, gap: 0, history: [{ level: 1 }, { level: 2 }, { level: 3 }] });
  });

  it('courses: absent before being added, listed after', async () => {
    expect(await ok(Q.courses, { asOf: at['assessed2'] })).toEqual([]);
    expect(await ok(Q.courses, { asOf: at['course'] })).toEqual([{ id: courseId, title: 'Contract Management Foundation' }]);
  });

  it('trainingRegister: nothing before the plan, PLANNED before the outcome, COMPLETED after', async () => {
    expect(await ok(Q.register_, { asOf: at['course'] })).toEqual([]);
    expect(await ok(Q.register_, { asOf: at['planned'] })).toEqual([{ status: 'PLANNED', plannedFor: daysAgo(3), completedOn: null, expiresOn: null }]);
    const completed = await ok(Q.register_, { asOf: at['completed'] });
    expect(completed).toMatchObject([{ status: 'COMPLETED', completedOn: today() }]);
    expect(await ok(Q.register_)).toEqual(completed);
  });

  it('trainingDue: the overdue plan shows as of before the outcome, and is gone after it', async () => {
    expect(await ok(Q.due, { asOf: at['course'] })).toEqual({ overduePlans: [], expiring: [], belowTarget: [{ courses: 0, staffMember: { id: pat } }] });
    const planned = await ok(Q.due, { asOf: at['planned'] });
    expect(planned.overduePlans).toEqual([{ status: 'PLANNED' }]);
    const now = await ok(Q.due, { asOf: at['completed'] });
    expect(now.overduePlans).toEqual([]);
    expect(now.expiring).toEqual([{ status: 'COMPLETED' }]); // valid one month only
    expect(await ok(Q.due)).toEqual(now);
  });

  it('answers BAD_USER_INPUT to an asOf that is not an instant', async () => {
    const answer = await ledger.gql(Q.establishment, { asOf: 'last Tuesday' }, hr);
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
  });
});
