import { TestLedger, startTestLedger } from '../testing/test-ledger';
import { ukDaysFromToday } from '../testing/uk-dates';

/**
 * myWork, tried by each role through the API: every person sees what they must act on, and only
 * that. One ledger: a procurement with a review awaiting the committee, a condition to discharge,
 * training overdue, a contract near its end with reports outstanding.
 */
const Q = {
  staff: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  define: 'mutation($input: DefineCompetencyInput!) { defineCompetency(input: $input) { id } }',
  addCourse: 'mutation($input: AddCourseInput!) { addCourse(input: $input) { id } }',
  plan: 'mutation($input: PlanTrainingInput!) { planTraining(input: $input) { id } }',
  register: 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id } }',
  request: 'mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }',
  decide: 'mutation($input: RecordGatewayDecisionInput!) { recordGatewayDecision(input: $input) { id } }',
  award: 'mutation($input: AwardContractInput!) { awardContract(input: $input) { id } }',
  assign: 'mutation($input: ContractManagerInput!) { assignContractManager(input: $input) { id } }',
  addKpi: 'mutation($input: AddKpiInput!) { addKpi(input: $input) { id } }',
  vary: 'mutation($input: VaryContractInput!) { varyContract(input: $input) { variations { id status } } }',
  approve: 'mutation($input: DecideContractVariationInput!) { approveContractVariation(input: $input) { id } }',
  reject: 'mutation($input: DecideContractVariationInput!) { rejectContractVariation(input: $input) { id } }',
  myWork: 'query { myWork { kind title subjectId dueOn overdue } }',
};

interface Item {
  kind: string;
  title: string;
  subjectId: string;
  dueOn: string | null;
  overdue: boolean;
}

describe('myWork on sqlite', () => {
  let ledger: TestLedger;
  const token = {} as Record<'admin' | 'lead' | 'hr' | 'sam' | 'cara' | 'mo' | 'auditor' | 'outsider', string>;
  const staff = {} as Record<'sam' | 'cara' | 'dev' | 'eve' | 'mo', string>;
  let procurementId: string;
  let reviewId: string;
  let contractId: string;

  const ok = (query: string, variables: Record<string, unknown> = {}, as = token.lead) => ledger.ok(query, variables, as);
  const workOf = async (who: keyof typeof token): Promise<Item[]> => ok(Q.myWork, {}, token[who]);
  const kindsOf = async (who: keyof typeof token) => (await workOf(who)).map((item) => item.kind).sort();

  beforeAll(async () => {
    ledger = await startTestLedger('sqlite');
    token.admin = await ledger.adminToken();
    const people = { sam: 'Sam Patel', cara: 'Cara Jones', dev: 'Dev Shah', eve: 'Eve Wood', mo: 'Mo Khan' };
    for (const [key, displayName] of Object.entries(people)) {
      staff[key as keyof typeof staff] = (
        await ok(Q.staff, { input: { displayName, email: `${key}@example.gov.uk`, jobTitle: 'Officer', department: 'Corporate Services' } }, token.admin)
      ).id;
    }
    token.lead = await ledger.tokenFor('PROCUREMENT_LEAD', 'lee.lead@example.gov.uk');
    token.hr = await ledger.tokenFor('HR_LEAD', 'hana.hr@example.gov.uk');
    token.sam = await ledger.tokenFor('STAFF', 'sam@example.gov.uk');
    token.cara = await ledger.tokenFor('COMMITTEE_MEMBER', 'cara@example.gov.uk');
    token.mo = await ledger.tokenFor('CONTRACT_MANAGER', 'mo@example.gov.uk');
    token.auditor = await ledger.tokenFor('AUDITOR', 'ada.auditor@example.gov.uk');
    token.outsider = await ledger.tokenFor('CONTRACT_MANAGER', 'nobody.on.staff@example.gov.uk');

    const competency = (
      await ok(Q.define, { input: { name: 'Contract management', category: 'Contracting', levelDescriptors: ['0', '1', '2', '3', '4'] } }, token.hr)
    ).id;
    const course = (
      await ok(Q.addCourse, { input: { title: 'Contract Management Refresher', provider: 'GCC', competencyIds: [competency], validityMonths: 12 } }, token.hr)
    ).id;
    await ok(Q.plan, { input: { staffMemberId: staff.sam, courseId: course, plannedFor: ukDaysFromToday(-3), reason: 'Gap' } }, token.hr);
    await ok(Q.plan, { input: { staffMemberId: staff.dev, courseId: course, plannedFor: ukDaysFromToday(-10), reason: 'Gap' } }, token.hr);
    await ok(Q.plan, { input: { staffMemberId: staff.eve, courseId: course, plannedFor: ukDaysFromToday(30), reason: 'Gap' } }, token.hr);

    procurementId = (await ok(Q.register, { input: { title: 'Highways maintenance', estimatedValue: 300_000, riskLevel: 'LOW', politicalInterest: false } }))
      .id;
    const strategyReview = (await ok(Q.request, { input: { procurementId, gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Strategy papers' } })).id;
    const committee = [staff.cara, staff.dev, staff.eve];
    await ok(
      Q.decide,
      {
        input: {
          reviewId: strategyReview,
          outcome: 'APPROVED_WITH_CONDITIONS',
          conditions: ['Market test the lots'],
          rationale: 'Sound',
          committeeMemberIds: committee,
        },
      },
      token.admin,
    );
    reviewId = (await ok(Q.request, { input: { procurementId, gateway: 'G3_AWARD', summary: 'Award papers' } })).id;
    // Seven sign-ins, each a deliberately slow password hash: more than the default 30 s on a busy machine.
  }, 120_000);
  afterAll(async () => ledger?.close());

  it('shows a committee member the review awaiting their decision, naming the gateway as people do', async () => {
    const items = await workOf('cara');
    expect(items).toEqual([expect.objectContaining({ kind: 'GATEWAY_DECISION_AWAITED', subjectId: procurementId, dueOn: null, overdue: false })]);
    expect(items[0].title).toContain('the award gateway (G3)');
    expect(items[0].title).toContain('Highways maintenance');
  });

  it('shows the procurement lead the condition still to discharge, and no review to decide', async () => {
    const items = await workOf('lead');
    expect(items.map((item) => item.kind)).toEqual(['GATEWAY_CONDITION_OUTSTANDING']);
    expect(items[0].title).toContain('Market test the lots');
  });

  it('shows a member of staff their own overdue training, and HR everyone’s by name, oldest first', async () => {
    const mine = await workOf('sam');
    expect(mine).toEqual([expect.objectContaining({ kind: 'TRAINING_OVERDUE', subjectId: staff.sam, dueOn: ukDaysFromToday(-3), overdue: true })]);
    expect(mine[0].title).toMatch(/^Your “Contract Management Refresher”/);
    const hrs = await workOf('hr');
    expect(hrs.map((item) => [item.kind, item.subjectId])).toEqual([
      ['TRAINING_OVERDUE', staff.dev],
      ['TRAINING_OVERDUE', staff.sam],
    ]);
    expect(hrs[0].title).toMatch(/^Dev Shah’s/);
  });

  it('drops the review from the committee member’s queue once the decision is recorded', async () => {
    await ok(
      Q.decide,
      { input: { reviewId, outcome: 'APPROVED', conditions: [], rationale: 'Best value', committeeMemberIds: [staff.cara, staff.dev, staff.eve] } },
      token.cara,
    );
    expect(await workOf('cara')).toEqual([]);
  });

  it('after award, shows the contract ending and its KPI report due to its manager and to the procurement lead, not to another manager', async () => {
    const startDate = ukDaysFromToday(-400);
    contractId = (
      await ok(Q.award, {
        input: {
          procurementId,
          supplierName: 'Acme Highways Ltd',
          awardedValue: 300_000,
          startDate,
          endDate: ukDaysFromToday(45),
          extensionMonthsAvailable: 0,
          socialValueWeightingPercent: 10,
        },
      })
    ).id;
    await ok(Q.assign, { input: { contractId, staffMemberId: staff.mo } });
    await ok(Q.addKpi, { input: { contractId, name: 'Potholes repaired within 28 days', target: '95%' } });

    const mos = await workOf('mo');
    expect(mos.map((item) => item.kind).sort()).toEqual(['CONTRACT_ENDING', 'KPI_REPORT_DUE']);
    expect(mos.find((item) => item.kind === 'CONTRACT_ENDING')).toMatchObject({ subjectId: contractId, dueOn: ukDaysFromToday(45), overdue: false });
    expect(await kindsOf('lead')).toEqual(['CONTRACT_ENDING', 'GATEWAY_CONDITION_OUTSTANDING', 'KPI_REPORT_DUE', 'LESSON_DUE']);
    expect(await workOf('outsider')).toEqual([]);
  });

  it('shows a variation over the policy threshold to whoever may approve it until it is approved or rejected, never to a contract manager or an auditor', async () => {
    const vary = async (description: string, valueChange: number): Promise<string> => {
      const { variations } = await ok(Q.vary, { input: { contractId, description, valueChange, reason: 'Storm damage' } });
      const variation = variations.at(-1) as { id: string; status: string };
      expect(variation.status).toBe('PENDING');
      return variation.id;
    };
    const waiting = async (who: keyof typeof token) => (await workOf(who)).filter((item) => item.kind === 'VARIATION_AWAITING_APPROVAL');

    // £60,000 on £300,000 is over 10% of the awarded value: it waits for the procurement lead.
    const resurfacing = await vary('Resurfacing after the floods', 60_000);
    const [item] = await waiting('lead');
    expect(item).toEqual({
      kind: 'VARIATION_AWAITING_APPROVAL',
      title: expect.stringContaining('“Highways maintenance” with Acme Highways Ltd: “Resurfacing after the floods”, +£60,000, waiting since'),
      subjectId: contractId,
      dueOn: null,
      overdue: false,
    });
    expect(await waiting('admin')).toHaveLength(1);
    expect(await waiting('mo')).toEqual([]);
    expect(await workOf('auditor')).toEqual([]);

    await ok(Q.approve, { input: { contractId, variationId: resurfacing, note: 'Within budget' } });
    expect(await waiting('lead')).toEqual([]);

    const bridge = await vary('Bridge parapet repairs', 45_000);
    expect((await waiting('lead')).map((waitingItem) => waitingItem.title)).toEqual([expect.stringContaining('Bridge parapet repairs')]);
    await ok(Q.reject, { input: { contractId, variationId: bridge, note: 'Re-procure separately' } });
    expect(await waiting('lead')).toEqual([]);
  });

  it('gives an auditor an empty queue and refuses a caller who is not signed in', async () => {
    expect(await workOf('auditor')).toEqual([]);
    const answer = await ledger.gql(Q.myWork);
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
