import type {
  ActionTarget,
  Gateway,
  GatewayOutcome,
  LessonPriority,
  MaturityLevel,
  PostStatus,
  RiskAppetite,
  RiskCategory,
  RiskLevel,
  RiskTreatment,
  Role,
  TrainingStatus,
} from '../generated/graphql';

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

export const TRAINING_STATUS_LABELS: Readonly<Record<TrainingStatus, string>> = {
  PLANNED: 'Planned',
  BOOKED: 'Booked',
  ATTENDED: 'Attended',
  COMPLETED: 'Completed',
  FAILED: 'Failed',
  NO_SHOW: 'Did not attend',
  EXPIRED: 'Expired',
  CANCELLED: 'Cancelled',
};

export const POST_STATUS_LABELS: Readonly<Record<PostStatus, string>> = {
  PROPOSED: 'Proposed',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  FILLED: 'Filled',
  VACANT: 'Vacant',
  WITHDRAWN: 'Withdrawn',
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  ADMIN: 'Admin',
  HR_LEAD: 'HR lead',
  PROCUREMENT_LEAD: 'Procurement lead',
  COMMITTEE_MEMBER: 'Gateway committee member',
  AUDITOR: 'Auditor',
  STAFF: 'Staff',
  CONTRACT_MANAGER: 'Contract manager',
};

export const MATURITY_LEVEL_LABELS: Readonly<Record<MaturityLevel, string>> = {
  MINIMUM: 'Minimum',
  DEVELOPING: 'Developing',
  MATURE: 'Mature',
  LEADER: 'Leader',
  INNOVATOR: 'Innovator',
};

/** Every label map by the schema's enum name: what the `enumLabel` pipe looks values up in. */
export const ENUM_LABELS = {
  ActionTarget: TARGET_LABELS,
  Gateway: GATEWAY_LABELS,
  GatewayOutcome: OUTCOME_LABELS,
  LessonPriority: PRIORITY_LABELS,
  MaturityLevel: MATURITY_LEVEL_LABELS,
  PostStatus: POST_STATUS_LABELS,
  RiskAppetite: APPETITE_LABELS,
  RiskCategory: CATEGORY_LABELS,
  RiskLevel: RISK_LEVEL_LABELS,
  RiskTreatment: TREATMENT_LABELS,
  Role: ROLE_LABELS,
  TrainingStatus: TRAINING_STATUS_LABELS,
} as const;

export type EnumName = keyof typeof ENUM_LABELS;
export type EnumValue<N extends EnumName> = keyof (typeof ENUM_LABELS)[N] & string;

/** A value added to the API after this UI is shown as sent; no value reads as an em dash. */
export function labelOf<K extends string>(labels: Readonly<Record<K, string>>, value: K | string | null | undefined): string {
  if (value === null || value === undefined) {
    return '—';
  }
  return labels[value as K] ?? value;
}

export function enumLabel<N extends EnumName>(name: N, value: EnumValue<N> | string | null | undefined): string {
  return labelOf<string>(ENUM_LABELS[name], value);
}

export function gatewayLabel(gateway: Gateway | string | null | undefined): string {
  return labelOf(GATEWAY_LABELS, gateway);
}

export function roleLabel(role: Role | string): string {
  return labelOf(ROLE_LABELS, role);
}

/** "Developing (2)": NPS 2022 levels count from MINIMUM = 1 to INNOVATOR = 5. */
export const MATURITY_LEVELS: readonly MaturityLevel[] = Object.keys(MATURITY_LEVEL_LABELS) as MaturityLevel[];

export function maturityLevelLabel(level: MaturityLevel | null | undefined): string {
  if (!level) {
    return '—';
  }
  const index = MATURITY_LEVELS.indexOf(level);
  return index < 0 ? level : `${MATURITY_LEVEL_LABELS[level]} (${index + 1})`;
}

/** An enum's values in the order its label map lists them: the order forms and tables show. */
export function enumValues<K extends string>(labels: Readonly<Record<K, string>>): readonly K[] {
  return Object.keys(labels) as K[];
}
