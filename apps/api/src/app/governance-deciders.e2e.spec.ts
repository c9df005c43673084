import { TestLedger, codeOf, startTestLedger } from '../testing/test-ledger';

/**
 * Who may be named as deciders on a review (issue 12): the committee's decision form lists exactly
 * the people the procurement's policy allows, by name, marks a declared conflict and knows the
 * quorum, without the committee member being able to list staff. The answer comes from the
 * procurement decider's own rule (eligibleDeciders), so the form offers what the decision accepts.
 */
const DECIDERS = 'reviewId policyVersion quorum anyStaffMemberMaySit members { staffMemberId displayName conflictDeclared conflictNature }';
const Q = {
  staff: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  erase: 'mutation($staffMemberId: ID!, $reason: String!) { erasePersonalData(staffMemberId: $staffMemberId, reason: $reason) { id } }',
  register: 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id policyVersion } }',
  request: 'mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }',
  conflict: 'mutation($input: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $input) { id } }',
  adopt: 'mutation($input: AdoptGatewayPolicyInput!) { adoptGatewayPolicy(input: $input) { version } }',
  decide: 'mutation($input: RecordGatewayDecisionInput!) { recordGatewayDecision(input: $input) { id outcome decidedBy { displayName } } }',
  deciders: `query($reviewId: ID!) { eligibleDeciders(reviewId: $reviewId) { ${DECIDERS} } }`,
};
const STRATEGY_AND_AWARD = ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'];
const PEOPLE = { ama: 'Ama Mensah', ben: 'Ben Hughes', cat: 'Cat Doyle', dan: 'Dan Okafor', eve: 'Eve Gone' };

describe('eligible deciders of a review, on sqlite', () => {
  let ledger: TestLedger;
  let admin: string;
  let lead: string;
  let committee: string;
  const m = {} as Record<keyof typeof PEOPLE, string>;

  const ok = (query: string, variables: Record<string, unknown>, token: string) => ledger.ok(query, variables, token);
  const reviewOf = async (title: string) => {
    const procurementId = (await ok(Q.register, { input: { title, estimatedValue: 150_000, riskLevel: 'LOW', politicalInterest: false } }, lead)).id;
    const reviewId = (await ok(Q.request, { input: { procurementId, gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Open procedure' } }, lead)).id as string;
    return { procurementId, reviewId };
  };
  const names = (answer: { members: { displayName: string }[] }) => answer.members.map((member) => member.displayName);

  beforeAll(async () => {
    ledger = await startTestLedger('sqlite');
    admin = await ledger.adminToken();
    for (const [key, displayName] of Object.entries(PEOPLE)) {
      const input = { displayName, email: `${key}@example.gov.uk`, jobTitle: 'Director', department: 'Corporate Services' };
      m[key as keyof typeof m] = (await ok(Q.staff, { input }, admin)).id;
    }
    await ok(Q.erase, { staffMemberId: m.eve, reason: 'Left and asked to be forgotten' }, admin);
    lead = await ledger.tokenFor('PROCUREMENT_LEAD', 'lena@example.gov.uk', 'Lena Lead');
    committee = await ledger.tokenFor('COMMITTEE_MEMBER', 'cleo@example.gov.uk', 'Cleo Clerk');
  });
  afterAll(async () => ledger?.close());

  it('lists every current staff member by name under the default policy, to a committee member who cannot list staff, with the quorum', async () => {
    const { reviewId } = await reviewOf('Fleet telematics');
    const answer = await ok(Q.deciders, { reviewId }, committee);
    expect(answer).toMatchObject({ reviewId, policyVersion: 1, quorum: 3, anyStaffMemberMaySit: true });
    // The erased person is not offered: they can no longer be held to account for a decision.
    expect(names(answer)).toEqual(['Ama Mensah', 'Ben Hughes', 'Cat Doyle', 'Dan Okafor']);
    expect(answer.members.every((member: { conflictDeclared: boolean }) => !member.conflictDeclared)).toBe(true);
    // What is offered is what the decision accepts.
    const chosen = answer.members.slice(0, 3).map((member: { staffMemberId: string }) => member.staffMemberId);
    const decided = await ok(Q.decide, { input: { reviewId, outcome: 'APPROVED', conditions: [], rationale: 'Sound', committeeMemberIds: chosen } }, committee);
    expect(decided.outcome).toBe('APPROVED');
  });

  it('marks a member who declared a conflict of interest, with its nature', async () => {
    const { procurementId, reviewId } = await reviewOf('Library kiosks');
    const input = { procurementId, staffMemberId: m.ben, nature: 'Brother-in-law bids', onBehalfReason: 'Declared at the committee meeting' };
    await ok(Q.conflict, { input }, lead);
    const answer = await ok(Q.deciders, { reviewId }, committee);
    const ben = answer.members.find((member: { staffMemberId: string }) => member.staffMemberId === m.ben);
    expect(ben).toEqual({ staffMemberId: m.ben, displayName: 'Ben Hughes', conflictDeclared: true, conflictNature: 'Brother-in-law bids' });
    expect(answer.members.filter((member: { conflictDeclared: boolean }) => member.conflictDeclared)).toHaveLength(1);
  });

  it('lists only the panel a named-committee policy names, with its quorum', async () => {
    const policy = { valueThresholds: [{ minValue: 100_000, gateways: STRATEGY_AND_AWARD }], highRiskGateways: [], politicalInterestGateways: [], quorum: 2 };
    await ok(Q.adopt, { input: { ...policy, committeeMemberIds: [m.cat, m.ama], reason: 'A named gateway panel' } }, lead);
    const { reviewId } = await reviewOf('Leisure catering');
    const answer = await ok(Q.deciders, { reviewId }, committee);
    expect(answer).toMatchObject({ policyVersion: 2, quorum: 2, anyStaffMemberMaySit: false });
    expect(names(answer)).toEqual(['Ama Mensah', 'Cat Doyle']);
  });

  it('answers an auditor too, but not a procurement lead, nor anyone without a token', async () => {
    const { reviewId } = await reviewOf('Street lighting');
    const auditor = await ledger.tokenFor('AUDITOR');
    expect((await ok(Q.deciders, { reviewId }, auditor)).members.length).toBeGreaterThan(0);
    expect(codeOf(await ledger.gql(Q.deciders, { reviewId }, lead))).toBe('FORBIDDEN');
    expect(codeOf(await ledger.gql(Q.deciders, { reviewId }))).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND for a review that does not exist', async () => {
    expect(codeOf(await ledger.gql(Q.deciders, { reviewId: 'no-such-review' }, committee))).toBe('NOT_FOUND');
  });
});
