import { packDocument } from './pack-document';
import { renderMarkdown, sha256Of } from './render-markdown';
import { PACK_DATA } from './pack-fixture.spec-helper';

describe('the pack as Markdown', () => {
  it('is the same text and hash every time it is built from the same data', () => {
    const first = renderMarkdown(packDocument(PACK_DATA));
    const second = renderMarkdown(packDocument(structuredClone(PACK_DATA)));
    expect(second).toEqual(first);
    expect(first.sha256).toBe(sha256Of(first.markdown));
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('states the cut-off and the log position, and no other clock text', () => {
    const { markdown } = renderMarkdown(packDocument(PACK_DATA));
    expect(markdown.startsWith('# Strategy update pack 2025\n\nCut-off: 2025-12-31T23:59:59.000Z  \nLog position: 1234  \n')).toBe(true);
    const instants = markdown.match(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g);
    expect(instants).toEqual(['2025-12-31T23:59:59.000Z']);
  });

  it('shows the registers’ numbers', () => {
    const { markdown } = renderMarkdown(packDocument(PACK_DATA));
    expect(markdown).toContain('NPS maturity overall score: 1.8 (no assessment for the previous year)');
    expect(markdown).toContain('| Enablers | Developing talent | Minimum | 1 | Mature | - | - |');
    expect(markdown).toContain('Establishment: 3 FTE filled of 4 approved; 2 FTE proposed');
    expect(markdown).toContain('total gap 9 at the start of the year, 4 at the cut-off');
    expect(markdown).toContain('| Approved | 1 |\n| Approved with conditions | 0 |\n| Deferred | 1 |\n| Rejected | 0 |\n| Total | 2 |');
    expect(markdown).toContain('Actions open: 1; closed: 1; overdue: 1');
    expect(markdown).toContain('| Developing talent | Create a skills matrix | 2025 | Developing | 50% | - |');
  });

  it('shows social value and contract management (strategy 3.9 and 3.10)', () => {
    const { markdown } = renderMarkdown(packDocument(PACK_DATA));
    expect(markdown).toContain('Contracts: 2 awarded in the year, 2 active at the cut-off; social value committed £10,000, delivered £2,500');
    expect(markdown).toContain('## 9. Social value and contract management');
    expect(markdown).toContain('- Active contracts at the cut-off: 2, current value £420,000; with a contract manager assigned: 1');
    expect(markdown).toContain("- Variations recorded in the year: 2, of which 1 over the policy threshold needed the procurement lead's approval");
    expect(markdown).toContain("- KPI reports for the year's quarters: Green 3, Amber 1, Red 0");
    expect(markdown).toContain('1 of 2 weighted it in evaluation (average weighting 10%); committed £10,000, delivered £2,500');
    expect(markdown).toContain('| Effective | 1 | £20,000 |\n| Pending | 0 | £0 |\n| Approved | 1 | £50,000 |');
    expect(markdown).toContain('| Total | 2 | £70,000 |');
    expect(markdown).toContain('| Saving | £12,000 | £4,000 | £4,000 |');
    expect(markdown).toContain('| Highways maintenance | Acme \\| Highways Ltd | £10,000 | £2,500 |');
    expect(markdown).toContain('| 2025-02-03 | Highways maintenance | Acme \\| Highways Ltd | Active | £370,000 | 10% | £10,000 | £2,500 | yes |');
  });

  it('escapes register text so it cannot break a table or add markup', () => {
    const { markdown } = renderMarkdown(packDocument(PACK_DATA));
    expect(markdown).toContain('Fleet \\| vans');
    expect(markdown).toContain('Late \\*market\\* engagement');
    expect(markdown).toContain('Modern slavery \\<supply chain\\>');
    expect(markdown).toContain('- Developing talent: No skills matrix no training register');
  });

  it('changes the content hash only when what the pack shows changes, not with the cut-off or position', () => {
    const base = renderMarkdown(packDocument(PACK_DATA));
    const moved = renderMarkdown(packDocument({ ...PACK_DATA, position: '1300', cutOff: '2025-12-31T23:59:59.000Z' }));
    expect(moved.sha256).not.toBe(base.sha256);
    expect(moved.contentSha256).toBe(base.contentSha256);
    const changed = renderMarkdown(packDocument({ ...PACK_DATA, risks: { ...PACK_DATA.risks, overdue: 1 } }));
    expect(changed.contentSha256).not.toBe(base.contentSha256);
  });

  it('says None. for an empty section', () => {
    const { markdown } = renderMarkdown(packDocument({ ...PACK_DATA, actionPlan: [] }));
    expect(markdown).toContain('## 3. Action plan\n\nNone.');
  });
});
