import { Gateway, GatewayOutcome, GatewayPolicyRules, RiskLevel } from '@ledger/gateway-domain';
import { PersonDoc } from '@ledger/shared-api';

export const POLICIES = 'gateway.policies';
export const PROCUREMENTS = 'gateway.procurements';
export const REVIEW_INDEX = 'gateway.review-index';
export const GATEWAY_PEOPLE = 'gateway.people';

type Doc = Record<string, unknown>;

export interface PolicyDoc extends Doc {
  id: string;
  version: number;
  rules: GatewayPolicyRules;
  reason: string;
  adoptedAt: string;
}

export interface DecisionRecord {
  outcome: GatewayOutcome;
  conditions: { text: string; discharged: boolean; evidence: string | null; dischargedAt: string | null }[];
  rationale: string;
  deciders: string[];
  recordedBy: string;
  /** The staff member who recorded it (the clerk), when the recording user is on the register. */
  recordedByStaffMemberId: string | null;
  decidedAt: string;
  basisPosition: string;
  /** Global position of the decision event itself. */
  position: string;
  correctionReason: string | null;
}

export interface ReviewDoc {
  id: string;
  gateway: Gateway;
  summary: string;
  requestedAt: string;
  /** The decision in force (the latest correction, if any). */
  decision: DecisionRecord | null;
  /** Earlier decisions that a correction superseded, oldest first. */
  superseded: DecisionRecord[];
  /** The procurement's value, risk or political interest changed after this decision. */
  basisChanged: boolean;
}

export interface ProcurementDoc extends Doc {
  id: string;
  title: string;
  estimatedValue: number;
  riskLevel: RiskLevel;
  politicalInterest: boolean;
  policyVersion: number;
  requiredGateways: Gateway[];
  registeredAt: string;
  revision: number;
  /** declaredBy: the staff member who declared it (null: not on the register, or not known); onBehalfReason: null when self-declared. */
  conflicts: { staffMemberId: string; nature: string; declaredAt: string; declaredBy: string | null; onBehalfReason: string | null }[];
  basisChanges: { estimatedValue: number; riskLevel: RiskLevel; politicalInterest: boolean; reason: string; changedAt: string }[];
  reviews: ReviewDoc[];
}

export interface ReviewIndexDoc extends Doc {
  id: string;
  procurementId: string;
}

export type GatewayPersonDoc = PersonDoc;
