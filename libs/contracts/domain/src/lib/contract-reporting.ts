import { IsoDate, addDays } from '@ledger/shared-domain';
import { ContractState, SavingKind, SavingStage } from './contract';
import { Quarter, compareQuarters, earlierQuarter, quarterEnd, quarterOf, quartersBetween } from './reporting-periods';

// Pure answers the read side, myWork and the FOI summary need from a contract: no clock (today is
// an argument), and they take only the fields they read, so a projection's document built from the
// contract's events serves as well as the decider's state.

/** When no notice period is recorded, a contract shows as ending this many days before its end date. */
export const DEFAULT_ENDING_ALERT_DAYS = 90;

type Term = Pick<ContractState, 'status' | 'startDate' | 'endDate' | 'closedOn'>;

/** A report due on a contract: the KPI or commitment, the quarter, the day it falls due, and whether that passed. */
export interface ReportDue {
  /** The KPI id or the social value commitment id. */
  subjectId: string;
  name: string;
  period: Quarter;
  /** The quarter's last day: after it, the report is overdue. */
  dueOn: IsoDate;
  overdue: boolean;
}

/** The quarters reports are due for, from `firstPeriod` to the current quarter, never beyond the contract's term. */
function periodsDue(contract: Term, firstPeriod: Quarter, today: IsoDate): Quarter[] {
  if (contract.status === 'NONE') return [];
  const lastOfTerm = quarterOf(contract.closedOn ?? contract.endDate);
  return quartersBetween(firstPeriod, earlierQuarter(lastOfTerm, quarterOf(today)));
}

function due(subjectId: string, name: string, period: Quarter, today: IsoDate): ReportDue {
  const dueOn = quarterEnd(period);
  return { subjectId, name, period, dueOn, overdue: today > dueOn };
}

/**
 * The KPI reports not yet made, quarter by quarter, from the quarter each KPI was added in (or the
 * contract's first) to the current quarter: the current quarter is due, every earlier one overdue
 * (a KPI report is overdue after its quarter's end). myWork's KPI_REPORT_DUE items.
 */
export function kpiReportsDue(contract: Term & Pick<ContractState, 'kpis'>, today: IsoDate): ReportDue[] {
  return contract.kpis.flatMap((kpi) => periodsDue(contract, kpi.firstPeriod, today).filter((period) => !kpi.reports[period]).map((period) => due(kpi.kpiId, kpi.name, period, today)));
}

/** The same for social value deliveries: one report per commitment per quarter (SOCIAL_VALUE_REPORT_DUE). */
export function socialValueReportsDue(contract: Term & Pick<ContractState, 'commitments'>, today: IsoDate): ReportDue[] {
  return contract.commitments.flatMap((commitment) =>
    periodsDue(contract, commitment.firstPeriod, today)
      .filter((period) => !commitment.deliveries[period])
      .map((period) => due(commitment.commitmentId, commitment.outcome, period, today)),
  );
}

export interface EndingAlert {
  /** The day notice must be given by (end date less the notice period), or the end date when none is recorded. */
  dueOn: IsoDate;
  /** The first day the contract shows as ending. */
  showFrom: IsoDate;
  overdue: boolean;
}

/**
 * Whether an active contract shows as ending (myWork's CONTRACT_ENDING): from its notice period or
 * 90 days before its end date, whichever is longer, so a short notice period still leaves time to
 * re-procure or extend. Null while it does not yet show, and for a contract already ended.
 */
export function contractEndingAlert(contract: Pick<ContractState, 'status' | 'endDate' | 'noticePeriodDays'>, today: IsoDate): EndingAlert | null {
  if (contract.status !== 'ACTIVE') return null;
  const notice = contract.noticePeriodDays;
  const showFrom = addDays(contract.endDate, -Math.max(notice ?? 0, DEFAULT_ENDING_ALERT_DAYS));
  if (today < showFrom) return null;
  const dueOn = notice === null ? contract.endDate : addDays(contract.endDate, -notice);
  return { dueOn, showFrom, overdue: today > dueOn };
}

export interface CommitmentTotals {
  commitmentId: string;
  measureId: string;
  theme: string;
  outcome: string;
  unit: string;
  committedQuantity: number;
  deliveredQuantity: number;
  /** Quantity x proxy value; null without a proxy value. */
  committedValue: number | null;
  deliveredValue: number | null;
  /** What should have been delivered by today, pro rata over the term (all of it once the contract closed). */
  expectedToDateQuantity: number;
  /** Delivered less than expected to date. */
  underDelivered: boolean;
}

export interface SocialValueTotals {
  commitments: CommitmentTotals[];
  /** Sums over the commitments with a proxy value (a quantity without one has no pounds to add). */
  committedValue: number;
  deliveredValue: number;
  underDelivered: boolean;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const days = (from: IsoDate, to: IsoDate) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** The share of the term that has run by today, 0 to 1; a closed contract has run its course. */
export function termElapsed(contract: Term, today: IsoDate): number {
  if (contract.status === 'ENDED' || contract.status === 'TERMINATED') return 1;
  const length = days(contract.startDate, contract.endDate);
  if (length <= 0) return 1;
  return Math.min(1, Math.max(0, days(contract.startDate, today) / length));
}

/**
 * Committed and delivered social value of a contract, per commitment and in total, valued at the
 * proxy value each commitment was made at (the measure's value then: a later change to a measure
 * does not rewrite what a bid was worth). Under-delivery is against the pro rata expectation.
 */
export function socialValueTotals(contract: Term & Pick<ContractState, 'commitments'>, today: IsoDate): SocialValueTotals {
  const elapsed = termElapsed(contract, today);
  const commitments = contract.commitments.map((c): CommitmentTotals => {
    const deliveredQuantity = Object.values(c.deliveries).reduce((sum, d) => sum + d.quantity, 0);
    const valued = (quantity: number) => (c.proxyValuePerUnit === null ? null : round2(quantity * c.proxyValuePerUnit));
    const expectedToDateQuantity = c.committedQuantity * elapsed;
    return {
      commitmentId: c.commitmentId,
      measureId: c.measureId,
      theme: c.theme,
      outcome: c.outcome,
      unit: c.unit,
      committedQuantity: c.committedQuantity,
      deliveredQuantity,
      committedValue: valued(c.committedQuantity),
      deliveredValue: valued(deliveredQuantity),
      expectedToDateQuantity,
      underDelivered: deliveredQuantity < expectedToDateQuantity,
    };
  });
  return {
    commitments,
    committedValue: round2(commitments.reduce((sum, c) => sum + (c.committedValue ?? 0), 0)),
    deliveredValue: round2(commitments.reduce((sum, c) => sum + (c.deliveredValue ?? 0), 0)),
    underDelivered: commitments.some((c) => c.underDelivered),
  };
}

/** Savings and benefits in pounds, by kind and stage. */
export function savingsTotals(contract: Pick<ContractState, 'savings'>): Record<SavingKind, Record<SavingStage, number>> {
  const totals: Record<SavingKind, Record<SavingStage, number>> = { SAVING: { COMMITTED: 0, DELIVERED: 0 }, BENEFIT: { COMMITTED: 0, DELIVERED: 0 } };
  for (const entry of contract.savings) totals[entry.kind][entry.stage] = round2(totals[entry.kind][entry.stage] + entry.amount);
  return totals;
}

/** Whether social value was applied in the tender's evaluation (the FOI's "where the Act has been applied"). */
export const appliedSocialValue = (contract: Pick<ContractState, 'socialValueWeightingPercent'>) => contract.socialValueWeightingPercent > 0;

/** The FOI figures for the contracts awarded in a year (the caller picks them by the day the award was recorded). */
export interface SocialValueSummaryFigures {
  contractsAwarded: number;
  contractsWithSocialValue: number;
  /** Mean weighting over the contracts that applied social value; 0 when none did. */
  averageWeightingPercent: number;
  committedValue: number;
  deliveredValue: number;
}

/** The seed's FOI questions 3-5 from the contracts awarded in a year, as the caller read them at an instant. */
export function socialValueSummary(contractsAwardedInYear: readonly (Term & Pick<ContractState, 'commitments' | 'socialValueWeightingPercent'>)[], today: IsoDate): SocialValueSummaryFigures {
  const applied = contractsAwardedInYear.filter(appliedSocialValue);
  const totals = contractsAwardedInYear.map((c) => socialValueTotals(c, today));
  return {
    contractsAwarded: contractsAwardedInYear.length,
    contractsWithSocialValue: applied.length,
    averageWeightingPercent: applied.length ? round2(applied.reduce((sum, c) => sum + c.socialValueWeightingPercent, 0) / applied.length) : 0,
    committedValue: round2(totals.reduce((sum, t) => sum + t.committedValue, 0)),
    deliveredValue: round2(totals.reduce((sum, t) => sum + t.deliveredValue, 0)),
  };
}

/** Sorts reports due oldest first, so the most overdue comes first in a work list. */
export const byDueDate = (a: ReportDue, b: ReportDue) => compareQuarters(a.period, b.period) || a.name.localeCompare(b.name);
