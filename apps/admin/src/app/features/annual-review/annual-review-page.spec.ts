import {
  ADMIN_USER,
  AUDITOR_USER,
  COMMITTEE_USER,
  HR_LEAD_USER,
  PROCUREMENT_LEAD_USER,
  queueAnswers,
  sentRequest,
} from '../../../testing/fetch-stub';
import { PageHarness } from '../../../testing/page-harness';
import type { ActionPlanItem, AreaMaturity, MaturityAssessment, PackSectionCommentary, StrategyUpdatePack } from './annual-review.types';

const PAGE = '/annual-review';
const THIS_YEAR = new Date().getFullYear();
const SHA = 'ab'.repeat(32);

const area = (overrides: Partial<AreaMaturity> = {}): AreaMaturity => ({
  area: 'Commercial strategy',
  theme: 'Showing leadership',
  level: 'MATURE',
  score: 3,
  target: 'LEADER',
  evidence: 'Strategy adopted by the board',
  previousLevel: 'DEVELOPING',
  movement: 1,
  assessedOn: `${THIS_YEAR}-03-01`,
  ...overrides,
});

const ASSESSMENT: MaturityAssessment = {
  year: THIS_YEAR,
  overallScore: 2.3,
  previousOverallScore: 1.8,
  overallMovement: 0.5,
  areas: [
    area(),
    area({ area: 'Governance', level: 'DEVELOPING', score: 2, target: null, movement: 0, previousLevel: 'DEVELOPING', evidence: null }),
    area({ area: 'Developing talent', theme: 'Enablers', level: 'MINIMUM', score: 1, movement: -1, previousLevel: 'DEVELOPING' }),
    area({
      area: 'Social value',
      theme: 'Achieving community benefits',
      level: 'DEVELOPING',
      score: 2,
      movement: null,
      previousLevel: null,
    }),
  ],
};

const ITEM: ActionPlanItem = {
  id: 'item-1',
  area: 'Developing talent',
  theme: 'Enablers',
  description: 'Add a Contracts Manager',
  targetYear: THIS_YEAR + 1,
  targetLevel: 'DEVELOPING',
  percent: 30,
  progress: [{ percent: 30, note: 'Posts proposed', recordedOn: `${THIS_YEAR}-02-01` }],
  revision: 2,
};

const PACK: StrategyUpdatePack = {
  year: THIS_YEAR,
  cutOff: `${THIS_YEAR}-06-01T10:00:00.000Z`,
  generatedAt: `${THIS_YEAR}-06-01T10:00:00.000Z`,
  position: '412',
  sha256: SHA,
  markdown: '# Strategy update pack\n\n<script>alert(1)</script> <b>not bold</b>',
  verified: true,
  downloads: [
    { format: 'markdown', url: `/api/strategy/packs/${THIS_YEAR}/${SHA}.md`, contentType: 'text/markdown; charset=utf-8' },
    { format: 'pdf', url: `/api/strategy/packs/${THIS_YEAR}/${SHA}.pdf`, contentType: 'application/pdf' },
  ],
};

const AREAS = [
  { name: 'Commercial strategy', theme: 'Showing leadership' },
  { name: 'Governance', theme: 'Showing leadership' },
  { name: 'Developing talent', theme: 'Enablers' },
];

const section = (id: string, number: string | null, title: string, text: string | null = null): PackSectionCommentary => ({
  section: id,
  number,
  title,
  text,
  recordedAt: text ? `${THIS_YEAR}-06-01T09:00:00.000Z` : null,
});
const COMMENTARY: PackSectionCommentary[] = [
  section('executive-summary', null, 'Executive summary', 'A year of foundations.'),
  section('capability-and-talent', '3.3', 'Procurement capability and talent'),
  section('strategic-risk', '3.9', 'Managing strategic risk'),
];

const answer = (
  overrides: {
    assessment?: MaturityAssessment;
    plan?: ActionPlanItem[];
    pack?: StrategyUpdatePack | null;
    commentary?: PackSectionCommentary[];
  } = {},
) => ({
  data: {
    maturityAssessment: overrides.assessment ?? ASSESSMENT,
    maturityAreas: AREAS,
    actionPlan: overrides.plan ?? [ITEM],
    strategyUpdatePack: overrides.pack === undefined ? null : overrides.pack,
    packCommentary: overrides.commentary ?? COMMENTARY,
  },
});
const cellsOf = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => c.textContent?.replace(/\s+/g, ' ').trim());

describe('AnnualReviewPage', () => {
  it('shows this year’s maturity by theme with level, score, target and movement as arrow and words', async () => {
    const page = await PageHarness.open(PAGE, AUDITOR_USER, answer());

    expect(sentRequest(page.fetch, 1).variables).toEqual({ year: THIS_YEAR, asOf: null, live: true });
    expect(page.field('Year').value).toBe(String(THIS_YEAR));
    expect(page.all('table.maturity tbody').map((b) => b.dataset['theme'])).toEqual([
      'Showing leadership',
      'Enablers',
      'Achieving community benefits',
    ]);
    expect(cellsOf(page.one('tr[data-area="Commercial strategy"]'))).toEqual([
      'Commercial strategy',
      'Mature (3)',
      '3',
      'Leader (4)',
      '↑ Up 1 (was Developing (2))',
      `Strategy adopted by the board Assessed 1 Mar ${THIS_YEAR}`,
    ]);
    expect(page.text('tr[data-area=Governance] td.movement')).toBe('→ No change (was Developing (2))');
    expect(page.text('tr[data-area=Governance] td:nth-of-type(3)')).toBe('—');
    expect(page.one('tr[data-area="Developing talent"] td.movement').dataset['direction']).toBe('down');
    expect(page.text('tr[data-area="Developing talent"] td.movement')).toBe('↓ Down 1 (was Developing (2))');
    expect(page.text('tr[data-area="Social value"] td.movement')).toBe('Not assessed last year');
    expect(page.one('tr[data-area="Commercial strategy"] td.movement [aria-hidden=true]').textContent).toBe('↑');
  });

  it('shows the overall score and its movement since last year', async () => {
    const page = await PageHarness.open(PAGE, AUDITOR_USER, answer());

    expect(page.text('[data-overall-score]')).toBe('2.3');
    expect(page.text('[data-overall]')).toBe(`Overall score 2.3 ↑ Up 0.5 from 1.8 in ${THIS_YEAR - 1}`);
  });

  it('loads another year from the picker: last year’s baseline of 1.8', async () => {
    const page = await PageHarness.open(PAGE, AUDITOR_USER, answer());
    const baseline: MaturityAssessment = {
      year: THIS_YEAR - 1,
      overallScore: 1.8,
      previousOverallScore: null,
      overallMovement: null,
      areas: [area({ level: 'DEVELOPING', score: 2, movement: null, previousLevel: null })],
    };
    queueAnswers(answer({ assessment: baseline }));

    page.fill('Year', String(THIS_YEAR - 1));
    await page.settle();

    expect(sentRequest(page.fetch, 2).variables).toEqual({ year: THIS_YEAR - 1, asOf: null, live: true });
    expect(page.text('[data-overall]')).toBe('Overall score 1.8 Not assessed last year');
    expect(page.text('#maturity-heading')).toBe(`Maturity assessment ${THIS_YEAR - 1}`);
  });

  it('lists the action plan with target year and progress', async () => {
    const page = await PageHarness.open(PAGE, AUDITOR_USER, answer());

    expect(cellsOf(page.one('tr[data-item-id=item-1]'))).toEqual([
      'Developing talent Enablers',
      'Add a Contracts Manager',
      String(THIS_YEAR + 1),
      'Developing (2)',
      `30% Posts proposed (1 Feb ${THIS_YEAR})`,
    ]);
    expect(page.one<HTMLProgressElement>('tr[data-item-id=item-1] progress').value).toBe(30);
  });

  it.each([
    ['an auditor', AUDITOR_USER],
    ['a committee member', COMMITTEE_USER],
    ['an HR lead', HR_LEAD_USER],
  ])('gives %s the review to read, without forms or the generate button', async (_who, user) => {
    const page = await PageHarness.open(PAGE, user, answer({ pack: PACK }));

    expect(page.all('form')).toHaveLength(0);
    expect(page.hasButton('Generate the strategy update pack')).toBe(false);
    expect(page.hasButton('Download Markdown')).toBe(true);
  });

  it.each([
    ['a procurement lead', PROCUREMENT_LEAD_USER],
    ['an admin', ADMIN_USER],
  ])('gives %s the assess, add, progress and commentary forms and the generate button', async (_who, user) => {
    const page = await PageHarness.open(PAGE, user, answer());

    expect(page.all('form legend').map((l) => l.textContent?.trim())).toEqual([
      'Assess an area',
      'Add an action',
      'Record progress',
      'Write commentary on a section',
    ]);
    expect(page.hasButton('Generate the strategy update pack')).toBe(true);
  });

  it('assesses an area for the year shown', async () => {
    const page = await PageHarness.open(PAGE, PROCUREMENT_LEAD_USER, answer());
    queueAnswers({ data: { assessMaturity: ASSESSMENT } }, answer());

    page.fill('Area', 'Governance', 'Assess an area');
    page.fill('Level', 'MATURE');
    page.fill('Target (optional)', '4: LEADER');
    page.fill('Evidence', 'Gateway policy adopted');
    await page.submit('Assess an area');

    expect(sentRequest(page.fetch, 2).variables['input']).toEqual({
      year: THIS_YEAR,
      area: 'Governance',
      level: 'MATURE',
      target: 'LEADER',
      evidence: 'Gateway policy adopted',
      commandId: expect.any(String),
    });
    expect(page.text('p.notice')).toBe(`“Governance” was assessed at Mature for ${THIS_YEAR}.`);
  });

  it('adds an action and records progress with the revision shown', async () => {
    const page = await PageHarness.open(PAGE, ADMIN_USER, answer());
    const added = {
      ...ITEM,
      id: 'item-2',
      area: 'Governance',
      description: 'Adopt a gateway policy',
      percent: 0,
      progress: [],
      revision: 1,
    };
    queueAnswers({ data: { addActionPlanItem: added } }, answer({ plan: [ITEM, added] }));

    page.fill('Area', 'Governance', 'Add an action');
    page.fill('Action', 'Adopt a gateway policy', 'Add an action');
    page.fill('Target year', String(THIS_YEAR + 2));
    await page.submit('Add an action');

    expect(sentRequest(page.fetch, 2).variables['input']).toEqual({
      area: 'Governance',
      description: 'Adopt a gateway policy',
      targetYear: THIS_YEAR + 2,
      targetLevel: null,
      commandId: expect.any(String),
    });
    expect(page.all('table.action-plan tbody tr')).toHaveLength(2);

    queueAnswers({ data: { recordActionProgress: { ...ITEM, percent: 60, revision: 3 } } }, answer());
    page.fill('Action', 'item-1', 'Record progress');
    page.fill('Percent complete', '60');
    page.fill('Note', 'Contracts Manager appointed');
    await page.submit('Record progress');

    expect(sentRequest(page.fetch, 4).variables['input']).toEqual({
      itemId: 'item-1',
      percent: 60,
      note: 'Contracts Manager appointed',
      expectedRevision: 2,
      commandId: expect.any(String),
    });
    expect(page.text('p.notice')).toBe('Progress on the action for “Developing talent” is now 60%.');
  });

  it('generates the pack and shows its position, sha256, time and Markdown as text', async () => {
    const page = await PageHarness.open(PAGE, PROCUREMENT_LEAD_USER, answer());
    queueAnswers({ data: { generateStrategyUpdatePack: PACK } }, answer({ pack: PACK }));

    expect(page.one('[data-no-pack]').textContent).toContain(`No pack has been generated for ${THIS_YEAR} yet.`);
    await page.click('Generate the strategy update pack');

    expect(sentRequest(page.fetch, 2).variables).toEqual({ year: THIS_YEAR });
    expect(page.text('[data-sha256]')).toBe(SHA);
    expect(page.one('[data-sha256]').classList).toContain('mono');
    expect(page.text('[data-position]')).toBe('412');
    expect(page.text('[data-pack]')).toContain('Generated at');
    const pre = page.one('pre.pack-markdown');
    expect(pre.textContent).toBe(PACK.markdown);
    expect(pre.querySelector('script, b')).toBeNull();
    expect(page.all('.downloads button').map((b) => b.textContent?.trim())).toEqual(['Download Markdown', 'Download PDF']);
    expect(page.text('p.notice')).toBe(`The strategy update pack for ${THIS_YEAR} was generated at log position 412.`);
  });

  it('downloads a file with the bearer token and saves it through a Blob link', async () => {
    const page = await PageHarness.open(PAGE, AUDITOR_USER, answer({ pack: PACK }));
    const blob = new Blob(['# Strategy update pack'], { type: 'text/markdown' });
    page.fetch.mockImplementationOnce(async () => ({
      ok: true,
      status: 200,
      headers: new Headers({ 'Content-Disposition': `attachment; filename="strategy-update-pack-${THIS_YEAR}.md"` }),
      blob: async () => blob,
    }));
    const createObjectURL = jest.fn(() => 'blob:pack');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    let saved: { href: string; download: string } | null = null;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved = { href: this.getAttribute('href') ?? '', download: this.download };
    });

    await page.click('Download Markdown');

    const [url, init] = page.fetch.mock.calls[2] as [string, RequestInit];
    expect(url).toBe(`/api/strategy/packs/${THIS_YEAR}/${SHA}.md`);
    expect(init.headers).toEqual({ Authorization: 'Bearer valid' });
    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(saved).toEqual({ href: 'blob:pack', download: `strategy-update-pack-${THIS_YEAR}.md` });
    expect(page.all('[role=alert]')).toHaveLength(0);
    click.mockRestore();
  });

  it('says why a download failed', async () => {
    const page = await PageHarness.open(PAGE, AUDITOR_USER, answer({ pack: PACK }));
    page.fetch.mockImplementationOnce(async () => ({ ok: false, status: 403, json: async () => ({ message: 'Forbidden resource' }) }));

    await page.click('Download PDF');

    expect(page.text('[role=alert]')).toContain('The file was not downloaded');
    expect(page.text('[role=alert]')).toContain('Forbidden resource (HTTP_403)');
  });

  it('shows the commentary per section and records the procurement lead’s commentary on one', async () => {
    const page = await PageHarness.open(PAGE, PROCUREMENT_LEAD_USER, answer());
    expect(page.text('[data-section="executive-summary"]')).toBe('A year of foundations.');
    expect(page.text('[data-section="strategic-risk"]')).toBe('No commentary.');
    expect(page.field('Commentary').value).toBe('A year of foundations.');

    const recorded = COMMENTARY.map((s) => (s.section === 'strategic-risk' ? { ...s, text: 'Two risks moved to high.' } : s));
    queueAnswers({ data: { recordPackCommentary: recorded } }, answer({ commentary: recorded }));
    page.fill('Section', 'strategic-risk');
    page.fill('Commentary', '  Two risks moved to high.  ');
    await page.submit('Write commentary on a section');

    expect(sentRequest(page.fetch, 2).variables['input']).toEqual({
      year: THIS_YEAR,
      section: 'strategic-risk',
      text: 'Two risks moved to high.',
      commandId: expect.any(String),
    });
    expect(page.text('p.notice')).toBe(
      `The commentary on “3.9 Managing strategic risk” was recorded; the next ${THIS_YEAR} pack generated shows it.`,
    );
    expect(page.text('[data-section="strategic-risk"]')).toBe('Two risks moved to high.');
  });

  it('shows the commentary to readers without the form', async () => {
    const page = await PageHarness.open(PAGE, COMMITTEE_USER, answer());
    expect(page.text('[data-section="executive-summary"]')).toBe('A year of foundations.');
    expect(page.hasButton('Save the commentary')).toBe(false);
  });

  it('shows the review as at an instant with the forms disabled and no pack', async () => {
    const page = await PageHarness.open(PAGE, ADMIN_USER, answer({ pack: PACK }));
    queueAnswers(answer());

    const asAt = page.field('As at');
    asAt.value = `${THIS_YEAR}-01-20T12:00`;
    asAt.dispatchEvent(new Event('change'));
    await page.settle();

    expect(sentRequest(page.fetch, 2).variables).toEqual({
      year: THIS_YEAR,
      asOf: new Date(`${THIS_YEAR}-01-20T12:00`).toISOString(),
      live: false,
    });
    expect(page.text('[role=status]')).toContain(`as at 20 January ${THIS_YEAR}`);
    const fieldsets = page.all<HTMLFieldSetElement>('form > fieldset');
    expect(fieldsets).toHaveLength(4);
    expect(fieldsets.every((f) => f.disabled)).toBe(true);
    expect(page.hasButton('Generate the strategy update pack')).toBe(false);
    expect(page.all('pre.pack-markdown')).toHaveLength(0);
    expect(page.text('#pack-heading + p')).toContain('Packs are shown for the live record only');
  });
});
