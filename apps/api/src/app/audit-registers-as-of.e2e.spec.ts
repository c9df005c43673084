import { STORES_UNDER_TEST, TestLedger, codeOf, startTestLedger } from '../testing/test-ledger';
import { ukDaysFromToday } from '../testing/uk-dates';

/**
 * registersAsOf: every register as it stood at one instant, in one call. It must agree with each
 * register's own query at the same asOf, show the state before a change when asked about an
 * earlier instant, be empty before anything existed, and keep answering the same for a past
 * instant (cached) whatever is recorded afterwards; names of people erased since stay gone.
 */
const F = {
  establishment: 'approvedFte filledFte proposedFte vacantFte posts { id title status fte startDate revision holder { id displayName email erased } }',
  skillsMatrix: 'competencies { id name } rows { staffMember { id displayName } totalGap cells { level requiredLevel gap competency { id } history { level } } }',
  trainingRegister: 'id status plannedFor completedOn expiresOn evidence staffMember { id displayName } course { id title }',
  procurements: 'id title estimatedValue riskLevel revision outstandingGateways reviews { id gateway outcome rationale decidedBy { id } } lessons { id title }',
  gatewayLog: 'id procurementId gateway outcome rationale',
  lessons: 'id title priority procurementId actions { id status owner { id displayName } }',
  risks: 'id title likelihood impact score overdue revision reviews { score notes }',
  riskHeatMap: 'likelihood impact count riskIds',
};
const REGISTERS = Object.keys(F) as (keyof typeof F)[];
const SNAPSHOT = `query($asOf: DateTime!) { registersAsOf(asOf: $asOf) { asOf ${REGISTERS.map((r) => `${r} { ${F[r]} }`).join(' ')} } }`;
const ONE_BY_ONE = `query($asOf: DateTime) { ${REGISTERS.map((r) => `${r}(asOf: $asOf) { ${F[r]} }`).join(' ')} }`;
const M = {
  staff: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  erase: 'mutation($id: ID!) { erasePersonalData(staffMemberId: $id, reason: "Left the authority") { id } }',
  propose: 'mutation($input: ProposePostInput!) { proposePost(input: $input) { id } }',
  decidePost: 'mutation($input: DecidePostInput!) { decidePost(input: $input) { id } }',
  fill: 'mutation($input: FillPostInput!) { fillPost(input: $input) { id } }',
  vacate: 'mutation($input: VacatePostInput!) { vacatePost(input: $input) { id } }',
  define: 'mutation($input: DefineCompetencyInput!) { defineCompetency(input: $input) { id } }',
  assess: 'mutation($input: AssessProficiencyInput!) { assessProficiency(input: $input) { totalGap } }',
  addCourse: 'mutation($input: AddCourseInput!) { addCourse(input: $input) { id } }',
  plan: 'mutation($input: PlanTrainingInput!) { planTraining(input: $input) { id } }',
  outcome: 'mutation($input: RecordTrainingOutcomeInput!) { recordTrainingOutcome(input: $input) { id } }',
  register: 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id } }',
  request: 'mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }',
  decide: 'mutation($input: RecordGatewayDecisionInput!) { recordGatewayDecision(input: $input) { id } }',
  lesson: 'mutation($input: RecordLessonInput!) { recordLesson(input: $input) { id } }',
  identify: 'mutation($input: IdentifyRiskInput!) { identifyRisk(input: $input) { id } }',
  review: 'mutation($input: ReviewRiskInput!) { reviewRisk(input: $input) { id } }',
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** An instant strictly between the previous write and the next one. */
const instant = async () => {
  await sleep(5);
  const now = new Date().toISOString();
  await sleep(5);
  return now;
};
/** A week ago: an outcome cannot be recorded for a future date. */
const COMPLETED_ON = ukDaysFromToday(-7);
const EMPTY_HEAT_MAP = Array.from({ length: 25 }, (_, i) => ({ likelihood: 5 - Math.floor(i / 5), impact: (i % 5) + 1, count: 0, riskIds: [] }));
const EMPTY = {
  establishment: { approvedFte: 0, filledFte: 0, proposedFte: 0, vacantFte: 0, posts: [] },
  skillsMatrix: { competencies: [], rows: [] },
  trainingRegister: [],
  procurements: [],
  gatewayLog: [],
  lessons: [],
  risks: [],
  riskHeatMap: EMPTY_HEAT_MAP,
};

type Registers = Record<keyof typeof F, any>;

describe.each(STORES_UNDER_TEST)('registersAsOf on %s', (store) => {
  let ledger: TestLedger;
  let admin: string;
  let auditor: string;
  const id = {} as Record<'chantel' | 'sam' | 'ama' | 'post' | 'competency' | 'course' | 'p1' | 'p2' | 'g2' | 'g3' | 'l1' | 'l2' | 'r1' | 'r2', string>;
  const at = {} as Record<'start' | 't1' | 't2', string>;
  let atT1BeforeChanges: Registers;

  async function ok(query: string, variables: Record<string, unknown> = {}, token = admin): Promise<any> {
    const answer = await ledger.gql(query, variables, token);
    expect(answer.errors).toBeUndefined();
    return answer.data;
  }
  const created = async (query: string, input: Record<string, unknown>) => (Object.values(await ok(query, { input }))[0] as { id: string }).id;
  async function snapshot(asOf: string): Promise<Registers> {
    const { registersAsOf } = await ok(SNAPSHOT, { asOf }, auditor);
    expect(new Date(registersAsOf.asOf).getTime()).toBe(new Date(asOf).getTime());
    const { asOf: _, ...registers } = registersAsOf;
    return registers;
  }
  const oneByOne = async (asOf?: string): Promise<Registers> => ok(ONE_BY_ONE, { asOf }, auditor);
  const holderOf = (registers: Registers) => registers.establishment.posts[0].holder;
  const riskNamed = (registers: Registers, riskId: string) => registers.risks.find((r: { id: string }) => r.id === riskId);
  const cell = (registers: Registers, likelihood: number, impact: number) =>
    registers.riskHeatMap.find((c: { likelihood: number; impact: number }) => c.likelihood === likelihood && c.impact === impact);

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    admin = await ledger.adminToken();
    auditor = await ledger.tokenFor('AUDITOR', 'alan.audit@example.gov.uk');
    at.start = await instant();

    // Before t1: a filled post, an assessment, a planned course, a procurement with a G2 approval, a lesson, a risk.
    const person = (displayName: string, email: string) => created(M.staff, { displayName, email, jobTitle: 'Procurement Officer', department: 'Procurement' });
    id.chantel = await person('Chantel Allott', 'chantel.allott@example.gov.uk');
    id.sam = await person('Sam Osei', 'sam.osei@example.gov.uk');
    id.ama = await person('Ama Mensah', 'ama.mensah@example.gov.uk');
    id.post = await created(M.propose, { title: 'Procurement Officer', fte: 1, justification: 'Existing post', targetYear: 2026 });
    await created(M.decidePost, { postId: id.post, approve: true, reason: 'Funded' });
    await created(M.fill, { postId: id.post, staffMemberId: id.chantel, startDate: '2023-09-04' });
    id.competency = await created(M.define, { name: 'Contract management', category: 'Contracting', levelDescriptors: ['none', 'aware', 'supported', 'unaided', 'expert'] });
    await ok(M.assess, { input: { staffMemberId: id.chantel, competencyId: id.competency, level: 2, evidence: 'Managed the cleaning contract' } });
    id.course = await created(M.addCourse, { title: 'Contract Management Foundation', provider: 'GCC', competencyIds: [id.competency] });
    await created(M.plan, { staffMemberId: id.chantel, courseId: id.course, plannedFor: '2026-01-05', reason: 'Accreditation' });
    id.p1 = await created(M.register, { title: 'Office cleaning and facilities', estimatedValue: 150_000, riskLevel: 'LOW', politicalInterest: false });
    id.g2 = await created(M.request, { procurementId: id.p1, gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Request for quotation' });
    await created(M.decide, { reviewId: id.g2, outcome: 'APPROVED', conditions: [], rationale: 'Sound', committeeMemberIds: [id.chantel, id.sam, id.ama] });
    id.l1 = await created(M.lesson, { title: 'Market engagement came too late', whatHappened: 'Two bids', recommendation: 'Engage earlier', procurementId: id.p1, priority: 'HIGH' });
    id.r1 = await created(M.identify, { title: 'Contractor failure', category: 'SUPPLY_CHAIN_AND_CONTRACTOR_FAILURE', likelihood: 3, impact: 4, reviewEveryMonths: 3 });
    at.t1 = await instant();
    atT1BeforeChanges = await snapshot(at.t1);

    // After t1: every register changes.
    await created(M.vacate, { postId: id.post, endDate: '2026-03-31', reason: 'Moved on' });
    await ok(M.assess, { input: { staffMemberId: id.chantel, competencyId: id.competency, level: 3, evidence: 'Led a retender' } });
    await created(M.outcome, { staffMemberId: id.chantel, courseId: id.course, status: 'COMPLETED', date: COMPLETED_ON, evidence: 'Certificate 4471' });
    id.p2 = await created(M.register, { title: 'Digital skills bootcamp', estimatedValue: 120_000, riskLevel: 'LOW', politicalInterest: false });
    id.g3 = await created(M.request, { procurementId: id.p1, gateway: 'G3_AWARD', summary: 'Preferred bidder' });
    await created(M.decide, { reviewId: id.g3, outcome: 'REJECTED', conditions: [], rationale: 'Evaluation flawed', committeeMemberIds: [id.chantel, id.sam, id.ama] });
    id.l2 = await created(M.lesson, { title: 'Evaluation flawed', whatHappened: 'Scores not moderated', recommendation: 'Moderate scores', procurementId: id.p1, priority: 'MEDIUM' });
    await created(M.review, { riskId: id.r1, likelihood: 2, impact: 2, notes: 'Second supplier found' });
    id.r2 = await created(M.identify, { title: 'Inflation', category: 'EXTERNAL_EVENTS', likelihood: 4, impact: 3, reviewEveryMonths: 6 });
    at.t2 = await instant();
  }, 180_000);
  afterAll(async () => ledger?.close());

  it.each([
    ['long before the ledger existed', () => '2000-01-01T00:00:00.000Z'],
    ['just before the first register change', () => at.start],
  ])('gives empty registers %s, like each register’s own query', async (_, asOf) => {
    expect(await snapshot(asOf())).toEqual(EMPTY);
    expect(await oneByOne(asOf())).toEqual(EMPTY);
  });

  it('agrees with each register’s own query at an instant between changes (t1)', async () => {
    expect(await snapshot(at.t1)).toEqual(await oneByOne(at.t1));
  });

  it('agrees with each register’s own query after the changes (t2), and with the live registers', async () => {
    const atT2 = await snapshot(at.t2);
    expect(atT2).toEqual(await oneByOne(at.t2));
    expect(atT2).toEqual(await oneByOne());
  });

  it('shows the state before the changes when asked about t1', async () => {
    const registers = await snapshot(at.t1);
    expect(registers.establishment).toMatchObject({ filledFte: 1, vacantFte: 0 });
    expect(registers.establishment.posts.map((p: { id: string; status: string }) => [p.id, p.status])).toEqual([[id.post, 'FILLED']]);
    expect(holderOf(registers)).toMatchObject({ id: id.chantel, displayName: 'Chantel Allott' });
    expect(registers.skillsMatrix.rows.find((r: { staffMember: { id: string } }) => r.staffMember.id === id.chantel).cells[0]).toMatchObject({ level: 2, history: [{ level: 2 }] });
    expect(registers.trainingRegister).toEqual([expect.objectContaining({ status: 'PLANNED', plannedFor: '2026-01-05', completedOn: null })]);
    expect(registers.procurements.map((p: { id: string }) => p.id)).toEqual([id.p1]);
    expect(registers.procurements[0]).toMatchObject({ reviews: [{ id: id.g2, outcome: 'APPROVED' }], lessons: [{ id: id.l1, title: 'Market engagement came too late' }] });
    expect(registers.gatewayLog).toEqual([{ id: id.g2, procurementId: id.p1, gateway: 'G2_PROCUREMENT_STRATEGY', outcome: 'APPROVED', rationale: 'Sound' }]);
    expect(registers.lessons.map((l: { id: string }) => l.id)).toEqual([id.l1]);
    expect(registers.risks).toEqual([expect.objectContaining({ id: id.r1, likelihood: 3, impact: 4, score: 12, reviews: [] })]);
    expect(cell(registers, 3, 4)).toEqual({ likelihood: 3, impact: 4, count: 1, riskIds: [id.r1] });
  });

  it('shows every change when asked about t2', async () => {
    const registers = await snapshot(at.t2);
    expect(registers.establishment).toMatchObject({ filledFte: 0, vacantFte: 1 });
    expect(registers.establishment.posts[0]).toMatchObject({ id: id.post, status: 'VACANT', holder: null });
    expect(registers.skillsMatrix.rows.find((r: { staffMember: { id: string } }) => r.staffMember.id === id.chantel).cells[0]).toMatchObject({ level: 3 });
    expect(registers.trainingRegister).toEqual([expect.objectContaining({ status: 'COMPLETED', completedOn: COMPLETED_ON })]);
    expect(registers.procurements.map((p: { id: string }) => p.id)).toEqual([id.p1, id.p2]);
    expect(registers.procurements[0].lessons.map((l: { id: string }) => l.id).sort()).toEqual([id.l1, id.l2].sort());
    expect(registers.gatewayLog.map((r: { id: string; outcome: string }) => [r.id, r.outcome])).toEqual([
      [id.g3, 'REJECTED'],
      [id.g2, 'APPROVED'],
    ]);
    expect(registers.lessons.map((l: { id: string }) => l.id)).toEqual([id.l2, id.l1]);
    expect(riskNamed(registers, id.r1)).toMatchObject({ likelihood: 2, impact: 2, score: 4, reviews: [{ score: 4, notes: 'Second supplier found' }] });
    expect(riskNamed(registers, id.r2)).toMatchObject({ score: 12 });
    expect(cell(registers, 3, 4).count).toBe(0);
    expect(cell(registers, 2, 2).riskIds).toEqual([id.r1]);
  });

  it('answers for t1 exactly as it did before the later changes were recorded', async () => {
    expect(await snapshot(at.t1)).toEqual(atT1BeforeChanges);
  });

  it('answers the same twice for a past instant (cached), and a change recorded since does not alter it', async () => {
    // Only instants more than a few seconds old are kept: let t1 become one.
    await sleep(Math.max(0, new Date(at.t1).getTime() + 5_500 - Date.now()));
    const first = await snapshot(at.t1);
    const second = await snapshot(at.t1);
    expect(second).toEqual(first);
    expect(first).toEqual(atT1BeforeChanges);

    await created(M.review, { riskId: id.r1, likelihood: 4, impact: 3, notes: 'Supplier in administration' });
    await created(M.identify, { title: 'Personal data breach', category: 'GDPR', likelihood: 3, impact: 4, reviewEveryMonths: 3 });
    await created(M.register, { title: 'Grounds maintenance', estimatedValue: 300_000, riskLevel: 'HIGH', politicalInterest: false });
    await created(M.lesson, { title: 'Late lesson', whatHappened: 'Noted later', recommendation: 'Record sooner', procurementId: id.p1 });

    expect(await snapshot(at.t1)).toEqual(first);
    expect(await oneByOne(at.t1)).toEqual(first);
    // The live registers did change.
    const live = await oneByOne();
    expect(riskNamed(live, id.r1)).toMatchObject({ likelihood: 4, impact: 3, score: 12 });
    expect(live.procurements).toHaveLength(3);
  });

  it('never shows the name of a person erased after the instant, even for a cached past instant', async () => {
    expect(holderOf(await snapshot(at.t1))).toMatchObject({ id: id.chantel, displayName: 'Chantel Allott' });
    await ok(M.erase, { id: id.chantel });
    const after = await snapshot(at.t1);
    expect(holderOf(after)).toEqual({ id: id.chantel, displayName: 'Erased person', email: null, erased: true });
    expect(JSON.stringify(after)).not.toMatch(/chantel|allott/i);
    expect(JSON.stringify(await oneByOne(at.t1))).not.toMatch(/chantel|allott/i);
  });

  it('requires asOf and refuses one that is not an instant with BAD_USER_INPUT', async () => {
    const missing = await ledger.gql('{ registersAsOf { asOf } }', {}, auditor);
    expect(missing.errors?.length).toBeGreaterThan(0);
    expect(missing.data ?? null).toBeNull();
    const invalid = await ledger.gql(SNAPSHOT, { asOf: 'yesterday' }, auditor);
    expect(codeOf(invalid)).toBe('BAD_USER_INPUT');
    expect(invalid.data ?? null).toBeNull();
  });
});
