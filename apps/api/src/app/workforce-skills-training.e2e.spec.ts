import { addDays, addMonths } from '@ledger/shared-domain';
import { STORES_UNDER_TEST, TestLedger, startTestLedger } from '../testing/test-ledger';
import { ukToday } from '../testing/uk-dates';

/**
 * The HR lead's competency framework, skills matrix and training register: define competencies,
 * set what a job title needs, assess people, add courses, plan training, record outcomes, and see
 * what is due.
 */
const PERSON = 'id displayName email erased jobTitle department';
const COMPETENCY = 'id name category levelDescriptors requirements { jobTitle requiredLevel }';
const CELL = `competency { id name } level requiredLevel gap assessedAt history { level evidence assessedBy assessedOn recordedAt source courseId }`;
const ROW = `staffMember { ${PERSON} } totalGap cells { ${CELL} }`;
const COURSE = 'id title provider validityMonths competencies { id name } levels { competency { id } raisesTo }';
const RECORD = `id staffMember { id displayName } course { id title } status plannedFor completedOn expiresOn evidence`;
const Q = {
  register: `mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { ${PERSON} } }`,
  define: `mutation($input: DefineCompetencyInput!) { defineCompetency(input: $input) { ${COMPETENCY} } }`,
  require: `mutation($input: SetRequirementInput!) { setRequirement(input: $input) { ${COMPETENCY} } }`,
  assess: `mutation($input: AssessProficiencyInput!) { assessProficiency(input: $input) { ${ROW} } }`,
  addCourse: `mutation($input: AddCourseInput!) { addCourse(input: $input) { ${COURSE} } }`,
  plan: `mutation($input: PlanTrainingInput!) { planTraining(input: $input) { ${RECORD} } }`,
  outcome: `mutation($input: RecordTrainingOutcomeInput!) { recordTrainingOutcome(input: $input) { ${RECORD} } }`,
  competencies: `{ competencies { ${COMPETENCY} } }`,
  matrix: `query($id: ID) { skillsMatrix(staffMemberId: $id) { competencies { id } rows { ${ROW} } } }`,
  courses: `{ courses { ${COURSE} } }`,
  register_: `query($id: ID) { trainingRegister(staffMemberId: $id) { ${RECORD} } }`,
  due: `query($within: Int!) { trainingDue(withinDays: $within) { target overduePlans { ${RECORD} } expiring { ${RECORD} } belowTarget { courses staffMember { id displayName } } } }`,
};
const DESCRIPTORS = (what: string) => [`No knowledge of ${what}`, `Aware of ${what}`, `Applies ${what} with support`, `Applies ${what} unaided`, `Expert in ${what}, coaches others`];

const daysFrom = addDays;
/** The 15th of the month `months` away from this month in the UK: no month-end clamping to worry about. */
const fifteenth = (months: number) => addMonths(`${ukToday().slice(0, 7)}-15`, months);
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe.each(STORES_UNDER_TEST)('workforce skills matrix and training register on %s', (store) => {
  let ledger: TestLedger;
  let hr: string;
  let hrUserId: string;
  const people: Record<string, string> = {};
  const comp: Record<string, string> = {};
  const course: Record<string, string> = {};

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    ({ id: hrUserId, token: hr } = await ledger.userFor('HR_LEAD', 'hana.reed@example.gov.uk', 'Hana Reed'));
    for (const [key, displayName, jobTitle] of [
      ['priya', 'Priya Shah', 'Procurement & Contracts Manager'],
      ['tom', 'Tom Evans', 'Procurement Officer'],
      ['alice', 'Alice Brown', 'Procurement Assistant'],
      ['dan', 'Dan Okafor', 'procurement  officer'],
    ]) {
      const input = { displayName, email: `${key}@example.gov.uk`, jobTitle, department: 'Procurement' };
      people[key] = (await ok(Q.register, { input })).id;
    }
  });
  afterAll(async () => ledger?.close());

  const ok = (query: string, variables: Record<string, unknown> = {}) => ledger.ok(query, variables, hr);
  const rowOf = async (key: string) => (await ok(Q.matrix, { id: people[key] })).rows[0];
  const cellOf = (row: { cells: { competency: { id: string } }[] }, key: string) => row.cells.find((c) => c.competency.id === comp[key]) as any;

  it('defines competencies with five level descriptors, listed by category then name', async () => {
    const contract = await ok(Q.define, { input: { name: 'Contract management', category: 'Contracting', levelDescriptors: DESCRIPTORS('contract management') } });
    expect(contract).toMatchObject({ name: 'Contract management', category: 'Contracting', levelDescriptors: DESCRIPTORS('contract management'), requirements: [] });
    comp['contract'] = contract.id;
    const act = await ok(Q.define, { input: { name: 'Procurement Act 2023', category: 'Legal and regulatory', levelDescriptors: DESCRIPTORS('the Act') } });
    comp['act'] = act.id;
    expect((await ok(Q.competencies)).map((c: { name: string }) => c.name)).toEqual(['Contract management', 'Procurement Act 2023']);
  });

  it('sets the level a job title needs, and changes it by setting it again', async () => {
    await ok(Q.require, { input: { competencyId: comp['contract'], jobTitle: 'Procurement Officer', requiredLevel: 2 } });
    const changed = await ok(Q.require, { input: { competencyId: comp['contract'], jobTitle: 'Procurement Officer', requiredLevel: 3 } });
    expect(changed.requirements).toEqual([{ jobTitle: 'Procurement Officer', requiredLevel: 3 }]);
    const manager = await ok(Q.require, { input: { competencyId: comp['contract'], jobTitle: 'Procurement & Contracts Manager', requiredLevel: 4 } });
    expect(manager.requirements).toEqual([
      { jobTitle: 'Procurement & Contracts Manager', requiredLevel: 4 },
      { jobTitle: 'Procurement Officer', requiredLevel: 3 },
    ]);
    await ok(Q.require, { input: { competencyId: comp['act'], jobTitle: 'Procurement Officer', requiredLevel: 2 } });
    expect((await ok(Q.competencies)).find((c: { id: string }) => c.id === comp['act']).requirements).toEqual([{ jobTitle: 'Procurement Officer', requiredLevel: 2 }]);
  });

  it('treats a job title in another case or spacing as the same title, still shown as first written', async () => {
    await ok(Q.require, { input: { competencyId: comp['act'], jobTitle: 'Category Manager', requiredLevel: 1 } });
    const changed = await ok(Q.require, { input: { competencyId: comp['act'], jobTitle: 'CATEGORY   manager', requiredLevel: 2 } });
    expect(changed.requirements).toEqual([
      { jobTitle: 'Category Manager', requiredLevel: 2 },
      { jobTitle: 'Procurement Officer', requiredLevel: 2 },
    ]);
  });

  it('shows an unassessed person at level 0 with the gap to their job title, never assessed', async () => {
    const row = await rowOf('tom');
    expect(row.staffMember.displayName).toBe('Tom Evans');
    expect(cellOf(row, 'contract')).toMatchObject({ level: 0, requiredLevel: 3, gap: 3, assessedAt: null, history: [] });
    expect(cellOf(row, 'act')).toMatchObject({ level: 0, requiredLevel: 2, gap: 2 });
    expect(row.totalGap).toBe(5);
    // Job titles match whatever their case and spacing: Dan is a "procurement  officer" too.
    expect((await rowOf('dan')).totalGap).toBe(5);
  });

  it('records assessments: the latest level counts, the history keeps both, oldest first, with who and when', async () => {
    const first = await ok(Q.assess, { input: { staffMemberId: people['tom'], competencyId: comp['contract'], level: 1, evidence: 'Interview, March' } });
    expect(cellOf(first, 'contract')).toMatchObject({ level: 1, gap: 2 });
    await tick();
    const second = await ok(Q.assess, { input: { staffMemberId: people['tom'], competencyId: comp['contract'], level: 2, evidence: 'Managed the cleaning contract' } });
    expect(second.staffMember.id).toBe(people['tom']);
    const cell = cellOf(await rowOf('tom'), 'contract');
    expect(cell).toMatchObject({ level: 2, requiredLevel: 3, gap: 1 });
    expect(cell.history).toEqual([
      { level: 1, evidence: 'Interview, March', assessedBy: hrUserId, assessedOn: ukToday(), recordedAt: expect.any(String), source: 'ASSESSMENT', courseId: null },
      { level: 2, evidence: 'Managed the cleaning contract', assessedBy: hrUserId, assessedOn: ukToday(), recordedAt: expect.any(String), source: 'ASSESSMENT', courseId: null },
    ]);
    expect(cell.assessedAt).toBe(cell.history[1].recordedAt);
    expect(Date.parse(cell.history[1].recordedAt)).toBeGreaterThan(Date.parse(cell.history[0].recordedAt));
    expect(Math.abs(Date.parse(cell.assessedAt) - Date.now())).toBeLessThan(60_000);
    expect((await rowOf('tom')).totalGap).toBe(3);
  });

  it('never shows a negative gap: above the required level, or with no requirement, the gap is 0', async () => {
    await ok(Q.assess, { input: { staffMemberId: people['alice'], competencyId: comp['contract'], level: 2, evidence: 'Supplier meetings' } });
    await ok(Q.assess, { input: { staffMemberId: people['priya'], competencyId: comp['contract'], level: 4, evidence: 'MCIPS' } });
    expect(cellOf(await rowOf('alice'), 'contract')).toMatchObject({ level: 2, requiredLevel: 0, gap: 0 });
    expect(cellOf(await rowOf('priya'), 'contract')).toMatchObject({ level: 4, requiredLevel: 4, gap: 0 });
    const matrix = await ok(Q.matrix, {});
    expect(matrix.competencies.map((c: { id: string }) => c.id)).toEqual([comp['contract'], comp['act']]);
    expect(matrix.rows.map((r: { staffMember: { displayName: string } }) => r.staffMember.displayName)).toEqual(['Alice Brown', 'Dan Okafor', 'Priya Shah', 'Tom Evans']);
  });

  it('adds courses with what they cover, the level a completion proves and how long it stays valid', async () => {
    const foundation = await ok(Q.addCourse, {
      input: { title: 'Contract Management Foundation', provider: 'Government Commercial College', competencyIds: [comp['contract']], levels: [{ competencyId: comp['contract'], raisesTo: 3 }], validityMonths: 24 },
    });
    expect(foundation).toMatchObject({ provider: 'Government Commercial College', validityMonths: 24, competencies: [{ id: comp['contract'] }], levels: [{ competency: { id: comp['contract'] }, raisesTo: 3 }] });
    course['foundation'] = foundation.id;
    const act = await ok(Q.addCourse, { input: { title: 'Procurement Act 2023 Essentials', provider: 'Cabinet Office', competencyIds: [comp['act']] } });
    expect(act).toMatchObject({ validityMonths: null, levels: [{ competency: { id: comp['act'] }, raisesTo: null }] });
    course['act'] = act.id;
    expect((await ok(Q.courses)).map((c: { title: string }) => c.title)).toEqual(['Contract Management Foundation', 'Procurement Act 2023 Essentials']);
  });

  it('plans training for a person: the register shows it PLANNED for the date', async () => {
    const planned = await ok(Q.plan, { input: { staffMemberId: people['priya'], courseId: course['foundation'], plannedFor: ukToday(), reason: 'Refresher' } });
    expect(planned).toMatchObject({ status: 'PLANNED', plannedFor: ukToday(), completedOn: null, expiresOn: null, staffMember: { displayName: 'Priya Shah' } });
    await ok(Q.plan, { input: { staffMemberId: people['priya'], courseId: course['act'], plannedFor: ukToday(), reason: 'New law' } });
    await ok(Q.plan, { input: { staffMemberId: people['alice'], courseId: course['act'], plannedFor: daysFrom(ukToday(), -10), reason: 'New law' } });
  });

  it('a COMPLETED outcome with evidence raises the level (source TRAINING) and expires after validityMonths', async () => {
    const completedOn = fifteenth(-23);
    const done = await ok(Q.outcome, {
      input: { staffMemberId: people['tom'], courseId: course['foundation'], status: 'COMPLETED', date: completedOn, evidence: 'Certificate GCC-4471' },
    });
    expect(done).toMatchObject({ status: 'COMPLETED', completedOn, expiresOn: fifteenth(1), evidence: 'Certificate GCC-4471' });
    const cell = cellOf(await rowOf('tom'), 'contract');
    expect(cell).toMatchObject({ level: 3, requiredLevel: 3, gap: 0 });
    expect(cell.history).toHaveLength(3);
    expect(cell.history[2]).toMatchObject({ level: 3, source: 'TRAINING', courseId: course['foundation'], evidence: 'Certificate GCC-4471', assessedOn: completedOn, assessedBy: hrUserId });
    expect(cell.assessedAt).toBe(cell.history[2].recordedAt);
  });

  it('a completion without evidence is recorded but raises no level', async () => {
    const completedOn = fifteenth(-1);
    const done = await ok(Q.outcome, { input: { staffMemberId: people['dan'], courseId: course['foundation'], status: 'COMPLETED', date: completedOn } });
    expect(done).toMatchObject({ status: 'COMPLETED', completedOn, expiresOn: fifteenth(23), evidence: null });
    expect(cellOf(await rowOf('dan'), 'contract')).toMatchObject({ level: 0, history: [], gap: 3 });
  });

  it('a completion never lowers a level someone already has', async () => {
    await ok(Q.outcome, { input: { staffMemberId: people['priya'], courseId: course['foundation'], status: 'COMPLETED', date: ukToday(), evidence: 'Refresher certificate' } });
    const cell = cellOf(await rowOf('priya'), 'contract');
    expect(cell.level).toBe(4);
    expect(cell.history.map((h: { source: string }) => h.source)).toEqual(['ASSESSMENT']);
  });

  it('lists the training register by person, and one person’s record on request', async () => {
    const all = await ok(Q.register_, {});
    expect(all.map((r: any) => `${r.staffMember.displayName} / ${r.course.title} / ${r.status}`)).toEqual([
      'Alice Brown / Procurement Act 2023 Essentials / PLANNED',
      'Dan Okafor / Contract Management Foundation / COMPLETED',
      'Priya Shah / Contract Management Foundation / COMPLETED',
      'Priya Shah / Procurement Act 2023 Essentials / PLANNED',
      'Tom Evans / Contract Management Foundation / COMPLETED',
    ]);
    const toms = await ok(Q.register_, { id: people['tom'] });
    expect(toms).toEqual([all[4]]);
  });

  it('lists what is due: overdue plans, completions expiring within the window, people below two courses', async () => {
    const due = await ok(Q.due, { within: 90 });
    expect(due.target).toBe(2);
    expect(due.overduePlans.map((r: any) => [r.staffMember.displayName, r.course.title])).toEqual([['Alice Brown', 'Procurement Act 2023 Essentials']]);
    expect(due.expiring.map((r: any) => [r.staffMember.displayName, r.expiresOn])).toEqual([['Tom Evans', fifteenth(1)]]);
    const below = new Map(due.belowTarget.map((b: any) => [b.staffMember.displayName, b.courses]));
    expect([...below.keys()].sort()).toEqual(['Alice Brown', 'Dan Okafor', 'Tom Evans']);
    expect(below.get('Tom Evans')).toBe(0); // his only completion was in an earlier year
    // A narrower window leaves out a completion expiring in two weeks or more.
    expect((await ok(Q.due, { within: 7 })).expiring).toEqual([]);
  });

  it('a no-show closes an overdue plan', async () => {
    const date = daysFrom(ukToday(), -10);
    const noShow = await ok(Q.outcome, { input: { staffMemberId: people['alice'], courseId: course['act'], status: 'NO_SHOW', date } });
    expect(noShow.status).toBe('NO_SHOW');
    expect((await ok(Q.due, { within: 90 })).overduePlans).toEqual([]);
  });
});
