import type { WorkItemKind } from '../../generated/graphql';
import { completionsByQuarter, skillsCoverage } from './figures';
import { WORK_KIND_LABELS, dueWording, longCalendarDate, workItemLink } from './work-items';

describe('the home page work items', () => {
  describe('each item links to the page where it is done', () => {
    it.each<[WorkItemKind, string]>([
      ['GATEWAY_DECISION_AWAITED', '/gateway/proc-1'],
      ['GATEWAY_CONDITION_OUTSTANDING', '/gateway/proc-1'],
      ['LESSON_DUE', '/gateway/proc-1'],
      ['CONTRACT_ENDING', '/contracts/proc-1'],
      ['KPI_REPORT_DUE', '/contracts/proc-1'],
      ['SOCIAL_VALUE_REPORT_DUE', '/contracts/proc-1'],
      ['VARIATION_AWAITING_APPROVAL', '/contracts/proc-1'],
      ['TRAINING_OVERDUE', '/workforce/training-register'],
      ['TRAINING_EXPIRING', '/workforce/training-register'],
      ['RISK_REVIEW_OVERDUE', '/risks'],
      ['LESSON_ACTION_DUE', '/lessons'],
    ])('%s opens %s', (kind, path) => {
      expect(workItemLink({ kind, subjectId: 'proc-1' })?.path).toBe(path);
    });

    it('escapes the subject id in the path', () => {
      expect(workItemLink({ kind: 'KPI_REPORT_DUE', subjectId: 'a/b c' })?.path).toBe('/contracts/a%2Fb%20c');
    });

    it('gives a kind the API added later no link instead of failing the page', () => {
      expect(workItemLink({ kind: 'SOMETHING_NEW' as WorkItemKind, subjectId: 'x' })).toBeNull();
    });

    it('names every kind in words', () => {
      expect(WORK_KIND_LABELS.GATEWAY_DECISION_AWAITED).toBe('Review awaiting decision');
      expect(WORK_KIND_LABELS.VARIATION_AWAITING_APPROVAL).toBe('Variation awaiting approval');
      expect(Object.values(WORK_KIND_LABELS).every((label) => !label.includes('_'))).toBe(true);
    });
  });

  describe('when an item falls due', () => {
    it('writes the date as UK readers do', () => {
      expect(longCalendarDate('2026-12-31')).toBe('31 December 2026');
      expect(longCalendarDate('2026-03-01')).toBe('1 March 2026');
    });

    it('says "Overdue" in words, not by colour alone', () => {
      expect(dueWording({ dueOn: '2026-06-30', overdue: true })).toBe('Overdue: was due 30 June 2026');
    });

    it('says when an item not yet overdue is due', () => {
      expect(dueWording({ dueOn: '2026-12-31', overdue: false })).toBe('Due 31 December 2026');
    });

    it('says there is no date when nothing sets one (a review waiting for the committee)', () => {
      expect(dueWording({ dueOn: null, overdue: false })).toBe('No due date');
    });
  });
});

describe('the home page figures', () => {
  it('counts the people who need a competency and those assessed at the level required', () => {
    const cell = (id: string, requiredLevel: number, gap: number) => ({ competency: { id }, requiredLevel, gap });
    const coverage = skillsCoverage({
      totalRows: 3,
      competencies: [
        { id: 'c1', name: 'Negotiation' },
        { id: 'c2', name: 'Nobody needs this' },
      ],
      rows: [{ cells: [cell('c1', 3, 0), cell('c2', 0, 0)] }, { cells: [cell('c1', 3, 1)] }, { cells: [cell('c1', 2, 0)] }],
    });
    expect(coverage).toEqual([{ competency: 'Negotiation', required: 3, met: 2, percent: 67 }]);
  });

  it('counts completed courses in each of the last quarters, oldest first, expired ones included', () => {
    const counts = completionsByQuarter(
      [
        { status: 'COMPLETED', completedOn: '2026-11-02' },
        { status: 'EXPIRED', completedOn: '2026-01-15' },
        { status: 'COMPLETED', completedOn: '2025-12-31' },
        { status: 'FAILED', completedOn: '2026-10-01' },
        { status: 'PLANNED', completedOn: null },
        { status: 'COMPLETED', completedOn: '2024-01-01' },
      ],
      '2026-11-30',
      4,
    );
    expect(counts).toEqual([
      { quarter: 'Q1 2026', completions: 1 },
      { quarter: 'Q2 2026', completions: 0 },
      { quarter: 'Q3 2026', completions: 0 },
      { quarter: 'Q4 2026', completions: 1 },
    ]);
  });
});
