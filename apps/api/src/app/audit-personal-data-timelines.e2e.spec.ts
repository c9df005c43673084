import { RecordedEvent } from '@ledger/event-store-core';
import { STORES_UNDER_TEST, TestLedger, startTestLedger } from '../testing/test-ledger';
import { ukDaysFromToday } from '../testing/uk-dates';

/**
 * What an auditor sees of people and procurements in the log: personal data opened while the
 * person is on record and null once erased (the stored event and its hash unchanged), and the
 * timelines that gather everything recorded about one person or one procurement.
 */
const EVENT = 'position streamId revision type actorId correlationId data hash';
const PAGE = `events { ${EVENT} } nextFrom`;
const Q = {
  staff: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  erase: 'mutation($id: ID!) { erasePersonalData(staffMemberId: $id, reason: "Left the authority; retention period over") { id erased } }',
  propose: 'mutation($input: ProposePostInput!) { proposePost(input: $input) { id } }',
  decidePost: 'mutation($input: DecidePostInput!) { decidePost(input: $input) { id } }',
  fill: 'mutation($input: FillPostInput!) { fillPost(input: $input) { id } }',
  define: 'mutation($input: DefineCompetencyInput!) { defineCompetency(input: $input) { id } }',
  assess: 'mutation($input: AssessProficiencyInput!) { assessProficiency(input: $input) { totalGap } }',
  addCourse: 'mutation($input: AddCourseInput!) { addCourse(input: $input) { id } }',
  plan: 'mutation($input: PlanTrainingInput!) { planTraining(input: $input) { id } }',
  register: 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id } }',
  request: 'mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }',
  decide: 'mutation($input: RecordGatewayDecisionInput!) { recordGatewayDecision(input: $input) { id } }',
  lesson: 'mutation($input: RecordLessonInput!) { recordLesson(input: $input) { id } }',
  action: 'mutation($input: AssignLessonActionInput!) { assignLessonAction(input: $input) { id } }',
  history: `query($streamId: String, $types: [String!], $limit: Int) { decisionHistory(streamId: $streamId, types: $types, limit: $limit) { ${PAGE} } }`,
  person: `query($id: ID!, $from: String) { personTimeline(staffMemberId: $id, from: $from) { ${PAGE} } }`,
  procurement: `query($id: ID!, $from: String) { procurementTimeline(procurementId: $id, from: $from) { ${PAGE} } }`,
  verify: '{ verifyAuditChain { ok eventsChecked firstBrokenPosition reason checkedAt } }',
};
const NAME = 'Chantel Allott';
const inAMonth = () => ukDaysFromToday(30);

interface ApiEvent {
  position: string;
  streamId: string;
  revision: number;
  type: string;
  actorId: string | null;
  correlationId: string | null;
  data: string;
  hash: string;
}

describe.each(STORES_UNDER_TEST)('personal data and timelines for auditors on %s', (store) => {
  let ledger: TestLedger;
  let admin: string;
  let auditor: string;
  const id = {} as Record<'chantel' | 'sam' | 'omar' | 'post' | 'competency' | 'course' | 'procurement' | 'other' | 'review' | 'lesson', string>;
  let registeredBefore: RecordedEvent;

  const ok = (query: string, variables: Record<string, unknown>, token = admin) => ledger.ok(query, variables, token);
  const asAuditor = (query: string, variables: Record<string, unknown> = {}) => ok(query, variables, auditor);
  const registrationOf = async (staffMemberId: string): Promise<ApiEvent> =>
    (await asAuditor(Q.history, { streamId: `staff-${staffMemberId}`, types: ['StaffMemberRegistered'] })).events[0];
  const rawRegistration = async (staffMemberId: string) => (await ledger.stores.eventStore.readStream(`staff-${staffMemberId}`))[0];
  const dataOf = (event: ApiEvent) => JSON.parse(event.data);
  const increasing = (events: ApiEvent[]) => events.every((e, i) => i === 0 || BigInt(e.position) > BigInt(events[i - 1].position));

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    admin = await ledger.adminToken();
    auditor = await ledger.tokenFor('AUDITOR', 'alan.audit@example.gov.uk');

    const person = (displayName: string, email: string, jobTitle = 'Procurement Officer') => ok(Q.staff, { input: { displayName, email, jobTitle, department: 'Procurement' } });
    id.chantel = (await person(NAME, 'Chantel.Allott@Example.gov.uk')).id;
    id.sam = (await person('Sam Osei', 'sam.osei@example.gov.uk')).id;
    id.omar = (await person('Omar Reyes', 'omar.reyes@example.gov.uk', 'Director of Place')).id;

    id.post = (await ok(Q.propose, { input: { title: 'Procurement Officer', fte: 1, justification: 'Existing post', targetYear: 2026 } })).id;
    await ok(Q.decidePost, { input: { postId: id.post, approve: true, reason: 'Funded' } });
    await ok(Q.fill, { input: { postId: id.post, staffMemberId: id.chantel, startDate: '2023-09-04' } });
    id.competency = (await ok(Q.define, { input: { name: 'Contract management', category: 'Contracting', levelDescriptors: ['none', 'aware', 'supported', 'unaided', 'expert'] } })).id;
    await ok(Q.assess, { input: { staffMemberId: id.chantel, competencyId: id.competency, level: 2, evidence: 'Managed the cleaning contract' } });
    await ok(Q.assess, { input: { staffMemberId: id.sam, competencyId: id.competency, level: 1, evidence: 'Shadowed a contract review' } });
    id.course = (await ok(Q.addCourse, { input: { title: 'Contract Management Foundation', provider: 'GCC', competencyIds: [id.competency] } })).id;
    await ok(Q.plan, { input: { staffMemberId: id.chantel, courseId: id.course, plannedFor: '2026-01-05', reason: 'Accreditation' } });

    const procurement = (title: string) => ok(Q.register, { input: { title, estimatedValue: 150_000, riskLevel: 'LOW', politicalInterest: false } });
    id.procurement = (await procurement('Office cleaning and facilities')).id;
    id.other = (await procurement('Digital skills bootcamp')).id;
    id.review = (await ok(Q.request, { input: { procurementId: id.procurement, gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Request for quotation' } })).id;
    await ok(Q.request, { input: { procurementId: id.other, gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Call-off' } });
    await ok(Q.decide, { input: { reviewId: id.review, outcome: 'APPROVED', conditions: [], rationale: 'Sound', committeeMemberIds: [id.chantel, id.sam, id.omar] } });
    id.lesson = (await ok(Q.lesson, { input: { title: 'Market engagement came too late', whatHappened: 'Two bids', recommendation: 'Engage earlier', procurementId: id.procurement, gateway: 'G2_PROCUREMENT_STRATEGY', priority: 'HIGH' } })).id;
    await ok(Q.action, { input: { lessonId: id.lesson, description: 'Refresh the template', ownerStaffMemberId: id.chantel, dueDate: inAMonth(), target: 'TEMPLATE' } });
    await ok(Q.lesson, { input: { title: 'Templates recycled', whatHappened: 'Old form reused', recommendation: 'Own the templates' } });
  }, 180_000);
  afterAll(async () => ledger?.close());

  it('opens a staff member’s name and email for the auditor, while the log holds them only sealed', async () => {
    const event = await registrationOf(id.chantel);
    expect(event).toMatchObject({ streamId: `staff-${id.chantel}`, revision: 1, type: 'StaffMemberRegistered' });
    expect(dataOf(event)).toEqual({ staffMemberId: id.chantel, displayName: NAME, email: 'chantel.allott@example.gov.uk', jobTitle: 'Procurement Officer', department: 'Procurement' });
    registeredBefore = await rawRegistration(id.chantel);
    const stored = registeredBefore.data as Record<string, string>;
    expect(stored['displayName']).toMatch(/^pii:v1:/);
    expect(stored['email']).toMatch(/^pii:v1:/);
    expect(JSON.stringify(stored)).not.toMatch(/chantel|allott/i);
    expect(event.hash).toBe(registeredBefore.metadata.hash);
  });

  it('opens personal data in the whole decision history too, not only in one stream', async () => {
    const { events } = await asAuditor(Q.history, { types: ['StaffMemberRegistered'] });
    expect(events.map((e: ApiEvent) => dataOf(e).displayName)).toEqual([NAME, 'Sam Osei', 'Omar Reyes']);
    expect(JSON.stringify(events)).not.toContain('pii:v1:');
  });

  it('does not hand auditors the password hash of a user (UserRegistered data)', async () => {
    // Product bug when this fails: UserRegistered.data.passwordHash is served as recorded to every AUDITOR.
    const users = (await ledger.stores.eventStore.readAll()).filter((e) => e.type === 'UserRegistered');
    expect(users.length).toBe(2);
    const { events } = await asAuditor(Q.history, { types: ['UserRegistered'] });
    expect(events).toHaveLength(2);
    const hashes = users.map((user) => (user.data as { passwordHash: string }).passwordHash);
    const revealing = (events as ApiEvent[]).filter((e) => hashes.some((hash) => e.data.includes(hash)));
    expect(revealing.map((e) => `${e.streamId}@${e.revision} data.passwordHash`)).toEqual([]);
  });

  it('gathers a person’s timeline: registration, the post she filled, her assessment, training, a decision she took, an action she owns', async () => {
    const { events, nextFrom } = await asAuditor(Q.person, { id: id.chantel });
    expect(nextFrom).toBeNull();
    expect(increasing(events)).toBe(true);
    expect(events.map((e: ApiEvent) => e.type)).toEqual([
      'StaffMemberRegistered',
      'PostFilled',
      'ProficiencyAssessed',
      'TrainingPlanned',
      'GatewayDecisionRecorded',
      'LessonActionAssigned',
    ]);
    const [registered, filled, assessed] = events as ApiEvent[];
    expect(dataOf(registered).displayName).toBe(NAME);
    expect(filled.streamId).toBe(`post-${id.post}`);
    expect(dataOf(filled)).toMatchObject({ staffMemberId: id.chantel });
    expect(dataOf(assessed)).toMatchObject({ staffMemberId: id.chantel, competencyId: id.competency, level: 2 });
    // Nothing of Sam's own: not his registration, not his assessment.
    expect(events.some((e: ApiEvent) => e.streamId === `staff-${id.sam}`)).toBe(false);
  });

  it('gives a colleague his own timeline, sharing only the decision they took together', async () => {
    const { events } = await asAuditor(Q.person, { id: id.sam });
    expect(events.map((e: ApiEvent) => e.type)).toEqual(['StaffMemberRegistered', 'ProficiencyAssessed', 'GatewayDecisionRecorded']);
    expect(dataOf(events[1])).toMatchObject({ staffMemberId: id.sam, level: 1 });
  });

  it('gathers a procurement’s timeline: registration, review requested, decision, and the lesson recorded against it', async () => {
    const { events, nextFrom } = await asAuditor(Q.procurement, { id: id.procurement });
    expect(nextFrom).toBeNull();
    expect(increasing(events)).toBe(true);
    expect(events.map((e: ApiEvent) => [e.type, e.streamId])).toEqual([
      ['ProcurementRegistered', `procurement-${id.procurement}`],
      ['GatewayReviewRequested', `procurement-${id.procurement}`],
      ['GatewayDecisionRecorded', `procurement-${id.procurement}`],
      ['LessonRecorded', `lesson-${id.lesson}`],
    ]);
    expect(dataOf(events[2])).toMatchObject({ reviewId: id.review, outcome: 'APPROVED' });
    expect(dataOf(events[3])).toMatchObject({ procurementId: id.procurement, title: 'Market engagement came too late' });
    // The other procurement's events stay out of it, and it has its own.
    const other = await asAuditor(Q.procurement, { id: id.other });
    expect(other.events.map((e: ApiEvent) => e.type)).toEqual(['ProcurementRegistered', 'GatewayReviewRequested']);
  });

  it('continues a timeline from a cursor', async () => {
    const whole = (await asAuditor(Q.procurement, { id: id.procurement })).events as ApiEvent[];
    const rest = await asAuditor(Q.procurement, { id: id.procurement, from: (BigInt(whole[1].position) + 1n).toString() });
    expect(rest.events.map((e: ApiEvent) => e.position)).toEqual(whole.slice(2).map((e) => e.position));
  });

  it('shows null for her name and email once erased; the stored event, its ciphertext and hash are unchanged', async () => {
    expect(await ok(Q.erase, { id: id.chantel })).toEqual({ id: id.chantel, erased: true });
    const event = await registrationOf(id.chantel);
    expect(dataOf(event)).toEqual({ staffMemberId: id.chantel, displayName: null, email: null, jobTitle: 'Procurement Officer', department: 'Procurement' });
    expect(event.data).not.toMatch(/chantel\.|allott/i);
    const after = await rawRegistration(id.chantel);
    expect(after.data).toEqual(registeredBefore.data);
    expect(after.metadata.hash).toBe(registeredBefore.metadata.hash);
    expect(event.hash).toBe(registeredBefore.metadata.hash);
    // Her colleague is still opened.
    expect(dataOf(await registrationOf(id.sam))).toMatchObject({ displayName: 'Sam Osei', email: 'sam.osei@example.gov.uk' });
  });

  it('keeps her timeline after erasure, with the erasure on it and nothing that names her', async () => {
    const { events } = await asAuditor(Q.person, { id: id.chantel });
    expect(events.map((e: ApiEvent) => e.type)).toEqual([
      'StaffMemberRegistered',
      'PostFilled',
      'ProficiencyAssessed',
      'TrainingPlanned',
      'GatewayDecisionRecorded',
      'LessonActionAssigned',
      'PersonalDataErased',
    ]);
    expect(JSON.stringify(events)).not.toMatch(/chantel\.|allott/i);
    expect(JSON.stringify(events)).not.toContain('pii:v1:');
  });

  it('still verifies the audit chain after the erasure, every event checked', async () => {
    const report = await asAuditor(Q.verify);
    expect(report).toMatchObject({ ok: true, firstBrokenPosition: null, reason: null });
    expect(report.eventsChecked).toBe((await ledger.stores.eventStore.readAll()).length);
  });
});
