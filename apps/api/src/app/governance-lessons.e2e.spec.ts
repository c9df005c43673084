import { addDays } from '@ledger/shared-domain';
import { STORES_UNDER_TEST, TestLedger, instant, startTestLedger } from '../testing/test-ledger';
import { ukToday } from '../testing/uk-dates';

/**
 * Lessons learned after PRINCE2's lessons log: recorded by anyone who was there, linked to a
 * procurement and gateway, due after award, and carried into templates, guidance and training by
 * actions that fall overdue when left open past their date.
 */
const ACTION = 'id description dueDate target targetReference status evidence closedOn overdue owner { id displayName }';
const LESSON = `id procurementId gateway title whatHappened effect causes earlyWarningIndicators recommendation priority loggedBy loggedOn recordedAt actions { ${ACTION} }`;
const Q = {
  staff: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  register: 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id requiredGateways } }',
  request: 'mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }',
  decide: 'mutation($input: RecordGatewayDecisionInput!) { recordGatewayDecision(input: $input) { id outcome decidedAt } }',
  record: `mutation($input: RecordLessonInput!) { recordLesson(input: $input) { ${LESSON} } }`,
  assign: `mutation($input: AssignLessonActionInput!) { assignLessonAction(input: $input) { ${LESSON} } }`,
  close: `mutation($input: CloseLessonActionInput!) { closeLessonAction(input: $input) { ${LESSON} } }`,
  lessons: `query($procurementId: ID, $asOf: DateTime) { lessons(procurementId: $procurementId, asOf: $asOf) { ${LESSON} } }`,
  due: 'query($asOf: DateTime) { lessonsDue(asOf: $asOf) { procurementId title awardedAt } }',
  procurement: 'query($id: ID!, $asOf: DateTime) { procurement(id: $id, asOf: $asOf) { id lessons { title } } }',
};
const plusDays = addDays;
const noonOn = (date: string) => `${date}T12:00:00.000Z`;
const PRINCE2 = {
  title: 'Evaluation panel briefed too late',
  whatHappened: 'Two evaluators received the tender documents a day before moderation',
  effect: 'Moderation was postponed by a week and the award slipped',
  causes: 'No evaluation timetable in the procurement strategy',
  earlyWarningIndicators: 'Evaluator names still unconfirmed at tender publication',
  recommendation: 'Name and brief evaluators before the tender is published',
  priority: 'HIGH',
};

describe.each(STORES_UNDER_TEST)('lessons learned on %s', (store) => {
  let ledger: TestLedger;
  let admin: string;
  let lead: string;
  let staff: string;
  let auditor: string;
  let leadUserId: string;
  let staffUserId: string;
  const m = {} as Record<'ama' | 'ben' | 'cat', string>;
  let procurementId: string;
  let other: string;
  const lesson: Record<string, string> = {};
  const at: Record<string, string> = {};

  const ok = (query: string, variables: Record<string, unknown>, token = lead) => ledger.ok(query, variables, token);
  const refused = (code: string, query: string, variables: Record<string, unknown>, token = lead) => ledger.refused(code, query, variables, token);
  const dueIds = async (asOf?: string) => (await ok(Q.due, asOf ? { asOf } : {})).map((d: { procurementId: string }) => d.procurementId);
  async function approve(id: string, gateway: string): Promise<any> {
    const reviewId = (await ok(Q.request, { input: { procurementId: id, gateway, summary: `${gateway} papers` } })).id;
    return ok(Q.decide, { input: { reviewId, outcome: 'APPROVED', conditions: [], rationale: 'Sound', committeeMemberIds: [m.ama, m.ben, m.cat] } }, admin);
  }

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    admin = await ledger.adminToken();
    lead = await ledger.tokenFor('PROCUREMENT_LEAD', 'lena.lead@example.gov.uk');
    staff = await ledger.tokenFor('STAFF', 'sol.staff@example.gov.uk');
    auditor = await ledger.tokenFor('AUDITOR', 'aude.auditor@example.gov.uk');
    leadUserId = (await ok('{ me { id } }', {})).id;
    staffUserId = (await ok('{ me { id } }', {}, staff)).id;
    for (const [key, displayName] of Object.entries({ ama: 'Ama Mensah', ben: 'Ben Hughes', cat: 'Cat Doyle' })) {
      const input = { displayName, email: `${key}@example.gov.uk`, jobTitle: 'Director', department: 'Corporate Services' };
      m[key as keyof typeof m] = (await ok(Q.staff, { input }, admin)).id;
    }
    procurementId = (await ok(Q.register, { input: { title: 'School meals contract', estimatedValue: 150_000, riskLevel: 'LOW', politicalInterest: false } })).id;
    other = (await ok(Q.register, { input: { title: 'Fleet telematics', estimatedValue: 120_000, riskLevel: 'LOW', politicalInterest: false } })).id;
  });
  afterAll(async () => ledger?.close());

  it('records a lesson with the PRINCE2 fields, linked to a procurement and gateway, logged by the signed-in user', async () => {
    at['beforeFirstLesson'] = await instant();
    const recorded = await ok(Q.record, { input: { ...PRINCE2, procurementId, gateway: 'G2_PROCUREMENT_STRATEGY' } });
    lesson['strategy'] = recorded.id;
    expect(recorded).toMatchObject({ ...PRINCE2, procurementId, gateway: 'G2_PROCUREMENT_STRATEGY', loggedBy: leadUserId, loggedOn: ukToday(), actions: [] });
    expect(Date.parse(recorded.recordedAt)).toBeGreaterThan(Date.parse(at['beforeFirstLesson']));
    expect((await ok(Q.lessons, { procurementId })).map((l: { id: string }) => l.id)).toEqual([recorded.id]);
    expect(await ok(Q.lessons, { procurementId: other })).toEqual([]);
    expect(await ok(Q.procurement, { id: procurementId })).toEqual({ id: procurementId, lessons: [{ title: PRINCE2.title }] });
    expect(await ok(Q.procurement, { id: procurementId, asOf: at['beforeFirstLesson'] })).toEqual({ id: procurementId, lessons: [] });
  });

  it('defaults the priority to MEDIUM and leaves the optional PRINCE2 fields empty', async () => {
    const input = { title: 'Framework call-off was quicker than a tender', whatHappened: 'Used a CCS framework', recommendation: 'Check frameworks first' };
    const recorded = await ok(Q.record, { input }, staff);
    expect(recorded).toMatchObject({ ...input, priority: 'MEDIUM', effect: null, causes: null, earlyWarningIndicators: null, procurementId: null, gateway: null, loggedBy: staffUserId });
    expect((await ok(Q.lessons, {}, staff)).map((l: { id: string }) => l.id)).toEqual([recorded.id, lesson['strategy']]);
  });

  it('lists a procurement as due for lessons once its award gateway is passed, until a lesson is recorded after it', async () => {
    await approve(procurementId, 'G2_PROCUREMENT_STRATEGY');
    expect(await dueIds()).not.toContain(procurementId);
    const award = await approve(procurementId, 'G3_AWARD');
    // The lesson recorded at the strategy gateway came before the award: it does not count.
    expect(await ok(Q.due, {})).toEqual([{ procurementId, title: 'School meals contract', awardedAt: award.decidedAt }]);
    at['awarded'] = await instant();
    const input = { title: 'Award letters', whatHappened: 'Standstill letters went out on time', recommendation: 'Keep the letter template', procurementId, gateway: 'G3_AWARD' };
    lesson['award'] = (await ok(Q.record, { input }, staff)).id;
    expect(await dueIds()).not.toContain(procurementId);
    expect(await dueIds(at['awarded'])).toEqual([procurementId]);
    expect((await ok(Q.procurement, { id: procurementId })).lessons.map((l: { title: string }) => l.title).sort()).toEqual(['Award letters', PRINCE2.title]);
  });

  it('assigns an action to an owner on the staff, due on a date, targeting a training course, and closes it with evidence', async () => {
    const dueDate = plusDays(ukToday(), 30);
    const assigned = await ok(Q.assign, {
      input: { lessonId: lesson['strategy'], description: 'Add evaluator briefing to the procurement training', ownerStaffMemberId: m.ama, dueDate, target: 'TRAINING_COURSE', targetReference: 'Evaluation essentials (half day)' },
    });
    const [action] = assigned.actions;
    lesson['action'] = action.id;
    expect(assigned.actions).toEqual([
      {
        id: action.id,
        description: 'Add evaluator briefing to the procurement training',
        dueDate,
        target: 'TRAINING_COURSE',
        targetReference: 'Evaluation essentials (half day)',
        status: 'OPEN',
        evidence: null,
        closedOn: null,
        overdue: false,
        owner: { id: m.ama, displayName: 'Ama Mensah' },
      },
    ]);
    lesson['dueDate'] = dueDate;
    at['assigned'] = await instant();
  });

  it('shows an open action overdue only as at an instant after its due date', async () => {
    const actionAt = async (asOf?: string) => (await ok(Q.lessons, { procurementId, ...(asOf ? { asOf } : {}) })).find((l: { id: string }) => l.id === lesson['strategy']).actions[0];
    expect((await actionAt()).overdue).toBe(false);
    expect((await actionAt(noonOn(lesson['dueDate']))).overdue).toBe(false);
    expect(await actionAt(noonOn(plusDays(lesson['dueDate'], 1)))).toMatchObject({ status: 'OPEN', overdue: true });
  });

  it('closes the action with its evidence: closed, never overdue, and the earlier state still replayable', async () => {
    const closed = await ok(Q.close, { input: { lessonId: lesson['strategy'], actionId: lesson['action'], evidence: 'Module added to the March course; 14 officers attended' } });
    expect(closed.actions[0]).toMatchObject({ status: 'CLOSED', evidence: 'Module added to the March course; 14 officers attended', closedOn: ukToday(), overdue: false });
    const later = await ok(Q.lessons, { procurementId, asOf: noonOn(plusDays(lesson['dueDate'], 1)) });
    expect(later.find((l: { id: string }) => l.id === lesson['strategy']).actions[0]).toMatchObject({ status: 'CLOSED', overdue: false });
    const before = await ok(Q.lessons, { procurementId, asOf: at['assigned'] });
    expect(before.find((l: { id: string }) => l.id === lesson['strategy']).actions[0]).toMatchObject({ status: 'OPEN', evidence: null });
    await refused('RULE_VIOLATION', Q.close, { input: { lessonId: lesson['strategy'], actionId: lesson['action'], evidence: 'Again' } });
  });

  it('refuses an action due before the lesson was logged, and an owner who is not a staff member', async () => {
    const input = { lessonId: lesson['award'], description: 'Refresh the letter template', ownerStaffMemberId: m.ben, dueDate: plusDays(ukToday(), -10), target: 'TEMPLATE' };
    await refused('RULE_VIOLATION', Q.assign, { input });
    await refused('NOT_FOUND', Q.assign, { input: { ...input, dueDate: plusDays(ukToday(), 10), ownerStaffMemberId: 'no-such-person' } });
    await refused('NOT_FOUND', Q.assign, { input: { ...input, dueDate: plusDays(ukToday(), 10), lessonId: 'no-such-lesson' } });
  });

  it('lets STAFF record a lesson but not an AUDITOR, who can still read the log', async () => {
    const input = { title: 'Site visit helped', whatHappened: 'Bidders visited the kitchens', recommendation: 'Offer site visits', procurementId };
    expect((await ok(Q.record, { input }, staff)).loggedBy).toBe(staffUserId);
    await refused('FORBIDDEN', Q.record, { input }, auditor);
    expect((await ok(Q.lessons, { procurementId }, auditor)).length).toBe(3);
  });

  it('answers NOT_FOUND to a lesson for a procurement that does not exist, and BAD_USER_INPUT to a gateway without a procurement', async () => {
    const input = { title: 'Orphan', whatHappened: 'Nothing', recommendation: 'Nothing' };
    await refused('NOT_FOUND', Q.record, { input: { ...input, procurementId: 'no-such-procurement' } });
    await refused('BAD_USER_INPUT', Q.record, { input: { ...input, gateway: 'G3_AWARD' } });
    await refused('BAD_USER_INPUT', Q.record, { input: { ...input, title: '  ' } });
  });
});
