import { ADMIN_USER, AUDITOR_USER, queueAnswers, sentRequest } from '../../../testing/fetch-stub';
import { PageHarness } from '../../../testing/page-harness';

const deliveries = (overrides: Record<string, unknown> = {}) => ({
  sent: 12,
  failed: 0,
  pending: 0,
  lastSentAt: '2026-11-30T07:00:05.000Z',
  lastFailure: null,
  ...overrides,
});
const CONFIGURED = {
  configured: true,
  from: 'Governance Ledger <ledger@example.gov.uk>',
  smtpHost: 'relay.example.gov.uk',
  smtpPort: 587,
  secure: false,
  digestTime: '07:00',
  publicUrl: 'https://ledger.example.gov.uk',
  testMessageIntervalSeconds: 30,
  deliveries: deliveries(),
};
const NOT_CONFIGURED = {
  configured: false,
  from: null,
  smtpHost: null,
  smtpPort: null,
  secure: null,
  digestTime: null,
  publicUrl: null,
  testMessageIntervalSeconds: 30,
  deliveries: deliveries({ sent: 0, lastSentAt: null }),
};
const settings = (mail: object) => ({ data: { mailSettings: mail } });
/** The mail facts, term to description. */
const facts = (page: PageHarness): Record<string, string> => {
  const terms = page.all('dl dt').map((dt) => dt.textContent?.trim() ?? '');
  const values = page.all('dl dd').map((dd) => dd.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  return Object.fromEntries(terms.map((term, i) => [term, values[i]]));
};
const LIVE_REGION = '[role=status][aria-live=polite]';

describe('SettingsPage: mail', () => {
  it('shows how the installation sends mail, never a password, and how mail has gone', async () => {
    const page = await PageHarness.open('/settings', ADMIN_USER, settings(CONFIGURED));
    expect(page.text('h1')).toBe('Settings');
    expect(sentRequest(page.fetch, 1).query).toContain('mailSettings');
    expect(facts(page)).toEqual(
      expect.objectContaining({
        'Sent from': 'Governance Ledger <ledger@example.gov.uk>',
        'Mail relay': 'relay.example.gov.uk, port 587 (STARTTLS when the relay offers it)',
        'Daily digest': 'Every day at 07:00 (UK time)',
        'Links in messages': 'https://ledger.example.gov.uk',
        'Messages so far': '12 sent, 0 failed',
      }),
    );
    expect(page.text('main, :scope')).not.toMatch(/password/i);
    expect(page.text('[data-last-failure]')).toBe('None');
    expect(page.all('[data-mail-off]')).toHaveLength(0);
  });

  it('sends a test message to the administrator’s own address and announces that the relay took it', async () => {
    const page = await PageHarness.open('/settings', ADMIN_USER, settings(CONFIGURED));
    expect(page.text('form')).toContain(`Leave empty to send it to your own address (${ADMIN_USER.email})`);
    // The live region is on the page before anything is written into it.
    expect(page.all(LIVE_REGION)).toHaveLength(1);
    queueAnswers(
      {
        data: {
          sendTestMessage: {
            status: 'SENT',
            to: ADMIN_USER.email,
            messageId: '<t1@ledger>',
            attempts: 1,
            reason: null,
            streamId: 'test-message-1',
          },
        },
      },
      settings({ ...CONFIGURED, deliveries: deliveries({ sent: 13 }) }),
    );
    await page.submit('Send a test message');
    expect(sentRequest(page.fetch, 2).variables).toEqual({ to: null });
    expect(page.text(LIVE_REGION)).toBe(`The relay accepted the test message to ${ADMIN_USER.email}. Check that it arrived.`);
    expect(page.text('[data-deliveries]')).toBe('13 sent, 0 failed');
  });

  it('says plainly when the relay refused the address, with its answer, and shows it as the last failure', async () => {
    const page = await PageHarness.open('/settings', ADMIN_USER, settings(CONFIGURED));
    const reason = 'EENVELOPE: 550 5.1.1 Mailbox unavailable';
    queueAnswers(
      {
        data: {
          sendTestMessage: {
            status: 'FAILED',
            to: 'nobody@example.gov.uk',
            messageId: null,
            attempts: 1,
            reason,
            streamId: 'test-message-2',
          },
        },
      },
      settings({
        ...CONFIGURED,
        deliveries: deliveries({
          failed: 1,
          lastFailure: { at: '2026-11-30T10:00:00.000Z', kind: 'TEST_MESSAGE', subject: 'Test message from the Governance Ledger', reason },
        }),
      }),
    );
    page.fill('Send to', ' nobody@example.gov.uk ');
    await page.submit('Send a test message');
    expect(sentRequest(page.fetch, 2).variables).toEqual({ to: 'nobody@example.gov.uk' });
    expect(page.text(LIVE_REGION)).toBe(`The relay did not take the test message to nobody@example.gov.uk (after 1 try): ${reason}`);
    expect(page.text('[data-last-failure]')).toContain(`Test message “Test message from the Governance Ledger”`);
    expect(page.text('[data-last-failure]')).toContain(reason);
  });

  it('shows the API’s refusal (a bad address, too soon) in words, and the form stays usable', async () => {
    const page = await PageHarness.open('/settings', ADMIN_USER, settings(CONFIGURED));
    queueAnswers({
      errors: [{ message: 'One test message every 30 seconds: try again in 21 s', extensions: { code: 'TOO_MANY_REQUESTS' } }],
    });
    await page.submit('Send a test message');
    expect(page.text('[role=alert]')).toContain('No test message was sent');
    expect(page.text('[role=alert]')).toContain('try again in 21 s');
    expect(page.text(LIVE_REGION)).toBe('');
    expect(page.button('Send a test message').disabled).toBe(false);
  });

  it('says that no mail is sent when mail is not configured, and offers no test message', async () => {
    const page = await PageHarness.open('/settings', ADMIN_USER, settings(NOT_CONFIGURED));
    expect(page.text('[data-mail-off]')).toContain('This installation sends no mail: set SMTP_URL and MAIL_FROM');
    expect(facts(page)['Mail relay']).toBe('Not set');
    expect(page.one<HTMLFieldSetElement>('form fieldset').disabled).toBe(true);
  });

  it('tells anyone but an administrator that settings are for administrators, and asks the API nothing', async () => {
    const page = await PageHarness.open('/settings', AUDITOR_USER);
    expect(page.text('.notice')).toContain('Only an administrator sees the settings');
    expect(page.fetch).toHaveBeenCalledTimes(1);
  });
});
