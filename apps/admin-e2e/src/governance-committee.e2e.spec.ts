import type { Locator, Page } from 'playwright-core';

import { graphqlAt, tokenAt } from './support/api';
import { Journey, Someone, startJourney } from './support/journey';

const CLERK: Someone = {
  email: 'cleo.clerk@example.gov.uk',
  password: 'Committee-Password-2026!',
  name: 'Cleo Clerk',
};
const LEAD: Someone = {
  email: 'lena.lead@example.gov.uk',
  password: 'Lead-Password-2026!',
  name: 'Lena Lead',
};
const STAFF = ['Ama Mensah', 'Ben Hughes', 'Cat Doyle', 'Dan Okafor'];
const TITLE = 'Library self-service kiosks';

// Issue 12: a committee member records a decision under the default policy ("any registered staff
// member may sit") without typing an id: the form lists the people the policy allows by name,
// marks a declared conflict (and will not take that person), and waits for the quorum. The admin
// and the procurement lead set the stage through the API; the committee member works in the UI.
describe('a committee member records a decision by name under the default policy', () => {
  let journey: Journey;
  let page: Page;

  const decision = (): Locator => page.getByRole('group', { name: 'Record a decision', exact: true });
  const submit = () => decision().getByRole('button', { name: 'Record decision' });
  const quorumStatus = () => decision().locator('.quorum-status');
  const notice = () => page.locator('p.notice[role=status]');

  const api = <T = Record<string, any>>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    graphqlAt<T>(journey.product.url, token, query, variables);
  const tokenFor = ({ email, password }: Someone) => tokenAt(journey.product.url, email, password);

  beforeAll(async () => {
    journey = await startJourney();
    ({ page } = journey);
    const admin = await tokenFor({
      email: journey.product.adminEmail,
      password: journey.product.adminPassword,
      name: 'Administrator',
    });
    const createUser =
      'mutation($email: String!, $name: String!, $password: String!, $roles: [Role!]!) { createUser(email: $email, displayName: $name, password: $password, roles: $roles) { id } }';
    await api(admin, createUser, {
      email: CLERK.email,
      name: CLERK.name,
      password: CLERK.password,
      roles: ['COMMITTEE_MEMBER'],
    });
    await api(admin, createUser, {
      email: LEAD.email,
      name: LEAD.name,
      password: LEAD.password,
      roles: ['PROCUREMENT_LEAD'],
    });
    const staff: Record<string, string> = {};
    for (const name of STAFF) {
      const input = {
        displayName: name,
        email: `${name.split(' ')[0].toLowerCase()}@example.gov.uk`,
        jobTitle: 'Director',
        department: 'Corporate Services',
      };
      staff[name] = (
        await api(admin, 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }', { input })
      ).registerStaffMember.id;
    }
    const lead = await tokenFor(LEAD);
    const procurementId = (
      await api(lead, 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id } }', {
        input: {
          title: TITLE,
          estimatedValue: 250_000,
          riskLevel: 'MEDIUM',
          politicalInterest: false,
        },
      })
    ).registerProcurement.id;
    await api(lead, 'mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }', {
      input: {
        procurementId,
        gateway: 'G2_PROCUREMENT_STRATEGY',
        summary: 'Open procedure in two lots.',
      },
    });
    await api(lead, 'mutation($input: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $input) { id } }', {
      input: {
        procurementId,
        staffMemberId: staff['Cat Doyle'],
        nature: 'Her brother bids',
        onBehalfReason: 'Declared at the committee meeting',
      },
    });
  }, 180_000);

  afterAll(() => journey?.close());

  it('opens the procurement from the gateway page and finds everyone on the register listed by name, the conflicted member marked', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await journey.signIn(CLERK);
    await journey.openFromNavigation('Gateway decisions');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    // The forms wait behind their buttons under "Record changes".
    await page.getByRole('button', { name: 'Record a decision', exact: true }).click();
    await decision().waitFor();
    const labels = (await decision().locator('gl-member-picker .choice label').allTextContents()).map((text) =>
      text.replace(/\s+/g, ' ').trim(),
    );
    expect(labels).toEqual(['Ama Mensah', 'Ben Hughes', 'Cat Doyle (declared a conflict of interest: Her brother bids)', 'Dan Okafor']);
    expect(
      await decision()
        .getByLabel(/^Cat Doyle/)
        .isDisabled(),
    ).toBe(true);
    expect(await decision().textContent()).toContain('Anyone on the staff register may sit (policy version 1); at least 3 must decide.');
    expect(
      await decision()
        .getByRole('textbox', { name: /staff ids/ })
        .count(),
    ).toBe(0);
  });

  it('keeps the decision back until three members are chosen, saying how many more are needed', async () => {
    await decision().getByLabel('Outcome').selectOption({ label: 'Approved' });
    await decision().getByLabel('Rationale').fill('A sound strategy with a realistic timetable.');
    expect(await submit().isDisabled()).toBe(true);
    expect(await quorumStatus().textContent()).toBe('Choose 3 more members to reach the quorum of 3.');

    await decision().getByLabel('Ama Mensah', { exact: true }).check();
    await decision().getByLabel('Ben Hughes', { exact: true }).check();
    await quorumStatus().getByText('Choose 1 more member to reach the quorum of 3.').waitFor();
    expect(await submit().isDisabled()).toBe(true);
    await page.screenshot({ path: '/tmp/committee-1366.png', fullPage: true });
    await decision().screenshot({ path: '/tmp/committee-form-1366.png' });

    await decision().getByLabel('Dan Okafor', { exact: true }).check();
    await quorumStatus().getByText('Quorum reached: 3 of at least 3.').waitFor();
    expect(await submit().isDisabled()).toBe(false);
  });

  it('records the decision, named by the members who decided', async () => {
    await submit().click();
    await notice().getByText('G2 Procurement strategy was decided: Approved.').waitFor();
    const review = page.locator('article[data-review-id]').first();
    expect((await review.locator('[data-fact=decided-by]').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      'Ama Mensah, Ben Hughes, Dan Okafor',
    );
  });

  it('shows the correction form at 390 px without horizontal page scroll', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('button', { name: 'Correct a decision', exact: true }).click();
    const correct = page.getByRole('group', {
      name: 'Correct a decision',
      exact: true,
    });
    await correct.waitFor();
    await correct.getByLabel('Ama Mensah', { exact: true }).check();
    await page.screenshot({ path: '/tmp/committee-390.png', fullPage: true });
    await correct.screenshot({ path: '/tmp/committee-form-390.png' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
});
