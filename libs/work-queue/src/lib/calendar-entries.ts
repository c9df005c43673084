import { kpiReportsDue, socialValueReportsDue } from '@ledger/contracts-domain';
import { IsoDate, addDays, mayDo } from '@ledger/shared-domain';
import {
  TrainingFact,
  Viewer,
  WorkFacts,
  contractsFor,
  isActivePlan,
  lessonActionsVisibleTo,
  renewalInHand,
  reviewsViewerMayDecide,
  trainingVisibleTo,
} from './work-items';

/**
 * The dates on a person's calendar feed (ADR 0032), from the same facts and the same rules of who
 * sees what as their work queue (work-items.ts). A queue shows what to act on now; a calendar shows
 * when things happen, so it also holds dates still ahead (training planned, reviews and actions due).
 * Pure: the day is an input (it only decides which quarters' reports are due yet).
 */

export const CALENDAR_ENTRY_KINDS = [
  'TRAINING_PLANNED',
  'QUALIFICATION_EXPIRES',
  'RISK_REVIEW_DUE',
  'GATEWAY_DECISION_AWAITED',
  'LESSON_ACTION_DUE',
  'KPI_REPORT_DUE',
  'SOCIAL_VALUE_REPORT_DUE',
  'CONTRACT_NOTICE_DUE',
  'CONTRACT_ENDS',
] as const;
export type CalendarEntryKind = (typeof CALENDAR_ENTRY_KINDS)[number];

export interface CalendarEntry {
  kind: CalendarEntryKind;
  /** The person, risk, procurement, lesson or contract the date is about. */
  subjectId: string;
  /** What tells two entries of one kind, subject and day apart (a course, a KPI and quarter, an action); '' when nothing needs to. */
  detail: string;
  /** The (UK calendar) day: an all-day event. */
  date: IsoDate;
  /** In plain words, as a calendar shows it. */
  summary: string;
  /** The admin UI page to open, relative to the UI's root. */
  path: string;
}

/** Admin UI pages (apps/admin areas.ts) a calendar event links to. */
const PAGES = {
  training: '/workforce/training-register',
  risks: '/risks',
  lessons: '/lessons',
  procurement: (procurementId: string) => `/gateway/${encodeURIComponent(procurementId)}`,
  contract: (contractId: string) => `/contracts/${encodeURIComponent(contractId)}`,
};

/** Every dated entry of the viewer's calendar, by date then summary. */
export function calendarEntriesFor(viewer: Viewer, facts: WorkFacts, today: IsoDate): CalendarEntry[] {
  const may = (permission: Parameters<typeof mayDo>[1]) => mayDo(viewer.roles, permission);
  const entries: CalendarEntry[] = [
    ...trainingEntries(trainingVisibleTo(viewer, facts.training), viewer.staffMemberId),
    ...reviewsViewerMayDecide(viewer, facts.reviewsAwaitingDecision).map((r): CalendarEntry => ({
      kind: 'GATEWAY_DECISION_AWAITED',
      subjectId: r.procurementId,
      detail: r.gatewayLabel,
      // The policy sets no deadline for a decision: the entry stands on the day it was requested.
      date: r.requestedOn,
      summary: `Gateway decision awaited: ${r.gatewayLabel} for “${r.procurementTitle}”`,
      path: PAGES.procurement(r.procurementId),
    })),
    ...(may('keepRisks') ? facts.risks : [])
      .filter((r) => !r.closed)
      .map((r): CalendarEntry => ({
        kind: 'RISK_REVIEW_DUE',
        subjectId: r.id,
        detail: '',
        date: r.nextReviewDue,
        summary: `Risk review due: “${r.title}”`,
        path: PAGES.risks,
      })),
    ...lessonActionsVisibleTo(viewer, facts.lessonActions)
      .filter((a) => a.open)
      .map((a): CalendarEntry => ({
        kind: 'LESSON_ACTION_DUE',
        subjectId: a.lessonId,
        detail: a.description,
        date: a.dueDate,
        summary: `Lesson action due: ${a.description} (from “${a.lessonTitle}”)`,
        path: PAGES.lessons,
      })),
    ...contractsFor(viewer, facts.contracts).flatMap((contract): CalendarEntry[] => {
      const on = `“${contract.title}” with ${contract.supplierName}`;
      const path = PAGES.contract(contract.contractId);
      const reports = (kind: 'KPI_REPORT_DUE' | 'SOCIAL_VALUE_REPORT_DUE', what: string, due: ReturnType<typeof kpiReportsDue>) =>
        due.map((report): CalendarEntry => ({
          kind,
          subjectId: contract.contractId,
          detail: `${report.subjectId}-${report.period}`,
          date: report.dueOn,
          summary: `${what} report due: “${report.name}” on “${contract.title}” for ${report.period}`,
          path,
        }));
      const ending: CalendarEntry[] =
        contract.status !== 'ACTIVE'
          ? []
          : [
              ...(contract.noticePeriodDays !== null
                ? [
                    {
                      kind: 'CONTRACT_NOTICE_DUE' as const,
                      subjectId: contract.contractId,
                      detail: '',
                      date: addDays(contract.endDate, -contract.noticePeriodDays),
                      summary: `Last day to give notice: ${on}`,
                      path,
                    },
                  ]
                : []),
              { kind: 'CONTRACT_ENDS', subjectId: contract.contractId, detail: '', date: contract.endDate, summary: `Contract ends: ${on}`, path },
            ];
      return [
        ...ending,
        ...reports('KPI_REPORT_DUE', 'KPI', kpiReportsDue(contract, today)),
        ...reports('SOCIAL_VALUE_REPORT_DUE', 'Social value', socialValueReportsDue(contract, today)),
      ];
    }),
  ];
  return entries.sort((a, b) => a.date.localeCompare(b.date) || a.summary.localeCompare(b.summary, 'en-GB'));
}

/** Training planned or booked on its day, and a qualification's expiry unless its renewal is in hand (the work queue's rule). */
function trainingEntries(training: readonly TrainingFact[], viewerStaffId: string | null): CalendarEntry[] {
  const whose = (t: TrainingFact) => (t.staffMemberId === viewerStaffId ? '' : ` (${t.personName})`);
  const entries: CalendarEntry[] = [];
  for (const t of training) {
    if (isActivePlan(t) && t.plannedFor) {
      const booked = t.status === 'BOOKED' ? 'booked' : 'planned';
      entries.push({
        kind: 'TRAINING_PLANNED',
        subjectId: t.staffMemberId,
        detail: t.courseId,
        date: t.plannedFor,
        summary: `Training ${booked}: “${t.courseTitle}”${whose(t)}`,
        path: PAGES.training,
      });
    } else if ((t.status === 'COMPLETED' || t.status === 'EXPIRED') && t.expiresOn && !renewalInHand(training, t)) {
      entries.push({
        kind: 'QUALIFICATION_EXPIRES',
        subjectId: t.staffMemberId,
        detail: t.courseId,
        date: t.expiresOn,
        summary: `Qualification expires: “${t.courseTitle}”${whose(t)}`,
        path: PAGES.training,
      });
    }
  }
  return entries;
}
