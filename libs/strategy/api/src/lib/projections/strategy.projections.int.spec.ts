import { DomainEvent } from '@ledger/event-store-core';
import { ProjectionTestbed as Testbed, TEST_STORE_KINDS, openProjectionTestbed } from '@ledger/runtime/testing';
import { ACTION_PLAN, ActionPlanItemDoc, MATURITY_AREAS, MATURITY_YEARS, MaturityYearDoc, PACK_COMMENTARY, STRATEGY_PACKS, STRATEGY_PROJECTIONS } from '.';

describe.each(TEST_STORE_KINDS)('strategy projections on %s', (kind) => {
  let bed: Testbed;
  beforeEach(async () => {
    bed = await openProjectionTestbed(kind, STRATEGY_PROJECTIONS);
  });
  afterEach(async () => bed.close());
  const record = (streamId: string, event: DomainEvent) => bed.record(streamId, event);

  const assessed = (area: string, level: string, sequence: number, supersedes: number | null = null) => ({
    type: 'MaturityAssessed',
    data: { year: 2026, area, theme: 'Enablers', level, target: 'MATURE', evidence: `Evidence ${sequence}`, assessedOn: '2026-03-01', assessedBy: 'u1', sequence, supersedes },
  });
  const itemAdded = {
    type: 'ActionPlanItemAdded',
    data: { itemId: 'a1', area: 'Developing talent', theme: 'Enablers', description: 'Create a skills matrix', targetYear: 2026, targetLevel: 'DEVELOPING', addedOn: '2026-01-05', addedBy: 'u1' },
  };
  const progress = (percent: number) => ({ type: 'ActionProgressRecorded', data: { itemId: 'a1', percent, note: `${percent}% done`, recordedOn: '2026-03-01', recordedBy: 'u1' } });
  const pack = (position: string) => ({
    type: 'StrategyUpdatePackGenerated',
    data: { year: 2025, cutOff: '2025-12-31T23:59:59.000Z', position, sha256: 'a'.repeat(64), contentSha256: 'b'.repeat(64), generatedBy: 'u1' },
  });

  it('MaturityAssessed adds to the year’s assessments, keeping every one (a re-assessment supersedes, never edits)', async () => {
    await record('maturity-2026', assessed('Developing talent', 'MINIMUM', 1));
    await record('maturity-2026', assessed('Developing talent', 'DEVELOPING', 2, 1));
    const year = (await bed.readModels.get<MaturityYearDoc>(MATURITY_YEARS, '2026')) as MaturityYearDoc;
    expect(year.assessments.map((a) => [a.level, a.sequence, a.supersedes])).toEqual([
      ['MINIMUM', 1, null],
      ['DEVELOPING', 2, 1],
    ]);
    expect(year).toMatchObject({ year: 2026, revision: 2 });
    expect(year.assessments[0].recordedAt).toEqual(expect.any(String));
  });

  it('MaturityAreaAdded adds the area to the catalogue under its theme', async () => {
    await record('maturity-areas', { type: 'MaturityAreaAdded', data: { name: 'Category management', theme: 'Behaving commercially', addedBy: 'admin' } });
    expect(await bed.readModels.get(MATURITY_AREAS, 'category management')).toMatchObject({ name: 'Category management', theme: 'Behaving commercially', addedBy: 'admin' });
  });

  it('ActionPlanItemAdded puts the item on the plan with no progress', async () => {
    await record('maturity-action-a1', itemAdded);
    expect(await bed.readModels.get(ACTION_PLAN, 'a1')).toMatchObject({ id: 'a1', area: 'Developing talent', targetYear: 2026, targetLevel: 'DEVELOPING', progress: [], revision: 1 });
  });

  it('ActionProgressRecorded appends to the item’s progress', async () => {
    await record('maturity-action-a1', itemAdded);
    await record('maturity-action-a1', progress(40));
    await record('maturity-action-a1', progress(75));
    const item = (await bed.readModels.get<ActionPlanItemDoc>(ACTION_PLAN, 'a1')) as ActionPlanItemDoc;
    expect(item.progress.map((p) => [p.percent, p.note])).toEqual([
      [40, '40% done'],
      [75, '75% done'],
    ]);
    expect(item.revision).toBe(3);
  });

  it('StrategyUpdatePackGenerated lists the pack under its year', async () => {
    await record('strategy-pack-2025', pack('10'));
    await record('strategy-pack-2025', pack('20'));
    expect(await bed.readModels.get(STRATEGY_PACKS, '2025')).toMatchObject({ year: 2025, packs: [expect.objectContaining({ position: '10' }), expect.objectContaining({ position: '20', generatedBy: 'u1' })] });
  });

  it('StrategyUpdatePackGenerated keeps the authority name and logo recorded on the pack, and none on older packs', async () => {
    const logo = { mediaType: 'image/png', base64: 'iVBORw0KGgo=', sha256: 'c'.repeat(64) };
    await record('strategy-pack-2025', pack('10'));
    await record('strategy-pack-2025', { ...pack('20'), data: { ...pack('20').data, authorityName: 'Fenland Combined Authority', logo } });
    const packs = ((await bed.readModels.get(STRATEGY_PACKS, '2025')) as { packs: Record<string, unknown>[] }).packs;
    expect(packs[0]).not.toHaveProperty('authorityName');
    expect(packs[1]).toMatchObject({ authorityName: 'Fenland Combined Authority', logo });
  });

  it('PackCommentaryRecorded keeps the latest commentary per section; empty text withdraws it', async () => {
    const commentary = (section: string, text: string) => ({ type: 'PackCommentaryRecorded', data: { year: 2025, section, text, recordedBy: 'u1' } });
    await record('strategy-pack-2025', commentary('strategic-risk', 'First'));
    await record('strategy-pack-2025', commentary('social-value', 'On track'));
    await record('strategy-pack-2025', commentary('strategic-risk', 'Second'));
    await record('strategy-pack-2025', commentary('social-value', ''));
    expect(await bed.readModels.get(PACK_COMMENTARY, '2025')).toEqual({
      id: '2025',
      year: 2025,
      sections: { 'strategic-risk': { text: 'Second', recordedAt: expect.any(String), recordedBy: 'u1' } },
    });
  });

  it('rebuilt from the log gives the same read models as folded live', async () => {
    await record('maturity-2026', assessed('Developing talent', 'MINIMUM', 1));
    await record('maturity-areas', { type: 'MaturityAreaAdded', data: { name: 'Category management', theme: 'Behaving commercially', addedBy: 'admin' } });
    await record('maturity-action-a1', itemAdded);
    await record('maturity-action-a1', progress(40));
    await record('strategy-pack-2025', pack('10'));
    await record('strategy-pack-2025', { type: 'PackCommentaryRecorded', data: { year: 2025, section: 'social-value', text: 'On track', recordedBy: 'u1' } });
    const collections = [MATURITY_YEARS, MATURITY_AREAS, ACTION_PLAN, STRATEGY_PACKS, PACK_COMMENTARY];
    const live = await Promise.all(collections.map((c) => bed.readModels.list(c)));
    await bed.runner.rebuild();
    expect(await Promise.all(collections.map((c) => bed.readModels.list(c)))).toEqual(live);
  });
});
