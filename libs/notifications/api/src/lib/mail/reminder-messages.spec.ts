import { WORK_ITEM_KINDS, WorkItem } from '@ledger/work-queue';
import { decisionRequestMessage, digestMessage, workItemPath } from './reminder-messages';

const item = (overrides: Partial<WorkItem> = {}): WorkItem => ({
  kind: 'TRAINING_OVERDUE',
  title: 'Your “Contract <Management>” & refresher was planned for 25 November 2026',
  subjectId: 'staff-1',
  dueOn: '2026-11-25',
  overdue: true,
  ...overrides,
});

describe('reminder messages', () => {
  it('links every kind of work item to the admin UI page where it is done', () => {
    const paths = Object.fromEntries(WORK_ITEM_KINDS.map((kind) => [kind, workItemPath({ kind, subjectId: 'a/b' })]));
    expect(paths).toEqual({
      GATEWAY_DECISION_AWAITED: '/gateway/a%2Fb',
      GATEWAY_CONDITION_OUTSTANDING: '/gateway/a%2Fb',
      TRAINING_OVERDUE: '/workforce/training-register',
      TRAINING_EXPIRING: '/workforce/training-register',
      RISK_REVIEW_OVERDUE: '/risks',
      LESSON_DUE: '/gateway/a%2Fb',
      LESSON_ACTION_DUE: '/lessons',
      CONTRACT_ENDING: '/contracts/a%2Fb',
      KPI_REPORT_DUE: '/contracts/a%2Fb',
      SOCIAL_VALUE_REPORT_DUE: '/contracts/a%2Fb',
      VARIATION_AWAITING_APPROVAL: '/contracts/a%2Fb',
    });
  });

  it('writes the digest in plain text and in HTML with every value escaped, overdue items marked', () => {
    const items = [item(), item({ kind: 'RISK_REVIEW_OVERDUE', title: 'Review "Fraud" risk', subjectId: 'r1', dueOn: '2026-12-10', overdue: false })];
    const message = digestMessage('Sam <Patel>', items, '2026-11-30', 'https://ledger.example.gov.uk');
    expect(message.subject).toBe('Governance reminders for 30 November 2026: 2 to do, 1 overdue');
    expect(message.text).toContain('Dear Sam <Patel>,');
    expect(message.text).toContain('- Overdue: Your “Contract <Management>” & refresher');
    expect(message.text).toContain('  https://ledger.example.gov.uk/workforce/training-register');
    expect(message.text).toContain('- Due 10 December 2026: Review "Fraud" risk');
    expect(message.html).toContain('Dear Sam &lt;Patel&gt;,');
    expect(message.html).toContain('Contract &lt;Management&gt;” &amp; refresher');
    expect(message.html).toContain('Review &quot;Fraud&quot; risk');
    expect(message.html).toContain('<a href="https://ledger.example.gov.uk/risks">');
    expect(message.html).not.toMatch(/<Management>|<Patel>/);
  });

  it('names the review awaiting a decision in the subject, with its link', () => {
    const message = decisionRequestMessage(
      'Cara',
      item({ kind: 'GATEWAY_DECISION_AWAITED', title: 'Decide the award gateway (G3) for “Roads”', subjectId: 'p1', dueOn: null, overdue: false }),
      'https://ledger.example.gov.uk',
    );
    expect(message.subject).toBe('Decision awaited: Decide the award gateway (G3) for “Roads”');
    expect(message.text).toContain('https://ledger.example.gov.uk/gateway/p1');
    expect(message.html).toContain('<a href="https://ledger.example.gov.uk/gateway/p1">');
  });
});
