import { AREAS } from '../../areas';
import type { MyWorkQuery, WorkItemKind } from '../../generated/graphql';

export type WorkItem = MyWorkQuery['myWork'][number];

/** Where an item is done: a router path (absolute) and the name of the page, for the link's text. */
export interface WorkLink {
  readonly path: string;
  readonly page: string;
}

/** What each kind of item asks of the person, as a heading over its title. */
export const WORK_KIND_LABELS: Readonly<Record<WorkItemKind, string>> = {
  GATEWAY_DECISION_AWAITED: 'Review awaiting decision',
  GATEWAY_CONDITION_OUTSTANDING: 'Gateway condition outstanding',
  TRAINING_OVERDUE: 'Training overdue',
  TRAINING_EXPIRING: 'Training expiring',
  RISK_REVIEW_OVERDUE: 'Risk review overdue',
  LESSON_DUE: 'Lesson to record',
  LESSON_ACTION_DUE: 'Lesson action due',
  CONTRACT_ENDING: 'Contract ending',
  KPI_REPORT_DUE: 'KPI report due',
  SOCIAL_VALUE_REPORT_DUE: 'Social value report due',
  VARIATION_AWAITING_APPROVAL: 'Variation awaiting approval',
};

const procurementPage = (id: string): WorkLink => ({
  path: `/${AREAS.gatewayDecisions.path}/${encodeURIComponent(id)}`,
  page: 'the procurement',
});
const contractPage = (id: string): WorkLink => ({ path: `/${AREAS.contracts.path}/${encodeURIComponent(id)}`, page: 'the contract' });
const areaPage = (area: { path: string; title: string }): WorkLink => ({ path: `/${area.path}`, page: area.title.toLowerCase() });

/**
 * The page where an item is done. Procurement and contract items open their own page; the
 * training register, risk register and lessons log have no page per subject, so their items open
 * the register itself (the item's title names the person, risk or action). The training register
 * has no filter by person in its address yet, so a training item opens the whole register.
 */
export function workItemLink(item: Pick<WorkItem, 'kind' | 'subjectId'>): WorkLink | null {
  switch (item.kind) {
    case 'GATEWAY_DECISION_AWAITED':
    case 'GATEWAY_CONDITION_OUTSTANDING':
    case 'LESSON_DUE':
      return procurementPage(item.subjectId);
    case 'CONTRACT_ENDING':
    case 'KPI_REPORT_DUE':
    case 'SOCIAL_VALUE_REPORT_DUE':
    case 'VARIATION_AWAITING_APPROVAL':
      return contractPage(item.subjectId);
    case 'TRAINING_OVERDUE':
    case 'TRAINING_EXPIRING':
      return areaPage(AREAS.trainingRegister);
    case 'RISK_REVIEW_OVERDUE':
      return areaPage(AREAS.strategicRisks);
    case 'LESSON_ACTION_DUE':
      return areaPage(AREAS.lessonsLearned);
    default: {
      // A kind the API added after this UI was built: shown, but with nowhere to go yet.
      const unknownKind: never = item.kind;
      void unknownKind;
      return null;
    }
  }
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-12-31" reads "31 December 2026" (a calendar date, so no time zone moves it). */
export function longCalendarDate(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : longDate.format(date);
}

/**
 * When the item falls due, in words that carry "Overdue" themselves (colour only repeats them):
 * "Overdue: was due 31 December 2026", "Due 31 December 2026", or, with no date, "No due date".
 */
export function dueWording(item: Pick<WorkItem, 'dueOn' | 'overdue'>): string {
  if (!item.dueOn) {
    return item.overdue ? 'Overdue' : 'No due date';
  }
  const date = longCalendarDate(item.dueOn);
  return item.overdue ? `Overdue: was due ${date}` : `Due ${date}`;
}
