import { addMonths } from '@ledger/shared-domain';
import { STORES_UNDER_TEST, TestLedger, codeOf, startTestLedger } from '../testing/test-ledger';
import { ukDaysFromToday, ukToday, ukYear } from '../testing/uk-dates';

/**
 * The training register's dates at the edges: expiry on a month end, expired completions,
 * bookings and attendance without a prior plan, refreshers after an old completion, and what
 * trainingDue makes of them. Also: uniqueness rules when two HR officers submit at once.
 */
const RECORD = 'id status plannedFor completedOn expiresOn staffMember { id } course { id }';
const Q = {
  register: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  define: 'mutation($input: DefineCompetencyInput!) { defineCompetency(input: $input) { id } }',
  addCourse: 'mutation($input: AddCourseInput!) { addCourse(input: $input) { id } }',
  plan: `mutation($input: PlanTrainingInput!) { planTraining(input: $input) { ${RECORD} } }`,
  outcome: `mutation($input: RecordTrainingOutcomeInput!) { recordTrainingOutcome(input: $input) { ${RECORD} } }`,
  register_: `query($id: ID, $asOf: DateTime) { trainingRegister(staffMemberId: $id, asOf: $asOf) { ${RECORD} } }`,
  due: `query($within: Int!, $asOf: DateTime) { trainingDue(withinDays: $within, asOf: $asOf) { overduePlans { ${RECORD} } expiring { ${RECORD} } belowTarget { courses staffMember { id } } } }`,
};
const daysFromToday = ukDaysFromToday;
/** The 10th of the month `months` before this month in the UK: no month-end clamping to worry about. */
const monthsAgo = (months: number) => addMonths(`${ukToday().slice(0, 7)}-10`, -months);
let counter = 0;

describe('workforce training register dates and trainingDue on sqlite', () => {
  let ledger: TestLedger;
  let hr: string;
  let yearly: string;
  let monthly: string;

  const ok = (query: string, variables: Record<string, unknown> = {}) => ledger.ok(query, variables, hr);
  const newPerson = async () =>
    (await ok(Q.register, { input: { displayName: `Person ${++counter}`, email: `person.${counter}@example.gov.uk`, jobTitle: 'Procurement Officer', department: 'Finance' } })).id as string;
  const dueFor = async (person: string, within = 90, asOf?: string) => {
    const due = await ok(Q.due, { within, asOf });
    const mine = (list: any[]) => list.filter((r: { staffMember: { id: string } }) => r.staffMember.id === person);
    return { overdue: mine(due.overduePlans), expiring: mine(due.expiring), below: mine(due.belowTarget) };
  };

  beforeAll(async () => {
    ledger = await startTestLedger('sqlite');
    hr = await ledger.tokenFor('HR_LEAD', 'hana.reed@example.gov.uk', 'Hana Reed');
    const competency = (await ok(Q.define, { input: { name: 'Contract management', category: 'Contracting', levelDescriptors: ['0', '1', '2', '3', '4'] } })).id;
    yearly = (await ok(Q.addCourse, { input: { title: 'Contract Management Refresher', provider: 'GCC', competencyIds: [competency], validityMonths: 12 } })).id;
    monthly = (await ok(Q.addCourse, { input: { title: 'Fraud Awareness', provider: 'Internal Audit', competencyIds: [competency], validityMonths: 1 } })).id;
  });
  afterAll(async () => ledger?.close());

  it('expires a completion on the last day of a shorter month (31 January + 1 month = 29 February 2024)', async () => {
    const person = await newPerson();
    const record = await ok(Q.outcome, { input: { staffMemberId: person, courseId: monthly, status: 'COMPLETED', date: '2024-01-31', evidence: 'Quiz passed' } });
    expect(record).toMatchObject({ completedOn: '2024-01-31', expiresOn: '2024-02-29' });
  });

  it('shows a completion whose validity has passed as EXPIRED, and lists it as expiring (already expired)', async () => {
    const person = await newPerson();
    const completedOn = monthsAgo(3);
    const record = await ok(Q.outcome, { input: { staffMemberId: person, courseId: monthly, status: 'COMPLETED', date: completedOn, evidence: 'Quiz passed' } });
    expect(record.status).toBe('EXPIRED');
    expect((await ok(Q.register_, { id: person }))[0]).toMatchObject({ status: 'EXPIRED', completedOn });
    expect((await dueFor(person, 0)).expiring).toHaveLength(1);
  });

  it('lists a plan for today as due but not overdue, and a plan for yesterday as overdue', async () => {
    const person = await newPerson();
    await ok(Q.plan, { input: { staffMemberId: person, courseId: yearly, plannedFor: daysFromToday(0), reason: 'Gap' } });
    expect((await dueFor(person)).overdue).toEqual([]);
    const other = await newPerson();
    await ok(Q.plan, { input: { staffMemberId: other, courseId: yearly, plannedFor: daysFromToday(-1), reason: 'Gap' } });
    expect((await dueFor(other)).overdue).toHaveLength(1);
  });

  it('takes the UK date for today: at 00:30 on a summer night (23:30 UTC) a plan for the day before is overdue and its expiry has passed', async () => {
    // 15 July of the last year in which it has come, so the yearly course completed then expires on a future 15 July, in British Summer Time.
    const year = ukToday() >= `${ukYear()}-07-15` ? ukYear() : ukYear() - 1;
    const expiresOn = `${year + 1}-07-15`;
    const halfPastMidnightInTheUk = `${expiresOn}T23:30:00.000Z`;
    const person = await newPerson();
    const completed = await ok(Q.outcome, { input: { staffMemberId: person, courseId: yearly, status: 'COMPLETED', date: `${year}-07-15`, evidence: 'Certificate' } });
    expect(completed.expiresOn).toBe(expiresOn);
    expect((await ok(Q.register_, { id: person, asOf: halfPastMidnightInTheUk }))[0].status).toBe('EXPIRED');
    const planner = await newPerson();
    await ok(Q.plan, { input: { staffMemberId: planner, courseId: yearly, plannedFor: expiresOn, reason: 'Gap' } });
    expect((await dueFor(planner, 90, halfPastMidnightInTheUk)).overdue).toHaveLength(1);
    expect((await dueFor(planner, 90, `${expiresOn}T22:30:00.000Z`)).overdue).toEqual([]);
  });

  it('counts courses planned for this year towards the two-courses target: two are enough', async () => {
    const person = await newPerson();
    await ok(Q.plan, { input: { staffMemberId: person, courseId: yearly, plannedFor: daysFromToday(0), reason: 'Gap' } });
    expect((await dueFor(person)).below).toEqual([{ courses: 1, staffMember: { id: person } }]);
    await ok(Q.plan, { input: { staffMemberId: person, courseId: monthly, plannedFor: daysFromToday(0), reason: 'Gap' } });
    expect((await dueFor(person)).below).toEqual([]);
  });

  it('counts a course booked without a prior plan towards the target (booked for a date this year)', async () => {
    const person = await newPerson();
    const booked = await ok(Q.outcome, { input: { staffMemberId: person, courseId: yearly, status: 'BOOKED', date: daysFromToday(0) } });
    expect(booked.status).toBe('BOOKED');
    expect((await dueFor(person)).below).toEqual([{ courses: 1, staffMember: { id: person } }]);
  });

  it('counts a course attended without a prior plan towards the target (attended this year)', async () => {
    const person = await newPerson();
    const attended = await ok(Q.outcome, { input: { staffMemberId: person, courseId: yearly, status: 'ATTENDED', date: daysFromToday(0) } });
    expect(attended.status).toBe('ATTENDED');
    expect((await dueFor(person)).below).toEqual([{ courses: 1, staffMember: { id: person } }]);
  });

  it('lists a booking for a date that has passed as overdue, even without a prior plan', async () => {
    const person = await newPerson();
    await ok(Q.outcome, { input: { staffMemberId: person, courseId: yearly, status: 'BOOKED', date: daysFromToday(-7) } });
    expect((await dueFor(person)).overdue).toHaveLength(1);
  });

  it('no longer lists an overdue plan once it is booked for a date still to come', async () => {
    const person = await newPerson();
    await ok(Q.plan, { input: { staffMemberId: person, courseId: yearly, plannedFor: daysFromToday(-14), reason: 'Gap' } });
    expect((await dueFor(person)).overdue).toHaveLength(1);
    const booked = await ok(Q.outcome, { input: { staffMemberId: person, courseId: yearly, status: 'BOOKED', date: daysFromToday(14) } });
    expect(booked.status).toBe('BOOKED');
    expect((await dueFor(person)).overdue).toEqual([]);
  });

  it('counts a refresher planned this year after an old completion towards the target', async () => {
    const person = await newPerson();
    await ok(Q.outcome, { input: { staffMemberId: person, courseId: yearly, status: 'COMPLETED', date: monthsAgo(14), evidence: 'Certificate' } });
    const refresher = await ok(Q.plan, { input: { staffMemberId: person, courseId: yearly, plannedFor: daysFromToday(0), reason: 'Re-accreditation' } });
    expect(refresher).toMatchObject({ status: 'PLANNED', plannedFor: daysFromToday(0) });
    expect((await dueFor(person)).below).toEqual([{ courses: 1, staffMember: { id: person } }]);
  });

  it('refuses to plan a course already planned for the person (RULE_VIOLATION), writing nothing', async () => {
    const person = await newPerson();
    await ok(Q.plan, { input: { staffMemberId: person, courseId: yearly, plannedFor: daysFromToday(5), reason: 'Gap' } });
    const before = await ledger.stores.eventStore.headPosition();
    expect(codeOf(await ledger.gql(Q.plan, { input: { staffMemberId: person, courseId: yearly, plannedFor: daysFromToday(9), reason: 'Again' } }, hr))).toBe('RULE_VIOLATION');
    expect(await ledger.stores.eventStore.headPosition()).toBe(before);
  });

  it('refuses a no-show for a course that was never planned or booked (RULE_VIOLATION)', async () => {
    const person = await newPerson();
    expect(codeOf(await ledger.gql(Q.outcome, { input: { staffMemberId: person, courseId: yearly, status: 'NO_SHOW', date: daysFromToday(-1) } }, hr))).toBe('RULE_VIOLATION');
  });

  it.each([-1, 3661])('answers BAD_USER_INPUT to trainingDue within %d days', async (within) => {
    expect(codeOf(await ledger.gql(Q.due, { within }, hr))).toBe('BAD_USER_INPUT');
  });
});

describe.each(STORES_UNDER_TEST)('workforce uniqueness rules under concurrent commands on %s', (store) => {
  let ledger: TestLedger;
  let hr: string;

  const ok = (query: string, variables: Record<string, unknown> = {}) => ledger.ok(query, variables, hr);

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    hr = await ledger.tokenFor('HR_LEAD', 'hana.reed@example.gov.uk', 'Hana Reed');
  });
  afterAll(async () => ledger?.close());

  it('keeps staff emails unique when two registrations with the same email arrive at once', async () => {
    const input = (n: number) => ({ input: { displayName: `Twin ${n}`, email: 'same.person@example.gov.uk', jobTitle: 'Procurement Officer', department: 'Finance' } });
    const answers = await Promise.all([1, 2, 3].map((n) => ledger.gql(Q.register, input(n), hr)));
    const staff = await ok('{ staffMembers { email } }');
    expect({
      registered: answers.filter((a) => !a.errors).length,
      refused: answers.filter((a) => codeOf(a) === 'RULE_VIOLATION').length,
      listed: staff.filter((p: { email: string }) => p.email === 'same.person@example.gov.uk').length,
    }).toEqual({ registered: 1, refused: 2, listed: 1 });
  });

  it('keeps competency names unique when two definitions with the same name arrive at once', async () => {
    const input = { input: { name: 'Social value', category: 'Sourcing', levelDescriptors: ['0', '1', '2', '3', '4'] } };
    const answers = await Promise.all([1, 2, 3].map(() => ledger.gql(Q.define, input, hr)));
    const names = (await ok('{ competencies { name } }')).map((c: { name: string }) => c.name);
    expect({
      defined: answers.filter((a) => !a.errors).length,
      refused: answers.filter((a) => codeOf(a) === 'RULE_VIOLATION').length,
      listed: names.filter((name: string) => name === 'Social value').length,
    }).toEqual({ defined: 1, refused: 2, listed: 1 });
  });
});
