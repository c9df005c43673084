import type { Page } from 'playwright-core';

// The shared SMTP test server lives in tools/testing, beside the OpenID test provider; no Nx project owns it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { SmtpTestServer, startSmtpServer } from '../../../tools/testing/smtp-test-server';
import { graphqlAt, tokenAt } from './support/api';
import { axeViolations } from './support/axe';
import { Journey, Someone, startJourney } from './support/journey';

const WIDTHS = [1366, 390] as const;

// A member of staff keeps their own calendar link and email reminders on My account; the
// administrator checks on Settings that mail works, with a test message to a real SMTP server
// started here (smtp-server), read back with a real MIME parser (mailparser).
describe('my account and the settings page in the browser', () => {
  let smtp: SmtpTestServer;
  let journey: Journey;
  let page: Page;
  let calendarUrl = '';

  const staff: Someone = { email: 'sam.patel@example.gov.uk', password: 'sam’s own password 2026', name: 'Sam Patel' };
  const main = () => page.getByRole('main');
  const status = () => main().getByRole('status').filter({ hasText: /\S/ });
  /** Elements that reach past the window's right edge: none when the page reflows. */
  const pageScrollsSideways = () =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return Array.from(document.querySelectorAll('body *'))
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .map((element) => `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')}`)
        .slice(0, 10);
    });
  /** At each width: no axe violation, nothing off the side, a screenshot to look at. */
  const checkAtBothWidths = async (name: string) => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForLoadState('networkidle');
      expect({ width, sideways: await pageScrollsSideways() }).toEqual({ width, sideways: [] });
      expect({ width, violations: await axeViolations(page) }).toEqual({ width, violations: [] });
      await journey.screenshot(`account-settings-${name}-${width}`);
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    journey = await startJourney({
      env: {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Governance Ledger <ledger@example.gov.uk>',
        REMINDER_DIGEST_TIME: '23:59',
        MAIL_RETRY_BASE_MS: '20',
      },
    });
    ({ page } = journey);
    const admin = await tokenAt(journey.product.url, journey.product.adminEmail, journey.product.adminPassword);
    await graphqlAt(
      journey.product.url,
      admin,
      'mutation($e: String!, $n: String!, $p: String!) { createUser(email: $e, displayName: $n, password: $p, roles: [STAFF]) { id } }',
      { e: staff.email, n: staff.name, p: staff.password },
    );
  }, 180_000);

  afterAll(async () => {
    await journey?.close();
    await smtp?.close();
  });

  it('lets a member of staff create a calendar link whose address answers with their calendar', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await journey.signIn(staff);
    await page.getByRole('link', { name: 'My account', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    // A password of her own in the ledger: My account sends her to change it there.
    await main().getByRole('link', { name: 'Change my password' }).waitFor();

    await main().getByRole('button', { name: 'Create calendar link' }).click();
    await status().filter({ hasText: 'shown this once only' }).waitFor();
    calendarUrl = await main().getByLabel('Calendar link').inputValue();
    expect(calendarUrl).toMatch(/^https?:\/\/.+\.ics$/);

    const feed = await fetch(calendarUrl.replace(/^https?:\/\/[^/]+/, journey.product.url));
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    await checkAtBothWidths('account');
  });

  it('turns a kind of reminder off, and finds it still off after reloading', async () => {
    const digest = main().getByLabel('A daily digest of what is due or overdue in my work');
    expect(await digest.isChecked()).toBe(true);
    await digest.uncheck();
    await status().filter({ hasText: 'Saved.' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await main().getByLabel('A message as soon as a gateway review awaits my decision').waitFor();
    expect(await main().getByLabel('A daily digest of what is due or overdue in my work').isChecked()).toBe(false);
    expect(await main().getByLabel('A message as soon as a gateway review awaits my decision').isChecked()).toBe(true);
  });

  it('revokes the calendar link, after which its address answers 404', async () => {
    await main().getByRole('button', { name: 'Revoke link' }).click();
    await main().getByText('You have no calendar link.').waitFor();
    const feed = await fetch(calendarUrl.replace(/^https?:\/\/[^/]+/, journey.product.url));
    expect(feed.status).toBe(404);
  });

  it('shows the administrator Settings, with how mail is sent, and nobody else', async () => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Settings', exact: true }).count()).toBe(0);

    await journey.signIn();
    await journey.openFromNavigation('Settings');
    const mail = main().getByRole('region', { name: 'Mail' });
    await mail.getByText('Governance Ledger <ledger@example.gov.uk>').waitFor();
    expect(await mail.textContent()).toContain(`127.0.0.1, port ${smtp.port}`);
    expect(await mail.textContent()).not.toMatch(/password/i);
  });

  it('sends a test message to the administrator’s own address, announces it, and it arrives', async () => {
    const mail = main().getByRole('region', { name: 'Mail' });
    await mail.getByRole('button', { name: 'Send a test message' }).click();
    await mail
      .getByRole('status')
      .filter({ hasText: `The relay accepted the test message to ${journey.product.adminEmail}` })
      .waitFor();

    const received = await smtp.nextMessageTo(journey.product.adminEmail);
    expect(received.subject).toBe('Test message from the Governance Ledger');
    expect(received.text).toContain('Administrator sent this test message from the Settings page');
    expect(received.html).toContain('<p>Administrator sent this test message');
    await mail.getByText('1 sent, 0 failed').waitFor();
    await checkAtBothWidths('settings');
  });
});
