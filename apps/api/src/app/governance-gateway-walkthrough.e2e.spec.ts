import { STORES_UNDER_TEST, TestLedger, instant, startTestLedger } from '../testing/test-ledger';

/**
 * A procurement walked through its gateways as a new procurement lead and committee clerk would:
 * the default policy decides the gateways, the committee decides in order, conflicts and quorum
 * are enforced, decisions are superseded (never edited), and every earlier state can be replayed.
 */
const PERSON = 'id displayName';
const REVIEW = `id procurementId gateway summary requestedAt outcome conditions rationale decidedAt recordedBy basisPosition correctionReason basisChanged
  decidedBy { ${PERSON} } conditionStatus { text discharged evidence dischargedAt }
  superseded { outcome rationale conditions decidedAt correctionReason }`;
const PROCUREMENT = `id title estimatedValue riskLevel politicalInterest requiredGateways policyVersion outstandingGateways revision
  conflicts { staffMember { ${PERSON} } nature } reviews { ${REVIEW} }`;
const Q = {
  staff: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  register: `mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { ${PROCUREMENT} } }`,
  changeBasis: `mutation($input: ChangeProcurementBasisInput!) { changeProcurementBasis(input: $input) { ${PROCUREMENT} } }`,
  conflict: `mutation($input: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $input) { ${PROCUREMENT} } }`,
  request: `mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { ${REVIEW} } }`,
  decide: `mutation($input: RecordGatewayDecisionInput!) { recordGatewayDecision(input: $input) { ${REVIEW} } }`,
  correct: `mutation($input: CorrectGatewayDecisionInput!) { correctGatewayDecision(input: $input) { ${REVIEW} } }`,
  discharge: `mutation($input: DischargeConditionInput!) { dischargeCondition(input: $input) { ${REVIEW} } }`,
  procurement: `query($id: ID!, $asOf: DateTime) { procurement(id: $id, asOf: $asOf) { ${PROCUREMENT} } }`,
  procurements: `query($asOf: DateTime) { procurements(asOf: $asOf) { id policyVersion } }`,
  policies: `query($asOf: DateTime) { gatewayPolicies(asOf: $asOf) { version quorum committee { id } reason highRiskGateways politicalInterestGateways valueThresholds { minValue gateways } } }`,
  log: `query($asOf: DateTime) { gatewayLog(asOf: $asOf) { id gateway outcome rationale } }`,
};
const G1_TO_G5 = ['G1_BUSINESS_CASE', 'G2_PROCUREMENT_STRATEGY', 'G3_AWARD', 'G4_CONTRACT_MOBILISATION', 'G5_POST_CONTRACT_REVIEW'];
const names = (people: { displayName: string }[]) => people.map((p) => p.displayName).sort();
const reviewOf = (procurement: { reviews: { id: string }[] }, id: string) => procurement.reviews.find((r) => r.id === id) as Record<string, any>;

describe.each(STORES_UNDER_TEST)('a procurement walked through its gateways on %s', (store) => {
  let ledger: TestLedger;
  let admin: string;
  let lead: string;
  let clerk: string;
  let clerkUserId: string;
  const m = {} as Record<'ama' | 'ben' | 'cat' | 'dan' | 'eve', string>;
  const at: Record<string, string> = {};
  const review: Record<string, string> = {};
  let id: string;

  const ok = (query: string, variables: Record<string, unknown>, token: string) => ledger.ok(query, variables, token);
  const refused = (code: string, query: string, variables: Record<string, unknown>, token: string) => ledger.refused(code, query, variables, token);
  const current = () => ok(Q.procurement, { id }, lead);
  const decision = (reviewId: string, deciders: string[], extra: Record<string, unknown> = {}) => ({
    input: { reviewId, outcome: 'APPROVED', conditions: [], rationale: 'Meets the criteria', committeeMemberIds: deciders, ...extra },
  });

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    admin = await ledger.adminToken();
    lead = await ledger.tokenFor('PROCUREMENT_LEAD', 'priya.lead@example.gov.uk');
    clerk = await ledger.tokenFor('COMMITTEE_MEMBER', 'colin.clerk@example.gov.uk');
    clerkUserId = (await ok('{ me { id } }', {}, clerk)).id;
    const people = { ama: 'Ama Mensah', ben: 'Ben Hughes', cat: 'Cat Doyle', dan: 'Dan Okafor', eve: 'Eve Price' };
    for (const [key, displayName] of Object.entries(people)) {
      const input = { displayName, email: `${key}@example.gov.uk`, jobTitle: 'Director', department: 'Corporate Services' };
      m[key as keyof typeof m] = (await ok(Q.staff, { input }, admin)).id;
    }
  });
  afterAll(async () => ledger?.close());

  it('registers a £750k MEDIUM risk procurement of political interest under the default policy: G1..G5, version 1', async () => {
    expect(await ok(Q.policies, {}, lead)).toEqual([]);
    at['beforeRegistration'] = await instant();
    const input = { title: 'Highways maintenance framework', estimatedValue: 750_000, riskLevel: 'MEDIUM', politicalInterest: true };
    const registered = await ok(Q.register, { input }, lead);
    id = registered.id;
    expect(registered).toMatchObject({ ...input, requiredGateways: G1_TO_G5, outstandingGateways: G1_TO_G5, policyVersion: 1, reviews: [], conflicts: [] });
    // The default was adopted on the record, as version 1, when this first procurement was registered.
    const [policy, ...others] = await ok(Q.policies, {}, lead);
    expect(others).toEqual([]);
    expect(policy).toMatchObject({ version: 1, quorum: 3, committee: null, highRiskGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'] });
    expect(policy.valueThresholds.map((t: { minValue: number }) => t.minValue)).toEqual([100_000, 500_000, 2_000_000]);
    expect(await ok(Q.procurements, {}, lead)).toEqual([{ id, policyVersion: 1 }]);
  });

  it('requests G1 and records its approval by three members, entered by a clerk who did not decide', async () => {
    const requested = await ok(Q.request, { input: { procurementId: id, gateway: 'G1_BUSINESS_CASE', summary: 'Outline business case v2' } }, lead);
    review['g1'] = requested.id;
    expect(requested).toMatchObject({ procurementId: id, gateway: 'G1_BUSINESS_CASE', summary: 'Outline business case v2', outcome: null, decidedBy: [], decidedAt: null, recordedBy: null });
    const before = await ledger.head();
    const decided = await ok(Q.decide, decision(review['g1'], [m.ama, m.ben, m.cat], { rationale: 'Business case is affordable and sound' }), clerk);
    expect(decided).toMatchObject({ id: review['g1'], outcome: 'APPROVED', rationale: 'Business case is affordable and sound', conditions: [], recordedBy: clerkUserId, basisChanged: false, superseded: [] });
    expect(names(decided.decidedBy)).toEqual(['Ama Mensah', 'Ben Hughes', 'Cat Doyle']);
    expect(decided.decidedBy.map((p: { id: string }) => p.id)).not.toContain(clerkUserId);
    // What was known when the committee decided: the log as it stood just before the decision.
    expect(decided.basisPosition).toBe(before.toString());
    expect(new Date(decided.decidedAt).getTime()).toBeGreaterThanOrEqual(new Date(decided.requestedAt).getTime());
    expect((await current()).outstandingGateways).toEqual(G1_TO_G5.slice(1));
    expect(await ok(Q.log, {}, lead)).toEqual([{ id: review['g1'], gateway: 'G1_BUSINESS_CASE', outcome: 'APPROVED', rationale: 'Business case is affordable and sound' }]);
  });

  it('refuses an award (G3) review before the strategy (G2) was approved, and records nothing', async () => {
    const answer = await refused('RULE_VIOLATION', Q.request, { input: { procurementId: id, gateway: 'G3_AWARD', summary: 'Too early' } }, lead);
    expect(answer.errors?.[0].message).toContain('The award gateway (G3) cannot be reviewed before the procurement strategy gateway (G2) is approved');
  });

  it('approves G2 with conditions, and the lead discharges a condition with its evidence', async () => {
    review['g2'] = (await ok(Q.request, { input: { procurementId: id, gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Open procedure, 4 lots' } }, lead)).id;
    at['beforeG2Decision'] = await instant();
    const conditions = ['Weight social value at 10% of the evaluation', 'Publish a preliminary market engagement notice'];
    const decided = await ok(Q.decide, decision(review['g2'], [m.ama, m.ben, m.cat], { outcome: 'APPROVED_WITH_CONDITIONS', conditions, rationale: 'Strategy sound subject to conditions' }), clerk);
    expect(decided).toMatchObject({ outcome: 'APPROVED_WITH_CONDITIONS', conditions });
    expect(decided.conditionStatus).toEqual(conditions.map((text) => ({ text, discharged: false, evidence: null, dischargedAt: null })));
    at['afterG2Decision'] = await instant();
    const evidence = 'Notice published on Find a Tender, ref 2025/S 000-012345';
    const discharged = await ok(Q.discharge, { input: { reviewId: review['g2'], conditionIndex: 1, evidence } }, lead);
    expect(discharged.conditionStatus[0]).toMatchObject({ discharged: false, evidence: null });
    expect(discharged.conditionStatus[1]).toMatchObject({ text: conditions[1], discharged: true, evidence, dischargedAt: expect.any(String) });
    expect(discharged.outcome).toBe('APPROVED_WITH_CONDITIONS');
    expect(reviewOf(await current(), review['g2']).conditionStatus[1].discharged).toBe(true);
    await refused('RULE_VIOLATION', Q.discharge, { input: { reviewId: review['g2'], conditionIndex: 1, evidence: 'Again' } }, lead);
  });

  it('refuses a decision naming a member who declared a conflict of interest in the procurement', async () => {
    review['g3'] = (await ok(Q.request, { input: { procurementId: id, gateway: 'G3_AWARD', summary: 'Award to the most advantageous tender' } }, lead)).id;
    // Dan is not a user: the procurement lead records his declaration for him, saying why.
    const declared = await ok(Q.conflict, { input: { procurementId: id, staffMemberId: m.dan, nature: 'Spouse works for a bidder', onBehalfReason: 'Declared at the committee meeting' } }, lead);
    expect(declared.conflicts).toEqual([{ staffMember: { id: m.dan, displayName: 'Dan Okafor' }, nature: 'Spouse works for a bidder' }]);
    const answer = await refused('RULE_VIOLATION', Q.decide, decision(review['g3'], [m.ama, m.ben, m.dan]), clerk);
    expect(answer.errors?.[0].message).toMatch(/conflict/i);
    expect(reviewOf(await current(), review['g3']).outcome).toBeNull();
  });

  it('refuses a decision by two members when the policy needs a quorum of three, duplicates counting once', async () => {
    await refused('RULE_VIOLATION', Q.decide, decision(review['g3'], [m.ama, m.ben]), clerk);
    await refused('RULE_VIOLATION', Q.decide, decision(review['g3'], [m.ama, m.ben, m.ama]), clerk);
  });

  it('answers CONFLICT to a stale expectedRevision, naming both revisions, and records nothing', async () => {
    const { revision } = await current();
    const answer = await refused('CONFLICT', Q.decide, decision(review['g3'], [m.ama, m.ben, m.cat], { expectedRevision: revision - 1 }), clerk);
    expect(answer.errors?.[0].extensions).toMatchObject({ expectedRevision: revision - 1, actualRevision: revision });
  });

  it('records the award at the revision the committee saw: only G4 and G5 remain', async () => {
    const { revision } = await current();
    at['beforeG3Decision'] = await instant();
    const decided = await ok(Q.decide, decision(review['g3'], [m.ama, m.ben, m.cat], { expectedRevision: revision, rationale: 'Most advantageous tender' }), clerk);
    expect(decided).toMatchObject({ outcome: 'APPROVED', rationale: 'Most advantageous tender', recordedBy: clerkUserId });
    const now = await current();
    expect(now.revision).toBe(revision + 1);
    expect(now.outstandingGateways).toEqual(['G4_CONTRACT_MOBILISATION', 'G5_POST_CONTRACT_REVIEW']);
    expect((await ok(Q.log, {}, lead)).map((e: { gateway: string }) => e.gateway)).toEqual(['G3_AWARD', 'G2_PROCUREMENT_STRATEGY', 'G1_BUSINESS_CASE']);
  });

  it('replays the procurement as it stood before the award decision and before the strategy decision', async () => {
    const beforeG3 = await ok(Q.procurement, { id, asOf: at['beforeG3Decision'] }, lead);
    expect(reviewOf(beforeG3, review['g3'])).toMatchObject({ outcome: null, decidedAt: null, decidedBy: [], rationale: null });
    expect(reviewOf(beforeG3, review['g2']).conditionStatus[1].discharged).toBe(true);
    expect(beforeG3.outstandingGateways).toEqual(['G3_AWARD', 'G4_CONTRACT_MOBILISATION', 'G5_POST_CONTRACT_REVIEW']);

    const beforeG2 = await ok(Q.procurement, { id, asOf: at['beforeG2Decision'] }, lead);
    expect(reviewOf(beforeG2, review['g2'])).toMatchObject({ outcome: null, conditions: [], conditionStatus: [], decidedBy: [] });
    expect(reviewOf(beforeG2, review['g3'])).toBeUndefined();
    expect(reviewOf(beforeG2, review['g1'])).toMatchObject({ outcome: 'APPROVED' });

    const afterG2 = await ok(Q.procurement, { id, asOf: at['afterG2Decision'] }, lead);
    expect(reviewOf(afterG2, review['g2'])).toMatchObject({ outcome: 'APPROVED_WITH_CONDITIONS' });
    expect(reviewOf(afterG2, review['g2']).conditionStatus.map((c: { discharged: boolean }) => c.discharged)).toEqual([false, false]);

    expect(await ok(Q.procurement, { id, asOf: at['beforeRegistration'] }, lead)).toBeNull();
    expect(await ok(Q.log, { asOf: at['beforeG3Decision'] }, lead)).toHaveLength(2);
    expect(await ok(Q.policies, { asOf: at['beforeRegistration'] }, lead)).toEqual([]);
  });

  it('supersedes a decision with a recorded correction and its reason; the original stays on the record', async () => {
    const original = reviewOf(await current(), review['g1']);
    at['beforeCorrection'] = await instant();
    const input = {
      reviewId: review['g1'],
      outcome: 'APPROVED',
      conditions: [],
      rationale: 'Business case affordable; s151 officer confirmed the budget',
      committeeMemberIds: [m.ama, m.ben, m.eve],
      reason: 'The minutes named the wrong member and omitted the s151 confirmation',
    };
    const corrected = await ok(Q.correct, { input }, clerk);
    expect(corrected).toMatchObject({ outcome: 'APPROVED', rationale: input.rationale, correctionReason: input.reason, recordedBy: clerkUserId });
    expect(names(corrected.decidedBy)).toEqual(['Ama Mensah', 'Ben Hughes', 'Eve Price']);
    expect(corrected.superseded).toEqual([{ outcome: 'APPROVED', rationale: 'Business case is affordable and sound', conditions: [], decidedAt: original.decidedAt, correctionReason: null }]);
    const log = await ok(Q.log, {}, lead);
    expect(log.filter((e: { id: string }) => e.id === review['g1'])).toEqual([{ id: review['g1'], gateway: 'G1_BUSINESS_CASE', outcome: 'APPROVED', rationale: input.rationale }]);
    const replayed = reviewOf(await ok(Q.procurement, { id, asOf: at['beforeCorrection'] }, lead), review['g1']);
    expect(replayed).toMatchObject({ rationale: 'Business case is affordable and sound', superseded: [], correctionReason: null });
  });

  it('refuses a second decision on a review already decided: decisions are corrected, never re-recorded', async () => {
    const answer = await refused('RULE_VIOLATION', Q.decide, decision(review['g3'], [m.ama, m.ben, m.cat], { outcome: 'REJECTED' }), clerk);
    expect(answer.errors?.[0].message).toMatch(/already decided/);
    expect(reviewOf(await current(), review['g3']).outcome).toBe('APPROVED');
  });

  it('refuses a new review of an approved gateway while the basis is unchanged', async () => {
    await refused('RULE_VIOLATION', Q.request, { input: { procurementId: id, gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Again' } }, lead);
  });

  it('flags the decisions taken before a basis change, and lists their gateways as outstanding until reviewed again', async () => {
    const input = { procurementId: id, estimatedValue: 950_000, riskLevel: 'HIGH', politicalInterest: true, reason: 'Tenders came in 25% above the estimate' };
    const changed = await ok(Q.changeBasis, { input }, lead);
    expect(changed).toMatchObject({ estimatedValue: 950_000, riskLevel: 'HIGH', requiredGateways: G1_TO_G5, outstandingGateways: G1_TO_G5, policyVersion: 1 });
    expect(changed.reviews.map((r: { basisChanged: boolean }) => r.basisChanged)).toEqual([true, true, true]);

    review['g1again'] = (await ok(Q.request, { input: { procurementId: id, gateway: 'G1_BUSINESS_CASE', summary: 'Revised business case at £950k' } }, lead)).id;
    expect((await current()).outstandingGateways).toEqual(G1_TO_G5);
    const decided = await ok(Q.decide, decision(review['g1again'], [m.ama, m.ben, m.cat], { rationale: 'Still affordable' }), clerk);
    expect(decided).toMatchObject({ outcome: 'APPROVED', basisChanged: false });
    const now = await current();
    expect(now.outstandingGateways).toEqual(G1_TO_G5.slice(1));
    expect(reviewOf(now, review['g1'])).toMatchObject({ basisChanged: true, outcome: 'APPROVED' });
    expect(reviewOf(now, review['g2']).basisChanged).toBe(true);

    await refused('RULE_VIOLATION', Q.request, { input: { procurementId: id, gateway: 'G1_BUSINESS_CASE', summary: 'A third time' } }, lead);
  });

  it('records nothing for a basis "change" that changes nothing', async () => {
    const before = await ledger.head();
    const input = { procurementId: id, estimatedValue: 950_000, riskLevel: 'HIGH', politicalInterest: true, reason: 'Same again' };
    const unchanged = await ok(Q.changeBasis, { input }, lead);
    expect(unchanged.outstandingGateways).toEqual(G1_TO_G5.slice(1));
    expect(await ledger.head()).toBe(before);
  });
});
