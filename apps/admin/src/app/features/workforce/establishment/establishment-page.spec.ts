import { ADMIN_USER, AUDITOR_USER, queueAnswers, sentRequest, sentRequests } from '../../../../testing/fetch-stub';
import { PageHarness } from '../../../../testing/page-harness';
import { person, post } from '../../../../testing/workforce-fixtures';
import type { Post } from '../workforce.types';

const URL = '/workforce/establishment';

function answer(posts: Post[], totals = { filledFte: 0, approvedFte: 0, proposedFte: 0, vacantFte: 0 }, staff = [person()]) {
  return { data: { establishment: { ...totals, posts }, staffMembers: staff } };
}

const MIXED = [
  post({ id: 'p-proposed', title: 'Contracts Manager', status: 'PROPOSED' }),
  post({ id: 'p-approved', title: 'Procurement Officer', status: 'APPROVED', revision: 2, decisionReason: 'Funded from 2026' }),
  post({
    id: 'p-filled',
    title: 'Procurement Assistant',
    status: 'FILLED',
    fte: 0.5,
    holder: { id: 'staff-1', displayName: 'Sam Patel', erased: false },
    startDate: '2026-01-05',
    revision: 3,
  }),
  post({ id: 'p-vacant', title: 'Category Manager', status: 'VACANT', revision: 4 }),
  post({ id: 'p-rejected', title: 'Buyer', status: 'REJECTED', revision: 2 }),
  post({ id: 'p-withdrawn', title: 'Analyst', status: 'WITHDRAWN', revision: 2 }),
];

const rowFor = (page: PageHarness, id: string) => page.one(`tr[data-post-id="${id}"]`);
const actionsIn = (row: HTMLElement) => [...row.querySelectorAll('td.actions button')].map((b) => b.childNodes[0].textContent?.trim());

describe('EstablishmentPage', () => {
  it('shows the posts and the four FTE totals', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer(MIXED, { filledFte: 0.5, approvedFte: 3.5, proposedFte: 1, vacantFte: 2 }));

    const totals = Object.fromEntries(page.all('[data-total]').map((t) => [t.dataset['total'], t.querySelector('dd')?.textContent]));
    expect(totals).toEqual({ filled: '0.5', approved: '3.5', proposed: '1', vacant: '2' });

    const filled = rowFor(page, 'p-filled').textContent?.replace(/\s+/g, ' ');
    expect(filled).toContain('Procurement Assistant');
    expect(filled).toContain('0.5');
    expect(filled).toContain('Filled');
    expect(filled).toContain('Sam Patel');
    expect(filled).toContain('5 Jan 2026');
    expect(rowFor(page, 'p-approved').textContent).toContain('Funded from 2026');
    expect(rowFor(page, 'p-proposed').querySelectorAll('td')[2].textContent?.trim()).toBe('—');
    expect(page.one('caption').textContent).toContain('Posts in the establishment');
    expect(page.all('thead th').every((th) => th.getAttribute('scope') === 'col')).toBe(true);
  });

  it('offers only the actions each status allows', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer(MIXED));

    expect(actionsIn(rowFor(page, 'p-proposed'))).toEqual(['Approve', 'Reject', 'Withdraw']);
    expect(actionsIn(rowFor(page, 'p-approved'))).toEqual(['Fill', 'Withdraw']);
    expect(actionsIn(rowFor(page, 'p-vacant'))).toEqual(['Fill', 'Withdraw']);
    expect(actionsIn(rowFor(page, 'p-filled'))).toEqual(['Vacate']);
    expect(actionsIn(rowFor(page, 'p-rejected'))).toEqual([]);
    expect(actionsIn(rowFor(page, 'p-withdrawn'))).toEqual([]);
  });

  it('shows readers the register without actions or forms, and does not ask for staff', async () => {
    const page = await PageHarness.open(URL, AUDITOR_USER, answer(MIXED));

    expect(page.all('td.actions')).toHaveLength(0);
    expect(page.all('form')).toHaveLength(0);
    expect(sentRequest(page.fetch, 1).variables).toEqual({ asOf: null, withStaff: false });
  });

  it('proposes a post and shows the new totals', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer([]));
    queueAnswers(
      { data: { proposePost: post({ id: 'p-new' }) } },
      answer([post({ id: 'p-new' })], { filledFte: 0, approvedFte: 0, proposedFte: 1, vacantFte: 0 }),
    );

    page.openChange('Propose a post');

    page.fill('Title', ' Contracts Manager ');
    page.fill('FTE', '1');
    page.fill('Target year', '2026');
    page.fill('Justification', 'Contract volumes have doubled');
    await page.submit('Propose a post');

    const propose = sentRequest(page.fetch, 2);
    expect(propose.query).toContain('proposePost(input: $input)');
    expect(propose.variables['input']).toEqual({
      title: 'Contracts Manager',
      fte: 1,
      justification: 'Contract volumes have doubled',
      targetYear: 2026,
      commandId: expect.any(String),
    });
    expect(page.one('[data-total=proposed] dd').textContent).toBe('1');
    expect(page.text('[role=status].notice')).toBe('“Contracts Manager” was proposed.');
    expect(page.field('Title').value).toBe('');
  });

  it('asks for the missing fields without calling the API', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer([]));

    page.openChange('Propose a post');

    page.fill('Title', '');
    await page.submit('Propose a post');

    expect(page.fetch).toHaveBeenCalledTimes(2);
    expect(page.text()).toContain('Enter the post’s title.');
    expect(page.text()).toContain('Enter the justification.');
  });

  it('shows the API’s message and code next to the form when a command is refused', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer([]));
    queueAnswers({
      errors: [{ message: 'fte must be at least 0.01 and at most 1', extensions: { code: 'BAD_USER_INPUT' } }],
    });

    page.openChange('Propose a post');

    page.fill('Title', 'Contracts Manager');
    page.fill('FTE', '1');
    page.fill('Justification', 'Growth');
    await page.submit('Propose a post');

    page.expectRefusal('Propose a post', 'BAD_USER_INPUT', 'The post was not proposed', 'fte must be at least 0.01 and at most 1');
    expect(page.field('Title').value).toBe('Contracts Manager');
  });

  it('approves a post with a reason and the revision it showed', async () => {
    const proposed = post({ id: 'p-1', revision: 1 });
    const page = await PageHarness.open(URL, ADMIN_USER, answer([proposed]));
    queueAnswers(
      { data: { decidePost: post({ id: 'p-1', status: 'APPROVED', revision: 2 }) } },
      answer([post({ id: 'p-1', status: 'APPROVED', revision: 2, decisionReason: 'Funded' })], {
        filledFte: 0,
        approvedFte: 1,
        proposedFte: 0,
        vacantFte: 1,
      }),
    );

    await page.click('Approve Contracts Manager');
    expect(document.activeElement?.textContent).toContain('Approve “Contracts Manager”');
    page.fill('Reason for approval', 'Funded');
    await page.submit('Approve “Contracts Manager”');

    expect(sentRequest(page.fetch, 2).variables['input']).toEqual({ postId: 'p-1', approve: true, reason: 'Funded', expectedRevision: 1 });
    expect(page.one('[data-total=approved] dd').textContent).toBe('1');
    expect(page.one('[data-total=vacant] dd').textContent).toBe('1');
    expect(actionsIn(rowFor(page, 'p-1'))).toEqual(['Fill', 'Withdraw']);
    expect(page.text('[role=status].notice')).toBe('“Contracts Manager” was approved.');
    // The approval form closed; "Propose a post" waits behind its button.
    expect(page.all('form')).toHaveLength(0);
    expect(page.changes()).toEqual(['Propose a post']);
  });

  it('says someone changed the post on CONFLICT, and reloads it on request', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer([post({ id: 'p-1', revision: 1 })]));
    queueAnswers(
      {
        errors: [
          {
            message: 'Stream post-p-1 is at revision 2, not the expected 1: someone changed it since you read it.',
            extensions: { code: 'CONFLICT' },
          },
        ],
      },
      answer([post({ id: 'p-1', revision: 2, justification: 'Updated' })]),
    );

    await page.click('Reject Contracts Manager');
    page.fill('Reason for rejection', 'No budget');
    await page.submit('Reject “Contracts Manager”');

    expect(sentRequest(page.fetch, 2).variables['input']).toMatchObject({ approve: false, expectedRevision: 1 });
    const alert = page.one('[role=alert][data-code=CONFLICT]');
    expect(alert.textContent).toContain('Someone changed this post since the page loaded');
    expect(alert.textContent).toContain('CONFLICT');

    await page.click('Reload');

    expect(sentRequest(page.fetch, 3).query).toContain('query EstablishmentPage');
    // A fresh form for the post as it is now: the next attempt sends revision 2.
    expect(page.all('[role=alert]')).toHaveLength(0);
    queueAnswers({ data: { decidePost: post({ id: 'p-1', status: 'REJECTED', revision: 3 }) } }, answer([]));
    page.fill('Reason for rejection', 'No budget');
    await page.submit('Reject “Contracts Manager”');
    expect(sentRequest(page.fetch, 4).variables['input']).toMatchObject({ expectedRevision: 2 });
  });

  it('fills a post with a chosen person and start date', async () => {
    const page = await PageHarness.open(
      URL,
      ADMIN_USER,
      answer([post({ id: 'p-1', status: 'VACANT', revision: 4 })], undefined, [
        person(),
        person({ id: 'staff-9', erased: true, displayName: 'Erased person' }),
      ]),
    );
    queueAnswers({ data: { fillPost: post({ id: 'p-1', status: 'FILLED', revision: 5 }) } }, answer([]));

    await page.click('Fill Contracts Manager');
    const options = [...page.field('Staff member').options].map((o) => o.value);
    expect(options).toEqual(['', 'staff-1']);
    page.fill('Staff member', 'staff-1');
    page.fill('Start date', '2026-02-02');
    await page.submit('Fill “Contracts Manager”');

    expect(sentRequest(page.fetch, 2).variables['input']).toEqual({
      postId: 'p-1',
      staffMemberId: 'staff-1',
      startDate: '2026-02-02',
      expectedRevision: 4,
    });
  });

  it('vacates and withdraws with the inputs the API expects', async () => {
    const filled = post({ id: 'p-1', status: 'FILLED', revision: 3, holder: { id: 'staff-1', displayName: 'Sam Patel', erased: false } });
    const page = await PageHarness.open(URL, ADMIN_USER, answer([filled, post({ id: 'p-2', title: 'Buyer', revision: 1 })]));
    queueAnswers(
      { data: { vacatePost: post({ id: 'p-1', status: 'VACANT' }) } },
      answer([filled, post({ id: 'p-2', title: 'Buyer', revision: 1 })]),
    );

    await page.click('Vacate Contracts Manager');
    page.fill('End date', '2026-06-30');
    page.fill('Why the holder left', 'Retired');
    await page.submit('Vacate “Contracts Manager”');
    expect(sentRequest(page.fetch, 2).variables).toEqual({
      input: { postId: 'p-1', endDate: '2026-06-30', reason: 'Retired', expectedRevision: 3 },
    });

    queueAnswers({ data: { withdrawPost: post({ id: 'p-2', status: 'WITHDRAWN' }) } }, answer([]));
    await page.click('Withdraw Buyer');
    page.fill('Reason for withdrawal', 'Work moved to the shared service');
    await page.submit('Withdraw “Buyer”');
    expect(sentRequest(page.fetch, 4).variables).toEqual({
      input: { postId: 'p-2', reason: 'Work moved to the shared service', expectedRevision: 1 },
    });
  });

  it('shows the register as at an instant with forms and actions disabled, then goes back to live data', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer(MIXED));
    queueAnswers(answer([post({ id: 'p-old' })]), answer(MIXED));

    const asAt = page.field('As at');
    asAt.value = '2026-01-15T09:30';
    asAt.dispatchEvent(new Event('change'));
    await page.settle();

    const asOf = sentRequest(page.fetch, 2).variables['asOf'] as string;
    expect(asOf).toBe(new Date('2026-01-15T09:30').toISOString());
    expect(page.text('[role=status]')).toContain('Showing the register as at 15 January 2026');
    expect(page.changesDisabled()).toEqual({ 'Propose a post': true });
    expect(page.all<HTMLButtonElement>('td.actions button').every((b) => b.disabled)).toBe(true);
    expect(page.all('tr[data-post-id]').map((r) => r.dataset['postId'])).toEqual(['p-old']);

    await page.click('Back to live data');

    expect(sentRequest(page.fetch, 3).variables['asOf']).toBeNull();
    expect(page.text()).not.toContain('Showing the register as at');
    expect(page.changesDisabled()).toEqual({ 'Propose a post': false });
    expect(page.field('As at').value).toBe('');
    expect(page.all('tr[data-post-id]')).toHaveLength(MIXED.length);
  });

  it('says why the establishment could not be loaded', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, {
      errors: [
        {
          message: 'This needs one of the roles HR_LEAD, ADMIN, PROCUREMENT_LEAD, AUDITOR; you have STAFF',
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });

    const alert = page.text('[role=alert]');
    expect(alert).toContain('The establishment could not be loaded.');
    // The API's role codes are named as people name them.
    expect(alert).toContain('This needs one of the roles HR lead, Admin, Procurement lead, Auditor; you have Staff');
    expect(alert).toContain('FORBIDDEN');
    expect(page.all('table')).toHaveLength(0);
    expect(sentRequests(page.fetch)).toHaveLength(2);
  });
});
