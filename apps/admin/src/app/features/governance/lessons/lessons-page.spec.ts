import {
  ADMIN_USER,
  AUDITOR_USER,
  HR_LEAD_USER,
  PROCUREMENT_LEAD_USER,
  STAFF_USER,
  queueAnswers,
  sentRequest,
  sentRequests,
} from '../../../../testing/fetch-stub';
import { ANN, BOB, action, lesson } from '../../../../testing/governance-fixtures';
import { PageHarness } from '../../../../testing/page-harness';
import type { Lesson, LessonDue } from '../governance.types';
import type { ProcurementChoice } from '../governance.types';

const URL = '/lessons';

const LESSONS = [
  lesson({
    actions: [
      action(),
      action({
        id: 'action-2',
        description: 'Run a market engagement workshop',
        owner: BOB,
        dueDate: '2026-01-31',
        target: 'TRAINING_COURSE',
        targetReference: null,
        overdue: true,
      }),
      action({
        id: 'action-3',
        description: 'Update the guidance',
        status: 'CLOSED',
        closedOn: '2026-02-20',
        evidence: 'Guidance v3 published',
        target: 'GUIDANCE',
      }),
    ],
  }),
  lesson({
    id: 'lesson-0',
    title: 'Evaluation took too long',
    priority: 'LOW',
    procurementId: null,
    gateway: null,
    effect: null,
    causes: null,
    earlyWarningIndicators: null,
    loggedOn: '2026-01-15',
  }),
];
const DUE: LessonDue[] = [{ procurementId: 'proc-3', title: 'Cleaning', awardedAt: '2026-03-10T12:00:00.000Z' }];
const PROCUREMENTS: ProcurementChoice[] = [
  { id: 'proc-1', title: 'Highways maintenance', requiredGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'] },
  { id: 'proc-3', title: 'Cleaning', requiredGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'] },
];

/** `procurements` null: the user may not list them, so the query leaves them out. */
function answer(lessons: Lesson[] = LESSONS, procurements: ProcurementChoice[] | null = PROCUREMENTS, due = DUE) {
  return { data: { lessons, lessonsDue: due, ...(procurements ? { procurements } : {}) } };
}
const staff = { data: { staffMembers: [ANN, BOB] } };
const legends = (page: PageHarness) => page.all('form > fieldset > legend').map((l) => l.textContent?.trim());
const dd = (article: Element, term: string) =>
  [...article.querySelectorAll('dt')].find((dt) => dt.textContent?.trim() === term)?.nextElementSibling?.textContent?.trim();

describe('LessonsPage', () => {
  it('shows the log newest first in PRINCE2’s terms, with the procurement and gateway', async () => {
    const page = await PageHarness.open(URL, AUDITOR_USER, answer());

    expect(sentRequest(page.fetch, 1).variables).toEqual({ asOf: null, withProcurements: true });
    expect(page.all('article[data-lesson-id]').map((a) => a.dataset['lessonId'])).toEqual(['lesson-1', 'lesson-0']);
    const first = page.one('article[data-lesson-id=lesson-1]');
    expect(first.querySelector('h3')?.textContent).toContain('High priority');
    expect(first.textContent).toContain('Logged 1 Mar 2026');
    expect(first.querySelector('a')?.textContent).toBe('Highways maintenance');
    expect(first.textContent).toContain('at G3 Award');
    expect(dd(first, 'What happened')).toBe('Suppliers heard of the tender a week before it opened.');
    expect(dd(first, 'Effect')).toBe('Two bids instead of the six expected.');
    expect(dd(first, 'Causes')).toBe('No market engagement step in the plan.');
    expect(dd(first, 'Early warning indicators')).toBe('Few questions at the bidders’ day.');
    expect(dd(first, 'Recommendation')).toBe('Engage the market six months ahead.');
    expect(dd(page.one('article[data-lesson-id=lesson-0]'), 'Effect')).toBe('—');
  });

  it('lists each action with owner, due date, target and status, and marks the overdue ones', async () => {
    const page = await PageHarness.open(URL, AUDITOR_USER, answer());

    const row = (id: string) =>
      [...page.one(`tr[data-action-id=${id}]`).querySelectorAll('th, td')].map((c) => c.textContent?.replace(/\s+/g, ' ').trim());
    expect(row('action-1')).toEqual([
      'Add market engagement to the strategy template',
      'Ann Lee',
      '30 Jun 2026',
      'Template: PT-04',
      'Open',
    ]);
    expect(row('action-2')).toEqual(['Run a market engagement workshop', 'Bob Khan', '31 Jan 2026 Overdue', 'Training course', 'Open']);
    expect(row('action-3')[4]).toBe('Closed 20 Feb 2026: Guidance v3 published');
    expect(page.all('[data-flag=overdue]')).toHaveLength(1);
    expect(page.one('tr[data-action-id=action-2]').dataset['overdue']).toBe('true');
  });

  it('lists the lessons due: procurements past award with no lesson', async () => {
    const page = await PageHarness.open(URL, AUDITOR_USER, answer());

    expect(page.text('#lessons-due-title')).toBe('Lessons due (1)');
    expect(page.text('li[data-due-procurement-id=proc-3]')).toContain('Cleaning , awarded 10 March 2026');
    expect(page.all('form')).toHaveLength(0);
    expect(page.hasButton('Record a lesson for Cleaning')).toBe(false);
    expect(page.hasButton('Close action “Add market engagement to the strategy template”')).toBe(false);
  });

  it('lets STAFF record a lesson, naming a procurement by id since they cannot list procurements', async () => {
    const page = await PageHarness.open(URL, STAFF_USER, answer(LESSONS, null));
    queueAnswers({ data: { recordLesson: lesson({ id: 'lesson-9', title: 'Clarify the lots early' }) } }, answer(LESSONS, null));

    expect(sentRequest(page.fetch, 1).variables).toEqual({ asOf: null, withProcurements: false });
    expect(sentRequests(page.fetch)).toHaveLength(2);
    expect(page.changes()).toEqual(['Record a lesson']);
    page.openChange('Record a lesson');
    expect(legends(page)).toEqual(['Record a lesson']);
    expect(page.text('article[data-lesson-id=lesson-1] p.muted')).toContain('about procurement proc-1');

    page.fill('Title', 'Clarify the lots early');
    page.fill('What happened', 'Bidders asked about lot boundaries for weeks.');
    page.fill('Recommendation', 'Publish a lot map with the notice.');
    page.fill('Priority', 'LOW');
    page.fill('Procurement id (optional)', 'proc-1');
    await page.settle();
    page.fill('Gateway (optional)', 'G2_PROCUREMENT_STRATEGY');
    await page.submit('Record a lesson');

    expect(sentRequest(page.fetch, 2).variables['input']).toEqual({
      title: 'Clarify the lots early',
      whatHappened: 'Bidders asked about lot boundaries for weeks.',
      effect: null,
      causes: null,
      earlyWarningIndicators: null,
      recommendation: 'Publish a lot map with the notice.',
      priority: 'LOW',
      procurementId: 'proc-1',
      gateway: 'G2_PROCUREMENT_STRATEGY',
      commandId: expect.any(String),
    });
    expect(page.text('p.notice')).toBe('“Clarify the lots early” was recorded in the lessons log.');
  });

  it('gives an HR lead the log to read, without forms', async () => {
    const page = await PageHarness.open(URL, HR_LEAD_USER, answer(LESSONS, null));

    expect(page.all('form')).toHaveLength(0);
    expect(page.all('article[data-lesson-id]')).toHaveLength(2);
  });

  it('records a lesson for a procurement from the lessons due', async () => {
    const page = await PageHarness.open(URL, PROCUREMENT_LEAD_USER, answer(), staff);
    queueAnswers({ data: { recordLesson: lesson({ id: 'lesson-9' }) } }, answer(), staff);

    expect(page.changes()).toEqual(['Record a lesson', 'Assign an action']);
    expect(legends(page)).toEqual([]);
    await page.click('Record a lesson for Cleaning');
    expect(page.field('Procurement (optional)').value).toBe('proc-3');
    expect(document.activeElement).toBe(page.field('Title'));
    page.fill('Title', 'Cleaning: specify outcomes');
    page.fill('What happened', 'Hours, not outcomes, were specified.');
    page.fill('Effect (optional)', 'Standards slipped in month two.');
    page.fill('Recommendation', 'Specify outcomes.');
    await page.submit('Record a lesson');

    expect(sentRequest(page.fetch, 3).variables['input']).toMatchObject({
      procurementId: 'proc-3',
      gateway: null,
      effect: 'Standards slipped in month two.',
      priority: 'MEDIUM',
    });
  });

  it('asks for the PRINCE2 essentials before sending', async () => {
    const page = await PageHarness.open(URL, STAFF_USER, answer(LESSONS, null));

    await page.submit('Record a lesson');

    expect(sentRequests(page.fetch)).toHaveLength(2);
    expect(page.text()).toContain('Enter a title for the lesson.');
    expect(page.text()).toContain('Say what happened.');
    expect(page.text()).toContain('Enter the recommendation.');
  });

  it('assigns an action to a staff member, then closes one with its evidence', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer(), staff);
    queueAnswers({ data: { assignLessonAction: LESSONS[0] } }, answer(), staff);

    page.openChange('Assign an action');
    expect([...page.field('Owner').options].map((o) => o.textContent?.trim())).toEqual([
      'Choose a person',
      'Ann Lee – Head of Finance',
      'Bob Khan – Legal Counsel',
    ]);
    page.fill('Action', 'Add a market engagement step to the plan template');
    page.fill('Owner', 'staff-2');
    page.fill('Due date', '2026-09-30');
    page.fill('What it changes', 'TEMPLATE');
    page.fill('Reference (optional)', 'Procurement plan v4');
    await page.submit('Assign an action');
    expect(sentRequest(page.fetch, 3).variables['input']).toEqual({
      lessonId: 'lesson-1',
      description: 'Add a market engagement step to the plan template',
      ownerStaffMemberId: 'staff-2',
      dueDate: '2026-09-30',
      target: 'TEMPLATE',
      targetReference: 'Procurement plan v4',
      commandId: expect.any(String),
    });
    expect(page.text('p.notice')).toBe('An action was assigned from “Market engagement came too late”.');

    queueAnswers({ data: { closeLessonAction: LESSONS[0] } }, answer(), staff);
    await page.click('Close action “Run a market engagement workshop”');
    expect(document.activeElement?.textContent).toContain('Close “Run a market engagement workshop”');
    page.fill('Evidence', 'Workshop held on 12 March');
    await page.submit('Close “Run a market engagement workshop”');
    expect(sentRequest(page.fetch, 6).variables['input']).toEqual({
      lessonId: 'lesson-1',
      actionId: 'action-2',
      evidence: 'Workshop held on 12 March',
      commandId: expect.any(String),
    });
    expect(page.text('p.notice')).toBe('The action “Run a market engagement workshop” was closed.');
  });

  it('shows the API’s refusal with its code next to the form', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer(), staff);
    queueAnswers({
      errors: [{ message: 'An action cannot fall due before the lesson was logged', extensions: { code: 'RULE_VIOLATION' } }],
    });

    page.openChange('Assign an action');
    page.fill('Action', 'Backdated');
    page.fill('Owner', 'staff-1');
    page.fill('Due date', '2020-01-01');
    await page.submit('Assign an action');

    page.expectRefusal(
      'Assign an action',
      'RULE_VIOLATION',
      'The action was not assigned',
      'An action cannot fall due before the lesson was logged',
    );
  });

  it('shows the log as at an instant with the forms and buttons disabled', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, answer(), staff);
    queueAnswers(answer([LESSONS[1]], PROCUREMENTS, []), staff);

    const asAt = page.field('As at');
    asAt.value = '2026-02-01T12:00';
    asAt.dispatchEvent(new Event('change'));
    await page.settle();

    expect(sentRequest(page.fetch, 3).variables).toEqual({ asOf: new Date('2026-02-01T12:00').toISOString(), withProcurements: true });
    expect(page.text('[role=status]')).toContain('Showing the register as at 1 February 2026');
    expect(page.changesDisabled()).toEqual({ 'Record a lesson': true, 'Assign an action': true });
    expect(page.all('article[data-lesson-id]')).toHaveLength(1);
    expect(page.text('#lessons-due-title')).toBe('Lessons due (0)');
  });
});
