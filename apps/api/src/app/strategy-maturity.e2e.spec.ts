import { STORES_UNDER_TEST, TestLedger, instant, startTestLedger } from '../testing/test-ledger';
import { ukYear } from '../testing/uk-dates';

/**
 * The NPS maturity assessment: areas assessed with level, target and evidence; the overall score
 * is the mean of the assessed areas; a re-assessment supersedes, never edits; any instant can be
 * asked; movement since the previous year; admins add areas; the action plan records progress.
 */
const AREA = 'area theme level score target evidence assessedOn assessedBy previousLevel movement history { sequence supersedes level score target evidence assessedBy }';
const ASSESSMENT = `year overallScore previousOverallScore overallMovement areas { ${AREA} }`;
const ITEM = 'id area theme description targetYear targetLevel percent addedOn revision progress { percent note recordedOn recordedBy }';
const Q = {
  assess: `mutation($input: AssessMaturityInput!) { assessMaturity(input: $input) { ${ASSESSMENT} } }`,
  assessment: `query($year: Int!, $asOf: DateTime) { maturityAssessment(year: $year, asOf: $asOf) { ${ASSESSMENT} previousYear { year overallScore } } }`,
  areas: 'query($asOf: DateTime) { maturityAreas(asOf: $asOf) { name theme reference addedAt } }',
  addArea: 'mutation($input: AddMaturityAreaInput!) { addMaturityArea(input: $input) { name theme reference addedAt } }',
  addItem: `mutation($input: AddActionPlanItemInput!) { addActionPlanItem(input: $input) { ${ITEM} } }`,
  progress: `mutation($input: RecordActionProgressInput!) { recordActionProgress(input: $input) { ${ITEM} } }`,
  plan: `query($area: String, $asOf: DateTime) { actionPlan(area: $area, asOf: $asOf) { ${ITEM} } }`,
};

describe.each(STORES_UNDER_TEST)('maturity assessment and action plan on %s', (store) => {
  const year = ukYear();
  let ledger: TestLedger;
  let admin: string;
  let lead: string;
  let leadId: string;
  const at: Record<string, string> = {};
  const ok = (query: string, variables: Record<string, unknown>, token = lead) => ledger.ok(query, variables, token);
  const refused = (code: string, query: string, variables: Record<string, unknown>, token = lead) => ledger.refused(code, query, variables, token);
  const assess = (area: string, level: string, extra: Record<string, unknown> = {}) => ok(Q.assess, { input: { year, area, level, target: 'MATURE', evidence: `Evidence for ${area}`, ...extra } });

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    admin = await ledger.adminToken();
    lead = await ledger.tokenFor('PROCUREMENT_LEAD', 'pat.lead@example.gov.uk', 'Pat Lead');
    leadId = (await ok('{ me { id } }', {})).id;
  });
  afterAll(async () => ledger?.close());

  it('lists the fourteen NPS reference areas under their themes', async () => {
    const areas = await ok(Q.areas, {});
    expect(areas).toHaveLength(14);
    expect(areas.slice(0, 3)).toEqual([
      { name: 'Engaging councillors', theme: 'Showing leadership', reference: true, addedAt: null },
      { name: 'Engaging senior managers', theme: 'Showing leadership', reference: true, addedAt: null },
      { name: 'Working with partners', theme: 'Showing leadership', reference: true, addedAt: null },
    ]);
    expect(areas.at(-1)).toMatchObject({ name: 'Adding value', theme: 'Enablers' });
  });

  it('has no assessment for a year nobody assessed: overall score 0', async () => {
    expect(await ok(Q.assessment, { year })).toEqual({ year, overallScore: 0, previousOverallScore: null, overallMovement: null, areas: [], previousYear: null });
  });

  it('assesses areas with level, target and evidence; the overall score is the mean of the assessed areas', async () => {
    at['beforeAssessed'] = await instant();
    const first = await assess('Developing talent', 'MINIMUM');
    expect(first).toMatchObject({ year, overallScore: 1 });
    expect(first.areas).toEqual([
      {
        area: 'Developing talent',
        theme: 'Enablers',
        level: 'MINIMUM',
        score: 1,
        target: 'MATURE',
        evidence: 'Evidence for Developing talent',
        assessedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        assessedBy: leadId,
        previousLevel: null,
        movement: null,
        history: [{ sequence: 1, supersedes: null, level: 'MINIMUM', score: 1, target: 'MATURE', evidence: 'Evidence for Developing talent', assessedBy: leadId }],
      },
    ]);
    for (const area of ['Engaging councillors', 'Engaging senior managers', 'Creating commercial opportunities', 'Exploiting digital technology']) await assess(area, 'DEVELOPING');
    const assessment = await ok(Q.assessment, { year });
    expect(assessment.overallScore).toBe(1.8);
    // Catalogue order: by theme, then the reference list.
    expect(assessment.areas.map((a: { area: string; score: number }) => [a.area, a.score])).toEqual([
      ['Engaging councillors', 2],
      ['Engaging senior managers', 2],
      ['Creating commercial opportunities', 2],
      ['Developing talent', 1],
      ['Exploiting digital technology', 2],
    ]);
  });

  it('records a re-assessment as a new assessment that supersedes the earlier one; the earlier stays in the history', async () => {
    at['beforeReassessed'] = await instant();
    const reassessed = await assess('developing TALENT', 'MATURE', { target: 'LEADER', evidence: 'Skills matrix and training register in place' });
    const talent = reassessed.areas.find((a: { area: string }) => a.area === 'Developing talent');
    expect(talent).toMatchObject({ level: 'MATURE', score: 3, target: 'LEADER', evidence: 'Skills matrix and training register in place' });
    expect(talent.history.map((h: { sequence: number; supersedes: number | null; level: string }) => [h.sequence, h.supersedes, h.level])).toEqual([
      [1, null, 'MINIMUM'],
      [6, 1, 'MATURE'],
    ]);
    expect(reassessed.overallScore).toBe(2.2);
  });

  it('answers as at an instant: before any assessment, and before the re-assessment', async () => {
    expect(await ok(Q.assessment, { year, asOf: at['beforeAssessed'] })).toMatchObject({ overallScore: 0, areas: [] });
    const before = await ok(Q.assessment, { year, asOf: at['beforeReassessed'] });
    expect(before.overallScore).toBe(1.8);
    expect(before.areas.find((a: { area: string }) => a.area === 'Developing talent')).toMatchObject({ level: 'MINIMUM', history: [expect.objectContaining({ sequence: 1 })] });
  });

  it('shows the movement since the previous year, per area and overall', async () => {
    await assess('Developing talent', 'MINIMUM', { year: year - 1 });
    await assess('Engaging councillors', 'DEVELOPING', { year: year - 1 });
    const assessment = await ok(Q.assessment, { year });
    expect(assessment).toMatchObject({ overallScore: 2.2, previousOverallScore: 1.5, overallMovement: 0.7, previousYear: { year: year - 1, overallScore: 1.5 } });
    const byArea = Object.fromEntries(assessment.areas.map((a: { area: string; previousLevel: string | null; movement: number | null }) => [a.area, [a.previousLevel, a.movement]]));
    expect(byArea).toMatchObject({ 'Developing talent': ['MINIMUM', 2], 'Engaging councillors': ['DEVELOPING', 0], 'Exploiting digital technology': [null, null] });
  });

  it('refuses an unknown area and missing evidence as BAD_USER_INPUT, a year not started as RULE_VIOLATION, and records nothing', async () => {
    const unknown = await refused('BAD_USER_INPUT', Q.assess, { input: { year, area: 'Resourcing levels', level: 'DEVELOPING', evidence: 'x' } });
    expect(unknown.errors?.[0].message).toMatch(/"Resourcing levels" is not a maturity area/);
    expect(unknown.errors?.[0].extensions?.['field']).toBe('area');
    await refused('BAD_USER_INPUT', Q.assess, { input: { year, area: 'Developing talent', level: 'DEVELOPING', evidence: '   ' } });
    await refused('BAD_USER_INPUT', Q.assess, { input: { year, area: 'Developing talent', level: 'DEVELOPING' } });
    await refused('BAD_USER_INPUT', Q.assess, { input: { year, area: 'Developing talent', level: 'EXPERT', evidence: 'x' } });
    await refused('BAD_USER_INPUT', Q.assess, { input: { year: 1999, area: 'Developing talent', level: 'DEVELOPING', evidence: 'x' } });
    await refused('RULE_VIOLATION', Q.assess, { input: { year: year + 1, area: 'Developing talent', level: 'DEVELOPING', evidence: 'x' } });
  });

  it('lets an admin add an area, which can then be assessed; a duplicate is a RULE_VIOLATION', async () => {
    await refused('BAD_USER_INPUT', Q.assess, { input: { year, area: 'Category management', level: 'DEVELOPING', evidence: 'x' } });
    const added = await ok(Q.addArea, { input: { name: ' Category  management ', theme: 'Behaving commercially' } }, admin);
    expect(added).toEqual({ name: 'Category management', theme: 'Behaving commercially', reference: false, addedAt: expect.any(String) });
    const areas = await ok(Q.areas, {});
    expect(areas.map((a: { name: string }) => a.name).indexOf('Category management')).toBe(6);
    expect((await assess('Category management', 'DEVELOPING')).areas.map((a: { area: string }) => a.area)).toContain('Category management');
    await refused('RULE_VIOLATION', Q.addArea, { input: { name: 'category management', theme: 'Enablers' } }, admin);
    await refused('BAD_USER_INPUT', Q.addArea, { input: { name: 'Market shaping', theme: 'Leadership' } }, admin);
  });

  it('keeps an action plan per area with target year and level, and records progress with notes', async () => {
    const item = await ok(Q.addItem, { input: { area: 'Managing strategic risk', description: 'Extend the strategy to the five risk categories', targetYear: year, targetLevel: 'DEVELOPING' } });
    expect(item).toMatchObject({ area: 'Managing strategic risk', theme: 'Behaving commercially', targetYear: year, targetLevel: 'DEVELOPING', percent: 0, progress: [], revision: 1 });
    at['beforeProgress'] = await instant();
    const progressed = await ok(Q.progress, { input: { itemId: item.id, expectedRevision: 1, percent: 60, note: 'Register kept for all five categories' } });
    expect(progressed).toMatchObject({ percent: 60, revision: 2, progress: [{ percent: 60, note: 'Register kept for all five categories', recordedBy: leadId }] });
    await ok(Q.addItem, { input: { area: 'Developing talent', description: 'Create a skills matrix', targetYear: year + 1 } });
    const plan = await ok(Q.plan, {});
    expect(plan.map((i: { area: string }) => i.area)).toEqual(['Managing strategic risk', 'Developing talent']);
    expect(await ok(Q.plan, { area: 'developing talent' })).toHaveLength(1);
    expect((await ok(Q.plan, { asOf: at['beforeProgress'] })).map((i: { percent: number }) => i.percent)).toEqual([0]);
    await refused('BAD_USER_INPUT', Q.progress, { input: { itemId: item.id, percent: 120, note: 'x' } });
    await refused('BAD_USER_INPUT', Q.progress, { input: { itemId: item.id, percent: 70, note: ' ' } });
    await refused('CONFLICT', Q.progress, { input: { itemId: item.id, expectedRevision: 1, percent: 70, note: 'Stale' } });
    await refused('NOT_FOUND', Q.progress, { input: { itemId: 'no-such-item', percent: 10, note: 'x' } });
    await refused('BAD_USER_INPUT', Q.addItem, { input: { area: 'Spend data', description: 'x', targetYear: year } });
  });

  it('treats a repeated commandId as a retry: nothing new recorded, the same answer', async () => {
    const input = { commandId: 'assess-retry-1', year, area: 'Working with partners', level: 'MINIMUM', evidence: 'Silo working' };
    const first = await ok(Q.assess, { input });
    const before = await ledger.head();
    expect(await ok(Q.assess, { input })).toEqual(first);
    expect(await ledger.head()).toBe(before);
  });
});
