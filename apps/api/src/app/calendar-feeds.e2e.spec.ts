import { randomBytes } from 'node:crypto';
import { withCalendarFeedTokenRedacted } from '@ledger/identity-api';
import { STORES_UNDER_TEST, TestLedger, startTestLedger } from '../testing/test-ledger';
import { ukDaysFromToday, ukToday } from '../testing/uk-dates';

// ical.js 2 ships an ES module and a CommonJS build; jest loads the CommonJS one.
const ICAL = require('ical.js');

/**
 * Calendar feeds (ADR 0032) through the real product: a user issues a secret link, a calendar app
 * (no Authorization header) fetches it, and a maintained iCalendar parser reads their dates; the
 * link is revocable, replaced by a reissue, and stops with a disabled account.
 */
const Q = {
  staff: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  define: 'mutation($input: DefineCompetencyInput!) { defineCompetency(input: $input) { id } }',
  addCourse: 'mutation($input: AddCourseInput!) { addCourse(input: $input) { id } }',
  plan: 'mutation($input: PlanTrainingInput!) { planTraining(input: $input) { id } }',
  register: 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id } }',
  request: 'mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }',
  issue: 'mutation { issueCalendarFeedLink { url issuedAt } }',
  revoke: 'mutation { revokeCalendarFeedLink }',
  mine: 'query { myCalendarFeedLink { issuedAt } }',
  disable: 'mutation($id: ID!) { disableUser(userId: $id, reason: "left the authority") { disabled } }',
};

interface FeedEvent {
  uid: string;
  summary: string;
  start: string;
  allDay: boolean;
  url: string | null;
}

function parsedFeed(text: string): { name: string; events: FeedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component: unknown) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      url: (component as { getFirstPropertyValue(name: string): string | null }).getFirstPropertyValue('url'),
    };
  });
  return { name: calendar.getFirstPropertyValue('x-wr-calname'), events };
}

describe.each(STORES_UNDER_TEST)('calendar feeds on %s', (store) => {
  let ledger: TestLedger;
  const token = {} as Record<'admin' | 'hr' | 'lead' | 'sam' | 'cara', string>;
  const staff = {} as Record<'sam' | 'cara' | 'dev', string>;
  let caraUserId: string;
  let procurementId: string;

  const ok = (query: string, variables: Record<string, unknown> = {}, as = token.admin) => ledger.ok(query, variables, as);
  /** As a calendar app asks: a plain GET, no Authorization header, no cookie. */
  const fetchFeed = (url: string) => fetch(url);
  const feedOf = async (url: string) => {
    const response = await fetchFeed(url);
    expect(response.status).toBe(200);
    return parsedFeed(await response.text());
  };
  const expectNotFound = async (url: string) => {
    const response = await fetchFeed(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
  };

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    token.admin = await ledger.adminToken();
    const people = { sam: 'Sam Patel', cara: 'Cara Jones', dev: 'Dev Shah' };
    for (const [key, displayName] of Object.entries(people)) {
      staff[key as keyof typeof staff] = (
        await ok(Q.staff, { input: { displayName, email: `${key}@example.gov.uk`, jobTitle: 'Officer', department: 'Corporate Services' } })
      ).id;
    }
    token.hr = await ledger.tokenFor('HR_LEAD', 'hana.hr@example.gov.uk');
    token.lead = await ledger.tokenFor('PROCUREMENT_LEAD', 'lee.lead@example.gov.uk');
    token.sam = await ledger.tokenFor('STAFF', 'sam@example.gov.uk');
    const cara = await ledger.userFor('COMMITTEE_MEMBER', 'cara@example.gov.uk');
    token.cara = cara.token;
    caraUserId = cara.id;

    const competency = (
      await ok(Q.define, { input: { name: 'Contract management', category: 'Contracting', levelDescriptors: ['0', '1', '2', '3', '4'] } }, token.hr)
    ).id;
    const course = (
      await ok(Q.addCourse, { input: { title: 'Procurement Act 2023 essentials', provider: 'GCC', competencyIds: [competency], validityMonths: 24 } }, token.hr)
    ).id;
    await ok(Q.plan, { input: { staffMemberId: staff.sam, courseId: course, plannedFor: ukDaysFromToday(30), reason: 'Gap' } }, token.hr);
    await ok(Q.plan, { input: { staffMemberId: staff.dev, courseId: course, plannedFor: ukDaysFromToday(20), reason: 'Gap' } }, token.hr);
    procurementId = (
      await ok(Q.register, { input: { title: 'Highways maintenance', estimatedValue: 300_000, riskLevel: 'LOW', politicalInterest: false } }, token.lead)
    ).id;
    await ok(Q.request, { input: { procurementId, gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Strategy papers' } }, token.lead);
  }, 180_000);
  afterAll(async () => ledger?.close());

  let samUrl: string;

  it('issues the signed-in user a secret URL once; afterwards only that one exists is shown', async () => {
    expect(await ok(Q.mine, {}, token.sam)).toBeNull();
    const issued = await ok(Q.issue, {}, token.sam);
    expect(issued.url).toMatch(new RegExp(`^${ledger.url}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    samUrl = issued.url;
    expect(await ok(Q.mine, {}, token.sam)).toEqual({ issuedAt: issued.issuedAt });
  });

  it('serves the feed to a calendar app with no Authorization header: an RFC 5545 calendar of the user’s own dates', async () => {
    const response = await fetchFeed(samUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    const text = await response.text();
    const feed = parsedFeed(text);
    expect(feed.name).toBe('Governance Ledger: my dates');
    const date = ukDaysFromToday(30);
    expect(feed.events).toEqual([
      {
        uid: expect.stringMatching(new RegExp(`^training-planned-${staff.sam}-[0-9a-f]{12}-${date}@`)),
        summary: 'Training planned: “Procurement Act 2023 essentials”',
        start: date,
        allDay: true,
        url: `${ledger.url}/workforce/training-register`,
      },
    ]);
    // Another person's training (Dev's, 20 days ahead) is not in Sam's feed.
    expect(text).not.toContain(ukDaysFromToday(20).replace(/-/g, ''));
    expect(text).not.toContain('Dev Shah');
    // Nothing in it comes from the clock: the next poll gets the same bytes.
    expect(await (await fetchFeed(samUrl)).text()).toBe(text);
  });

  it('gives a committee member the review awaiting their decision, and nobody else’s dates', async () => {
    const { url } = await ok(Q.issue, {}, token.cara);
    const feed = await feedOf(url);
    expect(feed.events).toEqual([
      expect.objectContaining({
        uid: expect.stringMatching(new RegExp(`^gateway-decision-awaited-${procurementId}-[0-9a-f]{12}-${ukToday()}@`)),
        summary: expect.stringMatching(/^Gateway decision awaited: .* for “Highways maintenance”$/),
        start: ukToday(),
        url: `${ledger.url}/gateway/${procurementId}`,
      }),
    ]);
  });

  it('answers a guessed, malformed or missing token with a bare 404 that tells nothing', async () => {
    await expectNotFound(`${ledger.url}/api/calendar/${randomBytes(32).toString('base64url')}.ics`);
    await expectNotFound(`${ledger.url}/api/calendar/not-a-token.ics`);
    await expectNotFound(`${ledger.url}/api/calendar/${samUrl.split('/').pop()?.replace('.ics', '')}`);
  });

  it('stops a revoked link at once; a new link works and replaces the old one', async () => {
    expect(await ok(Q.revoke, {}, token.sam)).toBe(true);
    await expectNotFound(samUrl);
    expect(await ok(Q.mine, {}, token.sam)).toBeNull();

    const first = (await ok(Q.issue, {}, token.sam)).url;
    const second = (await ok(Q.issue, {}, token.sam)).url;
    expect(second).not.toBe(first);
    await expectNotFound(first);
    expect((await feedOf(second)).events).toHaveLength(1);
  });

  it('stops the feed of a disabled account', async () => {
    const { url } = await ok(Q.issue, {}, token.cara);
    await feedOf(url);
    await ok(Q.disable, { id: caraUserId });
    await expectNotFound(url);
  });

  it('needs a signed-in user to issue or revoke a link', async () => {
    expect((await ledger.gql(Q.issue)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await ledger.gql(Q.revoke)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('calendar feeds behind PUBLIC_URL', () => {
  let ledger: TestLedger;
  afterAll(async () => ledger?.close());

  it('starts the link and the events’ links with PUBLIC_URL, whatever host the request came by', async () => {
    ledger = await startTestLedger('sqlite', { PUBLIC_URL: 'https://ledger.example.gov.uk/' });
    const admin = await ledger.adminToken();
    await ledger.ok(
      'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
      {
        input: { displayName: 'Lee Lead', email: 'lee@example.gov.uk', jobTitle: 'Lead', department: 'Corporate Services' },
      },
      admin,
    );
    const lead = await ledger.tokenFor('PROCUREMENT_LEAD', 'lee@example.gov.uk');
    const procurementId = (
      await ledger.ok(Q.register, { input: { title: 'Bus shelters', estimatedValue: 300_000, riskLevel: 'LOW', politicalInterest: false } }, lead)
    ).id;
    await ledger.ok(Q.request, { input: { procurementId, gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Strategy' } }, lead);
    const cara = await ledger.tokenFor('ADMIN', 'cara.clerk@example.gov.uk');
    const { url } = await ledger.ok(Q.issue, {}, cara);
    expect(url).toMatch(/^https:\/\/ledger\.example\.gov\.uk\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const response = await fetch(`${ledger.url}${new URL(url).pathname}`);
    const { events } = parsedFeed(await response.text());
    expect(events).toEqual([
      expect.objectContaining({ uid: expect.stringMatching(/@ledger\.example\.gov\.uk$/), url: `https://ledger.example.gov.uk/gateway/${procurementId}` }),
    ]);
  }, 120_000);
});

describe('the request log', () => {
  it('never holds a calendar token: the request serialiser takes it out of the URL and the route parameters', () => {
    const secret = randomBytes(32).toString('base64url');
    const logged = withCalendarFeedTokenRedacted({ url: `/api/calendar/${secret}.ics`, params: { file: `${secret}.ics` } });
    expect(JSON.stringify(logged)).not.toContain(secret);
    expect(logged.url).toBe('/api/calendar/[redacted]');
    expect(withCalendarFeedTokenRedacted({ url: '/graphql', params: {} })).toEqual({ url: '/graphql', params: {} });
  });
});
