import type { Page } from 'playwright-core';

import { axeViolations } from './support/axe';
import { Journey, Someone, startJourney } from './support/journey';

const DEMO_PASSWORD = 'demo-ledger-2026';
const HR_LEAD: Someone = {
  email: 'hr.lead@demo.ledger.example',
  password: DEMO_PASSWORD,
  name: 'Harriet Reid (HR lead)',
};
const STAFF: Someone = {
  email: 'officer@demo.ledger.example',
  password: DEMO_PASSWORD,
  name: 'Sam Osei (procurement officer)',
};

/** Desktop and phone (WCAG 2.2 reflow is checked down to 320 px in reflow.e2e.spec.ts). */
const WIDTHS = [1366, 390] as const;

/** Screenshots to look at after a run. */
const SCREENSHOT = (name: string) => `/tmp/ui-registers-${name}.png`;

// The skills matrix as the demo's HR lead uses it (the API's largest-gap order, the gap legend,
// filters, the forms behind their buttons), and the navigation a member of staff sees, at desktop and phone widths.
describe('the skills matrix and role-aware navigation against the real API', () => {
  let journey: Journey;
  let page: Page;

  const navigation = () => page.getByRole('navigation', { name: 'Main' });
  const main = () => page.getByRole('main');
  const matrixRows = () => main().locator('table.matrix tbody tr[data-staff-member-id]');

  /** The navigation's links, unfolded behind "Menu" on a narrow screen. */
  async function navigationLinks(): Promise<string[]> {
    const menu = navigation().getByRole('button', {
      name: 'Menu',
      exact: true,
    });
    if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') {
      await menu.click();
    }
    const links = (await navigation().getByRole('link').allTextContents()).map((text) => text.trim());
    if (await menu.isVisible()) {
      await menu.click();
    }
    return links;
  }

  async function pageOverflow(): Promise<number> {
    return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }

  async function expectNoAxeViolation(): Promise<void> {
    expect(await axeViolations(page)).toEqual([]);
  }

  beforeAll(async () => {
    journey = await startJourney({ demoData: true, watchGraphql: true });
    page = journey.page;
  }, 180_000);

  afterAll(() => journey?.close());

  describe('an HR lead on the skills matrix', () => {
    beforeAll(async () => {
      await page.setViewportSize({ width: 1366, height: 900 });
      await journey.signIn(HR_LEAD);
    }, 180_000);

    it('sees the workforce pages and nothing of the gateway, risks, contracts or audit', async () => {
      expect(await navigationLinks()).toEqual([
        'Home',
        'Establishment',
        'Skills matrix',
        'Training register',
        'Lessons learned',
        'Annual review',
      ]);
    });

    for (const width of WIDTHS) {
      it(`sorts by the largest total gap, marks gaps in words beside the shading, and fits ${width} px`, async () => {
        await page.setViewportSize({ width, height: width > 400 ? 900 : 844 });
        await journey.openFromNavigation('Skills matrix');
        await matrixRows().first().waitFor();

        // The legend says what the shading means; each shaded cell says its gap in words too.
        expect(await main().getByRole('list', { name: 'How to read the matrix' }).textContent()).toContain('Gap n');
        const shaded = main().locator('td.cell.gap');
        expect(await shaded.count()).toBeGreaterThan(0);
        expect(await shaded.first().locator('.gap-text').textContent()).toMatch(/▼ ?Gap [1-4]/);

        // The API orders everyone by gap before paging: page 1 then starts with a gap at least as large as any on page 1 by name.
        const totalsShown = async () =>
          (await main().locator('table.matrix tbody td.total').allTextContents()).map((text) => Number(text.trim()));
        const order = main().getByLabel('Order the people by');
        const orderedBy = (value: string) =>
          Promise.all([
            page.waitForResponse((response) => (response.request().postData() ?? '').includes(`"orderBy":"${value}"`)),
            order.selectOption(value),
          ]);
        // The page stays open between widths: start again from the name order.
        if ((await order.inputValue()) !== 'NAME') {
          await orderedBy('NAME');
          await page.evaluate(() => new Promise((rendered) => requestAnimationFrame(rendered)));
        }
        const byName = await totalsShown();
        await orderedBy('LARGEST_GAP');
        await page.waitForFunction(() => {
          const shown = Array.from(document.querySelectorAll('table.matrix tbody td.total')).map((td) => Number(td.textContent?.trim()));
          return shown.length > 1 && shown.every((total, i) => i === 0 || shown[i - 1] >= total);
        });
        const totals = await totalsShown();
        expect(totals).toEqual([...totals].sort((a, b) => b - a));
        expect(totals[0]).toBeGreaterThanOrEqual(Math.max(...byName));
        expect(await main().getByRole('navigation', { name: 'People pages' }).textContent()).toContain('People 1–');

        // The forms wait behind their buttons: none is open under the matrix.
        expect(
          await main()
            .getByRole('group', {
              name: 'Register a staff member',
              exact: true,
            })
            .count(),
        ).toBe(0);
        expect(await pageOverflow()).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: SCREENSHOT(`matrix-${width}`),
          fullPage: true,
        });
        await main()
          .getByRole('region', { name: /The skills matrix/ })
          .screenshot({ path: SCREENSHOT(`matrix-box-${width}`) });
        await expectNoAxeViolation();
      }, 120_000);

      it(`filters by department and opens a form from its button at ${width} px`, async () => {
        await page.setViewportSize({ width, height: width > 400 ? 900 : 844 });
        const department = main().getByLabel('Filter by department');
        const options = (await department.locator('option').allTextContents())
          .map((text) => text.trim())
          .filter((o) => o !== 'All departments');
        expect(options.length).toBeGreaterThan(0);
        await department.selectOption({ label: options[0] });
        await page.waitForFunction(
          (wanted) =>
            Array.from(document.querySelectorAll('table.matrix tbody .person .job')).every((job) =>
              job.textContent?.trim().endsWith(`, ${wanted}`),
            ),
          options[0],
        );
        expect(await matrixRows().count()).toBeGreaterThan(0);

        await main().locator('.record-changes').getByRole('button', { name: 'Assess a staff member', exact: true }).click();
        const assess = main().getByRole('group', {
          name: 'Assess a staff member',
          exact: true,
        });
        await assess.waitFor();
        // Focus moved into the panel that opened.
        expect(await page.evaluate(() => !!document.activeElement?.closest('.change-panel'))).toBe(true);
        expect(await pageOverflow()).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: SCREENSHOT(`matrix-form-${width}`),
          fullPage: true,
        });
        await expectNoAxeViolation();

        await main()
          .locator('.change-panel')
          .getByRole('button', { name: /^Close/ })
          .click();
        // The panel goes and focus returns to the button that opened it (both after Angular's next
        // render: on a loaded machine that can come after click() resolves).
        await assess.waitFor({ state: 'detached' });
        expect(await assess.count()).toBe(0);
        await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Assess a staff member');
        await department.selectOption({ label: 'All departments' });
      }, 120_000);
    }

    it('made no failing request', () => {
      expect(journey.failedGraphqlAnswers).toEqual([]);
    });
  });

  describe('a member of staff', () => {
    beforeAll(async () => {
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL('**/login');
      await journey.signIn(STAFF);
    }, 180_000);

    for (const width of WIDTHS) {
      it(`sees only their training and the lessons log, and is told plainly about a page they cannot use, at ${width} px`, async () => {
        await page.setViewportSize({ width, height: width > 400 ? 900 : 844 });
        await page.goto('/');
        await page.getByRole('heading', { name: `Welcome, ${STAFF.name}` }).waitFor();
        expect(await navigationLinks()).toEqual(['Home', 'Training register', 'Lessons learned']);
        await expectNoAxeViolation();

        await journey.openFromNavigation('Training register');
        await main().getByRole('table').first().waitFor();
        expect(await pageOverflow()).toBeLessThanOrEqual(0);
        await expectNoAxeViolation();

        // A link someone shared: the page says who it is for instead of a page of refusals.
        await page.goto('/risks');
        await page.getByRole('heading', { level: 1, name: 'Strategic risks' }).waitFor();
        const note = main().getByRole('note');
        expect(await note.textContent()).toContain('You do not have access to this page.');
        expect(await note.textContent()).toContain('Your role is Staff.');
        await page.screenshot({
          path: SCREENSHOT(`no-access-${width}`),
          fullPage: true,
        });
        expect(await pageOverflow()).toBeLessThanOrEqual(0);
        await expectNoAxeViolation();
      }, 120_000);
    }

    it('made no failing request', () => {
      expect(journey.failedGraphqlAnswers).toEqual([]);
    });
  });
});
