import { ContractState, ReportDue, VariationAwaitingDecision, compareQuarters, contractEndingAlert, formatPounds, kpiReportsDue, socialValueReportsDue } from '@ledger/contracts-domain';
import { declaredConflict, sitsOnCommittee } from '@ledger/gateway-domain';
import { IsoDate, Permission, addDays, mayDo, ukLongDate } from '@ledger/shared-domain';

/**
 * What a person has to do, worked out from the registers: which items exist, who sees them, when
 * they fall due and when they are overdue. Pure (the day is an input, never the clock), so every
 * rule here has a spec, and the work queue, the reminders and the calendar feed all read the same
 * answer.
 */

export const WORK_ITEM_KINDS = [
  'GATEWAY_DECISION_AWAITED',
  'GATEWAY_CONDITION_OUTSTANDING',
  'TRAINING_OVERDUE',
  'TRAINING_EXPIRING',
  'RISK_REVIEW_OVERDUE',
  'LESSON_DUE',
  'LESSON_ACTION_DUE',
  'CONTRACT_ENDING',
  'KPI_REPORT_DUE',
  'SOCIAL_VALUE_REPORT_DUE',
  'VARIATION_AWAITING_APPROVAL',
] as const;
export type WorkItemKind = (typeof WORK_ITEM_KINDS)[number];

export interface WorkItem {
  kind: WorkItemKind;
  title: string;
  /** The procurement, person, risk, lesson or contract the item is about. */
  subjectId: string;
  dueOn: IsoDate | null;
  overdue: boolean;
}

/** How far ahead the queue looks: far enough to act, near enough to stay short. */
export const WORK_HORIZONS = {
  /** A qualification expiring within this many days needs renewal booked now. */
  trainingExpiringDays: 60,
  /** Lesson actions show this many days before they fall due. */
  lessonActionDays: 14,
} as const;

/** Who is asking: their roles and, when their sign-in email is on the staff register, their staff record. */
export interface Viewer {
  roles: readonly string[];
  staffMemberId: string | null;
}

export interface ReviewAwaitingDecision {
  procurementId: string;
  procurementTitle: string;
  gatewayLabel: string;
  requestedOn: IsoDate;
  /** Who may sit under the procurement's policy; null: any registered staff member. */
  committee: string[] | null;
  /** Members who declared a conflict in the procurement: they cannot decide on it. */
  conflicted: string[];
}

export interface OutstandingCondition {
  procurementId: string;
  procurementTitle: string;
  gatewayLabel: string;
  condition: string;
  decidedOn: IsoDate;
}

export interface TrainingFact {
  staffMemberId: string;
  personName: string;
  courseId: string;
  courseTitle: string;
  status: 'PLANNED' | 'BOOKED' | 'ATTENDED' | 'COMPLETED' | 'EXPIRED' | 'CANCELLED' | string;
  plannedFor: IsoDate | null;
  completedOn: IsoDate | null;
  expiresOn: IsoDate | null;
}

export interface RiskFact {
  id: string;
  title: string;
  nextReviewDue: IsoDate;
  closed: boolean;
}

export interface LessonDueFact {
  procurementId: string;
  procurementTitle: string;
  awardedOn: IsoDate;
}

export interface LessonActionFact {
  lessonId: string;
  lessonTitle: string;
  description: string;
  ownerId: string | null;
  dueDate: IsoDate;
  open: boolean;
}

/** A contract as its decider folds it: the contracts context's own rules say what is due on it. */
export type ContractFact = Pick<
  ContractState,
  'contractId' | 'title' | 'supplierName' | 'status' | 'startDate' | 'endDate' | 'closedOn' | 'noticePeriodDays' | 'managers' | 'kpis' | 'commitments'
>;

/** A contract variation over the policy threshold, as the approver's work queue shows it. */
export interface VariationAwaitingApprovalFact extends VariationAwaitingDecision {
  /** The (UK calendar) day it was recorded: how long it has been waiting. */
  recordedOn: IsoDate;
}

export interface WorkFacts {
  reviewsAwaitingDecision: readonly ReviewAwaitingDecision[];
  outstandingConditions: readonly OutstandingCondition[];
  training: readonly TrainingFact[];
  risks: readonly RiskFact[];
  lessonsDue: readonly LessonDueFact[];
  lessonActions: readonly LessonActionFact[];
  contracts: readonly ContractFact[];
  variationsAwaitingApproval: readonly VariationAwaitingApprovalFact[];
}

/** Every item the viewer must act on as at `today` (a UK calendar day): overdue first, then by due date. */
export function workItemsFor(viewer: Viewer, facts: WorkFacts, today: IsoDate): WorkItem[] {
  const may = (permission: Permission) => mayDo(viewer.roles, permission);
  const items: WorkItem[] = [
    ...reviewsToDecide(reviewsViewerMayDecide(viewer, facts.reviewsAwaitingDecision)),
    ...(may('runProcurements') ? conditionsOutstanding(facts.outstandingConditions) : []),
    ...trainingItems(trainingVisibleTo(viewer, facts.training), today, viewer.staffMemberId),
    ...(may('keepRisks') ? riskReviewsOverdue(facts.risks, today) : []),
    ...(may('manageLessonActions') ? lessonsDue(facts.lessonsDue) : []),
    ...lessonActionsDue(lessonActionsVisibleTo(viewer, facts.lessonActions), today),
    ...contractItems(contractsFor(viewer, facts.contracts), today),
    // Whoever may approve a variation (the contract decider's own line) sees every one waiting.
    ...(may('approveContractVariations') ? variationsToDecide(facts.variationsAwaitingApproval) : []),
  ];
  return items.sort(byUrgency);
}

// Who sees which facts: shared by the work queue and the calendar feed (calendar-entries.ts), so the
// two never disagree about whose dates a person is shown.

/** A committee member sees the reviews they may decide, by the procurement decider's own rules: on the policy's committee and not conflicted. */
export function reviewsViewerMayDecide(viewer: Viewer, reviews: readonly ReviewAwaitingDecision[]): readonly ReviewAwaitingDecision[] {
  if (!mayDo(viewer.roles, 'recordGatewayDecisions')) return [];
  // A clerk with ADMIN records for the committee, so sees every review; a member only those they may sit on.
  const clerk = mayDo(viewer.roles, 'administerUsers');
  return reviews.filter(
    (r) => clerk || (viewer.staffMemberId !== null && sitsOnCommittee(r, viewer.staffMemberId) && !declaredConflict(r, viewer.staffMemberId)),
  );
}

/** The HR lead sees everyone's training; anyone else their own. */
export function trainingVisibleTo(viewer: Viewer, training: readonly TrainingFact[]): readonly TrainingFact[] {
  return mayDo(viewer.roles, 'keepWorkforce') ? training : training.filter((t) => t.staffMemberId === viewer.staffMemberId);
}

/** Whoever manages lesson actions sees them all; anyone else the actions they own. */
export function lessonActionsVisibleTo(viewer: Viewer, actions: readonly LessonActionFact[]): readonly LessonActionFact[] {
  return mayDo(viewer.roles, 'manageLessonActions') ? actions : actions.filter((a) => a.ownerId && a.ownerId === viewer.staffMemberId);
}

/** Planned or booked: training that is still to happen. */
export const isActivePlan = (t: TrainingFact) => ACTIVE_PLAN.has(t.status);

/** A completed qualification needs no renewal when the person already has it planned again or completed it since. */
export function renewalInHand(training: readonly TrainingFact[], t: TrainingFact): boolean {
  return training.some(
    (other) =>
      other !== t &&
      other.staffMemberId === t.staffMemberId &&
      other.courseId === t.courseId &&
      (ACTIVE_PLAN.has(other.status) || (other.status === 'COMPLETED' && (other.completedOn ?? '') > (t.completedOn ?? ''))),
  );
}

const byUrgency = (a: WorkItem, b: WorkItem): number =>
  Number(b.overdue) - Number(a.overdue) || (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31') || a.title.localeCompare(b.title, 'en-GB');

function reviewsToDecide(reviews: readonly ReviewAwaitingDecision[]): WorkItem[] {
  return reviews.map((r) => ({
    kind: 'GATEWAY_DECISION_AWAITED',
    title: `Decide ${r.gatewayLabel} for “${r.procurementTitle}” (requested ${ukLongDate(r.requestedOn)})`,
    subjectId: r.procurementId,
    // The policy sets no decision deadline, so a review is waiting, never overdue.
    dueOn: null,
    overdue: false,
  }));
}

function conditionsOutstanding(conditions: readonly OutstandingCondition[]): WorkItem[] {
  return conditions.map((c) => ({
    kind: 'GATEWAY_CONDITION_OUTSTANDING',
    title: `Discharge the condition on ${c.gatewayLabel} for “${c.procurementTitle}”: ${c.condition}`,
    subjectId: c.procurementId,
    dueOn: null,
    overdue: false,
  }));
}

const ACTIVE_PLAN = new Set(['PLANNED', 'BOOKED']);

/**
 * Planned or booked training past its date is overdue; a qualification expiring within the horizon
 * (or already expired) needs renewing, unless the person already completed it again or has it planned.
 */
function trainingItems(training: readonly TrainingFact[], today: IsoDate, viewerStaffId: string | null): WorkItem[] {
  const horizon = addDays(today, WORK_HORIZONS.trainingExpiringDays);
  const whose = (t: TrainingFact) => (t.staffMemberId === viewerStaffId ? 'your' : `${t.personName}’s`);
  const items: WorkItem[] = [];
  for (const t of training) {
    if (ACTIVE_PLAN.has(t.status) && t.plannedFor && t.plannedFor < today) {
      items.push({
        kind: 'TRAINING_OVERDUE',
        title: `${capitalised(whose(t))} “${t.courseTitle}” was planned for ${ukLongDate(t.plannedFor)}: book, record or cancel it`,
        subjectId: t.staffMemberId,
        dueOn: t.plannedFor,
        overdue: true,
      });
    } else if ((t.status === 'COMPLETED' || t.status === 'EXPIRED') && t.expiresOn && t.expiresOn <= horizon && !renewalInHand(training, t)) {
      const expired = t.expiresOn < today;
      items.push({
        kind: 'TRAINING_EXPIRING',
        title: `${capitalised(whose(t))} “${t.courseTitle}” ${expired ? 'expired' : 'expires'} on ${ukLongDate(t.expiresOn)}: plan the renewal`,
        subjectId: t.staffMemberId,
        dueOn: t.expiresOn,
        overdue: expired,
      });
    }
  }
  return items;
}

function riskReviewsOverdue(risks: readonly RiskFact[], today: IsoDate): WorkItem[] {
  return risks
    .filter((r) => !r.closed && r.nextReviewDue < today)
    .map((r) => ({
      kind: 'RISK_REVIEW_OVERDUE',
      title: `Review the risk “${r.title}” (due ${ukLongDate(r.nextReviewDue)})`,
      subjectId: r.id,
      dueOn: r.nextReviewDue,
      overdue: true,
    }));
}

function lessonsDue(due: readonly LessonDueFact[]): WorkItem[] {
  return due.map((d) => ({
    kind: 'LESSON_DUE',
    title: `Record the lessons of “${d.procurementTitle}” (awarded ${ukLongDate(d.awardedOn)})`,
    subjectId: d.procurementId,
    dueOn: null,
    overdue: false,
  }));
}

function lessonActionsDue(actions: readonly LessonActionFact[], today: IsoDate): WorkItem[] {
  const horizon = addDays(today, WORK_HORIZONS.lessonActionDays);
  return actions
    .filter((a) => a.open && a.dueDate <= horizon)
    .map((a) => ({
      kind: 'LESSON_ACTION_DUE',
      title: `Action from “${a.lessonTitle}”: ${a.description}`,
      subjectId: a.lessonId,
      dueOn: a.dueDate,
      overdue: a.dueDate < today,
    }));
}

/** The procurement lead sees every contract; a contract manager the contracts they are assigned to. */
export function contractsFor(viewer: Viewer, contracts: readonly ContractFact[]): readonly ContractFact[] {
  if (mayDo(viewer.roles, 'keepContracts')) return contracts;
  if (!mayDo(viewer.roles, 'reportOnContracts') || viewer.staffMemberId === null) return [];
  return contracts.filter((c) => c.managers.includes(viewer.staffMemberId as string));
}

/**
 * What is due on a contract is the contracts context's rule (contract-reporting.ts): the ending
 * alert, and each quarter's KPI and social value reports (the current quarter due, earlier ones
 * overdue). The queue shows one item per KPI or commitment, for its oldest unreported quarter,
 * counting the rest: a queue, not a list of every gap.
 */
function contractItems(contracts: readonly ContractFact[], today: IsoDate): WorkItem[] {
  const items: WorkItem[] = [];
  for (const contract of contracts) {
    const ending = contractEndingAlert(contract, today);
    if (ending) {
      items.push({
        kind: 'CONTRACT_ENDING',
        title: `“${contract.title}” with ${contract.supplierName} ends on ${ukLongDate(contract.endDate)}: extend, re-procure or let it end${contract.noticePeriodDays !== null ? ` (notice by ${ukLongDate(ending.dueOn)})` : ''}`,
        subjectId: contract.contractId,
        dueOn: ending.dueOn,
        overdue: ending.overdue,
      });
    }
    items.push(...oldestPerLine('KPI_REPORT_DUE', 'KPI', contract, kpiReportsDue(contract, today)));
    items.push(...oldestPerLine('SOCIAL_VALUE_REPORT_DUE', 'social value', contract, socialValueReportsDue(contract, today)));
  }
  return items;
}

function oldestPerLine(kind: 'KPI_REPORT_DUE' | 'SOCIAL_VALUE_REPORT_DUE', what: string, contract: ContractFact, due: readonly ReportDue[]): WorkItem[] {
  const byLine = new Map<string, ReportDue[]>();
  for (const report of due) byLine.set(report.subjectId, [...(byLine.get(report.subjectId) ?? []), report]);
  return [...byLine.values()].map((reports) => {
    const [oldest] = [...reports].sort((a, b) => compareQuarters(a.period, b.period));
    const more = reports.length > 1 ? ` and ${reports.length - 1} later quarter${reports.length > 2 ? 's' : ''}` : '';
    return {
      kind,
      title: `Report ${what} “${oldest.name}” on “${contract.title}” for ${oldest.period}${more}`,
      subjectId: contract.contractId,
      dueOn: oldest.dueOn,
      overdue: oldest.overdue,
    };
  });
}

/**
 * One item per variation waiting. The policy sets no deadline for the decision, so it waits and is
 * never overdue (like a gateway review); the title says since when and what it would change.
 */
function variationsToDecide(variations: readonly VariationAwaitingApprovalFact[]): WorkItem[] {
  return variations.map((v) => ({
    kind: 'VARIATION_AWAITING_APPROVAL',
    title: `Approve or reject the variation to “${v.contractTitle}” with ${v.supplierName}: “${v.description}”, ${v.valueChange < 0 ? '' : '+'}${formatPounds(v.valueChange)}, waiting since ${ukLongDate(v.recordedOn)}`,
    subjectId: v.contractId,
    dueOn: null,
    overdue: false,
  }));
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
