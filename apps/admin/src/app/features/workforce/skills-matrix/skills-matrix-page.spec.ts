import { ADMIN_USER, AUDITOR_USER, queueAnswers, sentRequest } from '../../../../testing/fetch-stub';
import { PageHarness } from '../../../../testing/page-harness';
import { cell, competency, person, row } from '../../../../testing/workforce-fixtures';
import type { SkillsMatrix } from '../workforce.types';

const URL = '/workforce/skills-matrix';

const CONTRACTS = competency({ id: 'comp-1', name: 'Contract management', category: 'Contracting' });
const ACT = competency({ id: 'comp-2', name: 'Procurement Act 2023', category: 'Contracting', requirements: [] });
const ETHICS = competency({ id: 'comp-3', name: 'Ethical procurement', category: 'Ethics', requirements: [] });

const SAM = person({ id: 'staff-1', displayName: 'Sam Patel' });
const ERASED = person({ id: 'staff-2', displayName: 'Erased person', erased: true, jobTitle: 'Buyer' });

const MATRIX: SkillsMatrix = {
  totalRows: 2,
  offset: 0,
  limit: 50,
  competencies: [CONTRACTS, ACT, ETHICS],
  rows: [
    row(SAM, [
      cell('comp-1', { level: 1, requiredLevel: 3, gap: 2, assessments: 2 }),
      cell('comp-2', { level: 2, requiredLevel: 2, gap: 0 }),
      cell('comp-3'),
    ]),
    row(ERASED, [cell('comp-1'), cell('comp-2'), cell('comp-3')]),
  ],
};

const HISTORY = [
  { level: 0, evidence: 'Induction check', assessedOn: '2025-11-03', source: 'ASSESSMENT', recordedAt: '2025-11-03T10:00:00Z' },
  { level: 1, evidence: 'Observed contract review', assessedOn: '2026-01-12', source: 'ASSESSMENT', recordedAt: '2026-01-12T10:00:00Z' },
];
const OPTIONS = {
  departments: ['Finance', 'Procurement'],
  jobTitles: ['Buyer', 'Procurement Officer'],
  competencyCategories: ['Contracting', 'Ethics'],
};
const answer = (matrix: SkillsMatrix = MATRIX) => ({ data: { skillsMatrix: matrix, workforceFilterOptions: OPTIONS } });
const FIRST_PAGE = { offset: 0, limit: 50, department: null, jobTitle: null, competencyCategory: null, orderBy: 'NAME' };
const cellOf = (page: PageHarness, staffId: string, competencyId: string) =>
  page.one(`tr[data-staff-member-id="${staffId}"] td[data-competency-id="${competencyId}"]`);

describe('SkillsMatrixPage', () => {
  it('groups competencies under their categories, with accessible headers', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer());

    const groups = page.all('th[scope=colgroup]').map((th) => [th.textContent?.trim(), th.getAttribute('colspan')]);
    expect(groups).toEqual([
      ['Contracting', '2'],
      ['Ethics', '1'],
    ]);
    expect(page.all('th.competency').map((th) => th.textContent?.trim())).toEqual([
      'Contract management',
      'Procurement Act 2023',
      'Ethical procurement',
    ]);
    expect(page.all('tbody th[scope=row] .name').map((th) => th.textContent?.trim())).toEqual(['Sam Patel', 'Erased person']);
  });

  it('marks a gap with colour and in words, and totals the row', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer());

    const gap = cellOf(page, 'staff-1', 'comp-1');
    expect(gap.classList).toContain('gap');
    // Shaded, and said in words with a marker: colour is never the only signal (WCAG 1.4.1).
    expect(gap.querySelector('.levels')?.textContent?.trim()).toBe('1 / 3');
    expect(gap.querySelector('.gap-text')?.textContent?.trim()).toBe('▼ Gap 2');
    // The marker is for the eye; a screen reader hears the words.
    expect(gap.querySelector('.gap-text [aria-hidden=true]')?.textContent?.trim()).toBe('▼');
    expect(gap.querySelector('button .visually-hidden')?.textContent?.trim()).toBe('Sam Patel, Contract management:');
    expect(page.text('.matrix-legend')).toContain('Shaded, with “▼ Gap n”: assessed n levels below what the job title requires');

    const met = cellOf(page, 'staff-1', 'comp-2');
    expect(met.classList).not.toContain('gap');
    expect(met.textContent).not.toContain('Gap');
    expect(page.one('tr[data-staff-member-id="staff-1"] td.total').textContent?.trim()).toBe('2');
  });

  it('asks the API for the largest total gaps of everyone, from the first page, and shows its order as it is', async () => {
    const ann = row(person({ id: 'staff-7', displayName: 'Ann Booth' }), [cell('comp-1', { level: 3, requiredLevel: 3, gap: 0 })]);
    const bob = row(person({ id: 'staff-8', displayName: 'Bob Carr' }), [cell('comp-1', { level: 0, requiredLevel: 3, gap: 3 })]);
    const page = await PageHarness.open(URL, ADMIN_USER, answer({ ...MATRIX, totalRows: 120 }));
    const names = () => page.all('tbody th[scope=row] .name').map((th) => th.textContent?.trim());
    expect(page.field('Order the people by').value).toBe('NAME');
    queueAnswers(answer({ ...MATRIX, totalRows: 120, offset: 50 }));
    await page.click('Next page of people');

    // The API orders every person before paging; the page keeps that order (no sort of its own).
    queueAnswers(answer({ ...MATRIX, totalRows: 120, rows: [ann, bob] }));
    page.fill('Order the people by', 'LARGEST_GAP');
    await page.settle();

    expect(sentRequest(page.fetch, 3).variables).toEqual({ asOf: null, ...FIRST_PAGE, orderBy: 'LARGEST_GAP' });
    expect(names()).toEqual(['Ann Booth', 'Bob Carr']);
    expect(page.text('nav[aria-label="People pages"] .range')).toBe('People 1–2 of 120');

    queueAnswers(answer({ ...MATRIX, totalRows: 120, offset: 50 }));
    await page.click('Next page of people');
    expect(sentRequest(page.fetch, 4).variables).toEqual({ asOf: null, ...FIRST_PAGE, offset: 50, orderBy: 'LARGEST_GAP' });
  });

  it('shows erased people muted, without an erase button or a place in the assessment form', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer());

    const erased = page.one('tr[data-staff-member-id="staff-2"]');
    expect(erased.classList).toContain('erased');
    expect(erased.querySelector('td.erase')?.textContent?.trim()).toBe('Erased');
    expect(page.hasButton('Erase personal data of Sam Patel')).toBe(true);
    expect([...page.field('Person', 'Assess a staff member').options].map((o) => o.value)).toEqual(['', 'staff-1']);
  });

  it('shows a cell’s assessment history when it is selected', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer());
    queueAnswers({ data: { skillCellHistory: HISTORY } });

    cellOf(page, 'staff-1', 'comp-1').querySelector('button')?.click();
    await page.settle();

    // The matrix holds the latest assessment only: the history is asked for when the cell opens.
    expect(sentRequest(page.fetch, 2).variables).toEqual({ staffMemberId: 'staff-1', competencyId: 'comp-1', asOf: null });
    expect(page.text('#history-title')).toBe('Sam Patel – Contract management');
    expect(document.activeElement?.id).toBe('history-title');
    const history = page
      .all('section[aria-labelledby=history-title] tbody tr')
      .map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()));
    expect(history).toEqual([
      ['3 Nov 2025', 'Level 0 (None)', 'Assessment', 'Induction check'],
      ['12 Jan 2026', 'Level 1 (Aware)', 'Assessment', 'Observed contract review'],
    ]);
    expect(page.text('section[aria-labelledby=history-title]')).toContain('Required for Procurement Officer: Level 3 (Practitioner)');
    expect(cellOf(page, 'staff-1', 'comp-1').querySelector('button')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('registers a staff member and defines a competency with five level descriptors', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer());
    queueAnswers({ data: { registerStaffMember: person({ id: 'staff-3', displayName: 'Jo Evans' }) } }, answer());

    expect(page.changes()).toEqual([
      'Register a staff member',
      'Change a staff member’s details',
      'Define a competency',
      'Set a requirement',
      'Assess a staff member',
    ]);
    expect(page.all('form')).toHaveLength(0);
    page.openChange('Register a staff member');
    page.fill('Full name', 'Jo Evans');
    page.fill('Email address', 'jo.evans@example.gov.uk');
    page.fill('Job title', 'Procurement Officer', 'Register a staff member');
    page.fill('Department', 'Procurement');
    await page.submit('Register a staff member');

    expect(sentRequest(page.fetch, 2).variables['input']).toEqual({
      displayName: 'Jo Evans',
      email: 'jo.evans@example.gov.uk',
      jobTitle: 'Procurement Officer',
      department: 'Procurement',
      commandId: expect.any(String),
    });
    expect(page.text('.notice')).toBe('Jo Evans was registered.');

    queueAnswers({ data: { defineCompetency: competency({ id: 'comp-9', name: 'Social value' }) } }, answer());
    page.openChange('Define a competency');
    page.fill('Name', 'Social value');
    page.fill('Category', 'Delivering Outcomes');
    ['None', 'Aware of the duty', 'Applies the model', 'Designs measures', 'Leads practice'].forEach((text, level) =>
      page.fill(`Level ${level} (${['none', 'awareness', 'working knowledge', 'practitioner', 'expert'][level]})`, text),
    );
    await page.submit('Define a competency');

    expect(sentRequest(page.fetch, 4).variables['input']).toEqual({
      name: 'Social value',
      category: 'Delivering Outcomes',
      levelDescriptors: ['None', 'Aware of the duty', 'Applies the model', 'Designs measures', 'Leads practice'],
      commandId: expect.any(String),
    });
  });

  it('sets a requirement and records an assessment', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer());
    queueAnswers({ data: { setRequirement: CONTRACTS } }, answer());

    page.fill('Job title', 'Buyer', 'Set a requirement');
    page.fill('Competency', 'comp-1', 'Set a requirement');
    page.fill('Required level', '3: 3');
    await page.submit('Set a requirement');

    expect(sentRequest(page.fetch, 2).variables['input']).toEqual({ jobTitle: 'Buyer', competencyId: 'comp-1', requiredLevel: 3 });

    queueAnswers({ data: { assessProficiency: { staffMember: { id: 'staff-1' }, totalGap: 1 } } }, answer());
    page.fill('Person', 'staff-1', 'Assess a staff member');
    page.fill('Competency', 'comp-1', 'Assess a staff member');
    await page.settle();
    // The level choices read the chosen competency's descriptors.
    expect([...page.field('Assessed level').options].map((o) => o.textContent?.trim())).toContain('Level 2 (Foundation)');
    page.fill('Assessed level', '2: 2');
    page.fill('Evidence', 'Led the tender evaluation');
    await page.submit('Assess a staff member');

    expect(sentRequest(page.fetch, 4).variables['input']).toEqual({
      staffMemberId: 'staff-1',
      competencyId: 'comp-1',
      level: 2,
      evidence: 'Led the tender evaluation',
    });
    expect(page.text('.notice')).toBe('The assessment was recorded.');
  });

  it('erases a person’s personal data only after a confirmation with a reason', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer());

    await page.click('Erase personal data of Sam Patel');
    expect(page.fetch).toHaveBeenCalledTimes(2);
    expect(page.text('#erase-title')).toBe('Erase the personal data of Sam Patel?');

    await page.submit('Erase the personal data of Sam Patel?');
    expect(page.fetch).toHaveBeenCalledTimes(2);
    expect(page.text()).toContain('Enter the reason for erasure.');

    queueAnswers(
      { data: { erasePersonalData: person({ id: 'staff-1', displayName: 'Erased person', erased: true }) } },
      answer({ ...MATRIX, rows: [row({ ...SAM, displayName: 'Erased person', erased: true }, MATRIX.rows[0].cells), MATRIX.rows[1]] }),
    );
    page.fill('Reason for erasure', 'Right-to-erasure request');
    await page.click('Erase personal data for good');

    expect(sentRequest(page.fetch, 2).variables).toEqual({ staffMemberId: 'staff-1', reason: 'Right-to-erasure request' });
    expect(page.text('.notice')).toBe('The personal data of Sam Patel was erased.');
    expect(page.one('tr[data-staff-member-id="staff-1"]').classList).toContain('erased');
    expect(page.all('#erase-title')).toHaveLength(0);
  });

  it('lets readers see the matrix but not change it', async () => {
    const page = await PageHarness.open(URL, AUDITOR_USER, answer());

    expect(page.all('form')).toHaveLength(0);
    expect(page.all('td.erase')).toHaveLength(0);
    expect(page.all('td.gap').length).toBeGreaterThan(0);
  });

  it('passes asOf and disables every form while showing a past state', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer());
    queueAnswers(answer({ totalRows: 0, offset: 0, limit: 50, competencies: [], rows: [] }));

    const asAt = page.field('As at');
    asAt.value = '2025-12-31T23:59';
    asAt.dispatchEvent(new Event('change'));
    await page.settle();

    expect(sentRequest(page.fetch, 2).variables).toEqual({ asOf: new Date('2025-12-31T23:59').toISOString(), ...FIRST_PAGE });
    expect(page.text('[role=status]')).toContain('Showing the register as at 31 December 2025');
    expect(Object.values(page.changesDisabled())).toEqual([true, true, true, true, true]);
    expect(page.text('tbody')).toBe('No people are registered yet.');
  });

  it('pages through the people and keeps the page count in words', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer({ ...MATRIX, totalRows: 120 }));

    expect(sentRequest(page.fetch, 1).variables).toEqual({ asOf: null, ...FIRST_PAGE });
    expect(page.text('nav[aria-label="People pages"] .range')).toBe('People 1–2 of 120');
    expect(page.one<HTMLButtonElement>('nav[aria-label="People pages"] button:first-of-type').disabled).toBe(true);

    queueAnswers(answer({ ...MATRIX, totalRows: 120, offset: 50 }));
    await page.click('Next page of people');
    expect(sentRequest(page.fetch, 2).variables).toEqual({ asOf: null, ...FIRST_PAGE, offset: 50 });
    expect(page.text('nav[aria-label="People pages"] .range')).toBe('People 51–52 of 120');

    queueAnswers(answer({ ...MATRIX, totalRows: 120 }));
    await page.click('Previous page of people');
    expect(sentRequest(page.fetch, 3).variables).toEqual({ asOf: null, ...FIRST_PAGE });
  });

  it('narrows the matrix with the filter bar, from the first page', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer({ ...MATRIX, totalRows: 120 }));
    expect([...page.field('Filter by department').options].map((o) => o.textContent?.trim())).toEqual([
      'All departments',
      'Finance',
      'Procurement',
    ]);

    queueAnswers(answer({ ...MATRIX, totalRows: 120, offset: 50 }));
    await page.click('Next page of people');
    queueAnswers(answer());
    page.fill('Filter by department', 'Finance');
    await page.settle();
    expect(sentRequest(page.fetch, 3).variables).toEqual({ asOf: null, ...FIRST_PAGE, department: 'Finance' });

    queueAnswers(answer());
    page.fill('Filter by competency category', 'Ethics');
    await page.settle();
    expect(sentRequest(page.fetch, 4).variables).toEqual({
      asOf: null,
      ...FIRST_PAGE,
      department: 'Finance',
      competencyCategory: 'Ethics',
    });
  });
});
