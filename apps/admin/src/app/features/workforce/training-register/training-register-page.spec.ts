import { ADMIN_USER, AUDITOR_USER, STAFF_USER, queueAnswers, sentRequest } from '../../../../testing/fetch-stub';
import { PageHarness } from '../../../../testing/page-harness';
import { course, due, person, record } from '../../../../testing/workforce-fixtures';

const URL = '/workforce/training-register';

const COMPETENCIES = [
  { id: 'comp-1', name: 'Contract management', category: 'Contracting' },
  { id: 'comp-2', name: 'Procurement Act 2023', category: 'Contracting' },
];

const RECORDS = [
  record({ id: 'r-1', status: 'COMPLETED', plannedFor: '2025-03-02', completedOn: '2025-03-04', expiresOn: '2027-03-04' }),
  record({
    id: 'r-2',
    staffMember: { id: 'staff-2', displayName: 'Erased person', erased: true },
    course: { id: 'course-2', title: 'Procurement Act 2023 essentials' },
    status: 'PLANNED',
    plannedFor: '2026-01-10',
  }),
];

const DUE = due({
  overduePlans: [RECORDS[1]],
  expiring: [record({ id: 'r-3', status: 'EXPIRED', expiresOn: '2026-02-01' })],
  belowTarget: [{ staffMember: { id: 'staff-1', displayName: 'Sam Patel', erased: false }, courses: 1 }],
});

/** The first page: one record more than the page shows, to learn whether another follows. */
const FIRST_PAGE = { offset: 0, limit: 101, department: null, jobTitle: null, competencyCategory: null };
const OPTIONS = { departments: ['Procurement'], jobTitles: ['Procurement Officer'], competencyCategories: ['Contracting'] };

function answer(fields: Record<string, unknown> = {}) {
  return {
    data: {
      trainingRegister: RECORDS,
      courses: [course(), course({ id: 'course-2', title: 'Procurement Act 2023 essentials', validityMonths: null, levels: [] })],
      trainingDue: DUE,
      staffMembers: [person(), person({ id: 'staff-2', displayName: 'Erased person', erased: true })],
      competencies: COMPETENCIES,
      workforceFilterOptions: OPTIONS,
      ...fields,
    },
  };
}

const cellsOf = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => c.textContent?.replace(/\s+/g, ' ').trim());

describe('TrainingRegisterPage', () => {
  it('lists records, what is due and the courses', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer());

    expect(sentRequest(page.fetch, 1).variables).toEqual({ asOf: null, withinDays: 90, withDue: true, withForms: true, ...FIRST_PAGE });
    expect(cellsOf(page.one('tr[data-record-id="r-1"]')).slice(0, 6)).toEqual([
      'Sam Patel',
      'Contract Management Foundation',
      'Completed',
      '2 Mar 2025',
      '4 Mar 2025',
      '4 Mar 2027',
    ]);
    expect(page.one('tr[data-record-id="r-2"] th').classList).toContain('erased');

    const duePanel = page.text('section[aria-labelledby=due-title]');
    expect(duePanel).toContain('Overdue plans (1)');
    expect(duePanel).toContain('Erased person: Procurement Act 2023 essentials, planned for 10 Jan 2026');
    expect(duePanel).toContain('Expiring within 90 days (1)');
    expect(duePanel).toContain('expired 1 Feb 2026');
    expect(duePanel).toContain('Below the target of 2 courses this year (1)');
    expect(duePanel).toContain('Sam Patel: 1 course');

    const courses = page.all('table').find((t) => t.querySelector('caption')?.textContent?.trim() === 'Courses');
    expect(courses?.textContent?.replace(/\s+/g, ' ')).toContain('Contract management (raises to level 2)');
    expect(courses?.textContent).toContain('24 months');
    expect(courses?.textContent).toContain('Does not expire');
  });

  it('shows STAFF their own records only: no due panel, no forms, and no request for them', async () => {
    const page = await PageHarness.open(URL, STAFF_USER, { data: { trainingRegister: [RECORDS[0]], courses: [course()] } });

    const sent = sentRequest(page.fetch, 1);
    expect(sent.variables).toEqual({ asOf: null, withinDays: 90, withDue: false, withForms: false, ...FIRST_PAGE });
    expect(sent.query).toMatch(/trainingRegister\(\s*asOf: \$asOf/);
    expect(sent.query).not.toContain('staffMemberId');
    expect(page.all('form')).toHaveLength(0);
    expect(page.all('#due-title')).toHaveLength(0);
    expect(page.text('caption')).toBe('Your training record');
    expect(page.all('tr[data-record-id]')).toHaveLength(1);
  });

  it('shows readers what is due but no forms', async () => {
    const page = await PageHarness.open(URL, AUDITOR_USER, answer({ staffMembers: undefined, competencies: undefined }));

    expect(sentRequest(page.fetch, 1).variables).toMatchObject({ withDue: true, withForms: false });
    expect(page.all('#due-title')).toHaveLength(1);
    expect(page.all('form')).toHaveLength(0);
  });

  it('adds a course with its competencies, the level it proves and its validity', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer());
    queueAnswers({ data: { addCourse: course({ id: 'course-9', title: 'CIPS Level 4' }) } }, answer());

    expect(page.changes()).toEqual(['Add a course', 'Plan training', 'Record an outcome']);
    page.openChange('Add a course');
    page.fill('Title', 'CIPS Level 4');
    page.fill('Provider', 'CIPS');
    page.field('Contracting: Contract management').click();
    page.field('Contracting: Procurement Act 2023').click();
    await page.settle();
    page.fill('Level a completion proves in Contract management', '3');
    page.fill('Validity in months', '36');
    await page.submit('Add a course');

    expect(sentRequest(page.fetch, 2).variables['input']).toEqual({
      title: 'CIPS Level 4',
      provider: 'CIPS',
      competencyIds: ['comp-1', 'comp-2'],
      levels: [{ competencyId: 'comp-1', raisesTo: 3 }],
      validityMonths: 36,
      commandId: expect.any(String),
    });
    expect(page.text('.notice')).toBe('“CIPS Level 4” was added to the courses.');
    expect(page.field('Contracting: Contract management').checked).toBe(false);
  });

  it('sends no validity for a course that never expires', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer());
    queueAnswers({ data: { addCourse: course() } }, answer());

    page.openChange('Add a course');
    page.fill('Title', 'Modern slavery awareness');
    page.fill('Provider', 'In house');
    await page.submit('Add a course');

    expect(sentRequest(page.fetch, 2).variables['input']).toMatchObject({ competencyIds: [], levels: [], validityMonths: null });
  });

  it('plans training for a person who is not erased', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer());
    queueAnswers({ data: { planTraining: record() } }, answer());

    expect([...page.field('Person', 'Plan training').options].map((o) => o.value)).toEqual(['', 'staff-1']);
    page.fill('Person', 'staff-1', 'Plan training');
    page.fill('Course', 'course-1', 'Plan training');
    page.fill('Planned for', '2026-03-02');
    page.fill('Reason', 'Closes the contract management gap');
    await page.submit('Plan training');

    expect(sentRequest(page.fetch, 2).variables['input']).toEqual({
      staffMemberId: 'staff-1',
      courseId: 'course-1',
      plannedFor: '2026-03-02',
      reason: 'Closes the contract management gap',
    });
    expect(page.text('.notice')).toBe('“Contract Management Foundation” was planned for Sam Patel.');
  });

  it('records an outcome for the record chosen in the table', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer());
    queueAnswers({ data: { recordTrainingOutcome: record({ status: 'COMPLETED' }) } }, answer());

    await page.click('Record outcome for Sam Patel, Contract Management Foundation');
    expect(page.field('Person', 'Record an outcome').value).toBe('staff-1');
    expect(page.field('Course', 'Record an outcome').value).toBe('course-1');
    expect(document.activeElement?.id).toBe('outcome-status');

    page.fill('Outcome', 'COMPLETED');
    page.fill('Date', '2026-03-04');
    page.fill('Evidence (optional)', 'Certificate GCC-1234');
    await page.submit('Record an outcome');

    expect(sentRequest(page.fetch, 2).variables['input']).toEqual({
      staffMemberId: 'staff-1',
      courseId: 'course-1',
      status: 'COMPLETED',
      date: '2026-03-04',
      evidence: 'Certificate GCC-1234',
    });
  });

  it('shows a refused outcome’s message and code next to the form', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer());
    queueAnswers({ errors: [{ message: 'A no-show needs a planned or booked course', extensions: { code: 'RULE_VIOLATION' } }] });

    page.fill('Person', 'staff-1', 'Record an outcome');
    page.fill('Course', 'course-1', 'Record an outcome');
    page.fill('Outcome', 'NO_SHOW');
    await page.submit('Record an outcome');

    page.expectRefusal('Record an outcome', 'RULE_VIOLATION', 'A no-show needs a planned or booked course');
  });

  it('cancels a planned course chosen in the table, with the reason', async () => {
    const planned = record({ id: 'r-4', status: 'PLANNED', plannedFor: '2026-05-01' });
    const page = await PageHarness.open(URL, ADMIN_USER, answer({ trainingRegister: [RECORDS[0], planned] }));
    expect(page.hasButton('Cancel Contract Management Foundation for Sam Patel')).toBe(true);
    // A completed course happened: it cannot be cancelled, so it offers no Cancel.
    expect(page.all('tr[data-record-id="r-1"] button').map((b) => b.textContent?.trim())).toEqual([
      expect.stringMatching(/^Record outcome/),
    ]);

    await page.click('Cancel Contract Management Foundation for Sam Patel');
    page.fill('Reason', ' The provider withdrew the course ', 'Cancel “Contract Management Foundation” for Sam Patel');
    queueAnswers({ data: { cancelTraining: { ...planned, status: 'CANCELLED' } } }, answer());
    await page.submit('Cancel “Contract Management Foundation” for Sam Patel');

    expect(sentRequest(page.fetch, 2).variables['input']).toEqual(
      expect.objectContaining({ staffMemberId: 'staff-1', courseId: 'course-1', reason: 'The provider withdrew the course' }),
    );
    expect(page.text()).toContain('“Contract Management Foundation” was cancelled for Sam Patel.');
  });

  it('passes asOf and disables the forms and row actions', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer());
    queueAnswers(answer({ trainingRegister: [RECORDS[0]] }));

    const asAt = page.field('As at');
    asAt.value = '2026-02-01T12:00';
    asAt.dispatchEvent(new Event('change'));
    await page.settle();

    expect(sentRequest(page.fetch, 2).variables).toMatchObject({ asOf: new Date('2026-02-01T12:00').toISOString() });
    expect(page.text('[role=status]')).toContain('Showing the register as at 1 February 2026');
    expect(page.changesDisabled()).toEqual({ 'Add a course': true, 'Plan training': true, 'Record an outcome': true });
    expect(page.button('Record outcome for Sam Patel, Contract Management Foundation').disabled).toBe(true);
    expect(page.all('tr[data-record-id]')).toHaveLength(1);
  });

  it('pages through the records and narrows them with the filter bar', async () => {
    const many = Array.from({ length: 101 }, (_, i) => record({ id: `r-${i}` }));
    const page = await PageHarness.open(URL, ADMIN_USER, answer({ trainingRegister: many }));
    expect(page.all('gl-training-table tbody tr').length).toBe(100);
    expect(page.text('nav[aria-label="Records pages"] .range')).toBe('Records 1–100');

    queueAnswers(answer());
    await page.click('Next page of records');
    expect(sentRequest(page.fetch, 2).variables).toMatchObject({ ...FIRST_PAGE, offset: 100 });
    expect(page.text('nav[aria-label="Records pages"] .range')).toBe('Records 101–102');
    expect(page.button('Next page of records').disabled).toBe(true);

    queueAnswers(answer());
    page.fill('Filter by job title', 'Procurement Officer');
    await page.settle();
    expect(sentRequest(page.fetch, 3).variables).toMatchObject({ ...FIRST_PAGE, jobTitle: 'Procurement Officer' });
  });

  it('offers STAFF no filter bar: they see their own records only', async () => {
    const page = await PageHarness.open(URL, STAFF_USER, { data: { trainingRegister: [RECORDS[0]], courses: [course()] } });
    expect(page.all('[role=search]')).toHaveLength(0);
  });
});
