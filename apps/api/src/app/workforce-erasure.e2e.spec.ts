import { verifyEventLog } from '@ledger/event-store-core';
import { STORES_UNDER_TEST, TestLedger, USER_PASSWORD, codeOf, startTestLedger } from '../testing/test-ledger';
import { ukToday } from '../testing/uk-dates';

/**
 * GDPR erasure of a staff member who left: name and email are gone for good from every answer,
 * live and as of any earlier instant; the log never held them in plain text; the chain verifies.
 */
const PERSON = 'id displayName email erased jobTitle department';
const Q = {
  register: `mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { ${PERSON} } }`,
  erase: `mutation($id: ID!, $commandId: ID) { erasePersonalData(staffMemberId: $id, reason: "Left the authority; retention period over", commandId: $commandId) { ${PERSON} } }`,
  propose: 'mutation($input: ProposePostInput!) { proposePost(input: $input) { id } }',
  decide: 'mutation($input: DecidePostInput!) { decidePost(input: $input) { id } }',
  fill: 'mutation($input: FillPostInput!) { fillPost(input: $input) { id } }',
  define: 'mutation($input: DefineCompetencyInput!) { defineCompetency(input: $input) { id } }',
  assess: 'mutation($input: AssessProficiencyInput!) { assessProficiency(input: $input) { totalGap } }',
  addCourse: 'mutation($input: AddCourseInput!) { addCourse(input: $input) { id } }',
  plan: 'mutation($input: PlanTrainingInput!) { planTraining(input: $input) { id } }',
  outcome: 'mutation($input: RecordTrainingOutcomeInput!) { recordTrainingOutcome(input: $input) { id } }',
  staff: `query($asOf: DateTime) { staffMembers(asOf: $asOf) { ${PERSON} } }`,
  establishment: `query($asOf: DateTime) { establishment(asOf: $asOf) { posts { id status holder { ${PERSON} } } } }`,
  matrix: `query($asOf: DateTime) { skillsMatrix(asOf: $asOf) { rows { staffMember { ${PERSON} } cells { level history { level } } } } }`,
  register_: `query($asOf: DateTime) { trainingRegister(asOf: $asOf) { status staffMember { ${PERSON} } course { title } } }`,
  due: `query($asOf: DateTime) { trainingDue(asOf: $asOf) { overduePlans { staffMember { ${PERSON} } } expiring { staffMember { ${PERSON} } } belowTarget { staffMember { ${PERSON} } } } }`,
};
const NAME = 'Chantel Allott';
const EMAIL = 'chantel.allott@example.gov.uk';
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const json = (value: unknown) => JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? v.toString() : v));
/** Anything that would give the person away, in any case: first name, surname, email. */
const revealsHer = (text: string) => /chantel|allott/i.test(text);

describe.each(STORES_UNDER_TEST)('workforce personal-data erasure on %s', (store) => {
  let ledger: TestLedger;
  let hr: string;
  let chantel: string;
  let sam: string;
  let postId: string;
  let competencyId: string;
  let beforeErasure: string;

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    hr = await ledger.tokenFor('HR_LEAD', 'hana.reed@example.gov.uk', 'Hana Reed');

    // Chantel is on every register: holder of a post, assessed, trained; Sam is a colleague.
    chantel = (await ok(Q.register, { input: { displayName: NAME, email: 'Chantel.Allott@Example.gov.uk', jobTitle: 'Procurement Officer', department: 'Procurement' } })).id;
    sam = (await ok(Q.register, { input: { displayName: 'Sam Osei', email: 'sam.osei@example.gov.uk', jobTitle: 'Procurement Officer', department: 'Procurement' } })).id;
    postId = (await ok(Q.propose, { input: { title: 'Procurement Officer', fte: 1, justification: 'Existing post', targetYear: 2026 } })).id;
    await ok(Q.decide, { input: { postId, approve: true, reason: 'Funded' } });
    await ok(Q.fill, { input: { postId, staffMemberId: chantel, startDate: '2023-09-04' } });
    competencyId = (await ok(Q.define, { input: { name: 'Contract management', category: 'Contracting', levelDescriptors: ['none', 'aware', 'supported', 'unaided', 'expert'] } })).id;
    await ok(Q.assess, { input: { staffMemberId: chantel, competencyId, level: 2, evidence: 'Managed the cleaning contract' } });
    const courseId = (await ok(Q.addCourse, { input: { title: 'Contract Management Foundation', provider: 'GCC', competencyIds: [competencyId], levels: [{ competencyId, raisesTo: 3 }], validityMonths: 1 } })).id;
    await ok(Q.outcome, { input: { staffMemberId: chantel, courseId, status: 'COMPLETED', date: ukToday(), evidence: 'Certificate GCC-4471' } });
    await ok(Q.plan, { input: { staffMemberId: sam, courseId, plannedFor: '2026-01-05', reason: 'New starter' } });
    await tick();
    beforeErasure = new Date().toISOString();
    await tick();
  });
  afterAll(async () => ledger?.close());

  const ok = (query: string, variables: Record<string, unknown> = {}) => ledger.ok(query, variables, hr);
  const rawLog = async () => json(await ledger.stores.eventStore.readAll());
  const ERASED = { id: expect.any(String), displayName: 'Erased person', email: null, erased: true, jobTitle: 'Procurement Officer', department: 'Procurement' };

  it('shows her name and email before erasure, yet the log never held them in plain text', async () => {
    const staff = await ok(Q.staff);
    expect(staff.find((p: { id: string }) => p.id === chantel)).toMatchObject({ displayName: NAME, email: EMAIL, erased: false });
    const log = await rawLog();
    expect(log).toContain('StaffMemberRegistered');
    expect(revealsHer(log)).toBe(false);
  });

  it('erases her personal data: the answer shows her pseudonymised, and the audit chain still verifies', async () => {
    const erased = await ok(Q.erase, { id: chantel });
    expect(erased).toEqual({ ...ERASED, id: chantel });
    const report = await verifyEventLog(ledger.stores.eventStore);
    expect(report).toMatchObject({ ok: true, firstBrokenPosition: null });
    expect(report.eventsChecked).toBe((await ledger.stores.eventStore.readAll()).length);
    const types = (await ledger.stores.eventStore.readStream(`staff-${chantel}`)).map((e) => e.type);
    expect(types[0]).toBe('StaffMemberRegistered');
    expect(types.at(-1)).toBe('PersonalDataErased');
  });

  it.each([
    ['now', () => undefined],
    ['as of an instant before the erasure', () => beforeErasure],
  ])('shows her as "Erased person" with no email in staffMembers %s, and keeps her colleague', async (_, asOf) => {
    const staff = await ok(Q.staff, { asOf: asOf() });
    expect(staff.find((p: { id: string }) => p.id === chantel)).toEqual({ ...ERASED, id: chantel });
    expect(staff.find((p: { id: string }) => p.id === sam)).toMatchObject({ displayName: 'Sam Osei', email: 'sam.osei@example.gov.uk', erased: false });
    expect(revealsHer(json(staff))).toBe(false);
  });

  it.each([
    ['now', () => undefined],
    ['as of an instant before the erasure', () => beforeErasure],
  ])('shows her erased as the holder in the establishment %s: the post stays filled', async (_, asOf) => {
    const { posts } = await ok(Q.establishment, { asOf: asOf() });
    expect(posts).toEqual([{ id: postId, status: 'FILLED', holder: { ...ERASED, id: chantel } }]);
  });

  it.each([
    ['now', () => undefined],
    ['as of an instant before the erasure', () => beforeErasure],
  ])('keeps her assessed levels in the skills matrix %s, under the erased pseudonym', async (_, asOf) => {
    const { rows } = await ok(Q.matrix, { asOf: asOf() });
    const row = rows.find((r: { staffMember: { id: string } }) => r.staffMember.id === chantel);
    expect(row.staffMember).toEqual({ ...ERASED, id: chantel });
    expect(row.cells[0]).toMatchObject({ level: 3, history: [{ level: 2 }, { level: 3 }] });
    expect(revealsHer(json(rows))).toBe(false);
  });

  it.each([
    ['now', () => undefined],
    ['as of an instant before the erasure', () => beforeErasure],
  ])('keeps her training record %s, under the erased pseudonym', async (_, asOf) => {
    const records = await ok(Q.register_, { asOf: asOf() });
    const hers = records.filter((r: { staffMember: { id: string } }) => r.staffMember.id === chantel);
    expect(hers).toEqual([{ status: 'COMPLETED', course: { title: 'Contract Management Foundation' }, staffMember: { ...ERASED, id: chantel } }]);
    expect(revealsHer(json(records))).toBe(false);
  });

  it('never names her in trainingDue, live or as of before the erasure', async () => {
    for (const asOf of [undefined, beforeErasure]) {
      const due = await ok(Q.due, { asOf });
      expect(revealsHer(json(due))).toBe(false);
      expect(due.belowTarget.map((b: { staffMember: { id: string } }) => b.staffMember.id)).not.toContain(chantel);
    }
  });

  it('still has no plain-text name or email anywhere in the raw log after erasure', async () => {
    expect(revealsHer(await rawLog())).toBe(false);
  });

  it('treats erasing again as harmless: same answer, nothing new recorded', async () => {
    const before = await ledger.stores.eventStore.headPosition();
    expect(await ok(Q.erase, { id: chantel })).toEqual({ ...ERASED, id: chantel });
    expect(await ledger.stores.eventStore.headPosition()).toBe(before);
    expect((await verifyEventLog(ledger.stores.eventStore)).ok).toBe(true);
  });

  it('refuses to record anything new about her (RULE_VIOLATION) and writes nothing', async () => {
    const before = await ledger.stores.eventStore.headPosition();
    const assess = await ledger.gql(Q.assess, { input: { staffMemberId: chantel, competencyId, level: 4, evidence: 'late note' } }, hr);
    expect(codeOf(assess)).toBe('RULE_VIOLATION');
    const postB = (await ok(Q.propose, { input: { title: 'Contracts Manager', fte: 1, justification: 'Growth', targetYear: 2027 } })).id;
    await ok(Q.decide, { input: { postId: postB, approve: true, reason: 'Funded' } });
    const afterSetup = await ledger.stores.eventStore.headPosition();
    expect(codeOf(await ledger.gql(Q.fill, { input: { postId: postB, staffMemberId: chantel, startDate: '2026-11-02' } }, hr))).toBe('RULE_VIOLATION');
    expect(await ledger.stores.eventStore.headPosition()).toBe(afterSetup);
    expect(afterSetup).toBe(before + 2n);
  });

  it('still lets HR vacate the post she held', async () => {
    const vacated = await ok('mutation($input: VacatePostInput!) { vacatePost(input: $input) { status holder { id } } }', {
      input: { postId, endDate: '2026-10-31', reason: 'Left the authority' },
    });
    expect(vacated).toEqual({ status: 'VACANT', holder: null });
  });

  it('keeps her erased after a restart, when the read models are read back from the store', async () => {
    ledger = await ledger.restart();
    hr = await ledger.loginAs('hana.reed@example.gov.uk', USER_PASSWORD);
    const staff = await ok(Q.staff);
    expect(staff.find((p: { id: string }) => p.id === chantel)).toEqual({ ...ERASED, id: chantel });
    expect(staff.find((p: { id: string }) => p.id === sam)).toMatchObject({ displayName: 'Sam Osei' });
    expect((await verifyEventLog(ledger.stores.eventStore)).ok).toBe(true);
  });
});
