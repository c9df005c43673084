import type { Page } from 'playwright-core';

import { Journey, Someone, startJourney } from './support/journey';

/** Where the screenshots of this journey go, to be looked at: desktop and phone widths. */
const SCREENSHOT = (name: string) => `/tmp/users-ui-${name}.png`;

// An administrator creates an account, changes its roles and resets its password; its owner
// signs in with it and changes it (then must sign in again); the last administrator keeps ADMIN.
describe('users and passwords in the browser', () => {
  let journey: Journey;
  let page: Page;

  const newcomer: Someone = {
    email: 'nia.brown@example.gov.uk',
    password: 'first password 2026',
    name: 'Nia Brown',
  };
  const resetPassword = 'reset by the admin 2026';
  const ownPassword = 'chosen by Nia herself 2026';

  const main = () => page.getByRole('main');
  const rowOf = (name: string) =>
    main()
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name }) });
  const status = () => main().getByRole('status').filter({ hasText: /\S/ });
  /** The elements that reach past the window's right edge (none when the page reflows), outside scroll boxes. */
  const pageScrollsSideways = () =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return [];
      // A table may scroll inside its box; an absolutely placed element escapes the box's clipping.
      const clipped = (element: Element) => {
        const box = element.parentElement?.closest('.table-scroll');
        return !!box && (getComputedStyle(element).position !== 'absolute' || getComputedStyle(box).position !== 'static');
      };
      const culprits = Array.from(document.querySelectorAll('body *'))
        .filter((element) => element.getBoundingClientRect().right > width + 1 && !clipped(element))
        .map(
          (element) =>
            `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')} ${Math.round(element.getBoundingClientRect().right)}px`,
        );
      return culprits.length > 0 ? culprits.slice(0, 10) : [`the page is ${document.documentElement.scrollWidth}px wide`];
    });

  beforeAll(async () => {
    journey = await startJourney();
    ({ page } = journey);
  }, 120_000);

  afterAll(() => journey?.close());

  it('shows Users in the navigation of an administrator and lists the bootstrapped admin', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await journey.signIn();
    await journey.openFromNavigation('Users');

    const me = rowOf('Administrator (you)');
    await me.waitFor();
    expect(await me.textContent()).toContain('Admin');
    expect(await me.textContent()).toContain('Active');
  });

  it('creates a user with a first password and a role', async () => {
    await main().getByRole('button', { name: 'Create a user' }).click();
    const form = main().getByRole('form', { name: 'Create a user' });
    await form.getByLabel('Email address').fill(newcomer.email);
    await form.getByLabel('Name', { exact: true }).fill(newcomer.name);
    await form.getByLabel(/^HR lead/).check();
    await form.getByLabel('First password').fill(newcomer.password);
    await page.screenshot({ path: SCREENSHOT('create-1366'), fullPage: true });
    await form.getByRole('button', { name: 'Create user' }).click();

    await status()
      .filter({ hasText: `${newcomer.name} (${newcomer.email}) was created.` })
      .waitFor();
    expect(await rowOf(newcomer.name).textContent()).toContain('HR lead');
  });

  it('changes the new user’s roles', async () => {
    await rowOf(newcomer.name)
      .getByRole('button', { name: `Change roles for ${newcomer.name}` })
      .click();
    const form = main().getByRole('form', {
      name: `Change roles: ${newcomer.name}`,
    });
    expect(await form.getByLabel(/^HR lead/).isChecked()).toBe(true);
    await form.getByLabel(/^Auditor/).check();
    await form.getByRole('button', { name: 'Save roles' }).click();

    await status()
      .filter({ hasText: `${newcomer.name} was given new roles.` })
      .waitFor();
    const row = await rowOf(newcomer.name).textContent();
    expect(row).toContain('HR lead');
    expect(row).toContain('Auditor');
  });

  it('resets the new user’s password', async () => {
    await rowOf(newcomer.name)
      .getByRole('button', { name: `Reset password for ${newcomer.name}` })
      .click();
    const form = main().getByRole('form', {
      name: `Reset password: ${newcomer.name}`,
    });
    await form.getByLabel('New password').fill(resetPassword);
    await form.getByRole('button', { name: 'Set password' }).click();

    await status()
      .filter({ hasText: `${newcomer.name} was given a new password.` })
      .waitFor();
  });

  it('disables the new user and enables them again', async () => {
    await rowOf(newcomer.name)
      .getByRole('button', { name: `Disable for ${newcomer.name}` })
      .click();
    let form = main().getByRole('form', { name: `Disable: ${newcomer.name}` });
    await form.getByLabel('Reason').fill('Suspected phishing');
    await form.getByRole('button', { name: 'Disable user' }).click();
    await status()
      .filter({ hasText: `${newcomer.name} was disabled.` })
      .waitFor();
    expect(await rowOf(newcomer.name).textContent()).toContain('Disabled');

    await rowOf(newcomer.name)
      .getByRole('button', { name: `Enable for ${newcomer.name}` })
      .click();
    form = main().getByRole('form', { name: `Enable: ${newcomer.name}` });
    await form.getByLabel('Reason').fill('Phishing ruled out');
    await form.getByRole('button', { name: 'Enable user' }).click();
    await status()
      .filter({ hasText: `${newcomer.name} was enabled` })
      .waitFor();
    expect(await rowOf(newcomer.name).textContent()).toContain('Active');
  });

  it('refuses to take ADMIN from the last administrator, in a plain sentence', async () => {
    await rowOf('Administrator (you)').getByRole('button', { name: 'Change roles for Administrator' }).click();
    const form = main().getByRole('form', {
      name: 'Change roles: Administrator',
    });
    await form.getByLabel(/^Admin –/).uncheck();
    await form.getByLabel(/^Auditor/).check();
    await form.getByRole('button', { name: 'Save roles' }).click();

    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('This is the last active administrator');
    expect(await alert.textContent()).toContain('Make someone else an administrator first');
    expect(await rowOf('Administrator (you)').textContent()).toContain('Admin');
    await page.screenshot({
      path: SCREENSHOT('last-admin-1366'),
      fullPage: true,
    });
  });

  it('fits a phone’s width: no sideways scrolling of the page', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await rowOf('Administrator (you)').waitFor();

    expect(await pageScrollsSideways()).toEqual([]);
    await page.screenshot({ path: SCREENSHOT('list-390'), fullPage: true });

    await main().getByRole('button', { name: 'Create a user' }).click();
    await main().getByRole('form', { name: 'Create a user' }).waitFor();
    expect(await pageScrollsSideways()).toEqual([]);
    await page.screenshot({ path: SCREENSHOT('create-390'), fullPage: true });
  });

  it('lets the user sign in with the reset password; they see no Users page', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await journey.signIn({ ...newcomer, password: resetPassword });

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Audit', exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: 'Users', exact: true }).count()).toBe(0);
  });

  it('lets the user change their own password, then sends them to sign in again', async () => {
    await page.getByRole('link', { name: 'Change my password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change my password' }).waitFor();
    await page.screenshot({ path: SCREENSHOT('account-1366'), fullPage: true });

    await main().getByLabel('Current password').fill(resetPassword);
    await main().getByLabel('New password', { exact: true }).fill(ownPassword);
    await main().getByLabel('New password again').fill(ownPassword);
    await main().getByRole('button', { name: 'Change password' }).click();

    await page.waitForURL('**/login');
    expect(await page.getByRole('status').textContent()).toContain('Your password was changed');

    await journey.signIn({ ...newcomer, password: ownPassword });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/account/password');
    await page.getByRole('heading', { level: 1, name: 'Change my password' }).waitFor();
    expect(await pageScrollsSideways()).toEqual([]);
    await page.screenshot({ path: SCREENSHOT('account-390'), fullPage: true });
  });
});
