import { TestLedger, startTestLedger } from '../testing/test-ledger';

/**
 * Conflicts of interest that hold (issue 10): people declare their own conflict; a procurement lead
 * may record one for someone else only with a reason, and it shows as such. A member with a declared
 * conflict can neither decide, nor record or correct the procurement's decisions for others who
 * did; a decision names the clerk who recorded it. Users are linked to their staff record by their
 * sign-in email.
 */
const PERSON = 'id displayName';
const REVIEW = `id outcome recordedBy recorder { ${PERSON} } decidedBy { id }`;
const PROCUREMENT = `id conflicts { staffMember { ${PERSON} } declaredBy { ${PERSON} } nature onBehalf onBehalfReason }`;
const Q = {
  staff: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  register: `mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id } }`,
  request: `mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }`,
  conflict: `mutation($input: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $input) { ${PROCUREMENT} } }`,
  decide: `mutation($input: RecordGatewayDecisionInput!) { recordGatewayDecision(input: $input) { ${REVIEW} } }`,
  correct: `mutation($input: CorrectGatewayDecisionInput!) { correctGatewayDecision(input: $input) { ${REVIEW} } }`,
  procurement: `query($id: ID!) { procurement(id: $id) { ${PROCUREMENT} reviews { ${REVIEW} } } }`,
};

describe('conflicts of interest that hold, on sqlite', () => {
  let ledger: TestLedger;
  let lead: string;
  let clerk: string;
  let dan: string;
  let clerkUserId: string;
  const m = {} as Record<'ama' | 'ben' | 'cat' | 'dan' | 'carl' | 'lena', string>;
  let procurementId: string;
  let reviewId: string;

  const ok = (query: string, variables: Record<string, unknown>, token: string) => ledger.ok(query, variables, token);
  const refused = (code: string, query: string, variables: Record<string, unknown>, token: string) => ledger.refused(code, query, variables, token);
  const decision = (deciders: string[], extra: Record<string, unknown> = {}) => ({
    input: { reviewId, outcome: 'APPROVED', conditions: [], rationale: 'Strategy is sound', committeeMemberIds: deciders, ...extra },
  });
  const conflicts = async () => (await ok(Q.procurement, { id: procurementId }, lead)).conflicts;

  beforeAll(async () => {
    ledger = await startTestLedger('sqlite');
    const admin = await ledger.adminToken();
    // Dan (a committee member), Carl (the committee's clerk) and Lena (the procurement lead) have
    // accounts under the email of their staff record; Ama, Ben and Cat only sit on the committee.
    const people = { ama: 'Ama Mensah', ben: 'Ben Hughes', cat: 'Cat Doyle', dan: 'Dan Okafor', carl: 'Carl Clerk', lena: 'Lena Lead' };
    for (const [key, displayName] of Object.entries(people)) {
      const input = { displayName, email: `${key}@example.gov.uk`, jobTitle: 'Director', department: 'Corporate Services' };
      m[key as keyof typeof m] = (await ok(Q.staff, { input }, admin)).id;
    }
    lead = await ledger.tokenFor('PROCUREMENT_LEAD', 'lena@example.gov.uk', 'Lena Lead');
    dan = await ledger.tokenFor('COMMITTEE_MEMBER', 'Dan@Example.gov.uk', 'Dan Okafor');
    const carl = await ledger.userFor('COMMITTEE_MEMBER', 'carl@example.gov.uk', 'Carl Clerk');
    clerk = carl.token;
    clerkUserId = carl.id;
    procurementId = (await ok(Q.register, { input: { title: 'Fleet telematics', estimatedValue: 150_000, riskLevel: 'LOW', politicalInterest: false } }, lead)).id;
    reviewId = (await ok(Q.request, { input: { procurementId, gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Open procedure' } }, lead)).id;
  });
  afterAll(async () => ledger?.close());

  it('records a committee member’s own declaration as declared by them, not on anyone’s behalf', async () => {
    const declared = await ok(Q.conflict, { input: { procurementId, staffMemberId: m.dan, nature: 'Brother-in-law is a director of a bidder' } }, dan);
    expect(declared.conflicts).toEqual([
      {
        staffMember: { id: m.dan, displayName: 'Dan Okafor' },
        declaredBy: { id: m.dan, displayName: 'Dan Okafor' },
        nature: 'Brother-in-law is a director of a bidder',
        onBehalf: false,
        onBehalfReason: null,
      },
    ]);
  });

  it('refuses the conflicted member as the recorder of a decision three others took, and records nothing', async () => {
    const answer = await refused('RULE_VIOLATION', Q.decide, decision([m.ama, m.ben, m.cat]), dan);
    expect(answer.errors?.[0].message).toBe('A member who declared a conflict of interest in this procurement cannot record its decisions');
  });

  it('refuses the conflicted member as a decider, whoever records it', async () => {
    const answer = await refused('RULE_VIOLATION', Q.decide, decision([m.ama, m.ben, m.dan]), clerk);
    expect(answer.errors?.[0].message).toBe('A member who declared a conflict of interest in this procurement cannot decide on it');
  });

  it('records the decision the clerk records for three others, naming the clerk', async () => {
    const decided = await ok(Q.decide, decision([m.ama, m.ben, m.cat]), clerk);
    expect(decided).toMatchObject({ id: reviewId, outcome: 'APPROVED', recordedBy: clerkUserId, recorder: { id: m.carl, displayName: 'Carl Clerk' } });
    expect(decided.decidedBy.map((p: { id: string }) => p.id).sort()).toEqual([m.ama, m.ben, m.cat].sort());
  });

  it('refuses the conflicted member as the recorder of a correction, and records nothing', async () => {
    const correction = { ...decision([m.ama, m.ben, m.cat], { outcome: 'DEFERRED', rationale: 'Legal advice awaited' }).input, reason: 'Minutes misrecorded' };
    const answer = await refused('RULE_VIOLATION', Q.correct, { input: correction }, dan);
    expect(answer.errors?.[0].message).toBe('A member who declared a conflict of interest in this procurement cannot correct its decisions');
    const [review] = (await ok(Q.procurement, { id: procurementId }, lead)).reviews;
    expect(review).toMatchObject({ outcome: 'APPROVED', recorder: { id: m.carl } });
  });

  it('refuses a committee member declaring a conflict for someone else, with or without a reason', async () => {
    for (const onBehalfReason of [undefined, 'Ama told me at the meeting']) {
      const answer = await refused('FORBIDDEN', Q.conflict, { input: { procurementId, staffMemberId: m.ama, nature: 'Shareholder of a bidder', onBehalfReason } }, clerk);
      expect(answer.errors?.[0].message).toMatch(/only a procurement lead may record one for someone else/);
    }
    expect(await conflicts()).toHaveLength(1);
  });

  it('refuses a procurement lead recording a conflict for someone else without the reason', async () => {
    const answer = await refused('BAD_USER_INPUT', Q.conflict, { input: { procurementId, staffMemberId: m.ben, nature: 'Former employee of a bidder' } }, lead);
    expect(answer.errors?.[0].message).toMatch(/needs the reason it is recorded on their behalf/);
  });

  it('records a conflict a procurement lead recorded for someone else with the reason, shown as on their behalf', async () => {
    const before = await ledger.head();
    const reason = 'Declared orally at the committee meeting on 3 March';
    const declared = await ok(Q.conflict, { input: { procurementId, staffMemberId: m.ben, nature: ' Former employee of a bidder ', onBehalfReason: ` ${reason} ` } }, lead);
    expect(declared.conflicts[1]).toEqual({
      staffMember: { id: m.ben, displayName: 'Ben Hughes' },
      declaredBy: { id: m.lena, displayName: 'Lena Lead' },
      nature: 'Former employee of a bidder',
      onBehalf: true,
      onBehalfReason: reason,
    });
    // The log itself says so, at the event's new schema version.
    const [event] = await ledger.stores.eventStore.readAll({ from: before + 1n });
    expect(event).toMatchObject({ type: 'ConflictOfInterestDeclared', data: { staffMemberId: m.ben, declaredBy: m.lena, onBehalfReason: reason }, metadata: { schemaVersion: 2 } });
  });
});
