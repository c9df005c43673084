import { TestLedger, instant, startTestLedger } from '../testing/test-ledger';
import { ukYear } from '../testing/uk-dates';

/**
 * After award, as the issue checks it: a £300k procurement walked through its gateways, awarded
 * (refused before its award gateway), varied (one variation over the policy threshold waiting for
 * the procurement lead), reported on by its contract manager, given social value commitments and
 * deliveries, and the FOI summary answered from the record, now and as at earlier instants.
 * One ledger for the whole walk: each case builds on the one before.
 */
const PERSON = 'id displayName';
const VARIATION = 'id description valueChange reason recordedAt status approvalRequiredBecause policyVersion decidedAt decisionNote';
const COMMITMENT = `id committedQuantity deliveredQuantity committedValue deliveredValue underDelivered expectedToDateQuantity
  measure { id theme outcome unit proxyValuePerUnit } deliveries { period quantity evidence reportedAt }`;
const CONTRACT = `id title supplierName awardedValue currentValue startDate endDate extensionMonthsAvailable status socialValueWeightingPercent
  gatewaysPassed revision procurement { id title } managers { ${PERSON} } variations { ${VARIATION} }
  kpis { id name target reports { period rating note reportedAt } } socialValueCommitments { ${COMMITMENT} }
  committedSocialValue deliveredSocialValue socialValueUnderDelivered`;
const Q = {
  staff: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  register: 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id requiredGateways } }',
  request: 'mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }',
  decide: 'mutation($input: RecordGatewayDecisionInput!) { recordGatewayDecision(input: $input) { id outcome } }',
  award: `mutation($input: AwardContractInput!) { awardContract(input: $input) { ${CONTRACT} } }`,
  vary: `mutation($input: VaryContractInput!) { varyContract(input: $input) { ${CONTRACT} } }`,
  approve: `mutation($input: DecideContractVariationInput!) { approveContractVariation(input: $input) { ${CONTRACT} } }`,
  assign: `mutation($input: ContractManagerInput!) { assignContractManager(input: $input) { ${CONTRACT} } }`,
  addKpi: `mutation($input: AddKpiInput!) { addKpi(input: $input) { ${CONTRACT} } }`,
  reportKpi: `mutation($input: ReportKpiInput!) { reportKpi(input: $input) { ${CONTRACT} } }`,
  defineMeasure: 'mutation($input: DefineSocialValueMeasureInput!) { defineSocialValueMeasure(input: $input) { id theme outcome unit proxyValuePerUnit retired } }',
  commit: `mutation($input: CommitSocialValueInput!) { commitSocialValue(input: $input) { ${CONTRACT} } }`,
  deliver: `mutation($input: ReportSocialValueDeliveryInput!) { reportSocialValueDelivery(input: $input) { ${CONTRACT} } }`,
  contract: `query($id: ID!, $asOf: DateTime) { contract(id: $id, asOf: $asOf) { ${CONTRACT} } }`,
  contracts: 'query($asOf: DateTime) { contracts(asOf: $asOf) { id currentValue status } }',
  measures: 'query($asOf: DateTime) { socialValueMeasures(asOf: $asOf) { id theme outcome unit proxyValuePerUnit } }',
  summary: 'query($year: Int!, $asOf: DateTime) { socialValueSummary(year: $year, asOf: $asOf) { year contractsAwarded contractsWithSocialValue averageWeightingPercent committedValue deliveredValue } }',
  policies: 'query { variationPolicies { version percentOfAwardedValue absoluteAmount cumulative } }',
};

// The contract runs from January last year to December next year, so that last year's quarters
// are history, next year's are still to come, and at least a third of the term has always run.
const YEAR = ukYear();
const TERM = { startDate: `${YEAR - 1}-01-01`, endDate: `${YEAR + 1}-12-31` };
const THEME = 'Tackling economic inequality';

describe('contracts after award on sqlite', () => {
  let ledger: TestLedger;
  let admin: string;
  let lead: string;
  let clerk: string;
  let auditor: string;
  let manager: string;
  let otherManager: string;
  const staff = {} as Record<'ama' | 'ben' | 'cat' | 'mo', string>;
  const at: Record<string, string> = {};
  let procurementId: string;
  let contractId: string;
  let kpiId: string;
  const measure = {} as Record<'apprenticeships' | 'carbon', string>;
  let commitmentId: string;

  const ok = (query: string, variables: Record<string, unknown>, token = lead) => ledger.ok(query, variables, token);
  const refused = (code: string, query: string, variables: Record<string, unknown>, token = lead) => ledger.refused(code, query, variables, token);
  const current = () => ok(Q.contract, { id: contractId });
  const award = (extra: Record<string, unknown> = {}) => ({
    input: { procurementId, supplierName: 'Acme Highways Ltd', awardedValue: 300_000, ...TERM, extensionMonthsAvailable: 24, socialValueWeightingPercent: 10, ...extra },
  });
  const passGateway = async (gateway: string) => {
    const { id } = await ok(Q.request, { input: { procurementId, gateway, summary: `${gateway} papers` } });
    await ok(Q.decide, { input: { reviewId: id, outcome: 'APPROVED', conditions: [], rationale: 'Meets the criteria', committeeMemberIds: [staff.ama, staff.ben, staff.cat] } }, clerk);
  };

  beforeAll(async () => {
    ledger = await startTestLedger('sqlite');
    admin = await ledger.adminToken();
    lead = await ledger.tokenFor('PROCUREMENT_LEAD', 'priya.lead@example.gov.uk');
    clerk = await ledger.tokenFor('COMMITTEE_MEMBER', 'colin.clerk@example.gov.uk');
    auditor = await ledger.tokenFor('AUDITOR', 'ada.auditor@example.gov.uk');
    manager = await ledger.tokenFor('CONTRACT_MANAGER', 'mo.manager@example.gov.uk');
    otherManager = await ledger.tokenFor('CONTRACT_MANAGER', 'nell.manager@example.gov.uk');
    const people = { ama: 'Ama Mensah', ben: 'Ben Hughes', cat: 'Cat Doyle', mo: 'Mo Manager' };
    for (const [key, displayName] of Object.entries(people)) {
      const email = key === 'mo' ? 'mo.manager@example.gov.uk' : `${key}@example.gov.uk`;
      staff[key as keyof typeof staff] = (await ok(Q.staff, { input: { displayName, email, jobTitle: 'Officer', department: 'Corporate Services' } }, admin)).id;
    }
    const registered = await ok(Q.register, { input: { title: 'Highways maintenance', estimatedValue: 300_000, riskLevel: 'LOW', politicalInterest: false } });
    procurementId = registered.id;
    expect(registered.requiredGateways).toEqual(['G2_PROCUREMENT_STRATEGY', 'G3_AWARD']);
    await passGateway('G2_PROCUREMENT_STRATEGY');
  });
  afterAll(async () => ledger?.close());

  it('refuses the award before the award gateway passed, naming it, and records nothing', async () => {
    const answer = await refused('RULE_VIOLATION', Q.award, award());
    expect(answer.errors?.[0].message).toContain('G3_AWARD');
  });

  it('refuses bad input with BAD_USER_INPUT and a role that may not award with FORBIDDEN', async () => {
    await refused('BAD_USER_INPUT', Q.award, award({ awardedValue: -5 }));
    await refused('BAD_USER_INPUT', Q.award, award({ socialValueWeightingPercent: 150 }));
    await refused('BAD_USER_INPUT', Q.award, award({ endDate: TERM.startDate }));
    await refused('BAD_USER_INPUT', Q.award, award({ startDate: 'next Tuesday' }));
    await refused('FORBIDDEN', Q.award, award(), auditor);
    await refused('FORBIDDEN', Q.award, award(), manager);
  });

  it('awards the contract once G3 passed: the procurement title, the gateways checked, current value = awarded', async () => {
    await passGateway('G3_AWARD');
    at['beforeAward'] = await instant();
    const awarded = await ok(Q.award, award());
    contractId = awarded.id;
    expect(awarded).toMatchObject({
      title: 'Highways maintenance',
      supplierName: 'Acme Highways Ltd',
      awardedValue: 300_000,
      currentValue: 300_000,
      ...TERM,
      extensionMonthsAvailable: 24,
      status: 'ACTIVE',
      socialValueWeightingPercent: 10,
      gatewaysPassed: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
      procurement: { id: procurementId, title: 'Highways maintenance' },
      variations: [],
      kpis: [],
      socialValueCommitments: [],
    });
    // The auditor reads the register; a second lot from the same procurement, without social value, is a contract of its own.
    await ok(Q.award, award({ supplierName: 'Lot 2 Surfacing Ltd', awardedValue: 50_000, socialValueWeightingPercent: 0 }));
    expect((await ok(Q.contracts, {}, auditor)).map((c: { id: string }) => c.id)).toContain(contractId);
  });

  it('puts a variation within the threshold into effect and holds one over it until the procurement lead approves', async () => {
    const small = await ok(Q.vary, { input: { contractId, description: 'Extra gully cleaning', valueChange: 20_000, reason: 'Flooding in the autumn' } });
    expect(small.currentValue).toBe(320_000);
    expect(small.variations[0]).toMatchObject({ status: 'EFFECTIVE', approvalRequiredBecause: null, policyVersion: 1 });
    // The default policy went on the record with the first variation.
    expect(await ok(Q.policies, {})).toEqual([{ version: 1, percentOfAwardedValue: 10, absoluteAmount: 100_000, cumulative: true }]);
    at['afterFirstVariation'] = await instant();

    const large = await ok(Q.vary, { input: { contractId, description: 'Two more depots', valueChange: 50_000, reason: 'Scope extended to the north' } });
    const pending = large.variations[1];
    expect(pending).toMatchObject({ status: 'PENDING', decidedAt: null });
    expect(pending.approvalRequiredBecause).toContain('10%');
    expect(large.currentValue).toBe(320_000);
    at['whilePending'] = await instant();

    await refused('FORBIDDEN', Q.approve, { input: { contractId, variationId: pending.id } }, manager);
    await refused('FORBIDDEN', Q.approve, { input: { contractId, variationId: pending.id } }, auditor);
    const approved = await ok(Q.approve, { input: { contractId, variationId: pending.id, note: 'Budget confirmed by the s151 officer' } });
    expect(approved.currentValue).toBe(370_000);
    expect(approved.variations[1]).toMatchObject({ status: 'APPROVED', decisionNote: 'Budget confirmed by the s151 officer', decidedAt: expect.any(String) });
    // Nothing is rewritten: both variations stay on the record.
    expect(approved.variations.map((v: { description: string }) => v.description)).toEqual(['Extra gully cleaning', 'Two more depots']);
  });

  it('answers CONFLICT to a variation on a stale revision and records nothing', async () => {
    const { revision } = await current();
    const answer = await refused('CONFLICT', Q.vary, { input: { contractId, expectedRevision: revision - 1, description: 'Late change', valueChange: 1_000, reason: 'Stale screen' } });
    expect(answer.errors?.[0].extensions).toMatchObject({ expectedRevision: revision - 1, actualRevision: revision });
  });

  it('takes KPI reports from the contract manager for quarters of the term that have begun, one per quarter', async () => {
    const assigned = await ok(Q.assign, { input: { contractId, staffMemberId: staff.mo } });
    expect(assigned.managers).toEqual([{ id: staff.mo, displayName: 'Mo Manager' }]);
    const added = await ok(Q.addKpi, { input: { contractId, name: 'Repairs on time', target: '95% of category 1 defects made safe within 24 hours' } });
    kpiId = added.kpis[0].id;
    const report = (period: string, extra: Record<string, unknown> = {}) => ({ input: { contractId, kpiId, period, rating: 'GREEN', note: '', ...extra } });

    await refused('BAD_USER_INPUT', Q.reportKpi, report(`Q3-${YEAR - 1}`), manager);
    await refused('BAD_USER_INPUT', Q.reportKpi, report(`${YEAR - 1}-Q5`), manager);
    await refused('RULE_VIOLATION', Q.reportKpi, report(`${YEAR + 1}-Q1`), manager);
    await refused('RULE_VIOLATION', Q.reportKpi, report(`${YEAR - 2}-Q4`), manager);
    await refused('BAD_USER_INPUT', Q.reportKpi, report(`${YEAR - 1}-Q3`, { rating: 'AMBER' }), manager);
    // Another contract manager does not manage this contract; an auditor never writes.
    await refused('FORBIDDEN', Q.reportKpi, report(`${YEAR - 1}-Q3`), otherManager);
    await refused('FORBIDDEN', Q.reportKpi, report(`${YEAR - 1}-Q3`), auditor);

    const reported = await ok(Q.reportKpi, report(`${YEAR - 1}-Q3`, { rating: 'AMBER', note: 'Two late repairs: a crew was off sick' }), manager);
    expect(reported.kpis[0].reports).toEqual([{ period: `${YEAR - 1}-Q3`, rating: 'AMBER', note: 'Two late repairs: a crew was off sick', reportedAt: expect.any(String) }]);
    await refused('RULE_VIOLATION', Q.reportKpi, report(`${YEAR - 1}-Q3`), manager);
  });

  it('values social value commitments and deliveries at the proxy value committed, null without one', async () => {
    const apprenticeships = await ok(Q.defineMeasure, { input: { theme: THEME, outcome: 'Apprenticeships for local people', unit: 'apprenticeship weeks', proxyValuePerUnit: 250 } });
    measure.apprenticeships = apprenticeships.id;
    expect(apprenticeships).toMatchObject({ proxyValuePerUnit: 250, retired: false });
    measure.carbon = (await ok(Q.defineMeasure, { input: { theme: 'Fighting climate change', outcome: 'Carbon saved', unit: 'tCO2e' } })).id;
    await refused('RULE_VIOLATION', Q.defineMeasure, { input: { theme: ` ${THEME.toUpperCase()} `, outcome: 'apprenticeships  for local people', unit: 'weeks' } });
    await refused('BAD_USER_INPUT', Q.defineMeasure, { input: { theme: THEME, outcome: 'Local spend', unit: 'GBP', proxyValuePerUnit: -1 } });
    expect((await ok(Q.measures, {}, auditor)).map((m: { outcome: string }) => m.outcome).sort()).toEqual(['Apprenticeships for local people', 'Carbon saved']);

    await refused('BAD_USER_INPUT', Q.commit, { input: { contractId, measureId: measure.apprenticeships, committedQuantity: 0 } });
    const committed = await ok(Q.commit, { input: { contractId, measureId: measure.apprenticeships, committedQuantity: 40 } });
    commitmentId = committed.socialValueCommitments[0].id;
    await refused('RULE_VIOLATION', Q.commit, { input: { contractId, measureId: measure.apprenticeships, committedQuantity: 5 } });
    const both = await ok(Q.commit, { input: { contractId, measureId: measure.carbon, committedQuantity: 12 } });
    expect(both.socialValueCommitments.map((c: Record<string, unknown>) => [c['committedValue'], c['deliveredValue']])).toEqual([
      [10_000, 0],
      [null, null],
    ]);
    at['beforeDelivery'] = await instant();

    const delivery = { contractId, commitmentId, period: `${YEAR - 1}-Q4`, quantity: 10, evidence: 'Payroll extract: two apprentices, five weeks each' };
    await refused('BAD_USER_INPUT', Q.deliver, { input: { ...delivery, quantity: -1 } }, manager);
    await refused('FORBIDDEN', Q.deliver, { input: delivery }, otherManager);
    const delivered = await ok(Q.deliver, { input: delivery }, manager);
    const [apprentices] = delivered.socialValueCommitments;
    expect(apprentices).toMatchObject({ committedQuantity: 40, deliveredQuantity: 10, committedValue: 10_000, deliveredValue: 2_500, measure: { id: measure.apprenticeships, unit: 'apprenticeship weeks', proxyValuePerUnit: 250 } });
    expect(apprentices.deliveries).toEqual([{ period: `${YEAR - 1}-Q4`, quantity: 10, evidence: delivery.evidence, reportedAt: expect.any(String) }]);
    // A third of the term or more has run: 10 of 40 weeks is behind.
    expect(apprentices.underDelivered).toBe(true);
    expect(delivered).toMatchObject({ committedSocialValue: 10_000, deliveredSocialValue: 2_500, socialValueUnderDelivered: true });
  });

  it("answers the FOI summary for this year's awards, now and as at before the delivery", async () => {
    expect(await ok(Q.summary, { year: YEAR }, auditor)).toEqual({
      year: YEAR,
      contractsAwarded: 2,
      contractsWithSocialValue: 1,
      averageWeightingPercent: 10,
      committedValue: 10_000,
      deliveredValue: 2_500,
    });
    expect(await ok(Q.summary, { year: YEAR, asOf: at['beforeDelivery'] }, auditor)).toMatchObject({ contractsAwarded: 2, committedValue: 10_000, deliveredValue: 0 });
    expect(await ok(Q.summary, { year: YEAR - 1 }, auditor)).toMatchObject({ contractsAwarded: 0, contractsWithSocialValue: 0, averageWeightingPercent: 0, committedValue: 0 });
  });

  it('answers the past with asOf: no contract before the award, the value and the pending variation as they stood', async () => {
    expect(await ok(Q.contract, { id: contractId, asOf: at['beforeAward'] })).toBeNull();
    expect(await ok(Q.contracts, { asOf: at['beforeAward'] })).toEqual([]);
    const whilePending = await ok(Q.contract, { id: contractId, asOf: at['whilePending'] });
    expect(whilePending.currentValue).toBe(320_000);
    expect(whilePending.variations.map((v: { status: string }) => v.status)).toEqual(['EFFECTIVE', 'PENDING']);
    expect(whilePending.procurement).toEqual({ id: procurementId, title: 'Highways maintenance' });
    expect((await ok(Q.contract, { id: contractId, asOf: at['afterFirstVariation'] })).variations).toHaveLength(1);
    expect((await current()).currentValue).toBe(370_000);
  });
});
