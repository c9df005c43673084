import { STAFF_USER, queueAnswers, sentRequest } from '../../../testing/fetch-stub';
import { PageHarness } from '../../../testing/page-harness';

const REMINDERS = { data: { myReminderPreferences: { dailyDigest: true, decisionRequests: true, mailEnabled: false } } };
const URL = 'https://ledger.example.gov.uk/api/calendar/q7Z4c0mV9kq3sXo1H2y8J5tN6pR0aB1cD2eF3gH4iJ5.ics';

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
