import type { Locator, Page } from 'playwright-core';

import { axeViolations } from './support/axe';
import { Journey, startJourney } from './support/journey';

/** The demo data set's password for its users (libs/demo). */
const DEMO_PASSWORD = 'demo-ledger-2026';
const HEX64 = /^[0-9a-f]{64}$/;

// The audit journey on the real API with the demo data loaded (DEMO_DATA=true), as the
// bootstrapped ADMIN, then as a member of staff; each step starts where the previous one ended.
describe('audit page against the real API', () => {
  let journey: Journey;
  let page: Page;
  /** Every GraphQL answer that carried errors, to prove the page made no failing request. */
  let failedAnswers: string[];

  const form = (legend: string): Locator => page.getByRole('group', { name: legend, exact: true });
  const section = (title: string): Locator => page.getByRole('region', { name: title, exact: true });
  const rows = (title: string) => section(title).locator('table.events tbody tr[data-position]');
  const count = async (register: string, what: string) => (await page.locator(`[data-register=${register}] [data-count=${what}]`).textContent())?.trim();

  beforeAll(async () => {
    journey = await startJourney({ demoData: true, watchGraphql: true });
    ({ page, failedGraphqlAnswers: failedAnswers } = journey);
  }, 120_000);

  afterAll(() => journey?.close());

  it('signs the admin in and opens Audit, which is no longer a placeholder', async () => {
    await journey.signIn();
    expect(await page.getByRole('main').textContent()).not.toContain('arrives with the audit release');

    await journey.openFromNavigation('Audit');

    expect(await page.getByRole('main').textContent()).not.toContain('Arrives with');
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Verify the record',
      'Decision history',
      'Timelines',
      'All registers as at',
    ]);
  });

  it('verifies the record: the demo’s chain is intact', async () => {
    await page.getByRole('button', { name: 'Verify the record' }).click();

    const intact = page.locator('[data-verified=intact]');
    await intact.waitFor();
    expect(await intact.textContent()).toMatch(/^\s*\d+ events checked, the chain is intact\./);
    const checked = Number((await intact.textContent())?.trim().split(' ')[0]);
    expect(checked).toBeGreaterThan(100);
    expect(await page.locator('[data-verified=broken]').count()).toBe(0);
  });

  it('filters the history to procurements, ten a page, and loads more from the cursor', async () => {
    const filter = form('Filter the history');
    await filter.getByLabel('Context').selectOption({ label: 'Procurements (procurement-)' });
    await filter.getByLabel('Events per page').selectOption({ label: '10' });
    await filter.getByRole('button', { name: 'Show events' }).click();

    const history = rows('Decision history');
    await section('Decision history').getByText('10 events shown; there may be more.').waitFor();
    expect(await section('Decision history').locator('caption').textContent()).toContain('Decision history: Procurements');
    expect(await history.count()).toBe(10);

    const more = page.waitForRequest((request) => request.url().endsWith('/graphql') && request.postData()?.includes('"from":"') === true);
    await section('Decision history').getByRole('button', { name: 'Load more' }).click();
    const sent = JSON.parse((await more).postData() ?? '{}');
    expect(sent.variables).toMatchObject({ streamPrefix: 'procurement-', limit: 10 });

    await section('Decision history')
      .getByText(/\d+ events shown, to the end of the log\./)
      .waitFor();
    const total = await history.count();
    expect(total).toBeGreaterThan(10);
    // The cursor is the position of the next matching event: the eleventh row.
    expect(sent.variables.from).toBe(await history.nth(10).getAttribute('data-position'));
    const streams = await history.locator('td.subject .stream').allTextContents();
    expect(streams.every((stream) => /^procurement-[\w-]+@\d+$/.test(stream.trim()))).toBe(true);
    const positions = await history.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-position'))));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(total);
    expect(await section('Decision history').getByRole('button', { name: 'Load more' }).count()).toBe(0);
  });

  it('opens a gateway decision’s details: its data, correlation, causation, schema version and hashes', async () => {
    const decision = rows('Decision history').filter({ hasText: 'GatewayDecisionRecorded' }).first();
    await decision.getByRole('button', { name: 'GatewayDecisionRecorded' }).click();

    const detail = section('Decision history').locator('.event-detail');
    await detail.waitFor();
    expect(await detail.getByRole('heading', { level: 3 }).textContent()).toMatch(/^Event \d+: GatewayDecisionRecorded$/);
    const data = JSON.parse((await detail.locator('pre[data-fact=data]').textContent()) ?? '{}');
    expect(data).toMatchObject({ gateway: expect.any(String), outcome: expect.any(String), rationale: expect.any(String) });
    expect((await detail.locator('[data-fact=hash]').textContent())?.trim()).toMatch(HEX64);
    expect((await detail.locator('[data-fact=prev-hash]').textContent())?.trim()).toMatch(HEX64);
    expect((await detail.locator('[data-fact=correlation]').textContent())?.trim()).toMatch(/^[\w-]{8,}$/);
    expect((await detail.locator('[data-fact=causation]').textContent())?.trim()).toMatch(/^[\w-]{8,}$/);
    expect((await detail.locator('[data-fact=schema]').textContent())?.trim()).toMatch(/^\d+$/);
    expect(await decision.getAttribute('class')).toContain('selected');
  });

  it('reads the history newest first, by names, filtered by a type picked from the list, at 1366 and 390 px', async () => {
    const filter = form('Filter the history');
    await filter.getByLabel('Context').selectOption({ label: 'Every context' });
    await filter.locator('summary').click();
    await filter.getByLabel('GatewayDecisionRecorded', { exact: true }).check();
    await filter.getByLabel('Newest first').check();
    await filter.getByRole('button', { name: 'Show events' }).click();

    await section('Decision history').locator('caption').getByText('Decision history: type GatewayDecisionRecorded; newest first').waitFor();
    const history = rows('Decision history');
    await history.first().waitFor();
    expect(new Set((await history.locator('th button').allTextContents()).map((type) => type.trim()))).toEqual(new Set(['GatewayDecisionRecorded']));
    const positions = await history.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-position'))));
    expect(positions).toEqual([...positions].sort((a, b) => b - a));
    // Who acted, by name: no user id in the actor column.
    const actors = await history.locator('td:nth-child(5) > span:first-child').allTextContents();
    expect(actors.length).toBe(positions.length);
    actors.forEach((actor) => expect(actor.trim()).not.toMatch(/^$|^[0-9a-f]{8}-[0-9a-f]{4}-|^—$/));
    // Each event in a sentence beside its raw data.
    expect((await history.first().locator('[data-sentence]').textContent())?.trim()).toMatch(/^.+ recorded “.+” at the .+ gateway \(G\d\) for .+\.$/);

    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: width > 1000 ? 900 : 844 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('follows an event’s subject to its procurement page and comes back', async () => {
    const link = rows('Decision history').first().locator('td.subject a');
    const title = (await link.textContent())?.trim() ?? '';
    expect(title).not.toBe('');
    await link.click();

    await page.waitForURL(/\/gateway\/[\w-]+/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Decision history' }).waitFor();
  });

  it('shows a person’s timeline in the same kind of table', async () => {
    const lookup = form('Timeline of a person');
    await lookup.getByLabel('Person').selectOption({ label: 'Sam Osei – Procurement Officer' });
    await lookup.getByRole('button', { name: 'Show timeline' }).click();

    const timeline = section('Timelines');
    await timeline.locator('caption').getByText('Timeline of Sam Osei – Procurement Officer').waitFor();
    await timeline.getByText(/\d+ events? shown/).waitFor();
    const types = await rows('Timelines').locator('th button').allTextContents();
    expect(types.map((type) => type.trim())).toContain('StaffMemberRegistered');
    expect(types[0].trim()).toBe('StaffMemberRegistered');
  });

  it('shows every register as at now, summed up', async () => {
    await form('All registers as at').getByRole('button', { name: 'Show' }).click();

    await page.locator('.as-of-line').waitFor();
    expect(Number(await count('gateway', 'procurements'))).toBeGreaterThan(0);
    expect(Number(await count('gateway', 'decisions'))).toBeGreaterThan(0);
    expect(await count('gateway', 'by-outcome')).toContain('Approved');
    expect(Number(await count('skills-matrix', 'people'))).toBeGreaterThan(0);
    expect(Number(await count('establishment', 'posts'))).toBeGreaterThan(0);
    expect(Number(await count('lessons', 'lessons'))).toBeGreaterThan(0);
    expect(await page.locator('[data-register=risks] li').count()).toBe(3);
    expect(Number(await count('heat-map', 'placed'))).toBe(Number(await count('risks', 'risks')));
    // The instant shown is in the address, and the register's link carries it (ADR 0028).
    expect(await page.locator('[data-register=establishment] a').getAttribute('href')).toMatch(/^\/workforce\/establishment\?asAt=\d{4}-\d\d-\d\dT/);
    // The whole page: verification, history with an event open, a timeline and the registers now.
    await journey.screenshot('audit');
  });

  it('shows every register as at 1 January 2020: empty, before the demo was recorded', async () => {
    const asAt = form('All registers as at');
    await asAt.getByLabel('As at').fill('2020-01-01T09:00');
    await asAt.getByRole('button', { name: 'Show' }).click();

    await page.getByText('Every register as at 1 January 2020 at 09:00').waitFor();
    expect(await count('establishment', 'posts')).toBe('0');
    expect(await count('skills-matrix', 'people')).toBe('0');
    expect(await count('training-register', 'records')).toBe('0');
    expect(await count('gateway', 'procurements')).toBe('0');
    expect(await count('lessons', 'lessons')).toBe('0');
    expect(await count('risks', 'risks')).toBe('0');
    expect(await count('heat-map', 'placed')).toBe('0');
    await journey.screenshot('audit-as-at-2020');
  });

  it('made no failing request as the admin', () => {
    expect(failedAnswers).toEqual([]);
  });

  it('tells a member of staff, who has no Audit link, that the page is for auditors and administrators, without asking the API', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await journey.signIn({ email: 'officer@demo.ledger.example', password: DEMO_PASSWORD, name: 'Sam Osei (procurement officer)' });

    // Role-aware navigation offers staff no Audit link; the address still reaches the page.
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit', exact: true }).count()).toBe(0);
    await page.goto('/audit');
    await page.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();

    expect(await page.getByRole('note').textContent()).toContain('This page is for auditors and administrators');
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
    expect(failedAnswers).toEqual([]);
  });
});
