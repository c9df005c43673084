import type { Page } from 'playwright-core';

import { Journey, startJourney } from './support/journey';
import { RunningProduct } from './support/product';

// One journey through the real product; each step starts where the previous one ended.
describe('admin shell against the real API', () => {
  let journey: Journey;
  let product: RunningProduct;
  let page: Page;

  const path = () => new URL(page.url()).pathname;
  const storedToken = () => page.evaluate(() => sessionStorage.getItem('governance-ledger.token'));

  beforeAll(async () => {
    journey = await startJourney({ ukPage: false });
    ({ product, page } = journey);
  }, 120_000);

  afterAll(() => journey?.close());

  it('sends an anonymous visitor from / to the login page', async () => {
    await page.goto('/');

    await page.waitForURL('**/login');
    await page.getByLabel('Email address').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Governance Ledger');
  });

  it('refuses a wrong password and shows the API’s message', async () => {
    await page.getByLabel('Email address').fill(product.adminEmail);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Sign-in failed\s*\S+/);
    expect(path()).toBe('/login');
    expect(await storedToken()).toBeNull();
  });

  it('signs the admin in and shows the shell with their name and role', async () => {
    await page.getByLabel('Email address').fill(product.adminEmail);
    await page.getByLabel('Password').fill(product.adminPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('heading', { name: 'Welcome, Administrator' }).waitFor();
    expect(path()).toBe('/');
    const banner = page.getByRole('banner');
    expect(await banner.textContent()).toContain('Governance Ledger');
    expect(await banner.textContent()).toContain('Administrator');
    expect(await banner.locator('[data-role]').evaluateAll((items) => items.map((i) => i.getAttribute('data-role')))).toContain('ADMIN');
    expect(await banner.getByRole('list', { name: 'Your roles' }).textContent()).toContain('Admin');
    expect(await storedToken()).toBeTruthy();

    await journey.screenshot('admin-shell');
  });

  it('opens the annual review from the side navigation', async () => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Annual review' }).click();

    await page.getByRole('heading', { name: 'Annual review' }).waitFor();
    expect(path()).toBe('/annual-review');
    await page.getByRole('heading', { level: 2, name: /^Maturity assessment/ }).waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain('Arrives with');
    expect(await nav.locator('[aria-current=page]').textContent()).toBe('Annual review');
  });

  it('keeps the session across a reload of a deep link (SPA fallback and me query)', async () => {
    await page.reload();

    await page.getByRole('heading', { name: 'Annual review' }).waitFor();
    expect(path()).toBe('/annual-review');
    expect(await page.getByRole('banner').textContent()).toContain('Administrator');
  });

  it('signs out back to the login page and forgets the token', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();

    await page.waitForURL('**/login');
    await page.getByLabel('Email address').waitFor();
    expect(await storedToken()).toBeNull();

    await page.goto('/');
    await page.waitForURL('**/login');
  });

  it('ends a session whose token the API no longer accepts', async () => {
    await page.evaluate(() => sessionStorage.setItem('governance-ledger.token', 'expired.or.forged'));

    await page.goto('/audit');

    await page.waitForURL('**/login');
    expect(await page.getByRole('status').textContent()).toContain('Your session has ended');
    expect(await storedToken()).toBeNull();
  });
});
