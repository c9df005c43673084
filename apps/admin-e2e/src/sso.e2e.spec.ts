import { join } from 'node:path';
import type { Page } from 'playwright-core';

import { axeViolations } from './support/axe';
import { Journey, startJourney } from './support/journey';
import { freePort } from './support/product';

// The shared test provider lives in tools/testing (no Nx project: module boundaries forbid a static import of it).
type OidcTestProvider = typeof import('../../../tools/testing/oidc-test-provider');
const { startTestProvider }: OidcTestProvider = require(join(__dirname, '../../../tools/testing/oidc-test-provider'));
type RunningTestProvider = Awaited<ReturnType<OidcTestProvider['startTestProvider']>>;

// Single sign-on in the browser (issue 15, ADR 0033), against a real OpenID provider (oidc-provider,
// run by tools/testing/oidc-test-provider.ts): the administrator maps a provider group to Auditor on
// the Settings page; Rita clicks "Sign in with Example Council", signs in on the provider's own page
// and lands signed in with an auditor's navigation; My account tells her the provider manages her
// password. At 1366 (1280) and 390 px, with axe on the pages.
describe('single sign-on in the browser', () => {
  let provider: RunningTestProvider;
  let journey: Journey;
  let page: Page;

  const navigation = () => page.getByRole('navigation', { name: 'Main' });
  const axeClean = async (where: string) => {
    expect({ where, violations: await axeViolations(page) }).toEqual({
      where,
      violations: [],
    });
  };

  /** From the ledger's sign-in page through the provider's and back, as Rita. */
  const signInThroughProvider = async () => {
    await page.goto('/login');
    const button = page.getByRole('link', {
      name: 'Sign in with Example Council',
    });
    await button.waitFor();
    await axeClean(`login page at ${page.viewportSize()?.width} px`);
    await button.click();
    // The provider's own sign-in form (its development interaction), unless it still remembers Rita.
    const login = page.locator('input[name="login"]');
    const welcome = page.getByRole('heading', { name: 'Welcome, Rita Risk' });
    await Promise.race([login.waitFor(), welcome.waitFor()]);
    if (await login.isVisible()) {
      await login.fill('rita');
      await page.locator('input[name="password"]').fill('any password');
      await page.getByRole('button', { name: 'Sign-in' }).click();
    }
    await welcome.waitFor();
  };

  beforeAll(async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    provider = await startTestProvider({
      clientId: 'governance-ledger',
      clientSecret: 'a-client-secret-only-the-journey-knows',
      redirectUris: [`${url}/api/auth/oidc/callback`],
      postLogoutRedirectUris: [`${url}/login`],
      accounts: {
        rita: {
          email: 'rita.risk@example.gov.uk',
          email_verified: true,
          name: 'Rita Risk',
          groups: ['ledger-audit'],
        },
      },
    });
    journey = await startJourney({
      port,
      env: {
        PUBLIC_URL: url,
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: 'governance-ledger',
        OIDC_CLIENT_SECRET: 'a-client-secret-only-the-journey-knows',
        OIDC_PROVIDER_NAME: 'Example Council',
      },
    });
    ({ page } = journey);
  }, 150_000);

  afterAll(async () => {
    await journey?.close();
    await provider?.stop();
  });

  it('lets the administrator map a provider group to a role on the Settings page', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await journey.signIn();
    await journey.openFromNavigation('Settings');
    const panel = page.getByRole('region', { name: 'Sign-in' });
    await panel.getByText('On: people sign in with Example Council').waitFor();
    await panel.getByRole('textbox', { name: 'Provider group' }).fill('ledger-audit');
    await panel.getByRole('checkbox', { name: 'Auditor' }).check();
    await panel.getByRole('button', { name: 'Save mapping' }).click();
    await panel.getByRole('status').filter({ hasText: 'Mapping saved.' }).waitFor();
    expect(await panel.getByRole('row', { name: /ledger-audit/ }).textContent()).toContain('Auditor');
    await axeClean('settings at 1366 px');
    await journey.screenshot('sso-settings-1366');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Governance Ledger' }).waitFor();
  });

  it('signs Rita in through the provider at 1366 px, with an auditor’s navigation', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await signInThroughProvider();
    expect(new URL(page.url()).hash).toBe('');
    await navigation().getByRole('link', { name: 'Audit', exact: true }).waitFor();
    expect(await navigation().getByRole('link', { name: 'Users', exact: true }).count()).toBe(0);
    await axeClean('home after single sign-on at 1366 px');
    await journey.screenshot('sso-home-1366');
  });

  it('signs out at the ledger and the provider, then signs in again at 390 px', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Sign out' }).click();
    // The provider asks to confirm signing out there too, then sends the browser back to the sign-in page.
    const confirm = page.getByRole('button', { name: /Yes, sign me out/i });
    const ledgerLogin = page.getByRole('link', {
      name: 'Sign in with Example Council',
    });
    await Promise.race([confirm.waitFor(), ledgerLogin.waitFor()]);
    if (await confirm.isVisible()) await confirm.click();
    await ledgerLogin.waitFor();

    await signInThroughProvider();
    const menu = navigation().getByRole('button', {
      name: 'Menu',
      exact: true,
    });
    if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
    await navigation().getByRole('link', { name: 'Audit', exact: true }).waitFor();
    await axeClean('home after single sign-on at 390 px');
    await journey.screenshot('sso-home-390');
  });

  it('tells Rita on My account that Example Council manages her password, and offers her no password form', async () => {
    // Still at 390 px, signed in through the provider: her account has no password in the ledger.
    expect(await page.locator('header a[href="/account/password"]').count()).toBe(0);
    await page.getByRole('link', { name: 'My account', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    const main = page.getByRole('main');
    await main.getByText('You sign in with Example Council; your password is managed there.').waitFor();
    expect(await main.getByRole('link', { name: 'Change my password' }).count()).toBe(0);
    await axeClean('my account after single sign-on at 390 px');
    await journey.screenshot('sso-account-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await axeClean('my account after single sign-on at 1280 px');
    await journey.screenshot('sso-account-1280');

    // Its address typed in: the same sentence, no form.
    await page.goto('/account/password');
    await page.getByRole('heading', { level: 1, name: 'Change my password' }).waitFor();
    await main.getByText('You sign in with Example Council; your password is managed there.').waitFor();
    expect(await main.locator('input[type=password]').count()).toBe(0);
  });
});
