import type { Locator, Page } from 'playwright-core';

import { Journey, startJourney } from './support/journey';
import { formByLegend } from './support/forms';

const MEMBERS = [
  { name: 'Ann Lee', email: 'ann.lee@example.gov.uk', jobTitle: 'Head of Finance' },
  { name: 'Bob Khan', email: 'bob.khan@example.gov.uk', jobTitle: 'Legal Counsel' },
  { name: 'Dev Rao', email: 'dev.rao@example.gov.uk', jobTitle: 'Audit Manager' },
];

// One governance journey on the real API with an empty store (DEMO_DATA=false), as the ADMIN,
// who may do everything: each step starts where the previous one ended.
describe('governance pages against the real API', () => {
  let journey: Journey;
  let page: Page;

  const main = () => page.getByRole('main');
  const form = (legend: string): Promise<Locator> => formByLegend(page, legend);
  const notice = () => page.locator('p.notice[role=status]');
  const step = (gateway: string) => page.locator(`.track .step[data-gateway=${gateway}]`);
  const heatCell = (likelihood: number, impact: number) => page.locator(`td[data-likelihood="${likelihood}"][data-impact="${impact}"]`);

  beforeAll(async () => {
    journey = await startJourney();
    ({ page } = journey);
  }, 120_000);

  afterAll(() => journey?.close());

  it('signs the admin in and registers three staff members for the committee', async () => {
    await journey.signIn();

    await journey.openFromNavigation('Skills matrix');
    for (const member of MEMBERS) {
      const register = await form('Register a staff member');
      await register.getByLabel('Full name').fill(member.name);
      await register.getByLabel('Email address').fill(member.email);
      await register.getByLabel('Job title').fill(member.jobTitle);
      await register.getByLabel('Department').fill('Governance');
      await register.getByRole('button', { name: 'Register staff member' }).click();
      await notice().getByText(`${member.name} was registered.`).waitFor();
    }
  });

  describe('Gateway decisions', () => {
    it('registers a £250k procurement, which must pass G2 and G3 under the default policy', async () => {
      await journey.openFromNavigation('Gateway decisions');
      await main().getByText('No procurements are registered.').waitFor();
      expect(await page.locator('section[aria-labelledby=policy-title]').textContent()).toContain('No policy has been adopted yet');

      const register = await form('Register a procurement');
      await register.getByLabel('Title').fill('Highways maintenance 2026-2030');
      await register.getByLabel('Estimated value (£)').fill('250000');
      await register.getByLabel('Risk level').selectOption({ label: 'Medium' });
      await register.getByRole('button', { name: 'Register procurement' }).click();

      await notice()
        .getByText('“Highways maintenance 2026-2030” was registered: it must pass G2 Procurement strategy, G3 Award.')
        .waitFor();
      const row = page.getByRole('row', { name: /Highways maintenance/ });
      expect(await row.textContent()).toContain('£250,000');
      expect(await row.locator('.outstanding .gateway').allTextContents()).toEqual(['G2 Procurement strategy', 'G3 Award']);
      expect(await page.locator('[data-fact=quorum]').textContent()).toBe('3 members decide together');
      await journey.screenshot('gateway');
    });

    it('opens the procurement: both gateways not requested yet', async () => {
      await page.getByRole('link', { name: 'Highways maintenance 2026-2030' }).click();
      await page.getByRole('heading', { level: 1, name: 'Highways maintenance 2026-2030' }).waitFor();

      expect(new URL(page.url()).pathname).toMatch(/^\/gateway\/[\w-]+$/);
      expect(await step('G2_PROCUREMENT_STRATEGY').locator('.tag').textContent()).toBe('Not requested');
      expect(await step('G3_AWARD').locator('.tag').textContent()).toBe('Not requested');
    });

    it('refuses G3 before G2 (RULE_VIOLATION), then requests G2 and the track shows it awaiting a decision', async () => {
      const request = await form('Request a gateway review');
      await request.getByLabel('Gateway').selectOption({ label: 'G3 Award' });
      await request.getByLabel('Summary for the committee').fill('Award to the most advantageous tender.');
      await request.getByRole('button', { name: 'Request review' }).click();

      const alert = request.locator('[role=alert][data-code=RULE_VIOLATION]');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(
        'The award gateway (G3) cannot be reviewed before the procurement strategy gateway (G2) is approved',
      );
      expect(await alert.textContent()).not.toContain('(RULE_VIOLATION)');

      await request.getByLabel('Gateway').selectOption({ label: 'G2 Procurement strategy' });
      await request.getByLabel('Summary for the committee').fill('Open procedure in four lots, 60:40 quality to price.');
      await request.getByRole('button', { name: 'Request review' }).click();

      await notice().getByText('A G2 Procurement strategy review was requested.').waitFor();
      expect(await step('G2_PROCUREMENT_STRATEGY').locator('.tag').textContent()).toBe('Awaiting decision');
    });

    it('records an APPROVED decision by the three members and the track moves on', async () => {
      const decision = await form('Record a decision');
      await decision.getByLabel('Outcome').selectOption({ label: 'Approved' });
      await decision.getByLabel('Rationale').fill('A sound strategy with a realistic timetable.');
      for (const member of MEMBERS) {
        await decision.getByLabel(member.name, { exact: true }).check();
      }
      await decision.getByRole('button', { name: 'Record decision' }).click();

      await notice().getByText('G2 Procurement strategy was decided: Approved.').waitFor();
      expect(await step('G2_PROCUREMENT_STRATEGY').locator('.tag').textContent()).toBe('Approved');
      expect(await step('G3_AWARD').locator('.tag').textContent()).toBe('Not requested');
      const review = page.locator('article[data-review-id]').first();
      expect((await review.locator('[data-fact=decided-by]').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
        'Ann Lee, Bob Khan, Dev Rao',
      );
      expect(await review.textContent()).toContain('Recorded by');
      expect(await (await form('Request a gateway review')).getByLabel('Gateway').inputValue()).toBe('G3_AWARD');
      await journey.screenshot('procurement');
    });
  });

  describe('Lessons learned', () => {
    it('records a lesson for the procurement and assigns an action from it', async () => {
      await journey.openFromNavigation('Lessons learned');
      await main().getByText('No lesson is recorded yet.').waitFor();

      const record = await form('Record a lesson');
      await record.getByLabel('Title').fill('Engage the market earlier');
      await record.getByLabel('What happened').fill('Two of the four lots drew a single bid.');
      await record.getByLabel('Effect (optional)').fill('Less competition on price in two lots.');
      await record.getByLabel('Causes (optional)').fill('Suppliers heard of the tender late.');
      await record.getByLabel('Early warning indicators (optional)').fill('Few expressions of interest.');
      await record.getByLabel('Recommendation').fill('Hold market engagement six months before the notice.');
      await record.getByLabel('Priority').selectOption({ label: 'High' });
      await record.getByLabel('Procurement (optional)').selectOption({ label: 'Highways maintenance 2026-2030' });
      await record.getByLabel('Gateway (optional)').selectOption({ label: 'G2 Procurement strategy' });
      await record.getByRole('button', { name: 'Record lesson' }).click();
      await notice().getByText('“Engage the market earlier” was recorded in the lessons log.').waitFor();

      const entry = page.locator('article[data-lesson-id]').first();
      expect(await entry.locator('h3').textContent()).toContain('High priority');
      expect(await entry.textContent()).toContain('about Highways maintenance 2026-2030');
      expect(await entry.textContent()).toContain('at G2 Procurement strategy');

      const assign = await form('Assign an action');
      await assign.getByLabel('Action').fill('Add a market engagement step to the procurement plan template.');
      await assign.getByLabel('Owner').selectOption({ label: 'Ann Lee – Head of Finance' });
      await assign.getByLabel('Due date').fill('2030-06-30');
      await assign.getByLabel('What it changes').selectOption({ label: 'Template' });
      await assign.getByLabel('Reference (optional)').fill('Procurement plan v4');
      await assign.getByRole('button', { name: 'Assign action' }).click();
      await notice().getByText('An action was assigned from “Engage the market earlier”.').waitFor();

      const cells = await entry.locator('tr[data-action-id]').locator('th, td').allTextContents();
      expect(cells.slice(0, 5).map((cell) => cell.replace(/\s+/g, ' ').trim())).toEqual([
        'Add a market engagement step to the procurement plan template.',
        'Ann Lee',
        '30 Jun 2030',
        'Template: Procurement plan v4',
        'Open',
      ]);
      await journey.screenshot('lessons');
    });

    it('shows the lesson against the procurement on its gateway page', async () => {
      await journey.openFromNavigation('Gateway decisions');
      await page.getByRole('link', { name: 'Highways maintenance 2026-2030' }).click();
      const lessons = page.locator('section[aria-labelledby=lessons-title]');
      await lessons.getByText('Engage the market earlier').waitFor();
    });
  });

  describe('Strategic risks', () => {
    it('identifies a risk and the heat map counts it at 3 × 4', async () => {
      await journey.openFromNavigation('Strategic risks');
      await main().getByText('No risk is on the register.').waitFor();
      expect(await heatCell(3, 4).getAttribute('data-count')).toBe('0');

      const identify = await form('Identify a risk');
      await identify.getByLabel('Title').fill('Key contractor insolvency');
      await identify.getByLabel('Category').selectOption({ label: 'Supply chain and contractor failure' });
      await identify.getByLabel('Owner (optional)').fill('Director of Place');
      await identify.getByLabel('Likelihood', { exact: true }).selectOption({ label: '3 – Possible' });
      await identify.getByLabel('Impact', { exact: true }).selectOption({ label: '4 – Major' });
      await identify.getByLabel('Inherent likelihood').selectOption({ label: '4 – Likely' });
      await identify.getByLabel('Inherent impact').selectOption({ label: '5 – Severe' });
      await identify.getByLabel('Controls (optional)').fill('Quarterly credit checks\nParent company guarantee');
      await identify.getByRole('button', { name: 'Identify risk' }).click();

      await notice().getByText('“Key contractor insolvency” was added to the register with a score of 12.').waitFor();
      expect(await heatCell(3, 4).getAttribute('data-count')).toBe('1');
      expect(await heatCell(3, 4).getAttribute('data-band')).toBe('high');
      const row = page.getByRole('row', { name: /Key contractor insolvency/ });
      expect((await row.textContent())?.replace(/\s+/g, ' ')).toContain('3 × 4 = 12 High');
    });

    it('reviews the risk down to 2 × 4: the history grows and the heat map cell moves', async () => {
      await page.getByRole('button', { name: 'Key contractor insolvency' }).click();
      const review = await form('Review this risk');
      await review.getByLabel('Likelihood now').selectOption({ label: '2 – Unlikely' });
      await review.getByLabel('Review notes').fill('A second contractor is now on the framework.');
      await review.getByRole('button', { name: 'Record review' }).click();

      await notice().getByText('“Key contractor insolvency” was reviewed: its score is now 8.').waitFor();
      expect(await heatCell(3, 4).getAttribute('data-count')).toBe('0');
      expect(await heatCell(2, 4).getAttribute('data-count')).toBe('1');
      expect(await heatCell(2, 4).getAttribute('data-band')).toBe('medium');
      const history = page.locator('section[aria-labelledby=risk-title] tbody tr');
      expect(await history.count()).toBe(2);
      expect(await page.locator('section[aria-labelledby=risk-title] svg').getAttribute('aria-label')).toBe('Score over time: 12, 8');
      await journey.screenshot('risks');
    });

    it('shows the register as at a past instant with the forms disabled', async () => {
      await page.getByLabel('As at').fill('2020-01-01T09:00');

      await page.getByText('Showing the register as at 1 January 2020 at 09:00.').waitFor();
      await main().getByText('No risk is on the register.').waitFor();
      expect(await heatCell(2, 4).getAttribute('data-count')).toBe('0');
      expect(await (await form('Identify a risk')).getByRole('button', { name: 'Identify risk' }).isDisabled()).toBe(true);
      await journey.screenshot('risks-as-at');

      await page.getByRole('button', { name: 'Back to live data' }).click();
      await page.getByRole('row', { name: /Key contractor insolvency/ }).waitFor();
    });
  });
});
