import {
  ADMIN_USER,
  AUDITOR_USER,
  COMMITTEE_USER,
  PROCUREMENT_LEAD_USER,
  STAFF_USER,
  queueAnswers,
  sentRequest,
  sentRequests,
} from '../../../../testing/fetch-stub';
import { heatMapFor, risk, scoreEntry } from '../../../../testing/governance-fixtures';
import { PageHarness } from '../../../../testing/page-harness';
import type { Risk } from '../governance.types';

const URL = '/risks';

const RISKS = [
  risk({
    id: 'risk-2',
    title: 'Cyber attack on a key supplier',
    category: 'EXTERNAL_EVENTS',
    likelihood: 4,
    impact: 5,
    score: 20,
    inherentScore: 25,
    inherentLikelihood: 5,
    inherentImpact: 5,
    treatment: 'TRANSFER',
    appetite: 'AVERSE',
    nextReviewDue: '2026-01-31',
    overdue: true,
    owner: null,
  }),
  risk({
    scoreHistory: [
      scoreEntry({ likelihood: 4, impact: 4, score: 16, notes: 'Identified' }),
      scoreEntry({ likelihood: 3, impact: 4, score: 12, notes: 'Second supplier found', reviewedAt: '2026-02-10T09:00:00.000Z' }),
    ],
    revision: 2,
  }),
  risk({ id: 'risk-3', title: 'Late payment to SMEs', category: 'FRAUD_AND_FINANCIAL_LOSS', likelihood: 3, impact: 4, score: 12 }),
];

const answer = (risks: Risk[] = RISKS) => ({ data: { risks, riskHeatMap: heatMapFor(risks) } });
const cell = (page: PageHarness, likelihood: number, impact: number) =>
  page.one(`td[data-likelihood="${likelihood}"][data-impact="${impact}"]`);
const cellsOf = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => c.textContent?.replace(/\s+/g, ' ').trim());

describe('RisksPage', () => {
  it('draws the 5×5 heat map: likelihood 5 to 1 down, impact 1 to 5 across, counts as text, colour by band', async () => {
    const page = await PageHarness.open(URL, AUDITOR_USER, answer());

    expect(sentRequest(page.fetch, 1).query).toContain('riskHeatMap(asOf: $asOf)');
    const rows = page.all('table.heat-map tbody tr');
    expect(rows.map((r) => r.querySelector('th')?.textContent?.trim().split(' ')[0])).toEqual(['5', '4', '3', '2', '1']);
    expect(page.all('table.heat-map thead th').map((th) => th.textContent?.trim().split(' ')[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(cell(page, 3, 4).querySelector('.count')?.textContent).toBe('2');
    expect(cell(page, 3, 4).dataset['band']).toBe('high');
    expect(cell(page, 3, 4).textContent?.replace(/\s+/g, ' ').trim()).toBe('2 risks, score 12, High');
    expect(cell(page, 4, 5).dataset['count']).toBe('1');
    expect(cell(page, 4, 5).dataset['band']).toBe('very-high');
    expect(cell(page, 1, 1).dataset['count']).toBe('0');
    expect(cell(page, 1, 1).dataset['band']).toBe('low');
    expect(cell(page, 2, 3).dataset['band']).toBe('medium');
    expect(page.text('ul.legend')).toBe('Low: 1 to 4Medium: 5 to 9High: 10 to 14Very high: 15 to 25');
  });

  it('lists the register with residual L × I = score, inherent score, appetite, treatment and an overdue marker', async () => {
    const page = await PageHarness.open(URL, AUDITOR_USER, answer());

    expect(cellsOf(page.one('tr[data-risk-id=risk-2]'))).toEqual([
      'Cyber attack on a key supplier',
      'External events',
      '—',
      '4 × 5 = 20 Very high',
      '25',
      'Averse',
      'Transfer',
      '31 Jan 2026 Overdue',
    ]);
    expect(cellsOf(page.one('tr[data-risk-id=risk-1]'))).toEqual([
      'Key supplier insolvency',
      'Supply chain and contractor failure',
      'Director of Resources',
      '3 × 4 = 12 High',
      '20',
      'Cautious',
      'Treat',
      '10 Apr 2026',
    ]);
    expect(page.all('[data-flag=overdue]')).toHaveLength(1);
  });

  it('opens a risk’s score history as a table and a sparkline', async () => {
    const page = await PageHarness.open(URL, AUDITOR_USER, answer());

    await page.click('Key supplier insolvency');

    const detail = page.one('section[aria-labelledby=risk-title]');
    expect(document.activeElement?.id).toBe('risk-title');
    expect([...detail.querySelectorAll('tbody tr')].map(cellsOf)).toEqual([
      ['10 January 2026 at 09:00', '4', '4', '16', 'Identified'],
      ['10 February 2026 at 09:00', '3', '4', '12', 'Second supplier found'],
    ]);
    expect(detail.querySelector('svg')?.getAttribute('aria-label')).toBe('Score over time: 16, 12');
    expect(detail.querySelectorAll('svg circle')).toHaveLength(2);
    expect(detail.textContent).toContain('Quarterly credit checks');
    expect(page.all('form')).toHaveLength(0);
  });

  it.each([
    ['an auditor', AUDITOR_USER],
    ['a committee member', COMMITTEE_USER],
  ])('gives %s the register to read, without forms', async (_who, user) => {
    const page = await PageHarness.open(URL, user, answer());
    await page.click('Key supplier insolvency');

    expect(page.all('form')).toHaveLength(0);
  });

  it('tells a role that may not read the register so, and asks the API nothing', async () => {
    const page = await PageHarness.open(URL, STAFF_USER);

    expect(page.text('h1')).toBe('Strategic risks');
    expect(page.text('[role=note]')).toContain('You do not have access to this page.');
    expect(page.text('[role=note]')).toContain('Your role is Staff.');
    expect(page.fetch).toHaveBeenCalledTimes(1);
  });

  it('says why the register could not be loaded when the API refuses (a role taken away since sign-in)', async () => {
    const page = await PageHarness.open(URL, AUDITOR_USER, {
      errors: [
        {
          message: 'This needs one of the roles PROCUREMENT_LEAD, COMMITTEE_MEMBER, AUDITOR, ADMIN; you have STAFF',
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });

    expect(page.text('[role=alert]')).toContain('The risk register could not be loaded.');
    expect(page.text('[role=alert]')).toContain('(FORBIDDEN)');
  });

  it('identifies a risk with its ratings, appetite, treatment and controls', async () => {
    const page = await PageHarness.open(URL, PROCUREMENT_LEAD_USER, answer([]));
    const identified = risk({ id: 'risk-9', title: 'Modern slavery in the supply chain', score: 8 });
    queueAnswers({ data: { identifyRisk: identified } }, answer([identified]));

    expect(page.text('table:not(.heat-map) tbody')).toBe('No risk is on the register.');
    page.openChange('Identify a risk');
    page.fill('Title', 'Modern slavery in the supply chain');
    page.fill('Category', 'MODERN_SLAVERY');
    page.fill('Owner (optional)', 'Head of Procurement');
    page.fill('Likelihood', '1: 2');
    page.fill('Impact', '3: 4');
    page.fill('Inherent likelihood', '4: 4');
    page.fill('Appetite', 'AVERSE');
    page.fill('Treatment', 'TREAT');
    page.fill('Controls (optional)', 'Supplier questionnaire\nContract clause');
    page.fill('Review every (months)', '6');
    await page.submit('Identify a risk');

    expect(sentRequest(page.fetch, 2).variables['input']).toEqual({
      title: 'Modern slavery in the supply chain',
      category: 'MODERN_SLAVERY',
      owner: 'Head of Procurement',
      likelihood: 2,
      impact: 4,
      inherentLikelihood: 4,
      inherentImpact: null,
      appetite: 'AVERSE',
      treatment: 'TREAT',
      controls: ['Supplier questionnaire', 'Contract clause'],
      reviewEveryMonths: 6,
      commandId: expect.any(String),
    });
    expect(page.text('p.notice')).toBe('“Modern slavery in the supply chain” was added to the register with a score of 8.');
  });

  it('shows the API’s refusal of a residual above the inherent score with its code', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer([]));
    queueAnswers({
      errors: [
        { message: 'The residual score (after controls) cannot be above the inherent score', extensions: { code: 'RULE_VIOLATION' } },
      ],
    });

    page.openChange('Identify a risk');

    page.fill('Title', 'Data breach');
    page.fill('Likelihood', '4: 5');
    page.fill('Inherent likelihood', '1: 1');
    await page.submit('Identify a risk');

    page.expectRefusal('Identify a risk', 'RULE_VIOLATION', 'The risk was not identified', 'cannot be above the inherent score');
  });

  it('reviews a risk from its history with the revision shown, and the heat map cell moves', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer());
    const reviewed = { ...RISKS[1], likelihood: 2, impact: 4, score: 8, revision: 3 };
    queueAnswers({ data: { reviewRisk: reviewed } }, answer([RISKS[0], reviewed, RISKS[2]]));

    await page.click('Key supplier insolvency');
    expect(page.field('Likelihood now').value).toBe('2: 3');
    page.fill('Likelihood now', '1: 2');
    page.fill('Review notes', 'Contingency supplier contracted');
    await page.submit('Review this risk');

    expect(sentRequest(page.fetch, 2).variables['input']).toEqual({
      riskId: 'risk-1',
      likelihood: 2,
      impact: 4,
      notes: 'Contingency supplier contracted',
      expectedRevision: 2,
      commandId: expect.any(String),
    });
    expect(page.text('p.notice')).toBe('“Key supplier insolvency” was reviewed: its score is now 8.');
    expect(cell(page, 3, 4).dataset['count']).toBe('1');
    expect(cell(page, 2, 4).dataset['count']).toBe('1');
  });

  it('closes a risk with its reason and the revision shown: it leaves the heat map and shows as closed', async () => {
    const page = await PageHarness.open(URL, PROCUREMENT_LEAD_USER, answer());
    const closed = { ...RISKS[1], status: 'CLOSED' as const, closedOn: '2026-03-01', closeReason: 'Supplier replaced', revision: 3 };
    queueAnswers(
      { data: { closeRisk: closed } },
      { data: { risks: [RISKS[0], closed, RISKS[2]], riskHeatMap: heatMapFor([RISKS[0], RISKS[2]]) } },
    );

    await page.click('Key supplier insolvency');
    // The form sits in a <details> (the DOM holds it open or not); a browser journey opens it by its summary.
    page.fill('Why it is closed', ' Supplier replaced ');
    await page.submit('Close this risk');

    expect(sentRequest(page.fetch, 2).variables['input']).toEqual({
      riskId: 'risk-1',
      reason: 'Supplier replaced',
      expectedRevision: 2,
      commandId: expect.any(String),
    });
    expect(page.text('p.notice')).toBe('“Key supplier insolvency” was closed: it has left the heat map and the review cycle.');
    expect(page.text('tr[data-risk-id="risk-1"] [data-flag=closed]')).toContain('Closed');
    expect(cell(page, 3, 4).dataset['count']).toBe('1');
  });

  it('says someone reviewed the risk on CONFLICT, and reloads it on request', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer());
    queueAnswers(
      { errors: [{ message: 'Stream risk-risk-1 is at revision 3, not the expected 2', extensions: { code: 'CONFLICT' } }] },
      answer([RISKS[0], { ...RISKS[1], revision: 3 }, RISKS[2]]),
    );

    await page.click('Key supplier insolvency');
    page.fill('Review notes', 'Quarterly review');
    await page.submit('Review this risk');
    expect(page.one('[role=alert][data-code=CONFLICT]').textContent).toContain('Someone reviewed this risk since the page loaded');

    await page.click('Reload');

    expect(sentRequests(page.fetch)).toHaveLength(4);
    expect(page.all('[role=alert]')).toHaveLength(0);
    queueAnswers({ data: { reviewRisk: RISKS[1] } }, answer());
    page.fill('Review notes', 'Quarterly review');
    await page.submit('Review this risk');
    expect(sentRequest(page.fetch, 4).variables['input']).toMatchObject({ expectedRevision: 3 });
  });

  it('shows the register as at an instant with the forms disabled', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer());
    queueAnswers(answer([RISKS[0]]));

    const asAt = page.field('As at');
    asAt.value = '2026-01-20T12:00';
    asAt.dispatchEvent(new Event('change'));
    await page.settle();
    await page.click('Cyber attack on a key supplier');

    expect(sentRequest(page.fetch, 2).variables).toEqual({ asOf: new Date('2026-01-20T12:00').toISOString() });
    expect(page.text('[role=status]')).toContain('Showing the register as at 20 January 2026');
    // Review and close the risk shown, and identify one: every form on the page is disabled as at an instant.
    expect(page.all<HTMLFieldSetElement>('form > fieldset')).toHaveLength(2);
    expect(page.all<HTMLFieldSetElement>('form > fieldset').every((f) => f.disabled)).toBe(true);
    expect(page.changesDisabled()).toEqual({ 'Identify a risk': true });
    expect(cell(page, 3, 4).dataset['count']).toBe('0');
  });
});
