import { readFile } from 'node:fs/promises';

import type { Locator, Page } from 'playwright-core';

import { Journey, startJourney } from './support/journey';

const HEX64 = /^[0-9a-f]{64}$/;
const THIS_YEAR = new Date().getFullYear();

// The annual review on the real API with the demo data loaded (DEMO_DATA=true: last year's
// baseline of 1.8), as the bootstrapped ADMIN; each step starts where the previous one ended.
describe('annual review page against the real API', () => {
  let journey: Journey;
  let page: Page;
  /** Every GraphQL answer that carried errors, to prove the page made no failing request. */
  let failedAnswers: string[];

  const form = (legend: string): Locator => page.getByRole('group', { name: legend, exact: true });
  const yearPicker = () => page.getByLabel('Year', { exact: true });

  beforeAll(async () => {
    journey = await startJourney({ demoData: true, watchGraphql: true });
    ({ page, failedGraphqlAnswers: failedAnswers } = journey);
  }, 120_000);

  afterAll(() => journey?.close());

  it('signs the admin in and opens Annual review, which is no longer a placeholder', async () => {
    await journey.signIn();

    await journey.openFromNavigation('Annual review');
    await page.getByRole('heading', { level: 2, name: `Maturity assessment ${THIS_YEAR}` }).waitFor();

    expect(await page.getByRole('main').textContent()).not.toContain('Arrives with');
    expect(await yearPicker().inputValue()).toBe(String(THIS_YEAR));
  });

  it('picks last year and sees the baseline overall score of 1.8', async () => {
    await yearPicker().selectOption(String(THIS_YEAR - 1));

    await page.getByRole('heading', { level: 2, name: `Maturity assessment ${THIS_YEAR - 1}` }).waitFor();
    expect((await page.locator('[data-overall-score]').textContent())?.trim()).toBe('1.8');
    expect(await page.locator('table.maturity tbody tr[data-area]').count()).toBe(5);
    expect((await page.locator('tr[data-area="Developing talent"]').textContent())?.replace(/\s+/g, ' ')).toContain('Minimum (1)');
  });

  it('assesses one area for this year and sees it move up from last year', async () => {
    await yearPicker().selectOption(String(THIS_YEAR));
    await page.getByRole('heading', { level: 2, name: `Maturity assessment ${THIS_YEAR}` }).waitFor();

    const assess = form('Assess an area');
    await assess.getByLabel('Area').selectOption({ label: 'Developing talent' });
    await assess.getByLabel('Level', { exact: true }).selectOption({ label: 'Developing (2)' });
    await assess.getByLabel('Target (optional)').selectOption({ label: 'Mature (3)' });
    await assess.getByLabel('Evidence').fill('Skills matrix and training register in use');
    await assess.getByRole('button', { name: `Assess for ${THIS_YEAR}` }).click();

    await page.getByText(`“Developing talent” was assessed at Developing for ${THIS_YEAR}.`).waitFor();
    const row = page.locator('tr[data-area="Developing talent"]');
    expect((await row.locator('td.movement').textContent())?.replace(/\s+/g, ' ').trim()).toBe('↑ Up 1 (was Minimum (1))');
    expect((await page.locator('[data-overall-score]').textContent())?.trim()).toBe('2.0');
    expect((await page.locator('[data-overall]').textContent())?.replace(/\s+/g, ' ')).toContain('Up 0.2 from 1.8');
  });

  it('generates the strategy update pack and shows its sha256', async () => {
    await page.getByRole('button', { name: 'Generate the strategy update pack' }).click();

    const sha = page.locator('[data-sha256]');
    await sha.waitFor();
    expect((await sha.textContent())?.trim()).toMatch(HEX64);
    expect(await sha.evaluate((el) => getComputedStyle(el).fontFamily)).toContain('monospace');
    expect((await page.locator('pre.pack-markdown').textContent())?.startsWith('#')).toBe(true);
  });

  it('downloads the Markdown with the token, and it starts with a heading', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);

    const sha = (await page.locator('[data-sha256]').textContent())?.trim() ?? '';
    expect(download.suggestedFilename()).toContain('.md');
    const path = await download.path();
    const markdown = await readFile(path, 'utf8');
    expect(markdown).toMatch(/^# /);
    expect(markdown).toBe(await page.locator('pre.pack-markdown').textContent());
    expect(sha).toMatch(HEX64);
    expect(await page.getByRole('alert').count()).toBe(0);

    await journey.screenshot('annual-review');
    expect(failedAnswers).toEqual([]);
  });
});
