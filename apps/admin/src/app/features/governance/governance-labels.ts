import type {
  ActionTarget,
  Gateway,
  GatewayOutcome,
  LessonPriority,
  RiskAppetite,
  RiskCategory,
  RiskLevel,
  RiskTreatment,
} from './governance.types';

/** How the API's enum values read to people; the values are for machines. */

export const GATEWAY_LABELS: Readonly<Record<Gateway, string>> = {
  G0_STRATEGIC_NEED: 'G0 Strategic need',
  G1_BUSINESS_CASE: 'G1 Business case',
  G2_PROCUREMENT_STRATEGY: 'G2 Procurement strategy',
  G3_AWARD: 'G3 Award',
  G4_CONTRACT_MOBILISATION: 'G4 Contract mobilisation',
  G5_POST_CONTRACT_REVIEW: 'G5 Post-contract review',
};

export const OUTCOME_LABELS: Readonly<Record<GatewayOutcome, string>> = {
  APPROVED: 'Approved',
  APPROVED_WITH_CONDITIONS: 'Approved with conditions',
  DEFERRED: 'Deferred',
  REJECTED: 'Rejected',
};

export const RISK_LEVEL_LABELS: Readonly<Record<RiskLevel, string>> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' };

export const PRIORITY_LABELS: Readonly<Record<LessonPriority, string>> = { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };

export const TARGET_LABELS: Readonly<Record<ActionTarget, string>> = {
  TEMPLATE: 'Template',
  GUIDANCE: 'Guidance',
  TRAINING_COURSE: 'Training course',
  POLICY: 'Policy',
  OTHER: 'Other',
};

export const CATEGORY_LABELS: Readonly<Record<RiskCategory, string>> = {
  MODERN_SLAVERY: 'Modern slavery',
  SUPPLY_CHAIN_AND_CONTRACTOR_FAILURE: 'Supply chain and contractor failure',
  GDPR: 'GDPR',
  FRAUD_AND_FINANCIAL_LOSS: 'Fraud and financial loss',
  EXTERNAL_EVENTS: 'External events',
  OTHER: 'Other',
};

export const APPETITE_LABELS: Readonly<Record<RiskAppetite, string>> = {
  AVERSE: 'Averse',
  MINIMAL: 'Minimal',
  CAUTIOUS: 'Cautious',
  OPEN: 'Open',
  EAGER: 'Eager',
};

export const TREATMENT_LABELS: Readonly<Record<RiskTreatment, string>> = {
  TOLERATE: 'Tolerate',
  TREAT: 'Treat',
  TRANSFER: 'Transfer',
  TERMINATE: 'Terminate',
};

/** A value added to the API after this UI is shown as sent. */
export function labelOf<K extends string>(labels: Readonly<Record<K, string>>, value: K | string | null | undefined): string {
  if (value === null || value === undefined) {
    return '—';
  }
  return labels[value as K] ?? value;
}

export function gatewayLabel(gateway: Gateway | string | null | undefined): string {
  return labelOf(GATEWAY_LABELS, gateway);
}
