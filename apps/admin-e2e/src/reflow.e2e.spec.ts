import type { Page } from 'playwright-core';

import { axeViolations } from './support/axe';
import { Journey, Someone, startJourney } from './support/journey';

const DEMO_ADMIN: Someone = {
  email: 'admin@demo.ledger.example',
  password: 'demo-ledger-2026',
  name: 'Demo Administrator',
};

/** The phone widths every page must fit (WCAG 2.2, 1.4.10 reflow: 320 CSS px). */
const WIDTHS = [390, 320];

/** Where the screenshots of this journey go, to be looked at. */
const SCREENSHOT = (name: string) => `/tmp/as-at-${name}.png`;

// The demo's admin at phone widths on every page of the navigation, then an auditor's walk "as at"
// one instant: the instant lives in the address, follows every link and survives a reload.
describe('reflow and the "as at" instant against the real API', () => {
  let journey: Journey;
  let page: Page;
  let pages: string[] = [];

  const navigation = () => page.getByRole('navigation', { name: 'Main' });
  const main = () => page.getByRole('main');
  const asAtInAddress = () => new URL(page.url()).searchParams.get('asAt');

  /** Follows a link of the main navigation as a user would, unfolding it behind "Menu" on a narrow screen. */
  async function follow(link: string): Promise<void> {
    const menu = navigation().getByRole('button', {
      name: 'Menu',
      exact: true,
    });
    if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') {
      await menu.click();
    }
    await navigation().getByRole('link', { name: link, exact: true }).click();
    await page.waitForFunction((name) => document.querySelector('nav [aria-current=page]')?.textContent?.trim() === name, link);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle').catch(() => undefined);
    // The page's own requests (its register) have answered: nothing says it is still loading.
    await page.waitForFunction(() => !document.querySelector('main [aria-busy=true]')).catch(() => undefined);
  }

  beforeAll(async () => {
    journey = await startJourney({ demoData: true, watchGraphql: true });
    page = journey.page;
    await page.setViewportSize({ width: 1366, height: 900 });
    await journey.signIn(DEMO_ADMIN);
    pages = (await navigation().getByRole('link').allTextContents()).map((text) => text.trim());
  }, 180_000);

  afterAll(() => journey?.close());

  it('lists the pages the admin can use', () => {
    expect(pages).toEqual(expect.arrayContaining(['Home', 'Establishment', 'Skills matrix', 'Gateway decisions', 'Audit']));
  });

  for (const width of WIDTHS) {
    it(`fits every page at ${width} px: no sideways page scroll, the navigation folded behind "Menu"`, async () => {
      await page.setViewportSize({ width, height: 844 });
      const overflowing: string[] = [];
      for (const [index, link] of pages.entries()) {
        await follow(link);
        expect(await navigation().locator('#main-menu').isVisible()).toBe(false);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        if (scrollWidth > innerWidth) {
          overflowing.push(`${link}: ${scrollWidth} > ${innerWidth} (${await widestElements(page)})`);
        }
        await page.screenshot({
          path: SCREENSHOT(`${width}-${index}`),
          fullPage: true,
        });
      }
      expect(overflowing).toEqual([]);
    }, 240_000);

    it(
      `has no axe violation on any page at ${width} px`,
      async () => {
        await page.setViewportSize({ width, height: 844 });
        const found: string[] = [];
        for (const link of pages) {
          await follow(link);
          found.push(...(await axeViolations(page)).map((violation) => `${link}: ${violation}`));
        }
        expect(found).toEqual([]);
      },
      240_000,
    );
  }

  it('keeps the skills matrix in its own box: the header row and the name column stay in view', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await follow('Skills matrix');
    const box = page.getByRole('region', { name: /The skills matrix/ });
    await box.waitFor();
    await page.screenshot({ path: SCREENSHOT('skills-matrix-1366'), fullPage: true });
    expect(await widestElements(page)).toBe('');
    await box.evaluate((element) => element.scrollTo(element.scrollWidth, element.scrollHeight));
    const stuck = await stuckPositions(page);
    expect(stuck.scrolled).toBe(true);
    // The header row sits at the top of the box and the names at its left edge, however far it scrolled.
    expect(Math.abs(stuck.headerFromTop)).toBeLessThanOrEqual(2);
    expect(Math.abs(stuck.nameFromLeft)).toBeLessThanOrEqual(2);
    await page.screenshot({
      path: SCREENSHOT('skills-matrix-scrolled'),
      fullPage: true,
    });
  });

  it('carries the instant picked on one page through the others and a reload, until "Back to live data"', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await follow('Strategic risks');
    const picked = sixMonthsAgoAtNoon();
    await main().getByLabel('As at').fill(picked.input);
    await page.waitForURL((url) => url.searchParams.has('asAt'));
    const instant = asAtInAddress();
    expect(inLondon(instant ?? '')).toBe(picked.input.replace('T', ' '));
    await expectAsAt(picked.reads);

    for (const link of ['Gateway decisions', 'Skills matrix']) {
      await follow(link);
      expect(asAtInAddress()).toBe(instant);
      await expectAsAt(picked.reads);
    }
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Skills matrix' }).waitFor();
    expect(asAtInAddress()).toBe(instant);
    await expectAsAt(picked.reads);
    await page.screenshot({
      path: SCREENSHOT('skills-matrix-as-at-390'),
      fullPage: true,
    });

    // The auditor's page reads all registers as at the same instant.
    await follow('Audit');
    expect(asAtInAddress()).toBe(instant);
    await main().getByText('Every register as at').waitFor();

    await follow('Establishment');
    await main().getByRole('button', { name: 'Back to live data' }).click();
    await page.waitForURL((url) => !url.searchParams.has('asAt'));
    await main().locator('.as-of-banner').waitFor({ state: 'detached' });
    expect(await main().getByLabel('As at').inputValue()).toBe('');
    await follow('Lessons learned');
    expect(asAtInAddress()).toBeNull();
    expect(await main().locator('.as-of-banner').count()).toBe(0);
    expect(journey.failedGraphqlAnswers).toEqual([]);
  }, 120_000);

  it('ignores an address whose instant is not one, says so, and shows live data', async () => {
    await page.goto('/risks?asAt=last-tuesday');
    await main().getByText('which is not a date and time, so live data is shown').waitFor();
    expect(await main().locator('.as-of-banner').count()).toBe(0);
    await main().getByRole('button', { name: 'Back to live data' }).click();
    await page.waitForURL((url) => !url.searchParams.has('asAt'));
    await page.screenshot({ path: SCREENSHOT('bad-instant'), fullPage: true });
  });

  /** The register says it shows the past, as at the instant picked. */
  async function expectAsAt(reads: string): Promise<void> {
    const banner = main().locator('.as-of-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(`as at ${reads}`);
  }
});

/** Noon, six months ago, UK time: as the "As at" input takes it and as the page writes it. */
function sixMonthsAgoAtNoon(): { input: string; reads: string } {
  const day = new Date();
  day.setMonth(day.getMonth() - 6);
  const date = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
  }).format(day);
  const reads = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
  return { input: `${date}T12:00`, reads: `${reads} at 12:00` };
}

/** An instant as a UK wall clock reads it: "2026-05-30 12:00". */
function inLondon(iso: string): string {
  const parts = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' } as const;
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/London', ...parts }).format(new Date(iso));
}

/** Where the matrix's header row and name column are within its scrolled box. */
function stuckPositions(page: Page): Promise<{ scrolled: boolean; headerFromTop: number; nameFromLeft: number }> {
  return page.evaluate(() => {
    const box = document.querySelector('.matrix-scroll') as HTMLElement;
    const frame = box.getBoundingClientRect();
    const header = document.querySelector('table.matrix thead')?.getBoundingClientRect();
    const rows = document.querySelectorAll('table.matrix tbody th');
    const name = rows[rows.length - 1]?.getBoundingClientRect();
    return {
      scrolled: box.scrollTop > 0 && box.scrollLeft > 0,
      headerFromTop: Math.round((header?.top ?? -99) - frame.top - box.clientTop),
      nameFromLeft: Math.round((name?.left ?? -99) - frame.left - box.clientLeft),
    };
  });
}

/** The elements that reach past the window's right edge, for the failure message. */
function widestElements(page: Page): Promise<string> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    return Array.from(document.querySelectorAll('body *'))
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .filter((element) => !element.parentElement?.closest('.table-scroll, [role=region]'))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}${element.className ? '.' + String(element.className).split(' ').join('.') : ''}`)
      .join(', ');
  });
}
