import { DomainEvent } from '@ledger/event-store-core';
import { DEFAULT_GATEWAY_POLICY, GATEWAY_POLICY_STREAM, procurementStreamId } from '@ledger/gateway-domain';
import { ProjectionTestbed as Testbed, TEST_STORE_KINDS, openProjectionTestbed } from '@ledger/runtime/testing';
import { GATEWAY_PEOPLE, GATEWAY_PROJECTIONS, POLICIES, PROCUREMENTS, ProcurementDoc, REVIEW_INDEX } from './index';

describe.each(TEST_STORE_KINDS)('gateway projections on %s', (kind) => {
  let bed: Testbed;
  let stores: Testbed['stores'];
  let runner: Testbed['runner'];
  beforeEach(async () => {
    bed = await openProjectionTestbed(kind, GATEWAY_PROJECTIONS);
    ({ stores, runner } = bed);
  });
  afterEach(async () => bed.close());
  const record = (streamId: string, event: DomainEvent) => bed.record(streamId, event);
  const stream = procurementStreamId('p1');
  const procurement = () => stores.readModels.get<ProcurementDoc>(PROCUREMENTS, 'p1') as Promise<ProcurementDoc>;
  const register = () =>
    record(stream, {
      type: 'ProcurementRegistered',
      data: { procurementId: 'p1', title: 'Fleet', estimatedValue: 250000, riskLevel: 'MEDIUM', politicalInterest: false, policyVersion: 1, policy: DEFAULT_GATEWAY_POLICY, requiredGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'] },
    });
  const request = () => record(stream, { type: 'GatewayReviewRequested', data: { procurementId: 'p1', reviewId: 'r1', gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Open tender' } });
  const decision = (type: string, outcome: string, conditions: string[] = [], extra = {}) => ({
    type,
    data: { procurementId: 'p1', reviewId: 'r1', gateway: 'G2_PROCUREMENT_STRATEGY', outcome, conditions, rationale: 'Sound', deciders: ['s1', 's2', 's3'], recordedBy: 'clerk', basisPosition: '7', ...extra },
  });

  it('GatewayPolicyAdopted keeps every version', async () => {
    await record(GATEWAY_POLICY_STREAM, { type: 'GatewayPolicyAdopted', data: { ...DEFAULT_GATEWAY_POLICY, version: 1, reason: 'Default' } });
    await record(GATEWAY_POLICY_STREAM, { type: 'GatewayPolicyAdopted', data: { ...DEFAULT_GATEWAY_POLICY, quorum: 4, version: 2, reason: 'Bigger committee' } });
    const versions = await stores.readModels.list<{ version: number; rules: { quorum: number } }>(POLICIES);
    expect(versions.map((p) => [p.version, p.rules.quorum])).toEqual([[1, 3], [2, 4]]);
  });

  it('ProcurementRegistered records the policy version and required gateways', async () => {
    await register();
    expect(await procurement()).toMatchObject({ id: 'p1', policyVersion: 1, requiredGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'], reviews: [], revision: 1 });
  });

  it('GatewayReviewRequested opens a review and indexes it', async () => {
    await register();
    await request();
    expect((await procurement()).reviews).toEqual([expect.objectContaining({ id: 'r1', gateway: 'G2_PROCUREMENT_STRATEGY', decision: null })]);
    expect(await stores.readModels.get(REVIEW_INDEX, 'r1')).toEqual({ id: 'r1', procurementId: 'p1' });
  });

  it('GatewayDecisionRecorded, ConditionDischarged and GatewayDecisionCorrected: the correction supersedes, the original stays', async () => {
    await register();
    await request();
    const position = await record(stream, decision('GatewayDecisionRecorded', 'APPROVED_WITH_CONDITIONS', ['Add social value'], {}));
    await record(stream, { type: 'ConditionDischarged', data: { procurementId: 'p1', reviewId: 'r1', conditionIndex: 0, evidence: 'ITT section 5', dischargedBy: 'lead' } });
    let review = (await procurement()).reviews[0];
    expect(review.decision).toMatchObject({ outcome: 'APPROVED_WITH_CONDITIONS', basisPosition: '7', position: position.toString(), conditions: [{ text: 'Add social value', discharged: true, evidence: 'ITT section 5' }] });
    await record(stream, decision('GatewayDecisionCorrected', 'DEFERRED', [], { reason: 'Minutes misrecorded' }));
    review = (await procurement()).reviews[0];
    expect(review.decision).toMatchObject({ outcome: 'DEFERRED', correctionReason: 'Minutes misrecorded' });
    expect(review.superseded.map((d) => d.outcome)).toEqual(['APPROVED_WITH_CONDITIONS']);
  });

  it('ProcurementBasisChanged flags decided reviews and updates the gateways', async () => {
    await register();
    await request();
    await record(stream, decision('GatewayDecisionRecorded', 'APPROVED'));
    await record(stream, { type: 'ProcurementBasisChanged', data: { procurementId: 'p1', estimatedValue: 900000, riskLevel: 'HIGH', politicalInterest: true, reason: 'Scope grew', requiredGateways: ['G1_BUSINESS_CASE', 'G2_PROCUREMENT_STRATEGY', 'G3_AWARD'] } });
    const doc = await procurement();
    expect(doc).toMatchObject({ estimatedValue: 900000, riskLevel: 'HIGH', requiredGateways: ['G1_BUSINESS_CASE', 'G2_PROCUREMENT_STRATEGY', 'G3_AWARD'] });
    expect(doc.reviews[0].basisChanged).toBe(true);
  });

  it('ConflictOfInterestDeclared lists the member and the nature', async () => {
    await register();
    await record(stream, { type: 'ConflictOfInterestDeclared', data: { procurementId: 'p1', staffMemberId: 's9', nature: 'Spouse works for a bidder' } });
    expect((await procurement()).conflicts).toEqual([expect.objectContaining({ staffMemberId: 's9', nature: 'Spouse works for a bidder' })]);
  });

  it('keeps its own sealed copy of the people it refers to, erased with them', async () => {
    await record('staff-s1', { type: 'StaffMemberRegistered', data: { staffMemberId: 's1', displayName: 'pii:v1:x', email: 'pii:v1:y', jobTitle: 'Director of Finance', department: 'Finance' } });
    await record('staff-s1', { type: 'PersonalDataErased', data: { staffMemberId: 's1', reason: 'Left' } });
    expect(await stores.readModels.get(GATEWAY_PEOPLE, 's1')).toMatchObject({ displayName: '', erased: true, jobTitle: 'Director of Finance' });
  });

  it('rebuilt from the log gives the same procurements as folded live', async () => {
    await register();
    await request();
    await record(stream, decision('GatewayDecisionRecorded', 'APPROVED'));
    const live = await stores.readModels.list(PROCUREMENTS);
    await runner.rebuild();
    expect(await stores.readModels.list(PROCUREMENTS)).toEqual(live);
  });
});
