import { ROLES, Role } from '@ledger/shared-domain';
import { TestLedger, codeOf, startTestLedger } from '../testing/test-ledger';
import { ukDaysFromToday } from '../testing/uk-dates';

/**
 * Who may do what in the gateway, lessons and risk contexts. The procurement lead (and admin)
 * runs procurements, the policy, the risk register and lesson actions; the committee (and admin)
 * records and corrects decisions; lead and admin record a conflict for someone else (a committee
 * member declares only their own: governance-conflicts-of-interest.e2e.spec.ts); staff, lead and
 * admin record lessons. AUDITOR and HR_LEAD write none of it. A refused command writes nothing.
 */
const LEAD_ADMIN: Role[] = ['PROCUREMENT_LEAD', 'ADMIN'];
const GATEWAY_READERS: Role[] = ['PROCUREMENT_LEAD', 'COMMITTEE_MEMBER', 'AUDITOR', 'ADMIN'];
const ALL: Role[] = [...ROLES];
const G0_TO_G5 = ['G0_STRATEGIC_NEED', 'G1_BUSINESS_CASE', 'G2_PROCUREMENT_STRATEGY', 'G3_AWARD', 'G4_CONTRACT_MOBILISATION', 'G5_POST_CONTRACT_REVIEW'];
/** The default rules again, so that adopting them in these tests changes no fixture's obligations. */
const DEFAULT_RULES = {
  valueThresholds: [
    { minValue: 100_000, gateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'] },
    { minValue: 500_000, gateways: G0_TO_G5.slice(1) },
    { minValue: 2_000_000, gateways: G0_TO_G5 },
  ],
  highRiskGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
  politicalInterestGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
  quorum: 3,
};
const inAMonth = () => ukDaysFromToday(30);

/** What the fixtures below need: the ledger, an admin token and three staff members to sit. */
interface Context {
  ledger: TestLedger;
  admin: string;
  members: string[];
}
async function asAdmin(c: Context, query: string, variables: Record<string, unknown>): Promise<any> {
  const answer = await c.ledger.gql(query, variables, c.admin);
  if (answer.errors) throw new Error(`fixture failed: ${JSON.stringify(answer.errors)}`);
  return Object.values(answer.data ?? {})[0];
}
const M = {
  register: 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id } }',
  changeBasis: 'mutation($input: ChangeProcurementBasisInput!) { changeProcurementBasis(input: $input) { id } }',
  conflict: 'mutation($input: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $input) { id } }',
  request: 'mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }',
  decide: 'mutation($input: RecordGatewayDecisionInput!) { recordGatewayDecision(input: $input) { id } }',
  correct: 'mutation($input: CorrectGatewayDecisionInput!) { correctGatewayDecision(input: $input) { id } }',
  discharge: 'mutation($input: DischargeConditionInput!) { dischargeCondition(input: $input) { id } }',
  adopt: 'mutation($input: AdoptGatewayPolicyInput!) { adoptGatewayPolicy(input: $input) { version } }',
  record: 'mutation($input: RecordLessonInput!) { recordLesson(input: $input) { id actions { id } } }',
  assign: 'mutation($input: AssignLessonActionInput!) { assignLessonAction(input: $input) { id actions { id } } }',
  close: 'mutation($input: CloseLessonActionInput!) { closeLessonAction(input: $input) { id } }',
  identify: 'mutation($input: IdentifyRiskInput!) { identifyRisk(input: $input) { id } }',
  review: 'mutation($input: ReviewRiskInput!) { reviewRisk(input: $input) { id } }',
};
const procurement = async (c: Context, n: string) =>
  (await asAdmin(c, M.register, { input: { title: `Procurement ${n}`, estimatedValue: 150_000, riskLevel: 'LOW', politicalInterest: false } })).id as string;
const review = async (c: Context, n: string) =>
  (await asAdmin(c, M.request, { input: { procurementId: await procurement(c, n), gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Strategy' } })).id as string;
const decision = (c: Context, reviewId: string, conditions: string[] = []) => ({
  input: { reviewId, outcome: conditions.length ? 'APPROVED_WITH_CONDITIONS' : 'APPROVED', conditions, rationale: 'Sound', committeeMemberIds: c.members },
});
const decided = async (c: Context, n: string, conditions: string[] = []) => (await asAdmin(c, M.decide, decision(c, await review(c, n), conditions))).id as string;
const lesson = async (c: Context, n: string) => (await asAdmin(c, M.record, { input: { title: `Lesson ${n}`, whatHappened: 'Something', recommendation: 'Do better' } })).id as string;
const action = (c: Context, lessonId: string) => ({ input: { lessonId, description: 'Refresh the template', ownerStaffMemberId: c.members[0], dueDate: inAMonth(), target: 'TEMPLATE' } });
const risk = async (c: Context, n: string) => (await asAdmin(c, M.identify, { input: { title: `Risk ${n}`, category: 'OTHER', likelihood: 2, impact: 2, reviewEveryMonths: 3 } })).id as string;

type Variables = (c: Context, n: string) => Promise<Record<string, unknown>>;
/** Every mutation of the three contexts, with valid input built fresh for each call: only the role can stop it. */
const MUTATIONS: [string, string, Role[], Variables][] = [
  ['registerProcurement', M.register, LEAD_ADMIN, async (_, n) => ({ input: { title: `New ${n}`, estimatedValue: 250_000, riskLevel: 'MEDIUM', politicalInterest: false } })],
  [
    'changeProcurementBasis',
    M.changeBasis,
    LEAD_ADMIN,
    async (c, n) => ({ input: { procurementId: await procurement(c, n), estimatedValue: 180_000, riskLevel: 'HIGH', politicalInterest: true, reason: 'Scope grew' } }),
  ],
  [
    'declareConflictOfInterest',
    M.conflict,
    LEAD_ADMIN,
    async (c, n) => ({ input: { procurementId: await procurement(c, n), staffMemberId: c.members[0], nature: 'Former employee of a bidder', onBehalfReason: 'Declared at the meeting' } }),
  ],
  ['requestGatewayReview', M.request, LEAD_ADMIN, async (c, n) => ({ input: { procurementId: await procurement(c, n), gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Strategy' } })],
  ['recordGatewayDecision', M.decide, ['COMMITTEE_MEMBER', 'ADMIN'], async (c, n) => decision(c, await review(c, n))],
  [
    'correctGatewayDecision',
    M.correct,
    ['COMMITTEE_MEMBER', 'ADMIN'],
    async (c, n) => ({ input: { ...decision(c, await decided(c, n)).input, outcome: 'DEFERRED', rationale: 'More information needed', reason: 'Minutes were wrong' } }),
  ],
  ['dischargeCondition', M.discharge, LEAD_ADMIN, async (c, n) => ({ input: { reviewId: await decided(c, n, ['Add a social value weighting']), conditionIndex: 0, evidence: 'Tender pack v3' } })],
  ['adoptGatewayPolicy', M.adopt, LEAD_ADMIN, async (_, n) => ({ input: { ...DEFAULT_RULES, reason: `Re-adopted by ${n}` } })],
  ['recordLesson', M.record, ['STAFF', 'PROCUREMENT_LEAD', 'ADMIN'], async (_, n) => ({ input: { title: `Lesson by ${n}`, whatHappened: 'Late bids', recommendation: 'Extend deadlines' } })],
  ['assignLessonAction', M.assign, LEAD_ADMIN, async (c, n) => action(c, await lesson(c, n))],
  [
    'closeLessonAction',
    M.close,
    LEAD_ADMIN,
    async (c, n) => {
      const assigned = await asAdmin(c, M.assign, action(c, await lesson(c, n)));
      return { input: { lessonId: assigned.id, actionId: assigned.actions[0].id, evidence: 'Template v4 published' } };
    },
  ],
  ['identifyRisk', M.identify, LEAD_ADMIN, async (_, n) => ({ input: { title: `Risk by ${n}`, category: 'FRAUD_AND_FINANCIAL_LOSS', likelihood: 3, impact: 3, reviewEveryMonths: 3 } })],
  ['reviewRisk', M.review, LEAD_ADMIN, async (c, n) => ({ input: { riskId: await risk(c, n), likelihood: 1, impact: 2, notes: 'Controls working' } })],
];

const QUERIES: [string, string, Role[], (f: { procurement: string; risk: string }) => Record<string, unknown>][] = [
  ['procurements', '{ procurements { id } }', GATEWAY_READERS, () => ({})],
  ['procurement', 'query($id: ID!) { procurement(id: $id) { id reviews { id } } }', GATEWAY_READERS, (f) => ({ id: f.procurement })],
  ['gatewayPolicies', '{ gatewayPolicies { version } }', GATEWAY_READERS, () => ({})],
  ['gatewayLog', '{ gatewayLog { id } }', GATEWAY_READERS, () => ({})],
  ['lessons', '{ lessons { id } }', ALL, () => ({})],
  ['lessonsDue', '{ lessonsDue { procurementId } }', ALL, () => ({})],
  ['risks', '{ risks { id } }', GATEWAY_READERS, () => ({})],
  ['risk', 'query($id: ID!) { risk(id: $id) { id } }', GATEWAY_READERS, (f) => ({ id: f.risk })],
  ['riskHeatMap', '{ riskHeatMap { count } }', GATEWAY_READERS, () => ({})],
];

describe('gateway, lessons and risk roles over GraphQL on sqlite', () => {
  const c = {} as Context;
  const tokens = {} as Record<Role, string>;
  const f = {} as { procurement: string; risk: string };
  const head = () => c.ledger.head();

  beforeAll(async () => {
    c.ledger = await startTestLedger('sqlite');
    c.admin = await c.ledger.adminToken();
    tokens.ADMIN = c.admin;
    for (const role of ROLES.filter((r) => r !== 'ADMIN')) {
      tokens[role] = await c.ledger.tokenFor(role, `${role.toLowerCase()}@example.gov.uk`);
    }
    c.members = [];
    for (const name of ['Ama Mensah', 'Ben Hughes', 'Cat Doyle']) {
      const input = { displayName: name, email: `${name.split(' ')[0].toLowerCase()}@example.gov.uk`, jobTitle: 'Director', department: 'Corporate Services' };
      c.members.push((await asAdmin(c, 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }', { input })).id);
    }
    f.procurement = await procurement(c, 'fixture');
    await decided(c, 'fixture with a decision');
    await lesson(c, 'fixture');
    f.risk = await risk(c, 'fixture');
  });
  afterAll(async () => c.ledger?.close());

  const cases = MUTATIONS.flatMap(([name, query, allowed, variables]) => ROLES.map((role) => [name, role, allowed.includes(role), query, variables] as const));
  it.each(cases)('%s by %s: allowed=%s', async (name, role, allowed, query, variables) => {
    const input = await variables(c, `${name} ${role}`);
    const before = await head();
    const answer = await c.ledger.gql(query, input, tokens[role]);
    if (allowed) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.[name]).toBeTruthy();
      expect(await head()).toBeGreaterThan(before);
    } else {
      expect(codeOf(answer)).toBe('FORBIDDEN');
      expect(answer.data?.[name]).toBeFalsy();
      expect(await head()).toBe(before);
    }
  });

  it('records who did it: the actor and role of an allowed command are in the event metadata', async () => {
    const input = await MUTATIONS[8][3](c, 'metadata');
    const staffId = (await c.ledger.gql('{ me { id } }', {}, tokens.STAFF)).data?.['me'].id;
    const before = await head();
    await c.ledger.gql(M.record, input, tokens.STAFF);
    const [event] = await c.ledger.stores.eventStore.readAll({ from: before + 1n });
    expect(event.type).toBe('LessonRecorded');
    expect(event.metadata).toMatchObject({ actorId: staffId, actorRoles: ['STAFF'] });
  });

  const reads = QUERIES.flatMap(([name, query, readers, variables]) => ROLES.map((role) => [name, role, readers.includes(role), query, variables] as const));
  it.each(reads)('query %s by %s: allowed=%s', async (name, role, allowed, query, variables) => {
    const answer = await c.ledger.gql(query, variables(f), tokens[role]);
    if (allowed) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.[name]).toBeTruthy();
    } else {
      expect(codeOf(answer)).toBe('FORBIDDEN');
      expect(answer.data?.[name] ?? null).toBeNull();
    }
  });

  it('shows the readers what was recorded, not an empty answer', async () => {
    const answer = await c.ledger.gql('{ procurements { id } gatewayLog { id } lessons { id } risks { id } }', {}, tokens.AUDITOR);
    expect(answer.errors).toBeUndefined();
    for (const list of Object.values(answer.data ?? {})) expect((list as unknown[]).length).toBeGreaterThan(0);
  });

  const anonymous = [
    ...QUERIES.map(([name, query, , variables]) => [`query ${name}`, query, async () => variables(f)] as const),
    ...MUTATIONS.map(([name, query, , variables]) => [`mutation ${name}`, query, () => variables(c, `anonymous ${name}`)] as const),
  ];
  it.each(anonymous)('answers %s without a token with UNAUTHENTICATED and writes nothing', async (_, query, variables) => {
    const input = await variables();
    const before = await head();
    const answer = await c.ledger.gql(query, input);
    expect(codeOf(answer)).toBe('UNAUTHENTICATED');
    expect(Object.values(answer.data ?? {}).filter((value) => value !== null)).toEqual([]);
    expect(await head()).toBe(before);
  });
});
