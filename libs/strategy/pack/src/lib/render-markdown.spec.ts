import { PackChart, packDocument } from './pack-document';
import { renderMarkdown, sha256Of } from './render-markdown';
import { PACK_DATA } from './pack-fixture.spec-helper';

const markdownOf = (data = PACK_DATA) => renderMarkdown(packDocument(data)).markdown;
const chartsOf = (data = PACK_DATA) => packDocument(data).blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : []));
const chart = (id: string, data = PACK_DATA) => chartsOf(data).find((c) => c.id === id) as PackChart;

describe('the pack as Markdown', () => {
  it('is the same text and hash every time it is built from the same data', () => {
    const first = renderMarkdown(packDocument(PACK_DATA));
    const second = renderMarkdown(packDocument(structuredClone(PACK_DATA)));
    expect(second).toEqual(first);
    expect(first.sha256).toBe(sha256Of(first.markdown));
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the authority in the title and states the cut-off as a UK date and time, with no ISO date anywhere', () => {
    const markdown = markdownOf();
    expect(markdown.startsWith('# Fenland Combined Authority: strategy update pack 2025\n\nCut-off: 31 December 2025, 23:59:59 UK time  \nLog position: 1234  \n')).toBe(true);
    expect(markdown).toContain('Annual update on the procurement strategy for Fenland Combined Authority, covering 1 January to 31 December 2025.');
    expect(markdown.match(/\d{4}-\d{2}-\d{2}/g)).toBeNull();
  });

  it('states a running year’s cut-off in UK time, summer time included', () => {
    const markdown = markdownOf({ ...PACK_DATA, year: 2026, cutOff: '2026-06-30T05:26:00.943Z' });
    expect(markdown).toContain('Cut-off: 30 June 2026, 06:26:00 UK time');
    expect(markdown).toContain('covering 1 January 2026 to 30 June 2026 (the year was still running when this pack was generated)');
  });

  it('builds a pack recorded before the authority was on the record, without a name', () => {
    const doc = packDocument({ ...PACK_DATA, authority: null });
    expect(doc.title).toBe('Strategy update pack 2025');
    expect(doc.authority).toBeUndefined();
  });

  it('hands the recorded logo to the renderers with the name', () => {
    const logo = { mediaType: 'image/png' as const, base64: 'iVBORw0KGgo=', sha256: 'c'.repeat(64) };
    expect(packDocument({ ...PACK_DATA, authority: { name: 'Fenland Combined Authority', logo } }).authority).toEqual({ name: 'Fenland Combined Authority', logo });
  });

  it('follows the strategy’s own order: summary, recommendations, maturity, then sections 3.3 to 3.10', () => {
    const headings = packDocument(PACK_DATA)
      .blocks.filter((b) => b.kind === 'heading' && b.level === 2)
      .map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(headings).toEqual([
      'Executive summary',
      'Recommendations',
      'NPS maturity overall',
      '3.3 Procurement capability and talent',
      '3.4 Digital technology',
      '3.5 Stakeholder engagement',
      '3.6 Behaving commercially',
      '3.7 Establishing a procurement hub',
      '3.8 Managing contracts',
      '3.9 Managing strategic risk',
      '3.10 Creating social value',
    ]);
  });

  it('compares maturity like with like: carried-forward areas are marked, the movement names its areas', () => {
    const markdown = markdownOf();
    expect(markdown).toContain(
      '- NPS maturity: 2.2 out of 5 across 5 areas (2 re-assessed in 2025, 3 not re-assessed and carried forward); over the same 5 areas 2.2 against 1.6 at the end of 2024 (+0.6)',
    );
    expect(markdown).toContain('| Behaving commercially | Managing strategic risk | Minimum | 1 | Developing | Minimum | no change | Not re-assessed (last in 2024) |');
    expect(markdown).toContain('| Enablers | Developing talent | Mature | 3 | Mature (carried forward) | Minimum | +2 | In 2025 |');
    expect(markdown).toContain('- Areas compared: Engaging councillors, Managing strategic risk, Obtaining social value, Developing talent, Exploiting digital technology');
    expect(markdown).toContain('- Not re-assessed in 2025, carried forward: Engaging councillors (Developing, last assessed in 2024)');
  });

  it('says when the movement is over fewer areas than the score, and names the new ones', () => {
    const maturity = { ...PACK_DATA.maturity, comparableAreas: PACK_DATA.maturity.comparableAreas.slice(0, 4), newAreas: ['Exploiting digital technology'] };
    const markdown = markdownOf({ ...PACK_DATA, maturity });
    expect(markdown).toContain('over the 4 areas with a level at both dates 2.2 against 1.6');
    expect(markdown).toContain('- Assessed for the first time, outside the movement: Exploiting digital technology');
  });

  it('says a figure did not exist at the start of the year instead of counting from zero', () => {
    const skills = { ...PACK_DATA.skills, existedAtStart: false, totalGapAtStart: null, cellsWithGapAtStart: null, totalGapAtCutOff: 11 };
    const markdown = markdownOf({ ...PACK_DATA, skills });
    expect(markdown).toContain('Skills gaps: total gap 11 across 3 cells at the cut-off; the matrix did not exist at the start of the year, so there is no earlier figure to compare with');
    expect(markdown).not.toContain('+11');
    expect(markdown).toContain('Cells below the required level at the cut-off: 3 (the matrix did not exist at the start of the year)');
    const noRegister = markdownOf({ ...PACK_DATA, risks: { ...PACK_DATA.risks, heatMapYearAgo: null } });
    expect(noRegister).toContain('The risk register held no risks at 31 December 2024: the register did not exist then, so there is no earlier heat map to compare with.');
  });

  it('compares the skills gap with the start of the year when the matrix existed then', () => {
    expect(markdownOf()).toContain('Skills gaps: total gap 4 at the cut-off against 9 at the start of the year (−5)');
  });

  it('shows the procurement lead’s commentary in its section', () => {
    const markdown = markdownOf();
    expect(markdown).toContain('## Executive summary');
    expect(markdown).toContain('### Commentary from the procurement lead\n\nA year of foundations.\n\nThe skills matrix now exists.\n\n## Recommendations');
    const risk = markdown.slice(markdown.indexOf('## 3.9 Managing strategic risk'), markdown.indexOf('## 3.10'));
    expect(risk).toContain('### Commentary from the procurement lead\n\nThe modern slavery risk stays high until the supplier audit.');
    expect(markdownOf({ ...PACK_DATA, commentary: [] })).not.toContain('Commentary from the procurement lead');
  });

  it('recommends the action plan items behind target and the areas below target', () => {
    const markdown = markdownOf();
    expect(markdown).toContain('- Complete "Create a skills matrix" (Developing talent): due in 2025 for Developing, 50% done');
    expect(markdown).not.toContain('Complete "Extend the strategy to modern slavery"');
    expect(markdown).toContain('- Raise Managing strategic risk from Minimum to its target of Developing (not re-assessed since 2024)');
    expect(markdown).toContain('- Close the overdue lesson action');
  });

  it('uses UK dates, sentence-case labels and the product’s gateway names', () => {
    const markdown = markdownOf();
    expect(markdown).toContain('| 1 March 2025 | Fleet \\| vans | Procurement strategy gateway (G2) | Approved | Yes |');
    expect(markdown).toContain('| 1 April 2025 | Late \\*market\\* engagement | High | 1 | 1 | 1 |');
    expect(markdown).toContain('| Modern slavery \\<supply chain\\> | Modern slavery | 12 | High | 3 | 1 February 2026 | No |');
    expect(markdown).toContain('| GDPR breach | GDPR | 4 | Closed | 0 | - | No |');
    expect(markdown).not.toMatch(/\bHIGH\b|\bMEDIUM\b|G2 procurement strategy/);
  });

  it('puts each chart in its section with alt text that states the figures', () => {
    expect(chartsOf().map((c) => c.id)).toEqual(['maturity-by-area', 'training-by-quarter', 'skills-coverage', 'gateway-decisions', 'risk-heat-map-now', 'risk-heat-map-year-ago', 'social-value-by-contract']);
    expect(chart('maturity-by-area')).toMatchObject({ kind: 'bars', min: 0, max: 5, categories: PACK_DATA.maturity.areas.map((a) => a.area) });
    expect(chart('maturity-by-area')).toMatchObject({ series: [{ name: '2025', values: [2, 1, 2, 3, 3] }, { name: '2024', values: [2, 1, 2, 1, 2] }, { name: 'Target', values: [4, 2, 3, 3, 4] }] });
    expect(chart('maturity-by-area').altText).toContain('Managing strategic risk 1 (not re-assessed), 2024 1, target 2');
    expect(chart('training-by-quarter').altText).toBe('Course completions in each quarter of 2025: Q1 0, Q2 3, Q3 1, Q4 0; 4 in all.');
    expect(chart('skills-coverage').altText).toContain('Contract law 2 of 3; Social value 0 of 2');
    expect(chart('gateway-decisions').altText).toBe('2 gateway decisions taken in the year: approved 1, approved with conditions 0, deferred 1, rejected 0.');
    expect(chart('risk-heat-map-now')).toMatchObject({ kind: 'heatmap', xLabels: ['1', '2', '3', '4', '5'], yLabels: ['1', '2', '3', '4', '5'], cells: [[3, 2, 1]] });
    expect(chart('risk-heat-map-now').altText).toBe('1 open risk on the 5 by 5 matrix at the end of 2025: 1 at impact 4 and likelihood 3 (high).');
    expect(chart('risk-heat-map-year-ago').altText).toBe('2 open risks on the 5 by 5 matrix at 31 December 2024: 1 at impact 4 and likelihood 4 (very high); 1 at impact 2 and likelihood 2 (low).');
    expect(chart('social-value-by-contract').altText).toContain('Highways maintenance (Acme | Highways Ltd) £10,000 committed, £2,500 delivered');
    const markdown = markdownOf();
    const section = (from: string, to: string) => markdown.slice(markdown.indexOf(from), markdown.indexOf(to));
    expect(section('## 3.3', '## 3.4')).toContain('Training completions by quarter, 2025:');
    expect(section('## 3.9', '## 3.10')).toContain('Open risks by impact and likelihood at the end of 2025:');
    expect(section('## 3.10', '### Contracts under-delivering')).toContain('Social value committed and delivered by contract:');
  });

  it('shows social value and contract management in the strategy’s sections 3.8 and 3.10', () => {
    const markdown = markdownOf();
    expect(markdown).toContain('- Active contracts at the cut-off: 2, current value £420,000; with a contract manager assigned: 1');
    expect(markdown).toContain("- Variations recorded in the year: 2, of which 1 over the policy threshold needed the procurement lead's approval");
    expect(markdown).toContain("- KPI reports for the year's quarters: Green 3, Amber 1, Red 0");
    expect(markdown).toContain('1 of 2 weighted it in evaluation (average weighting 10%); committed £10,000, delivered £2,500');
    expect(markdown).toContain('| Effective | 1 | £20,000 |\n| Pending | 0 | £0 |\n| Approved | 1 | £50,000 |');
    expect(markdown).toContain('| Saving | £12,000 | £4,000 | £4,000 |');
    expect(markdown).toContain('| 3 February 2025 | Highways maintenance | Acme \\| Highways Ltd | Active | £300,000 | £370,000 |');
    expect(markdown).toContain('| Highways maintenance | Acme \\| Highways Ltd | 10% | £10,000 | £2,500 | Yes |');
  });

  it('escapes register text so it cannot break a table or add markup', () => {
    const markdown = markdownOf();
    expect(markdown).toContain('Fleet \\| vans');
    expect(markdown).toContain('Late \\*market\\* engagement');
    expect(markdown).toContain('- Developing talent: Skills matrix and training register');
  });

  it('changes the content hash only when what the pack shows changes, not with the cut-off or position', () => {
    const base = renderMarkdown(packDocument(PACK_DATA));
    const moved = renderMarkdown(packDocument({ ...PACK_DATA, position: '1300' }));
    expect(moved.sha256).not.toBe(base.sha256);
    expect(moved.contentSha256).toBe(base.contentSha256);
    const changed = renderMarkdown(packDocument({ ...PACK_DATA, risks: { ...PACK_DATA.risks, overdue: 1 } }));
    expect(changed.contentSha256).not.toBe(base.contentSha256);
  });

  it('says None. for an empty table', () => {
    expect(markdownOf({ ...PACK_DATA, contracts: { ...PACK_DATA.contracts, underDelivering: [] } })).toContain('### Contracts under-delivering social value\n\nNone.');
  });
});
