import type { Locator, Page } from 'playwright-core';

import { Journey, startJourney } from './support/journey';
import { formByLegend } from './support/forms';

// One journey through the workforce pages on the real API with an empty store (DEMO_DATA=false):
// each step starts where the previous one ended.
describe('workforce pages against the real API', () => {
  let journey: Journey;
  let page: Page;

  const main = () => page.getByRole('main');
  const form = (legend: string): Promise<Locator> => formByLegend(page, legend);
  const total = (key: string) => page.locator(`[data-total=${key}] dd`);
  const notice = () => page.locator('p.notice[role=status]');

  beforeAll(async () => {
    journey = await startJourney();
    ({ page } = journey);
  }, 120_000);

  afterAll(() => journey?.close());

  it('signs the admin in', async () => {
    await journey.signIn();
  });

  describe('Establishment', () => {
    it('starts empty and proposes a post', async () => {
      await journey.openFromNavigation('Establishment');
      await main().getByText('No posts are recorded.').waitFor();
      expect(await total('proposed').textContent()).toBe('0');

      const propose = await form('Propose a post');
      await propose.getByLabel('Title').fill('Contracts Manager');
      await propose.getByLabel('FTE').fill('1');
      await propose.getByLabel('Target year').fill('2026');
      await propose.getByLabel('Justification').fill('Contract volumes have doubled since 2023.');
      await propose.getByRole('button', { name: 'Propose post' }).click();

      await notice().getByText('“Contracts Manager” was proposed.').waitFor();
      const row = page.getByRole('row', { name: /Contracts Manager/ });
      expect(await row.getByText('Proposed', { exact: true }).count()).toBe(1);
      expect(await total('proposed').textContent()).toBe('1');
      expect(await total('approved').textContent()).toBe('0');
    });

    it('approves the post with a reason, and the totals move', async () => {
      await page.getByRole('button', { name: 'Approve Contracts Manager' }).click();
      await page
        .getByRole('form', { name: 'Approve “Contracts Manager”' })
        .getByLabel('Reason for approval')
        .fill('Funded from the 2026 budget; approval to recruit given.');
      await page.getByRole('button', { name: 'Approve post' }).click();

      await notice().getByText('“Contracts Manager” was approved.').waitFor();
      const row = page.getByRole('row', { name: /Contracts Manager/ });
      expect(await row.getByText('Approved', { exact: true }).count()).toBe(1);
      expect(await row.textContent()).toContain('Funded from the 2026 budget');
      expect(await total('proposed').textContent()).toBe('0');
      expect(await total('approved').textContent()).toBe('1');
      expect(await total('vacant').textContent()).toBe('1');
      const actions = await row.getByRole('button').allTextContents();
      expect(actions.map((name) => name.replace(/\s+/g, ' ').trim())).toEqual(['Fill Contracts Manager', 'Withdraw Contracts Manager']);

      await journey.screenshot('establishment');
    });

    it('says someone changed the post when it was decided elsewhere since the page loaded (CONFLICT)', async () => {
      const propose = await form('Propose a post');
      await propose.getByLabel('Title').fill('Procurement Officer');
      await propose.getByLabel('FTE').fill('0.5');
      await propose.getByLabel('Justification').fill('Second officer for the tender pipeline.');
      await propose.getByRole('button', { name: 'Propose post' }).click();
      await notice().getByText('“Procurement Officer” was proposed.').waitFor();

      await page.getByRole('button', { name: 'Approve Procurement Officer' }).click();
      // A colleague rejects the post through the API while this page still shows it as proposed.
      const postId = await page.getByRole('row', { name: /Procurement Officer/ }).getAttribute('data-post-id');
      const rejected = await page.evaluate(async (id) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sessionStorage.getItem('governance-ledger.token')}` },
          body: JSON.stringify({
            query: 'mutation($input: DecidePostInput!) { decidePost(input: $input) { status } }',
            variables: { input: { postId: id, approve: false, reason: 'No budget this year', expectedRevision: 1 } },
          }),
        });
        return response.json();
      }, postId);
      expect(rejected).toEqual({ data: { decidePost: { status: 'REJECTED' } } });

      const approve = page.getByRole('form', { name: 'Approve “Procurement Officer”' });
      await approve.getByLabel('Reason for approval').fill('Funded');
      await approve.getByRole('button', { name: 'Approve post' }).click();

      const alert = approve.locator('[role=alert][data-code=CONFLICT]');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Someone changed this post since the page loaded');
      await alert.getByRole('button', { name: 'Reload' }).click();

      const row = page.getByRole('row', { name: /Procurement Officer/ });
      await row.getByText('Rejected', { exact: true }).waitFor();
      expect(await row.textContent()).toContain('No budget this year');
      expect(await page.getByRole('form', { name: /Approve/ }).count()).toBe(0);
      expect(await total('approved').textContent()).toBe('1');
    });

    it('shows the establishment as at a past instant, with the form disabled, and back to live', async () => {
      await page.getByLabel('As at').fill('2020-01-01T09:00');

      await page.getByText('Showing the register as at 1 January 2020 at 09:00.').waitFor();
      await main().getByText('No posts are recorded.').waitFor();
      expect(await (await form('Propose a post')).getByRole('button', { name: 'Propose post' }).isDisabled()).toBe(true);
      await journey.screenshot('establishment-as-at');

      await page.getByRole('button', { name: 'Back to live data' }).click();
      await page.getByRole('row', { name: /Contracts Manager/ }).waitFor();
      expect(await page.getByText('Showing the register as at').count()).toBe(0);
      expect(await page.getByLabel('As at').inputValue()).toBe('');
    });
  });

  describe('Skills matrix', () => {
    it('registers a person and defines a competency', async () => {
      await journey.openFromNavigation('Skills matrix');
      await main().getByText('No people are registered yet.').waitFor();

      const register = await form('Register a staff member');
      await register.getByLabel('Full name').fill('Sam Patel');
      await register.getByLabel('Email address').fill('sam.patel@example.gov.uk');
      await register.getByLabel('Job title').fill('Procurement Officer');
      await register.getByLabel('Department').fill('Procurement');
      await register.getByRole('button', { name: 'Register staff member' }).click();
      await notice().getByText('Sam Patel was registered.').waitFor();

      const define = await form('Define a competency');
      await define.getByLabel('Name').fill('Contract management');
      await define.getByLabel('Category').fill('Contracting');
      const descriptors = ['No knowledge', 'Aware of the contract procedure rules', 'Foundation', 'Practitioner', 'Expert'];
      for (const [level, text] of descriptors.entries()) {
        await define.getByLabel(`Level ${level}`).fill(text);
      }
      await define.getByRole('button', { name: 'Define competency' }).click();
      await notice().getByText('“Contract management” was defined.').waitFor();

      expect(await page.locator('th[scope=colgroup]').allTextContents()).toEqual(['Contracting']);
      expect(await page.locator('th.competency').allTextContents()).toEqual(['Contract management']);
    });

    it('sets the requirement for the job, assesses the person and shows the gap in the cell', async () => {
      const requirement = await form('Set a requirement');
      await requirement.getByLabel('Job title').fill('Procurement Officer');
      await requirement.getByLabel('Competency').selectOption({ label: 'Contracting: Contract management' });
      await requirement.getByLabel('Required level').selectOption({ label: 'Level 3 (Practitioner)' });
      await requirement.getByRole('button', { name: 'Set requirement' }).click();
      await notice().getByText('The requirement for “Contract management” was set.').waitFor();

      const assess = await form('Assess a staff member');
      await assess.getByLabel('Person').selectOption({ label: 'Sam Patel – Procurement Officer' });
      await assess.getByLabel('Competency').selectOption({ label: 'Contracting: Contract management' });
      await assess.getByLabel('Assessed level').selectOption({ label: 'Level 1 (Aware of the contract procedure rules)' });
      await assess.getByLabel('Evidence').fill('Reviewed two call-off contracts with support.');
      await assess.getByRole('button', { name: 'Record assessment' }).click();
      await notice().getByText('The assessment was recorded.').waitFor();

      const cell = page.getByRole('button', { name: 'Sam Patel, Contract management: 1 / 3 Gap 2' });
      await cell.waitFor();
      expect(await cell.evaluate((button) => button.closest('td')?.classList.contains('gap'))).toBe(true);
      expect(await page.locator('tr', { hasText: 'Sam Patel' }).locator('td.total').textContent()).toBe('2');

      await cell.click();
      const history = page.getByRole('region', { name: 'Sam Patel – Contract management' });
      await history.waitFor();
      // The cell's history is fetched when the cell is opened: wait for it, not only for the panel.
      await history.getByText('Reviewed two call-off contracts with support.').waitFor();
      expect(await history.textContent()).toContain('Reviewed two call-off contracts with support.');
      expect(await history.textContent()).toContain('Level 1 (Aware of the contract procedure rules)');

      await journey.screenshot('skills-matrix');
    });

    it('erases a person’s personal data after a confirmation with a reason', async () => {
      const register = await form('Register a staff member');
      await register.getByLabel('Full name').fill('Alex Morgan');
      await register.getByLabel('Email address').fill('alex.morgan@example.gov.uk');
      await register.getByLabel('Job title').fill('Buyer');
      await register.getByLabel('Department').fill('Procurement');
      await register.getByRole('button', { name: 'Register staff member' }).click();
      await notice().getByText('Alex Morgan was registered.').waitFor();

      await page.getByRole('button', { name: 'Erase personal data of Alex Morgan' }).click();
      const confirm = page.getByRole('form', { name: 'Erase the personal data of Alex Morgan?' });
      await confirm.getByLabel('Reason for erasure').fill('Left the authority; right-to-erasure request.');
      await confirm.getByRole('button', { name: 'Erase personal data for good' }).click();

      await notice().getByText('The personal data of Alex Morgan was erased.').waitFor();
      const erased = page.locator('tr.erased');
      expect(await erased.locator('th .name').textContent()).toBe('Erased person');
      expect(await page.getByText('Alex Morgan', { exact: false }).count()).toBe(1); // only the notice
      expect(await page.locator('tbody th .name').allTextContents()).toEqual(['Sam Patel', 'Erased person']);

      await journey.screenshot('skills-matrix-erased');
    });
  });

  describe('Training register', () => {
    it('adds a course that raises the competency and plans it for the person', async () => {
      await journey.openFromNavigation('Training register');
      await main().getByText('No training is recorded yet.').waitFor();

      const add = await form('Add a course');
      await add.getByLabel('Title').fill('Contract Management Practitioner');
      await add.getByLabel('Provider').fill('Government Commercial College');
      await add.getByLabel('Contracting: Contract management').check();
      await add.getByLabel('Level a completion proves in Contract management').selectOption({ label: 'Raises to level 3' });
      await add.getByLabel('Validity in months').fill('24');
      await add.getByRole('button', { name: 'Add course' }).click();
      await notice().getByText('“Contract Management Practitioner” was added to the courses.').waitFor();

      const courses = page.getByRole('table', { name: 'Courses' });
      const courseRow = courses.getByRole('row', { name: /Contract Management Practitioner/ });
      expect(await courseRow.textContent()).toContain('Government Commercial College');
      expect(await courseRow.textContent()).toContain('Contract management (raises to level 3)');
      expect(await courseRow.textContent()).toContain('24 months');

      const plan = await form('Plan training');
      await plan.getByLabel('Person').selectOption({ label: 'Sam Patel – Procurement Officer' });
      await plan.getByLabel('Course').selectOption({ label: 'Contract Management Practitioner (Government Commercial College)' });
      await plan.getByLabel('Planned for').fill('2030-03-02');
      await plan.getByLabel('Reason').fill('Closes the contract management gap.');
      await plan.getByRole('button', { name: 'Plan training' }).click();
      await notice().getByText('“Contract Management Practitioner” was planned for Sam Patel.').waitFor();

      const records = page.getByRole('table', { name: 'Training records' });
      const row = records.getByRole('row', { name: /Sam Patel/ });
      const cells = await row.locator('th, td').allTextContents();
      expect(cells.slice(0, 6).map((c) => c.trim())).toEqual([
        'Sam Patel',
        'Contract Management Practitioner',
        'Planned',
        '2 Mar 2030',
        '—',
        '—',
      ]);
      const due = page.getByRole('region', { name: 'Due' });
      expect(await due.textContent()).toContain('Overdue plans (0)');

      await journey.screenshot('training-register');
    });
  });
});
