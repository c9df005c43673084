/**
 * The gateway, lessons and strategic risk parts of the API's schema, as the pages ask for them
 * (see apps/api/schema.graphql).
 */

/** A calendar date, YYYY-MM-DD. */
export type IsoDate = string;
/** An instant, ISO 8601. */
export type IsoInstant = string;

/** Gateways in the order a procurement passes them (after IPA Gates 0-5). */
export const GATEWAYS = [
  'G0_STRATEGIC_NEED',
  'G1_BUSINESS_CASE',
  'G2_PROCUREMENT_STRATEGY',
  'G3_AWARD',
  'G4_CONTRACT_MOBILISATION',
  'G5_POST_CONTRACT_REVIEW',
] as const;
export type Gateway = (typeof GATEWAYS)[number];

export const OUTCOMES = ['APPROVED', 'APPROVED_WITH_CONDITIONS', 'DEFERRED', 'REJECTED'] as const;
export type GatewayOutcome = (typeof OUTCOMES)[number];

export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** A person as the governance answers name them; erased people read "Erased person". */
export interface PersonRef {
  id: string;
  displayName: string;
  erased: boolean;
  jobTitle?: string;
}

export interface GatewayCondition {
  text: string;
  discharged: boolean;
  dischargedAt: IsoInstant | null;
  evidence: string | null;
}

/** A decision a recorded correction replaced; never edited. */
export interface SupersededDecision {
  outcome: GatewayOutcome;
  rationale: string;
  conditions: string[];
  decidedAt: IsoInstant;
  correctionReason: string | null;
}

export interface GatewayReview {
  id: string;
  gateway: Gateway;
  summary: string;
  requestedAt: IsoInstant;
  /** Null while the review waits for the committee. */
  outcome: GatewayOutcome | null;
  conditionStatus: GatewayCondition[];
  rationale: string | null;
  decidedAt: IsoInstant | null;
  decidedBy: PersonRef[];
  /** The user who recorded the decision (a clerk need not have decided). */
  recordedBy: string | null;
  /** The global log position the decision was taken at. */
  basisPosition: string | null;
  /** Why the decision in force corrected an earlier one. */
  correctionReason: string | null;
  superseded: SupersededDecision[];
  /** Value, risk or political interest changed after the decision: review again. */
  basisChanged: boolean;
}

export interface ConflictOfInterest {
  staffMember: PersonRef;
  nature: string;
  declaredAt: IsoInstant;
}

/** What the procurement list shows of a review: enough for the state of each gateway. */
export type ReviewSummary = Pick<GatewayReview, 'id' | 'gateway' | 'outcome' | 'basisChanged'>;

export interface ProcurementSummary {
  id: string;
  title: string;
  estimatedValue: number;
  riskLevel: RiskLevel;
  politicalInterest: boolean;
  requiredGateways: Gateway[];
  outstandingGateways: Gateway[];
  policyVersion: number;
  revision: number;
  reviews: ReviewSummary[];
}

export interface Procurement extends Omit<ProcurementSummary, 'reviews'> {
  reviews: GatewayReview[];
  conflicts: ConflictOfInterest[];
  lessons: LessonSummary[];
}

export interface ValueThreshold {
  minValue: number;
  gateways: Gateway[];
}

export interface GatewayPolicy {
  version: number;
  adoptedAt: IsoInstant;
  reason: string;
  quorum: number;
  /** Who may sit; null: any registered staff member. */
  committee: PersonRef[] | null;
  valueThresholds: ValueThreshold[];
  highRiskGateways: Gateway[];
  politicalInterestGateways: Gateway[];
}

export const PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type LessonPriority = (typeof PRIORITIES)[number];

export const ACTION_TARGETS = ['TEMPLATE', 'GUIDANCE', 'TRAINING_COURSE', 'POLICY', 'OTHER'] as const;
export type ActionTarget = (typeof ACTION_TARGETS)[number];

export interface LessonAction {
  id: string;
  description: string;
  owner: PersonRef | null;
  dueDate: IsoDate;
  target: ActionTarget;
  targetReference: string | null;
  /** OPEN or CLOSED. */
  status: string;
  /** Open and past its due date, as at the instant asked for. */
  overdue: boolean;
  evidence: string | null;
  closedOn: IsoDate | null;
}

/** The PRINCE2 lessons log entry. */
export interface Lesson {
  id: string;
  title: string;
  /** PRINCE2: the event. */
  whatHappened: string;
  effect: string | null;
  causes: string | null;
  earlyWarningIndicators: string | null;
  recommendation: string;
  priority: LessonPriority;
  procurementId: string | null;
  gateway: Gateway | null;
  loggedBy: string;
  loggedOn: IsoDate;
  recordedAt: IsoInstant;
  actions: LessonAction[];
}

export type LessonSummary = Pick<Lesson, 'id' | 'title' | 'priority' | 'gateway' | 'loggedOn' | 'recommendation'>;

export interface LessonDue {
  procurementId: string;
  title: string;
  awardedAt: IsoInstant;
}

export const RISK_CATEGORIES = [
  'MODERN_SLAVERY',
  'SUPPLY_CHAIN_AND_CONTRACTOR_FAILURE',
  'GDPR',
  'FRAUD_AND_FINANCIAL_LOSS',
  'EXTERNAL_EVENTS',
  'OTHER',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** HM Treasury Orange Book appetite levels, least to most willing. */
export const APPETITES = ['AVERSE', 'MINIMAL', 'CAUTIOUS', 'OPEN', 'EAGER'] as const;
export type RiskAppetite = (typeof APPETITES)[number];

export const TREATMENTS = ['TOLERATE', 'TREAT', 'TRANSFER', 'TERMINATE'] as const;
export type RiskTreatment = (typeof TREATMENTS)[number];

export interface ScoreEntry {
  likelihood: number;
  impact: number;
  score: number;
  notes: string;
  reviewedAt: IsoInstant;
  reviewedBy: string;
}

export interface Risk {
  id: string;
  title: string;
  category: RiskCategory;
  owner: string | null;
  /** Residual (after controls), 1-5. */
  likelihood: number;
  impact: number;
  /** likelihood × impact, 1-25. */
  score: number;
  inherentLikelihood: number;
  inherentImpact: number;
  inherentScore: number;
  appetite: RiskAppetite;
  treatment: RiskTreatment;
  controls: string[];
  reviewEveryMonths: number;
  nextReviewDue: IsoDate;
  /** The next review date has passed, as at the instant asked for. */
  overdue: boolean;
  /** Identification, then each review, oldest first. */
  scoreHistory: ScoreEntry[];
  /** The risk stream's version: sent back as expectedRevision. */
  revision: number;
}

export interface HeatMapCell {
  likelihood: number;
  impact: number;
  count: number;
  riskIds: string[];
}
