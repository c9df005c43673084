import { ContractState, VariationPolicyRules } from '@ledger/contracts-domain';
import { Gateway, IsoDate } from '@ledger/shared-domain';

/** Read model collections of the contracts context: `<context>.<what>`. */
export const CONTRACTS = 'contracts.register';
export const SOCIAL_VALUE_MEASURES = 'contracts.social-value-measures';
export const VARIATION_POLICIES = 'contracts.variation-policies';
/** The context's own copy of the people it refers to (contract managers), from the workforce's published events. */
export const CONTRACT_PEOPLE = 'contracts.people';

/** What the record says about a variation beyond the decider's state: when, by whom, under which policy, and its decision. */
export interface VariationRecord {
  recordedAt: string;
  recordedBy: string;
  approvalRequiredBecause: string | null;
  policyVersion: number;
  decidedAt: string | null;
  decidedBy: string | null;
  /** The approval's note, or the rejection's reason. */
  decisionNote: string | null;
}

/** When the report in force for a period was made, by whom, and the correction's reason when it replaced an earlier one. */
export interface ReportRecord {
  reportedAt: string;
  reportedBy: string;
  correctionReason: string | null;
}

/** The key of a report in `ContractDoc.reports`: a KPI's or a commitment's, for a period. */
export const kpiReportKey = (kpiId: string, period: string) => `kpi:${kpiId}:${period}`;
export const deliveryReportKey = (commitmentId: string, period: string) => `social-value:${commitmentId}:${period}`;

/**
 * One document per contract: the contract decider's own state, folded with its `evolve` (so the
 * register and the rules read the same fold), plus the event metadata the register shows.
 */
export interface ContractDoc {
  [key: string]: unknown;
  id: string;
  procurementId: string;
  /** When the award was recorded. */
  awardedAt: string;
  /**
   * The day the contract was awarded (UK calendar): the date the award stated, or else the day it
   * was recorded (every award before award dates existed). The FOI summary counts a contract in
   * this day's year; OCDS publishes it as the award's date.
   */
  awardedOn: IsoDate;
  gatewaysPassed: Gateway[];
  closeReason: string | null;
  revision: number;
  contract: ContractState;
  variations: Record<string, VariationRecord>;
  reports: Record<string, ReportRecord>;
}

export interface SocialValueMeasureDoc {
  [key: string]: unknown;
  id: string;
  theme: string;
  outcome: string;
  unit: string;
  proxyValuePerUnit: number | null;
  retired: boolean;
  retiredReason: string | null;
  definedAt: string;
  revision: number;
}

export interface VariationPolicyDoc {
  [key: string]: unknown;
  id: string;
  version: number;
  rules: VariationPolicyRules;
  reason: string;
  adoptedAt: string;
}
