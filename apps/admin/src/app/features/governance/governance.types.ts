/**
 * The gateway, lessons and strategic risk answers as the pages use them: every type here is an
 * alias of one generated from apps/api/schema.graphql and the operations in *.graphql
 * (npx nx run admin:codegen), never written out by hand.
 */
import type {
  GatewayPageQuery,
  GatewayPolicyFieldsFragment,
  GatewayReviewFieldsFragment,
  GovernanceStaffQuery,
  LessonFieldsFragment,
  LessonsPageQuery,
  PersonRefFragment,
  ProcurementFieldsFragment,
  ProcurementSummaryFieldsFragment,
  RiskFieldsFragment,
  RisksPageQuery,
} from '../../generated/graphql';
import {
  APPETITE_LABELS,
  CATEGORY_LABELS,
  GATEWAY_LABELS,
  OUTCOME_LABELS,
  PRIORITY_LABELS,
  RISK_LEVEL_LABELS,
  TARGET_LABELS,
  TREATMENT_LABELS,
  enumValues,
} from '../../shared/enum-labels';

export type {
  ActionTarget,
  Gateway,
  GatewayOutcome,
  LessonPriority,
  RiskAppetite,
  RiskCategory,
  RiskLevel,
  RiskTreatment,
} from '../../generated/graphql';

/** Gateways in the order a procurement passes them (after IPA Gates 0-5). */
export const GATEWAYS = enumValues(GATEWAY_LABELS);
export const OUTCOMES = enumValues(OUTCOME_LABELS);
export const RISK_LEVELS = enumValues(RISK_LEVEL_LABELS);
export const PRIORITIES = enumValues(PRIORITY_LABELS);
export const ACTION_TARGETS = enumValues(TARGET_LABELS);
export const RISK_CATEGORIES = enumValues(CATEGORY_LABELS);
/** HM Treasury Orange Book appetite levels, least to most willing. */
export const APPETITES = enumValues(APPETITE_LABELS);
export const TREATMENTS = enumValues(TREATMENT_LABELS);

/** A person as the governance answers name them; the staff list adds the job title. */
export type PersonRef = PersonRefFragment & Partial<Pick<GovernanceStaffQuery['staffMembers'][number], 'jobTitle'>>;

export type GatewayReview = GatewayReviewFieldsFragment;
export type GatewayCondition = GatewayReview['conditionStatus'][number];
export type ConflictOfInterest = Procurement['conflicts'][number];

/** What a mutation on a procurement answers: its basis and gateways, without reviews. */
export type ProcurementSummary = ProcurementSummaryFieldsFragment;
/** What the procurement list shows: the summary and enough of each review for the gateways' state. */
export type ProcurementListItem = GatewayPageQuery['procurements'][number];
export type ReviewSummary = ProcurementListItem['reviews'][number];
export type Procurement = ProcurementFieldsFragment;

export type GatewayPolicy = GatewayPolicyFieldsFragment;
export type ValueThreshold = GatewayPolicy['valueThresholds'][number];

/** The PRINCE2 lessons log entry. */
export type Lesson = LessonFieldsFragment;
export type LessonAction = Lesson['actions'][number];
export type LessonSummary = Procurement['lessons'][number];
export type LessonDue = LessonsPageQuery['lessonsDue'][number];
/** A procurement a lesson can be about, as a picker offers it. */
export type ProcurementChoice = NonNullable<LessonsPageQuery['procurements']>[number];

export type Risk = RiskFieldsFragment;
export type ScoreEntry = Risk['scoreHistory'][number];
export type HeatMapCell = RisksPageQuery['riskHeatMap'][number];
