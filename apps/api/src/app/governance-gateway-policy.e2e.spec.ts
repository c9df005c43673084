import { STORES_UNDER_TEST, TestLedger, codeOf, instant, startTestLedger } from '../testing/test-ledger';

/**
 * The gateway policy is versioned on the record: a procurement keeps the version in force when it
 * was registered (its gateways, its quorum, its committee), whatever is adopted later, and an
 * auditor can ask which versions were in force at an instant.
 */
const POLICY = 'version quorum reason adoptedAt committee { id displayName } highRiskGateways politicalInterestGateways valueThresholds { minValue gateways }';
const Q = {
  staff: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  register: 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id policyVersion requiredGateways outstandingGateways } }',
  changeBasis: 'mutation($input: ChangeProcurementBasisInput!) { changeProcurementBasis(input: $input) { id policyVersion requiredGateways estimatedValue } }',
  request: 'mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id gateway } }',
  decide: 'mutation($input: RecordGatewayDecisionInput!) { recordGatewayDecision(input: $input) { id outcome decidedBy { id } } }',
  adopt: `mutation($input: AdoptGatewayPolicyInput!) { adoptGatewayPolicy(input: $input) { ${POLICY} } }`,
  policies: `query($asOf: DateTime) { gatewayPolicies(asOf: $asOf) { ${POLICY} } }`,
  procurement: 'query($id: ID!, $asOf: DateTime) { procurement(id: $id, asOf: $asOf) { id policyVersion requiredGateways } }',
};
const G0_TO_G5 = ['G0_STRATEGIC_NEED', 'G1_BUSINESS_CASE', 'G2_PROCUREMENT_STRATEGY', 'G3_AWARD', 'G4_CONTRACT_MOBILISATION', 'G5_POST_CONTRACT_REVIEW'];
const G1_TO_G5 = G0_TO_G5.slice(1);
const STRATEGY_AND_AWARD = ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'];
/** Version 2: lower thresholds (£50k strategy and award, £250k the full set) and a quorum of two. */
const VERSION_2 = {
  valueThresholds: [
    { minValue: 250_000, gateways: G1_TO_G5 },
    { minValue: 50_000, gateways: STRATEGY_AND_AWARD },
  ],
  highRiskGateways: ['G1_BUSINESS_CASE', 'G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
  politicalInterestGateways: STRATEGY_AND_AWARD,
  quorum: 2,
  reason: 'Procurement strategy 2025: lower thresholds, smaller quorum',
};

describe.each(STORES_UNDER_TEST)('gateway policy versions on %s', (store) => {
  let ledger: TestLedger;
  let admin: string;
  let lead: string;
  let clerk: string;
  const m = {} as Record<'ama' | 'ben' | 'cat' | 'dan', string>;
  const p = {} as Record<'v1' | 'v1small' | 'v2' | 'v2small' | 'v3', string>;
  const at: Record<string, string> = {};

  const ok = (query: string, variables: Record<string, unknown>, token = lead) => ledger.ok(query, variables, token);
  /** Refused with `code`, and nothing recorded (the data is not checked here, unlike `ledger.refused`). */
  async function refused(code: string, query: string, variables: Record<string, unknown>, token = lead) {
    const before = await ledger.head();
    const answer = await ledger.gql(query, variables, token);
    expect(codeOf(answer)).toBe(code);
    expect(await ledger.head()).toBe(before);
    return answer;
  }
  const register = async (title: string, estimatedValue: number, riskLevel = 'LOW', politicalInterest = false) =>
    ok(Q.register, { input: { title, estimatedValue, riskLevel, politicalInterest } });
  const request = async (procurementId: string, gateway: string) => (await ok(Q.request, { input: { procurementId, gateway, summary: `${gateway} papers` } })).id as string;
  const decision = (reviewId: string, deciders: string[]) => ({ input: { reviewId, outcome: 'APPROVED', conditions: [], rationale: 'Meets the criteria', committeeMemberIds: deciders } });

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    admin = await ledger.adminToken();
    lead = await ledger.tokenFor('PROCUREMENT_LEAD', 'lee.lead@example.gov.uk');
    clerk = await ledger.tokenFor('COMMITTEE_MEMBER', 'cleo.clerk@example.gov.uk');
    for (const [key, displayName] of Object.entries({ ama: 'Ama Mensah', ben: 'Ben Hughes', cat: 'Cat Doyle', dan: 'Dan Okafor' })) {
      const input = { displayName, email: `${key}@example.gov.uk`, jobTitle: 'Director', department: 'Corporate Services' };
      m[key as keyof typeof m] = (await ok(Q.staff, { input }, admin)).id;
    }
  });
  afterAll(async () => ledger?.close());

  it('registers under the default policy (version 1) until another version is adopted', async () => {
    at['beforeAnyPolicy'] = await instant();
    const v1 = await register('Library self-service kiosks', 300_000);
    p.v1 = v1.id;
    expect(v1).toMatchObject({ policyVersion: 1, requiredGateways: STRATEGY_AND_AWARD });
    const small = await register('Grounds maintenance top-up', 60_000);
    p.v1small = small.id;
    expect(small).toMatchObject({ policyVersion: 1, requiredGateways: [], outstandingGateways: [] });
    await refused('RULE_VIOLATION', Q.request, { input: { procurementId: p.v1small, gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Not required' } });
    at['v1InForce'] = await instant();
  });

  it('adopts version 2 as a new version, keeping version 1 on the record', async () => {
    const adopted = await ok(Q.adopt, { input: VERSION_2 });
    expect(adopted).toMatchObject({ version: 2, quorum: 2, committee: null, reason: VERSION_2.reason, highRiskGateways: VERSION_2.highRiskGateways });
    // Thresholds come back in ascending order, whatever order they were given in.
    expect(adopted.valueThresholds).toEqual([VERSION_2.valueThresholds[1], VERSION_2.valueThresholds[0]]);
    const all = await ok(Q.policies, {});
    expect(all.map((policy: { version: number; quorum: number }) => [policy.version, policy.quorum])).toEqual([
      [1, 3],
      [2, 2],
    ]);
    at['v2InForce'] = await instant();
  });

  it('keeps the required gateways and quorum of version 1 for a procurement registered before', async () => {
    expect(await ok(Q.procurement, { id: p.v1 })).toMatchObject({ policyVersion: 1, requiredGateways: STRATEGY_AND_AWARD });
    const g2 = await request(p.v1, 'G2_PROCUREMENT_STRATEGY');
    const answer = await refused('RULE_VIOLATION', Q.decide, decision(g2, [m.ama, m.ben]), clerk);
    expect(answer.errors?.[0].message).toMatch(/quorum/i);
    expect(await ok(Q.decide, decision(g2, [m.ama, m.ben, m.cat]), clerk)).toMatchObject({ outcome: 'APPROVED' });
  });

  it('applies version 2 to a procurement registered after it: its gateways and its quorum of two', async () => {
    const v2 = await register('Library self-service kiosks, phase 2', 300_000);
    p.v2 = v2.id;
    expect(v2).toMatchObject({ policyVersion: 2, requiredGateways: G1_TO_G5 });
    const small = await register('Grounds maintenance top-up, phase 2', 60_000);
    p.v2small = small.id;
    expect(small).toMatchObject({ policyVersion: 2, requiredGateways: STRATEGY_AND_AWARD });
    expect(await register('Risky software pilot', 10_000, 'HIGH')).toMatchObject({ policyVersion: 2, requiredGateways: VERSION_2.highRiskGateways });
    const g1 = await request(p.v2, 'G1_BUSINESS_CASE');
    expect(await ok(Q.decide, decision(g1, [m.ama, m.ben]), clerk)).toMatchObject({ outcome: 'APPROVED' });
  });

  it('works out a basis change of a version 1 procurement under version 1, not the policy in force now', async () => {
    const changed = await ok(Q.changeBasis, { input: { procurementId: p.v1small, estimatedValue: 300_000, riskLevel: 'LOW', politicalInterest: false, reason: 'Scope widened' } });
    expect(changed).toMatchObject({ policyVersion: 1, estimatedValue: 300_000, requiredGateways: STRATEGY_AND_AWARD });
  });

  it('answers gatewayPolicies(asOf) with the versions adopted by that instant', async () => {
    expect(await ok(Q.policies, { asOf: at['beforeAnyPolicy'] })).toEqual([]);
    expect((await ok(Q.policies, { asOf: at['v1InForce'] })).map((policy: { version: number }) => policy.version)).toEqual([1]);
    expect((await ok(Q.policies, { asOf: at['v2InForce'] })).map((policy: { version: number }) => policy.version)).toEqual([1, 2]);
    const [v1] = await ok(Q.policies, { asOf: at['v1InForce'] });
    expect(new Date(v1.adoptedAt).getTime()).toBeLessThan(new Date(at['v1InForce']).getTime());
    // A procurement asked as of an instant shows the version it was registered under.
    expect(await ok(Q.procurement, { id: p.v1small, asOf: at['v2InForce'] })).toMatchObject({ policyVersion: 1, requiredGateways: [] });
  });

  it('lets only the members of a committee named in the policy decide', async () => {
    const input = { ...VERSION_2, committeeMemberIds: [m.ama, m.ben, m.cat], reason: 'Named gateway committee' };
    const adopted = await ok(Q.adopt, { input });
    expect(adopted.version).toBe(3);
    expect(adopted.committee.map((c: { displayName: string }) => c.displayName).sort()).toEqual(['Ama Mensah', 'Ben Hughes', 'Cat Doyle']);
    const v3 = await register('Leisure centre catering', 80_000);
    p.v3 = v3.id;
    expect(v3).toMatchObject({ policyVersion: 3, requiredGateways: STRATEGY_AND_AWARD });
    const g2 = await request(p.v3, 'G2_PROCUREMENT_STRATEGY');
    const answer = await refused('RULE_VIOLATION', Q.decide, decision(g2, [m.ama, m.dan]), clerk);
    expect(answer.errors?.[0].message).toMatch(/committee/i);
    expect(await ok(Q.decide, decision(g2, [m.ama, m.ben]), clerk)).toMatchObject({ outcome: 'APPROVED' });
  });

  it('still lets any staff member decide a procurement registered under a version without a named committee', async () => {
    const g2 = await request(p.v2small, 'G2_PROCUREMENT_STRATEGY');
    const decided = await ok(Q.decide, decision(g2, [m.ama, m.dan]), clerk);
    expect(decided.decidedBy.map((d: { id: string }) => d.id).sort()).toEqual([m.ama, m.dan].sort());
  });

  it('refuses a committee too small for its quorum (BAD_USER_INPUT) and a committee member who is not on the staff (NOT_FOUND)', async () => {
    await refused('BAD_USER_INPUT', Q.adopt, { input: { ...VERSION_2, quorum: 3, committeeMemberIds: [m.ama, m.ben] } });
    await refused('NOT_FOUND', Q.adopt, { input: { ...VERSION_2, committeeMemberIds: [m.ama, 'nobody-at-all'] } });
    await refused('BAD_USER_INPUT', Q.adopt, { input: { ...VERSION_2, quorum: 0 } });
    await refused('BAD_USER_INPUT', Q.adopt, { input: { ...VERSION_2, reason: ' ' } });
    expect((await ok(Q.policies, {})).map((policy: { version: number }) => policy.version)).toEqual([1, 2, 3]);
  });
});
