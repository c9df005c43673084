import { mkdirSync } from 'node:fs';

import type { Browser, Page } from 'playwright-core';

import { launchChromium, openUkPage } from './chromium';
import { ProductOptions, RunningProduct, startProduct } from './product';
import { fromRoot } from './workspace';

const SCREENSHOTS = fromRoot('tmp/screenshots');

export interface JourneyOptions extends ProductOptions {
  /**
   * Open the page as a UK reader sees it (openUkPage: en-GB, Europe/London). Default true;
   * false gives a plain 1280×800 page with Chromium's own locale and time zone.
   */
  ukPage?: boolean;
  /** Record every GraphQL answer that carried errors in `failedGraphqlAnswers`. */
  watchGraphql?: boolean;
}

export interface Someone {
  email: string;
  password: string;
  /** As the home page greets them: "Welcome, {name}". */
  name: string;
}

export interface Journey {
  readonly product: RunningProduct;
  readonly browser: Browser;
  readonly page: Page;
  /** Every GraphQL answer that carried errors (only filled with `watchGraphql`). */
  readonly failedGraphqlAnswers: string[];
  /** Signs in from /login (as the bootstrapped admin unless told otherwise) and waits for the welcome. */
  signIn(as?: Someone): Promise<void>;
  /** Follows the link `title` in the main navigation (unfolded on a narrow screen) and waits for the page's heading `title`. */
  openFromNavigation(title: string): Promise<void>;
  /** A full-page screenshot to tmp/screenshots/{name}.png. */
  screenshot(name: string): Promise<Buffer>;
  /** What the page did that the content security policy forbade (Chromium reports each on the console). */
  readonly cspViolations: string[];
  /** Closes the browser, then stops the product; fails if the page broke the content security policy. */
  close(): Promise<void>;
}

/**
 * Starts the built product, launches Chromium and opens one page on it: the set-up every
 * journey spec shares. Call it in beforeAll and `close()` in afterAll.
 */
export async function startJourney(options: JourneyOptions = {}): Promise<Journey> {
  const { ukPage = true, watchGraphql = false, ...productOptions } = options;
  const product = await startProduct(productOptions);
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await product.stop();
  };

  let page: Page;
  try {
    browser = await launchChromium();
    page = ukPage
      ? await openUkPage(browser, product.url)
      : await browser.newPage({ baseURL: product.url, viewport: { width: 1280, height: 800 } });
  } catch (error) {
    await close();
    throw error;
  }

  // The product's CSP must let its own UI run whole: a blocked script, style or handler fails the journey.
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });

  const failedGraphqlAnswers: string[] = [];
  if (watchGraphql) {
    page.on('response', async (response) => {
      if (new URL(response.url()).pathname !== '/graphql') {
        return;
      }
      const body = await response.json().catch(() => null);
      if (!response.ok() || body?.errors) {
        failedGraphqlAnswers.push(`${response.status()} ${JSON.stringify(body?.errors ?? body)}`);
      }
    });
  }

  const admin: Someone = { email: product.adminEmail, password: product.adminPassword, name: 'Administrator' };

  return {
    product,
    browser,
    page,
    failedGraphqlAnswers,
    cspViolations,
    async signIn({ email, password, name } = admin) {
      await page.goto('/login');
      await page.getByLabel('Email address').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: `Welcome, ${name}` }).waitFor();
    },
    async openFromNavigation(title) {
      const navigation = page.getByRole('navigation', { name: 'Main' });
      // On a narrow screen the navigation is folded behind its "Menu" button.
      const menu = navigation.getByRole('button', { name: 'Menu', exact: true });
      if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') {
        await menu.click();
      }
      await navigation.getByRole('link', { name: title, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
    },
    screenshot(name) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      return page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
    },
    async close() {
      await close();
      if (cspViolations.length > 0) throw new Error(`The page broke the content security policy:\n${cspViolations.join('\n')}`);
    },
  };
}
