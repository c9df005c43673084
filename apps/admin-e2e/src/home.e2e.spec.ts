import type { Locator, Page } from 'playwright-core';

import { axeViolations } from './support/axe';
import { Journey, Someone, startJourney } from './support/journey';

const DEMO_PASSWORD = 'demo-ledger-2026';
const CONTRACT_MANAGER: Someone = {
  email: 'contract.manager@demo.ledger.example',
  password: DEMO_PASSWORD,
  name: 'Connor Mills (contract manager)',
};
const PROCUREMENT_LEAD: Someone = {
  email: 'procurement.lead@demo.ledger.example',
  password: DEMO_PASSWORD,
  name: 'Priya Lal (procurement lead)',
};
const COMMITTEE_MEMBER: Someone = {
  email: 'finance.director@demo.ledger.example',
  password: DEMO_PASSWORD,
  name: 'Frank Dale (finance, gateway committee)',
};
const HR_LEAD: Someone = {
  email: 'hr.lead@demo.ledger.example',
  password: DEMO_PASSWORD,
  name: 'Harriet Reid (HR lead)',
};
const ROLES_WITH_FIGURES = [
  [HR_LEAD, 'hr-lead'],
  [PROCUREMENT_LEAD, 'procurement-lead'],
  [CONTRACT_MANAGER, 'contract-manager'],
] as const;

// Issue 12: each role starts its day on the home page: the items it must act on (overdue ones
// say so in words), each linking to where the work is done, then its headline figures and charts.
// The demo data tells eighteen months, so every demo user has work waiting.
describe('the home page shows each role its work', () => {
  let journey: Journey;
  let page: Page;

  const yourWork = (): Locator =>
    page.locator('section', {
      has: page.getByRole('heading', { name: 'Your work', exact: true }),
    });
  const item = (kind: string): Locator => yourWork().locator('li', { hasText: kind });

  const screenshot = (name: string) => journey.screenshot(`home-${name}`);

  async function signInAs(someone: Someone): Promise<void> {
    await page.goto('/');
    await page.evaluate(() => sessionStorage.clear());
    await journey.signIn(someone);
    await yourWork().locator('li, p').first().waitFor();
  }

  beforeAll(async () => {
    journey = await startJourney({ demoData: true, watchGraphql: true });
    ({ page } = journey);
  });

  afterAll(async () => {
    await journey?.close();
  });

  it('shows the contract manager the KPI reports due and opens the contract from one', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await signInAs(CONTRACT_MANAGER);

    const kpi = item('KPI report due').first();
    await kpi.waitFor();
    expect(await kpi.textContent()).toMatch(/(Overdue: was due|Due) \d{1,2} [A-Z][a-z]+ \d{4}/);
    await page.getByRole('heading', { name: 'Social value at a glance' }).waitFor();

    await kpi.getByRole('link').click();
    await page.waitForURL(/\/contracts\/[^/]+$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(journey.failedGraphqlAnswers).toEqual([]);
  });

  it('shows the procurement lead an overdue risk review, the heat map and maturity, and opens the risk register', async () => {
    await signInAs(PROCUREMENT_LEAD);

    const review = item('Risk review overdue').first();
    await review.waitFor();
    expect(await review.textContent()).toContain('Overdue: was due');

    const figures = page.locator('gl-risk-figures');
    await figures.locator('figure svg').first().waitFor();
    expect(await figures.locator('figcaption').allTextContents()).toEqual([
      expect.stringContaining('Risk heat map'),
      expect.stringContaining('Maturity by area against target'),
    ]);
    await screenshot('procurement-lead-1366');

    await review.getByRole('link').click();
    await page.waitForURL(/\/risks$/);
    await page.getByRole('heading', { level: 1, name: 'Strategic risks' }).waitFor();
  });

  it('shows a committee member the bus franchising award awaiting decision and opens the procurement', async () => {
    await signInAs(COMMITTEE_MEMBER);

    const awaited = item('Review awaiting decision')
      .filter({ hasText: /bus franchising/i })
      .first();
    await awaited.waitFor();
    await awaited.getByRole('link').click();
    await page.waitForURL(/\/gateway\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: /bus franchising/i }).waitFor();
  });

  it('shows HR skills coverage and training completions as charts with a text alternative', async () => {
    await signInAs(HR_LEAD);

    const figures = page.locator('gl-workforce-figures');
    await figures.locator('figure svg').first().waitFor();
    expect(await figures.locator('figcaption').allTextContents()).toEqual([
      expect.stringContaining('Skills coverage by competency'),
      'Training completions by quarter',
    ]);
    // Each drawing is hidden from assistive technology; its figures follow as a table.
    expect(await figures.locator('figure table').count()).toBe(2);
    await screenshot('hr-lead-1366');
  });

  it('fits a 390 px phone with no sideways page scroll, for every role with figures', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [someone, shot] of ROLES_WITH_FIGURES) {
      await signInAs(someone);
      await page.locator("figure svg, h2:has-text('at a glance') + ul").first().waitFor();
      await screenshot(`${shot}-390`);
      expect({
        who: someone.email,
        wider: await widerThanThePage(page),
      }).toEqual({ who: someone.email, wider: [] });
    }
    expect(journey.failedGraphqlAnswers).toEqual([]);
  });

  it("has no axe violation on any role's home page at 1366 px and at 390 px", async () => {
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [someone] of [...ROLES_WITH_FIGURES, [COMMITTEE_MEMBER, 'committee'] as const]) {
        await signInAs(someone);
        await page.waitForLoadState('networkidle');
        expect({
          width,
          who: someone.email,
          violations: await axeViolations(page),
        }).toEqual({ width, who: someone.email, violations: [] });
      }
    }
  });
});

/** The elements reaching past the page's right edge ("tag.class: right edge"), the cause of sideways scrolling; none when it fits. */
function widerThanThePage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return Array.from(document.querySelectorAll<HTMLElement>('main *'))
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .slice(0, 8)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${Math.round(element.getBoundingClientRect().right)}`);
  });
}
