import { addDays, addMonths } from '@ledger/shared-domain';
import { STORES_UNDER_TEST, TestLedger, instant, startTestLedger } from '../testing/test-ledger';
import { ukToday } from '../testing/uk-dates';

/**
 * The strategic risk register: a risk identified with inherent and residual ratings, controls,
 * appetite and treatment, reviewed quarterly. The history of scores is the point; the heat map and
 * overdue flags can be asked as at any instant.
 */
const ENTRY = 'reviewedAt likelihood impact score notes reviewedBy';
const RISK = `id title category owner likelihood impact score inherentLikelihood inherentImpact inherentScore appetite treatment controls
  reviewEveryMonths nextReviewDue overdue revision reviews { ${ENTRY} } scoreHistory { ${ENTRY} }`;
const Q = {
  identify: `mutation($input: IdentifyRiskInput!) { identifyRisk(input: $input) { ${RISK} } }`,
  review: `mutation($input: ReviewRiskInput!) { reviewRisk(input: $input) { ${RISK} } }`,
  risks: `query($asOf: DateTime) { risks(asOf: $asOf) { ${RISK} } }`,
  risk: `query($id: ID!, $asOf: DateTime) { risk(id: $id, asOf: $asOf) { ${RISK} } }`,
  heatMap: 'query($asOf: DateTime) { riskHeatMap(asOf: $asOf) { likelihood impact count riskIds } }',
  close: 'mutation($input: CloseRiskInput!) { closeRisk(input: $input) { id status closedOn closeReason overdue revision scoreHistory { score } } }',
};
const plusMonths = addMonths;
const plusDays = addDays;
const MODERN_SLAVERY = {
  title: 'Forced labour in the facilities-management supply chain',
  category: 'MODERN_SLAVERY',
  owner: 'Head of Procurement',
  inherentLikelihood: 5,
  inherentImpact: 4,
  likelihood: 3,
  impact: 4,
  controls: ['Modern slavery clauses in every contract', 'Supplier self-assessment questionnaire', 'Annual audit of tier-1 suppliers'],
  appetite: 'AVERSE',
  treatment: 'TREAT',
  reviewEveryMonths: 3,
};

describe.each(STORES_UNDER_TEST)('strategic risk register on %s', (store) => {
  let ledger: TestLedger;
  let lead: string;
  let leadUserId: string;
  let riskId: string;
  let gdprId: string;
  const at: Record<string, string> = {};

  const ok = (query: string, variables: Record<string, unknown>, token = lead) => ledger.ok(query, variables, token);
  const refused = (code: string, query: string, variables: Record<string, unknown>, token = lead) => ledger.refused(code, query, variables, token);
  const cellOf = (map: { likelihood: number; impact: number }[], likelihood: number, impact: number) => map.find((c) => c.likelihood === likelihood && c.impact === impact);
  const review = async (likelihood: number, impact: number, notes: string) => {
    const { revision } = await ok(Q.risk, { id: riskId });
    return ok(Q.review, { input: { riskId, expectedRevision: revision, likelihood, impact, notes } });
  };

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    lead = await ledger.tokenFor('PROCUREMENT_LEAD', 'rory.lead@example.gov.uk');
    leadUserId = (await ok('{ me { id } }', {})).id;
  }, 180_000);
  afterAll(async () => ledger?.close());

  it('identifies a modern slavery risk with inherent and residual ratings, controls, appetite, treatment and quarterly reviews', async () => {
    at['beforeIdentified'] = await instant();
    const risk = await ok(Q.identify, { input: MODERN_SLAVERY });
    riskId = risk.id;
    expect(risk).toMatchObject({ ...MODERN_SLAVERY, score: 12, inherentScore: 20, nextReviewDue: plusMonths(ukToday(), 3), overdue: false, reviews: [] });
    expect(risk.scoreHistory).toEqual([{ reviewedAt: expect.any(String), likelihood: 3, impact: 4, score: 12, notes: expect.any(String), reviewedBy: leadUserId }]);
    expect(await ok(Q.risks, { asOf: at['beforeIdentified'] })).toEqual([]);
  });

  it('keeps every score: identification then three reviews, the latest residual rating in force', async () => {
    const first = await review(3, 3, 'Q1: audits of cleaning contractors under way');
    expect(first).toMatchObject({ likelihood: 3, impact: 3, score: 9 });
    expect(first.revision).toBeGreaterThan(0);
    await review(2, 3, 'Q2: audits complete, two remediation plans agreed');
    at['beforeLastReview'] = await instant();
    const last = await review(4, 4, 'Q3: tier-2 supplier under police investigation');
    expect(last).toMatchObject({ likelihood: 4, impact: 4, score: 16, inherentLikelihood: 5, inherentImpact: 4, inherentScore: 20, nextReviewDue: plusMonths(ukToday(), 3) });
    expect(last.scoreHistory.map((e: { likelihood: number; impact: number; score: number }) => [e.likelihood, e.impact, e.score])).toEqual([
      [3, 4, 12],
      [3, 3, 9],
      [2, 3, 6],
      [4, 4, 16],
    ]);
    expect(last.reviews.map((r: { score: number; notes: string }) => [r.score, r.notes])).toEqual([
      [9, 'Q1: audits of cleaning contractors under way'],
      [6, 'Q2: audits complete, two remediation plans agreed'],
      [16, 'Q3: tier-2 supplier under police investigation'],
    ]);
    expect(last.reviews.every((r: { reviewedBy: string }) => r.reviewedBy === leadUserId)).toBe(true);
    expect(await ok(Q.risk, { id: riskId, asOf: at['beforeLastReview'] })).toMatchObject({ score: 6, likelihood: 2, impact: 3 });
    expect((await ok(Q.risk, { id: riskId, asOf: at['beforeLastReview'] })).reviews).toHaveLength(2);
  });

  it('counts the risks in each likelihood × impact cell, now and as at an earlier instant', async () => {
    const gdpr = await ok(Q.identify, { input: { title: 'Personal data in a supplier breach', category: 'GDPR', likelihood: 4, impact: 4, reviewEveryMonths: 3 } });
    gdprId = gdpr.id;
    // Without inherent ratings, the inherent rating is the residual one; appetite and treatment have defaults.
    expect(gdpr).toMatchObject({ inherentLikelihood: 4, inherentImpact: 4, inherentScore: 16, appetite: 'CAUTIOUS', treatment: 'TREAT', controls: [], owner: null });
    const now = await ok(Q.heatMap, {});
    expect(now).toHaveLength(25);
    expect(cellOf(now, 4, 4)).toMatchObject({ count: 2, riskIds: expect.arrayContaining([riskId, gdprId]) });
    expect(cellOf(now, 2, 3)).toMatchObject({ count: 0, riskIds: [] });
    expect(now.reduce((sum: number, c: { count: number }) => sum + c.count, 0)).toBe(2);

    const earlier = await ok(Q.heatMap, { asOf: at['beforeLastReview'] });
    expect(cellOf(earlier, 2, 3)).toEqual({ likelihood: 2, impact: 3, count: 1, riskIds: [riskId] });
    expect(cellOf(earlier, 4, 4)).toMatchObject({ count: 0, riskIds: [] });
  });

  it('lists the register highest residual score first', async () => {
    const low = await ok(Q.identify, { input: { title: 'Flooding at the depot', category: 'EXTERNAL_EVENTS', likelihood: 1, impact: 2, reviewEveryMonths: 6 } });
    const ids = (await ok(Q.risks, {})).map((r: { id: string }) => r.id);
    expect(ids.at(-1)).toBe(low.id);
    expect(ids.slice(0, 2).sort()).toEqual([riskId, gdprId].sort());
  });

  it('flags a risk overdue only as at an instant after its next review date (a future asOf folds every event)', async () => {
    const { nextReviewDue } = await ok(Q.risk, { id: riskId });
    expect((await ok(Q.risk, { id: riskId })).overdue).toBe(false);
    expect((await ok(Q.risk, { id: riskId, asOf: `${nextReviewDue}T12:00:00.000Z` })).overdue).toBe(false);
    const later = await ok(Q.risks, { asOf: `${plusDays(nextReviewDue, 1)}T12:00:00.000Z` });
    expect(later.find((r: { id: string }) => r.id === riskId)).toMatchObject({ overdue: true, score: 16 });
  });

  it('answers CONFLICT to a review at a stale revision, naming both revisions, and records nothing', async () => {
    const { revision } = await ok(Q.risk, { id: riskId });
    const answer = await refused('CONFLICT', Q.review, { input: { riskId, expectedRevision: revision - 1, likelihood: 2, impact: 2, notes: 'Stale screen' } });
    expect(answer.errors?.[0].extensions).toMatchObject({ expectedRevision: revision - 1, actualRevision: revision });
  });

  it.each([
    ['likelihood 6', { likelihood: 6 }],
    ['likelihood 0', { likelihood: 0 }],
    ['impact 6', { impact: 6 }],
    ['inherent impact 0', { inherentImpact: 0 }],
    ['a review cadence of 0 months', { reviewEveryMonths: 0 }],
    ['an empty title', { title: ' ' }],
  ])('refuses to identify a risk with %s as BAD_USER_INPUT', async (_, change) => {
    await refused('BAD_USER_INPUT', Q.identify, { input: { ...MODERN_SLAVERY, ...change } });
  });

  it.each([
    ['likelihood 6', { likelihood: 6 }],
    ['likelihood 0', { likelihood: 0 }],
    ['impact 0', { impact: 0 }],
    ['empty notes', { notes: '' }],
  ])('refuses a review with %s as BAD_USER_INPUT', async (_, change) => {
    await refused('BAD_USER_INPUT', Q.review, { input: { riskId, likelihood: 2, impact: 2, notes: 'Quarterly review', ...change } });
  });

  it('refuses a residual rating above the inherent one as RULE_VIOLATION, at identification and at a review', async () => {
    const answer = await refused('RULE_VIOLATION', Q.identify, { input: { ...MODERN_SLAVERY, inherentLikelihood: 2, inherentImpact: 2, likelihood: 3, impact: 3 } });
    expect(answer.errors?.[0].message).toMatch(/inherent/);
    // Inherent 5 x 4 = 20: a residual of 5 x 5 = 25 is above it.
    await refused('RULE_VIOLATION', Q.review, { input: { riskId, likelihood: 5, impact: 5, notes: 'Worse than ever' } });
  });

  it('answers NOT_FOUND to a review of a risk that does not exist, and null to risk(id) for it', async () => {
    await refused('NOT_FOUND', Q.review, { input: { riskId: 'no-such-risk', likelihood: 2, impact: 2, notes: 'Quarterly review' } });
    expect(await ok(Q.risk, { id: 'no-such-risk' })).toBeNull();
  });

  it('closes a risk with its reason: it keeps its history, leaves the heat map, is never overdue, and cannot be reviewed or closed again', async () => {
    const risk = await ok(Q.identify, { input: { ...MODERN_SLAVERY, title: 'Supplier insolvency on the depot contract', category: 'SUPPLY_CHAIN_AND_CONTRACTOR_FAILURE' } });
    const beforeClosing = await instant();
    await refused('BAD_USER_INPUT', Q.close, { input: { riskId: risk.id, reason: '   ' } });
    await refused('CONFLICT', Q.close, { input: { riskId: risk.id, reason: 'Contract ended', expectedRevision: risk.revision + 5 } });
    const closed = await ok(Q.close, { input: { riskId: risk.id, reason: 'Contract ended; the depot is run in house', expectedRevision: risk.revision } });
    expect(closed).toMatchObject({ status: 'CLOSED', closedOn: ukToday(), closeReason: 'Contract ended; the depot is run in house', overdue: false });
    expect(closed.scoreHistory).toHaveLength(1);
    const placed = (cells: { riskIds: string[] }[]) => cells.some((cell) => cell.riskIds.includes(risk.id));
    expect(placed(await ok(Q.heatMap, {}))).toBe(false);
    expect(placed(await ok(Q.heatMap, { asOf: beforeClosing }))).toBe(true);
    expect((await ok(Q.risk, { id: risk.id, asOf: `${plusMonths(ukToday(), 12)}T12:00:00Z` })).overdue).toBe(false);
    await refused('RULE_VIOLATION', Q.review, { input: { riskId: risk.id, likelihood: 2, impact: 2, notes: 'Quarterly review' } });
    await refused('RULE_VIOLATION', Q.close, { input: { riskId: risk.id, reason: 'Again' } });
    const auditor = await ledger.tokenFor('AUDITOR', `ada.audit.${store}@example.gov.uk`);
    await refused('FORBIDDEN', Q.close, { input: { riskId: risk.id, reason: 'Not mine to close' } }, auditor);
  });
});
