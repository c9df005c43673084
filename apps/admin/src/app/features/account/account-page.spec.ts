import { STAFF_USER, queueAnswers, sentRequest, stubSingleSignOn } from '../../../testing/fetch-stub';
import { PageHarness } from '../../../testing/page-harness';

const REMINDERS = { data: { myReminderPreferences: { dailyDigest: true, decisionRequests: true, mailEnabled: false } } };
const URL = 'https://ledger.example.gov.uk/api/calendar/q7Z4c0mV9kq3sXo1H2y8J5tN6pR0aB1cD2eF3gH4iJ5.ics';

describe('AccountPage: how I sign in', () => {
  it('sends a user with a password here to Change my password', async () => {
    const page = await PageHarness.open(
      '/account',
      { ...STAFF_USER, hasLocalPassword: true },
      { data: { myCalendarFeedLink: null } },
      REMINDERS,
    );
    expect(page.one('[data-sign-in=password] a').getAttribute('href')).toBe('/account/password');
    expect(page.all('[data-sign-in=provider]')).toHaveLength(0);
  });

  it('tells a user made through single sign-on that the provider manages their password, and offers no form to change it', async () => {
    const ssoUser = { ...STAFF_USER, hasLocalPassword: false };
    const page = await PageHarness.open('/account', ssoUser, { data: { myCalendarFeedLink: null } }, REMINDERS);
    // Single sign-on switched off since (or not answered): the sentence names no provider, and is still true.
    expect(page.text('[data-sign-in=provider]')).toBe('You sign in with your organisation’s account; your password is managed there.');
    expect(page.all('a[href="/account/password"]')).toHaveLength(0);

    // The change-password page, reached by its address, says the same instead of its form, naming the provider.
    stubSingleSignOn({ enabled: true, providerName: 'Example Council', loginPath: '/api/auth/oidc/login' });
    await page.harness.navigateByUrl('/account/password');
    await page.settle();
    expect(page.text('[data-sign-in=provider]')).toBe('You sign in with Example Council; your password is managed there.');
    expect(page.all('form')).toHaveLength(0);
    expect(page.all('input[type=password]')).toHaveLength(0);
  });
});

describe('AccountPage: my calendar link', () => {
  afterEach(() => Reflect.deleteProperty(navigator, 'clipboard'));

  it('creates a link, shows it once to copy, and copies it', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const page = await PageHarness.open('/account', STAFF_USER, { data: { myCalendarFeedLink: null } }, REMINDERS);
    expect(page.text('h1')).toBe('My account');
    expect(page.text('section:first-of-type')).toContain('You have no calendar link.');

    queueAnswers({ data: { issueCalendarFeedLink: { url: URL, issuedAt: '2026-11-30T10:00:00.000Z' } } });
    await page.click('Create calendar link');
    expect(sentRequest(page.fetch, 3).query).toContain('issueCalendarFeedLink');
    expect(page.one<HTMLInputElement>('#calendar-url').value).toBe(URL);
    expect(page.text('section:first-of-type')).toContain('shown this once only');

    await page.click('Copy link');
    expect(writeText).toHaveBeenCalledWith(URL);
    expect(page.text('section:first-of-type')).toContain('Copied.');
  });

  it('says when the link that works now was created, without showing it, and revokes it', async () => {
    const page = await PageHarness.open(
      '/account',
      STAFF_USER,
      { data: { myCalendarFeedLink: { issuedAt: '2026-11-30T10:00:00.000Z' } } },
      REMINDERS,
    );
    expect(page.text('section:first-of-type')).toContain('Your calendar link was created on');
    expect(page.all('#calendar-url')).toHaveLength(0);
    expect(page.hasButton('Create a new link')).toBe(true);

    queueAnswers({ data: { revokeCalendarFeedLink: true } });
    await page.click('Revoke link');
    expect(sentRequest(page.fetch, 3).query).toContain('revokeCalendarFeedLink');
    expect(page.text('section:first-of-type')).toContain('You have no calendar link.');
  });

  it('shows the API’s refusal and keeps the page usable', async () => {
    const page = await PageHarness.open('/account', STAFF_USER, { data: { myCalendarFeedLink: null } }, REMINDERS);
    queueAnswers({
      errors: [{ message: 'This user is disabled: a disabled account gets no calendar link', extensions: { code: 'RULE_VIOLATION' } }],
    });
    await page.click('Create calendar link');
    expect(page.text('[role=alert]')).toContain('a disabled account gets no calendar link');
    expect(page.hasButton('Create calendar link')).toBe(true);
  });
});
