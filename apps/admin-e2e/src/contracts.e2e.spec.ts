import type { Locator, Page } from 'playwright-core';

import { graphqlAt, tokenAt } from './support/api';
import { axeViolations } from './support/axe';
import { Journey, Someone, startJourney } from './support/journey';

const ukToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
const YEAR = Number(ukToday().slice(0, 4));
const QUARTER = `${YEAR}-Q${Math.floor((Number(ukToday().slice(5, 7)) - 1) / 3) + 1}`;

const LEAD: Someone = {
  email: 'priya.lead@example.gov.uk',
  password: 'Lead-Password-2026!',
  name: 'Priya Lead',
};
const MANAGER: Someone = {
  email: 'jo.evans@example.gov.uk',
  password: 'Manager-Password-2026!',
  name: 'Jo Evans',
};
const COMMITTEE = ['Ama Mensah', 'Ben Hughes', 'Cat Doyle'];

/** axe-core's script, when the workspace has it (the one accessibility engine the journeys use). */

// The contracts journey on the real API with an empty store: the admin sets the stage through the
// API (people, users, a £300k procurement through G2 and G3), then a procurement lead awards,
// varies and approves in the UI, and a contract manager reports a KPI; last, a phone-width pass.
describe('contracts pages against the real API', () => {
  let journey: Journey;
  let page: Page;
  let procurementId: string;
  let contractPath: string;

  const form = (heading: string): Locator =>
    page.locator('form', {
      has: page.getByRole('heading', { name: heading, exact: true }),
    });
  const notice = () => page.locator('p.notice[role=status]');

  const api = <T = Record<string, any>>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    graphqlAt<T>(journey.product.url, token, query, variables);

  const tokenFor = (email: string, password: string) => tokenAt(journey.product.url, email, password);

  beforeAll(async () => {
    journey = await startJourney({ watchGraphql: true });
    ({ page } = journey);

    const admin = await tokenFor(journey.product.adminEmail, journey.product.adminPassword);
    const createUser =
      'mutation($email: String!, $name: String!, $password: String!, $roles: [Role!]!) { createUser(email: $email, displayName: $name, password: $password, roles: $roles) { id } }';
    await api(admin, createUser, {
      email: LEAD.email,
      name: LEAD.name,
      password: LEAD.password,
      roles: ['PROCUREMENT_LEAD'],
    });
    await api(admin, createUser, {
      email: MANAGER.email,
      name: MANAGER.name,
      password: MANAGER.password,
      roles: ['CONTRACT_MANAGER'],
    });

    const register = 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }';
    const committee: string[] = [];
    for (const name of COMMITTEE) {
      const email = `${name.split(' ')[0].toLowerCase()}@example.gov.uk`;
      const { registerStaffMember } = await api<{
        registerStaffMember: { id: string };
      }>(admin, register, {
        input: {
          displayName: name,
          email,
          jobTitle: 'Officer',
          department: 'Highways',
        },
      });
      committee.push(registerStaffMember.id);
    }
    // The contract manager is on the staff register under the email they sign in with.
    await api(admin, register, {
      input: {
        displayName: MANAGER.name,
        email: MANAGER.email,
        jobTitle: 'Contract Manager',
        department: 'Highways',
      },
    });

    const lead = await tokenFor(LEAD.email, LEAD.password);
    const { registerProcurement } = await api<{
      registerProcurement: { id: string };
    }>(lead, 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id } }', {
      input: {
        title: 'Highways maintenance',
        estimatedValue: 300_000,
        riskLevel: 'LOW',
        politicalInterest: false,
      },
    });
    procurementId = registerProcurement.id;
    for (const gateway of ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD']) {
      const { requestGatewayReview } = await api<{
        requestGatewayReview: { id: string };
      }>(lead, 'mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }', {
        input: { procurementId, gateway, summary: `${gateway} papers` },
      });
      await api(admin, 'mutation($input: RecordGatewayDecisionInput!) { recordGatewayDecision(input: $input) { id } }', {
        input: {
          reviewId: requestGatewayReview.id,
          outcome: 'APPROVED',
          conditions: [],
          rationale: 'Meets the criteria',
          committeeMemberIds: committee,
        },
      });
    }
  }, 180_000);

  afterEach(() => {
    // What the API refused during a step, to read beside a failure.
    if (journey?.failedGraphqlAnswers.length) console.log(journey.failedGraphqlAnswers.splice(0).join('\n'));
  });

  afterAll(() => journey?.close());

  it('lets the procurement lead award the contract from the procurement whose gateways passed', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await journey.signIn(LEAD);
    await page.goto(`/gateway/${procurementId}`);
    await page.getByRole('heading', { level: 1, name: 'Highways maintenance' }).waitFor();

    await page.getByRole('button', { name: 'Award contract' }).click();
    const award = form('Award the contract');
    await award.getByLabel('Supplier').fill('Acme Highways Ltd');
    await award.getByLabel('Awarded value (£)').fill('300000');
    await award.getByLabel('Start date').fill(`${YEAR}-01-01`);
    await award.getByLabel('End date').fill(`${YEAR + 2}-12-31`);
    await award.getByLabel('Extension months available').fill('24');
    await award.getByLabel('Social value weighting (%)').fill('10');
    await award.getByRole('button', { name: 'Award contract' }).click();

    await page.getByRole('heading', { level: 1, name: 'Highways maintenance' }).waitFor();
    await page.waitForURL(/\/contracts\/[\w-]+$/);
    contractPath = new URL(page.url()).pathname;
    expect(await page.locator('[data-fact=supplier]').textContent()).toBe('Acme Highways Ltd');
    expect(await page.locator('[data-fact=current-value]').textContent()).toBe('£300,000');
    expect(await page.locator('dl.facts').first().textContent()).toContain(`1 Jan ${YEAR} to 31 Dec ${YEAR + 2}`);
  });

  it('records a variation over the threshold, which waits for approval, then approves it and the current value rises', async () => {
    await page.getByRole('button', { name: 'Record a variation' }).click();
    const vary = form('Record a variation');
    await vary.getByLabel('Description').fill('Add the ring road');
    await vary.getByLabel('Change in value (£)').fill('40000');
    await vary.getByLabel('Reason').fill('A new estate was adopted');
    await vary.getByRole('button', { name: 'Record variation' }).click();

    await notice().getByText('waits for the procurement lead’s approval', { exact: false }).waitFor();
    expect(await page.locator('[data-cell=variation-state]').allTextContents()).toEqual(['Awaiting approval']);
    expect(await page.locator('[data-fact=current-value]').textContent()).toBe('£300,000');

    await page.getByRole('button', { name: 'Approve or reject “Add the ring road”' }).click();
    await form('Decide on “Add the ring road”').getByRole('button', { name: 'Approve variation' }).click();

    await notice().getByText('The variation “Add the ring road” is approved: the current value is £340,000.').waitFor();
    expect(await page.locator('[data-fact=current-value]').textContent()).toBe('£340,000');
    expect(await page.locator('[data-cell=variation-state]').allTextContents()).toEqual(['Approved']);
  });

  it('assigns the contract manager by name and adds a KPI', async () => {
    await page.getByRole('button', { name: 'Assign a manager' }).click();
    const assign = form('Assign a contract manager');
    await assign.getByLabel('Staff member').selectOption({ label: 'Jo Evans – Contract Manager' });
    await assign.getByRole('button', { name: 'Assign manager' }).click();
    await notice().getByText('The contract manager was assigned.').waitFor();
    expect(await page.locator('[data-fact=managers]').textContent()).toContain('Jo Evans');

    await page.getByRole('button', { name: 'Add a KPI' }).click();
    const add = form('Add a KPI');
    await add.getByLabel('Name').fill('Repairs on time');
    await add.getByLabel('Target').fill('95% within 24 hours');
    await add.getByRole('button', { name: 'Add KPI' }).click();
    await notice().getByText('The KPI was added.').waitFor();
    await journey.screenshot('contract');
  });

  it('lets the contract manager find the contract and report the KPI for this quarter', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await journey.signIn(MANAGER);
    await journey.openFromNavigation('Contracts');
    await journey.screenshot('contracts-register');

    const row = page.getByRole('row', { name: /Highways maintenance/ });
    expect(await row.textContent()).toContain('£340,000');
    await row.getByRole('link', { name: 'Highways maintenance' }).click();
    await page.getByRole('heading', { level: 1, name: 'Highways maintenance' }).waitFor();
    const actions = (await page.locator('[data-action]').allTextContents()).map((text) => text.trim());
    expect(actions).toEqual(['Report on a KPI', 'Record a saving or benefit']);

    await page.getByRole('button', { name: 'Report on a KPI' }).click();
    const report = form('Report on a KPI');
    await report.getByLabel('KPI').selectOption({ label: 'Repairs on time (target: 95% within 24 hours)' });
    expect(await report.getByLabel('Quarter').inputValue()).toBe(QUARTER);
    await report.getByLabel('Rating').selectOption({ label: 'Amber' });
    await report.getByLabel('Note').fill('Two repairs were late in the snow.');
    await report.getByRole('button', { name: 'Record report' }).click();

    await notice().getByText('The KPI report was recorded.').waitFor();
    expect(await page.locator('[data-cell=rating]').allTextContents()).toEqual(['Amber']);
  });

  it('fits a 390 px phone: no contracts page scrolls sideways (tables scroll in their own box)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [index, url] of [contractPath, '/contracts', '/social-value'].entries()) {
      await page.goto(url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('table').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ url, overflow }).toEqual({ url, overflow: 0 });
      await journey.screenshot(`contracts-390-${index}`);
    }
  });

  it('has no axe violation on any contracts page at 390 px', async () => {
    for (const url of [contractPath, '/contracts', '/social-value']) {
      await page.goto(url);
      await page.locator('table').first().waitFor();
      expect({ url, violations: await axeViolations(page) }).toEqual({ url, violations: [] });
    }
  });
});
