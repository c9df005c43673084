/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What an action changes: a template, guidance, a training course, a policy */
export type ActionTarget =
  | 'GUIDANCE'
  | 'OTHER'
  | 'POLICY'
  | 'TEMPLATE'
  | 'TRAINING_COURSE';

export type AddActionPlanItemInput = {
  area: string;
  commandId?: string | number | null | undefined;
  description: string;
  targetLevel?: MaturityLevel | null | undefined;
  targetYear: number;
};

export type AddCourseInput = {
  commandId?: string | number | null | undefined;
  competencyIds: Array<string | number>;
  /** Levels a completion with evidence proves, per competency */
  levels?: Array<CourseLevelInput> | null | undefined;
  provider: string;
  title: string;
  validityMonths?: number | null | undefined;
};

export type AddKpiInput = {
  commandId?: string | number | null | undefined;
  contractId: string | number;
  name: string;
  target: string;
};

export type AdoptGatewayPolicyInput = {
  commandId?: string | number | null | undefined;
  /** Who may sit; omit for any registered staff member */
  committeeMemberIds?: Array<string | number> | null | undefined;
  highRiskGateways: Array<Gateway>;
  politicalInterestGateways: Array<Gateway>;
  quorum: number;
  reason: string;
  valueThresholds: Array<ValueThresholdInput>;
};

export type AssessMaturityInput = {
  area: string;
  commandId?: string | number | null | undefined;
  evidence: string;
  level: MaturityLevel;
  target?: MaturityLevel | null | undefined;
  year: number;
};

export type AssessProficiencyInput = {
  commandId?: string | number | null | undefined;
  competencyId: string | number;
  evidence: string;
  level: number;
  staffMemberId: string | number;
};

export type AssignLessonActionInput = {
  commandId?: string | number | null | undefined;
  description: string;
  dueDate: string;
  lessonId: string | number;
  ownerStaffMemberId: string | number;
  target: ActionTarget;
  targetReference?: string | null | undefined;
};

export type AwardContractInput = {
  /** The day the contract was awarded, when before today (a contract recorded after the event); not after the start date. Absent: today */
  awardedOn?: string | null | undefined;
  awardedValue: number;
  commandId?: string | number | null | undefined;
  endDate: string;
  extensionMonthsAvailable: number;
  noticePeriodDays?: number | null | undefined;
  procurementId: string | number;
  socialValueWeightingPercent: number;
  startDate: string;
  supplierDetails?: SupplierDetailsInput | null | undefined;
  supplierName: string;
};

export type CancelTrainingInput = {
  commandId?: string | number | null | undefined;
  courseId: string | number;
  /** Why, for the record */
  reason: string;
  staffMemberId: string | number;
};

export type ChangeProcurementBasisInput = {
  commandId?: string | number | null | undefined;
  estimatedValue: number;
  expectedRevision?: number | null | undefined;
  politicalInterest: boolean;
  procurementId: string | number;
  reason: string;
  riskLevel: RiskLevel;
};

export type ChangeStaffMemberDetailsInput = {
  commandId?: string | number | null | undefined;
  department?: string | null | undefined;
  /** Only the fields given change; the old values stay in the history */
  displayName?: string | null | undefined;
  email?: string | null | undefined;
  /** A new job title re-targets the required levels of the skills matrix */
  jobTitle?: string | null | undefined;
  /** Why, for the record (a promotion, a move, a new name) */
  reason: string;
  staffMemberId: string | number;
};

export type CloseContractInput = {
  commandId?: string | number | null | undefined;
  contractId: string | number;
  /** Defaults to today, or the end date when that passed */
  effectiveOn?: string | null | undefined;
  expectedRevision?: number | null | undefined;
  reason: string;
};

export type CloseLessonActionInput = {
  actionId: string | number;
  commandId?: string | number | null | undefined;
  evidence: string;
  lessonId: string | number;
};

export type CloseRiskInput = {
  commandId?: string | number | null | undefined;
  expectedRevision?: number | null | undefined;
  /** Why the risk no longer threatens the strategy */
  reason: string;
  riskId: string | number;
};

export type CommitSocialValueInput = {
  commandId?: string | number | null | undefined;
  committedQuantity: number;
  contractId: string | number;
  measureId: string | number;
};

export type ContractManagerInput = {
  commandId?: string | number | null | undefined;
  contractId: string | number;
  /** Required when removing a manager */
  reason?: string | null | undefined;
  staffMemberId: string | number;
};

export type ContractStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'TERMINATED';

/** EFFECTIVE: within the policy threshold, took effect when recorded; PENDING: awaits the procurement lead; LAPSED: the contract ended first */
export type ContractVariationStatus =
  | 'APPROVED'
  | 'EFFECTIVE'
  | 'LAPSED'
  | 'PENDING'
  | 'REJECTED';

export type CorrectGatewayDecisionInput = {
  commandId?: string | number | null | undefined;
  committeeMemberIds: Array<string | number>;
  conditions: Array<string>;
  /** The procurement revision the committee saw */
  expectedRevision?: number | null | undefined;
  outcome: GatewayOutcome;
  rationale: string;
  /** Why the earlier decision is superseded */
  reason: string;
  reviewId: string | number;
};

export type CourseLevelInput = {
  competencyId: string | number;
  raisesTo: number;
};

export type DecideContractVariationInput = {
  commandId?: string | number | null | undefined;
  contractId: string | number;
  expectedRevision?: number | null | undefined;
  /** An approval may carry a note; a rejection needs its reason here */
  note?: string | null | undefined;
  variationId: string | number;
};

export type DecidePostInput = {
  approve: boolean;
  commandId?: string | number | null | undefined;
  expectedRevision?: number | null | undefined;
  postId: string | number;
  reason: string;
};

export type DeclareConflictOfInterestInput = {
  commandId?: string | number | null | undefined;
  nature: string;
  /** Required when recording a conflict for someone else: why it is recorded on their behalf */
  onBehalfReason?: string | null | undefined;
  procurementId: string | number;
  /** Who has the conflict: yourself, or (procurement lead only, with onBehalfReason) someone else */
  staffMemberId: string | number;
};

export type DefineCompetencyInput = {
  category: string;
  commandId?: string | number | null | undefined;
  levelDescriptors: Array<string>;
  name: string;
};

export type DefineSocialValueMeasureInput = {
  commandId?: string | number | null | undefined;
  outcome: string;
  proxyValuePerUnit?: number | null | undefined;
  theme: string;
  unit: string;
};

export type DischargeConditionInput = {
  commandId?: string | number | null | undefined;
  /** 0-based position of the condition in the decision */
  conditionIndex: number;
  evidence: string;
  reviewId: string | number;
};

export type ExtendContractInput = {
  commandId?: string | number | null | undefined;
  contractId: string | number;
  expectedRevision?: number | null | undefined;
  months: number;
  reason: string;
};

export type FillPostInput = {
  commandId?: string | number | null | undefined;
  expectedRevision?: number | null | undefined;
  postId: string | number;
  staffMemberId: string | number;
  startDate: string;
};

/** Gateways in the order they are passed (after IPA Gates 0-5) */
export type Gateway =
  | 'G0_STRATEGIC_NEED'
  | 'G1_BUSINESS_CASE'
  | 'G2_PROCUREMENT_STRATEGY'
  | 'G3_AWARD'
  | 'G4_CONTRACT_MOBILISATION'
  | 'G5_POST_CONTRACT_REVIEW';

export type GatewayOutcome =
  | 'APPROVED'
  | 'APPROVED_WITH_CONDITIONS'
  | 'DEFERRED'
  | 'REJECTED';

export type IdentifyRiskInput = {
  appetite?: RiskAppetite | null | undefined;
  category: RiskCategory;
  commandId?: string | number | null | undefined;
  controls?: Array<string> | null | undefined;
  /** Residual impact (after controls), 1-5 */
  impact: number;
  inherentImpact?: number | null | undefined;
  /** Before controls; defaults to the residual rating */
  inherentLikelihood?: number | null | undefined;
  /** Residual likelihood (after controls), 1-5 */
  likelihood: number;
  owner?: string | null | undefined;
  reviewEveryMonths: number;
  title: string;
  treatment?: RiskTreatment | null | undefined;
};

export type KpiRating =
  | 'AMBER'
  | 'GREEN'
  | 'RED';

export type LessonPriority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** NPS 2022 maturity levels: MINIMUM = 1 ... INNOVATOR = 5 */
export type MaturityLevel =
  | 'DEVELOPING'
  | 'INNOVATOR'
  | 'LEADER'
  | 'MATURE'
  | 'MINIMUM';

export type PlanTrainingInput = {
  commandId?: string | number | null | undefined;
  courseId: string | number;
  plannedFor: string;
  reason: string;
  staffMemberId: string | number;
};

export type PostStatus =
  | 'APPROVED'
  | 'FILLED'
  | 'PROPOSED'
  | 'REJECTED'
  | 'VACANT'
  | 'WITHDRAWN';

export type ProposePostInput = {
  commandId?: string | number | null | undefined;
  fte: number;
  justification: string;
  targetYear: number;
  title: string;
};

export type RecordActionProgressInput = {
  commandId?: string | number | null | undefined;
  expectedRevision?: number | null | undefined;
  itemId: string | number;
  note: string;
  percent: number;
};

export type RecordGatewayDecisionInput = {
  commandId?: string | number | null | undefined;
  committeeMemberIds: Array<string | number>;
  conditions: Array<string>;
  /** The procurement revision the committee saw */
  expectedRevision?: number | null | undefined;
  outcome: GatewayOutcome;
  rationale: string;
  reviewId: string | number;
};

export type RecordLessonInput = {
  causes?: string | null | undefined;
  commandId?: string | number | null | undefined;
  earlyWarningIndicators?: string | null | undefined;
  effect?: string | null | undefined;
  gateway?: Gateway | null | undefined;
  priority?: LessonPriority | null | undefined;
  procurementId?: string | number | null | undefined;
  recommendation: string;
  title: string;
  whatHappened: string;
};

export type RecordPackCommentaryInput = {
  commandId?: string | number | null | undefined;
  /** One of executive-summary, capability-and-talent, digital-technology, stakeholder-engagement, behaving-commercially, procurement-hub, managing-contracts, strategic-risk, social-value */
  section: string;
  /** At most 4000 characters; empty withdraws the section's commentary */
  text: string;
  year: number;
};

export type RecordSavingOrBenefitInput = {
  amount: number;
  commandId?: string | number | null | undefined;
  contractId: string | number;
  kind: SavingKind;
  note: string;
  period: string;
  stage: SavingStage;
};

export type RecordTrainingOutcomeInput = {
  commandId?: string | number | null | undefined;
  courseId: string | number;
  date: string;
  evidence?: string | null | undefined;
  staffMemberId: string | number;
  status: TrainingStatus;
};

export type RegisterProcurementInput = {
  commandId?: string | number | null | undefined;
  estimatedValue: number;
  politicalInterest: boolean;
  riskLevel: RiskLevel;
  title: string;
};

export type RegisterStaffMemberInput = {
  commandId?: string | number | null | undefined;
  department: string;
  displayName: string;
  email: string;
  jobTitle: string;
};

export type ReminderPreferencesInput = {
  dailyDigest: boolean;
  decisionRequests: boolean;
};

export type ReportKpiInput = {
  commandId?: string | number | null | undefined;
  contractId: string | number;
  kpiId: string | number;
  note: string;
  /** A quarter, written YYYY-Qn (Q1 = January to March) */
  period: string;
  rating: KpiRating;
};

export type ReportSocialValueDeliveryInput = {
  commandId?: string | number | null | undefined;
  commitmentId: string | number;
  contractId: string | number;
  evidence: string;
  period: string;
  quantity: number;
};

export type RequestGatewayReviewInput = {
  commandId?: string | number | null | undefined;
  expectedRevision?: number | null | undefined;
  gateway: Gateway;
  procurementId: string | number;
  summary: string;
};

export type RetireSocialValueMeasureInput = {
  commandId?: string | number | null | undefined;
  measureId: string | number;
  reason: string;
};

export type ReviewRiskInput = {
  commandId?: string | number | null | undefined;
  expectedRevision?: number | null | undefined;
  impact: number;
  likelihood: number;
  notes: string;
  riskId: string | number;
};

/** HM Treasury Orange Book appetite levels */
export type RiskAppetite =
  | 'AVERSE'
  | 'CAUTIOUS'
  | 'EAGER'
  | 'MINIMAL'
  | 'OPEN';

export type RiskCategory =
  | 'EXTERNAL_EVENTS'
  | 'FRAUD_AND_FINANCIAL_LOSS'
  | 'GDPR'
  | 'MODERN_SLAVERY'
  | 'OTHER'
  | 'SUPPLY_CHAIN_AND_CONTRACTOR_FAILURE';

export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type RiskStatus =
  | 'CLOSED'
  | 'OPEN';

export type RiskTreatment =
  | 'TERMINATE'
  | 'TOLERATE'
  | 'TRANSFER'
  | 'TREAT';

/** What a user may do: each mutation and query names the roles it allows */
export type Role =
  | 'ADMIN'
  | 'AUDITOR'
  | 'COMMITTEE_MEMBER'
  | 'CONTRACT_MANAGER'
  | 'HR_LEAD'
  | 'PROCUREMENT_LEAD'
  | 'STAFF';

export type SavingKind =
  | 'BENEFIT'
  | 'SAVING';

export type SavingStage =
  | 'COMMITTED'
  | 'DELIVERED';

export type SetRequirementInput = {
  commandId?: string | number | null | undefined;
  competencyId: string | number;
  jobTitle: string;
  requiredLevel: number;
};

/** How the skills matrix orders its people before paging */
export type SkillsMatrixOrder =
  /** Largest total gap first, over every matching person; ties by name (erased people last) */
  | 'LARGEST_GAP'
  /** By name (erased people last) */
  | 'NAME';

export type SupplierDetailsInput = {
  companyNumber?: string | null | undefined;
  postcode?: string | null | undefined;
  sme?: boolean | null | undefined;
  vcse?: boolean | null | undefined;
};

/** Whether the relay accepted the test message */
export type TestMessageStatus =
  | 'FAILED'
  | 'SENT';

export type TrainingStatus =
  | 'ATTENDED'
  | 'BOOKED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'EXPIRED'
  | 'FAILED'
  | 'NO_SHOW'
  | 'PLANNED';

export type VacatePostInput = {
  commandId?: string | number | null | undefined;
  endDate: string;
  expectedRevision?: number | null | undefined;
  postId: string | number;
  reason: string;
};

export type ValueThresholdInput = {
  gateways: Array<Gateway>;
  minValue: number;
};

export type VaryContractInput = {
  commandId?: string | number | null | undefined;
  contractId: string | number;
  description: string;
  expectedRevision?: number | null | undefined;
  reason: string;
  /** GBP, negative for a reduction; 0 for a change of terms alone */
  valueChange: number;
};

export type WithdrawPostInput = {
  commandId?: string | number | null | undefined;
  expectedRevision?: number | null | undefined;
  postId: string | number;
  reason: string;
};

export type WorkItemKind =
  | 'CONTRACT_ENDING'
  | 'GATEWAY_CONDITION_OUTSTANDING'
  | 'GATEWAY_DECISION_AWAITED'
  | 'KPI_REPORT_DUE'
  | 'LESSON_ACTION_DUE'
  | 'LESSON_DUE'
  | 'RISK_REVIEW_OVERDUE'
  | 'SOCIAL_VALUE_REPORT_DUE'
  | 'TRAINING_EXPIRING'
  | 'TRAINING_OVERDUE'
  | 'VARIATION_AWAITING_APPROVAL';

export type UserFieldsFragment = { id: string, email: string, displayName: string, roles: Array<Role>, hasLocalPassword: boolean };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, user: { id: string, email: string, displayName: string, roles: Array<Role>, hasLocalPassword: boolean } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, roles: Array<Role>, hasLocalPassword: boolean } };

export type DemoUsersPresentQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoUsersPresentQuery = { demoUsersPresent: boolean };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { signedOut: boolean, providerSignOutUrl: string | null } };

export type ChangeOwnPasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangeOwnPasswordMutation = { changeOwnPassword: boolean };

export type MyCalendarFeedLinkQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCalendarFeedLinkQuery = { myCalendarFeedLink: { issuedAt: string } | null };

export type IssueCalendarFeedLinkMutationVariables = Exact<{ [key: string]: never; }>;


export type IssueCalendarFeedLinkMutation = { issueCalendarFeedLink: { url: string, issuedAt: string } };

export type RevokeCalendarFeedLinkMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedLinkMutation = { revokeCalendarFeedLink: boolean };

export type MyReminderPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReminderPreferencesQuery = { myReminderPreferences: { dailyDigest: boolean, decisionRequests: boolean, mailEnabled: boolean } };

export type SetMyReminderPreferencesMutationVariables = Exact<{
  input: ReminderPreferencesInput;
}>;


export type SetMyReminderPreferencesMutation = { setMyReminderPreferences: { dailyDigest: boolean, decisionRequests: boolean, mailEnabled: boolean } };

export type MaturityAssessmentFieldsFragment = { year: number, overallScore: number, previousOverallScore: number | null, overallMovement: number | null, areas: Array<{ area: string, theme: string, level: MaturityLevel, score: number, target: MaturityLevel | null, evidence: string | null, previousLevel: MaturityLevel | null, movement: number | null, assessedOn: string }> };

export type ActionPlanItemFieldsFragment = { id: string, area: string, theme: string, description: string, targetYear: number, targetLevel: MaturityLevel | null, percent: number, revision: number, progress: Array<{ percent: number, note: string, recordedOn: string }> };

export type StrategyUpdatePackFieldsFragment = { year: number, cutOff: string, generatedAt: string, position: string, sha256: string, markdown: string, verified: boolean, downloads: Array<{ format: string, url: string, contentType: string }> };

export type PackSectionCommentaryFieldsFragment = { section: string, number: string | null, title: string, text: string | null, recordedAt: string | null };

export type AnnualReviewQueryVariables = Exact<{
  year: number;
  asOf?: string | null | undefined;
  live: boolean;
}>;


export type AnnualReviewQuery = { maturityAssessment: { year: number, overallScore: number, previousOverallScore: number | null, overallMovement: number | null, areas: Array<{ area: string, theme: string, level: MaturityLevel, score: number, target: MaturityLevel | null, evidence: string | null, previousLevel: MaturityLevel | null, movement: number | null, assessedOn: string }> }, maturityAreas: Array<{ name: string, theme: string }>, actionPlan: Array<{ id: string, area: string, theme: string, description: string, targetYear: number, targetLevel: MaturityLevel | null, percent: number, revision: number, progress: Array<{ percent: number, note: string, recordedOn: string }> }>, strategyUpdatePack?: { year: number, cutOff: string, generatedAt: string, position: string, sha256: string, markdown: string, verified: boolean, downloads: Array<{ format: string, url: string, contentType: string }> } | null, packCommentary: Array<{ section: string, number: string | null, title: string, text: string | null, recordedAt: string | null }> };

export type AssessMaturityMutationVariables = Exact<{
  input: AssessMaturityInput;
}>;


export type AssessMaturityMutation = { assessMaturity: { year: number, overallScore: number, previousOverallScore: number | null, overallMovement: number | null, areas: Array<{ area: string, theme: string, level: MaturityLevel, score: number, target: MaturityLevel | null, evidence: string | null, previousLevel: MaturityLevel | null, movement: number | null, assessedOn: string }> } };

export type AddActionPlanItemMutationVariables = Exact<{
  input: AddActionPlanItemInput;
}>;


export type AddActionPlanItemMutation = { addActionPlanItem: { id: string, area: string, theme: string, description: string, targetYear: number, targetLevel: MaturityLevel | null, percent: number, revision: number, progress: Array<{ percent: number, note: string, recordedOn: string }> } };

export type RecordActionProgressMutationVariables = Exact<{
  input: RecordActionProgressInput;
}>;


export type RecordActionProgressMutation = { recordActionProgress: { id: string, area: string, theme: string, description: string, targetYear: number, targetLevel: MaturityLevel | null, percent: number, revision: number, progress: Array<{ percent: number, note: string, recordedOn: string }> } };

export type GenerateStrategyUpdatePackMutationVariables = Exact<{
  year: number;
}>;


export type GenerateStrategyUpdatePackMutation = { generateStrategyUpdatePack: { year: number, cutOff: string, generatedAt: string, position: string, sha256: string, markdown: string, verified: boolean, downloads: Array<{ format: string, url: string, contentType: string }> } };

export type RecordPackCommentaryMutationVariables = Exact<{
  input: RecordPackCommentaryInput;
}>;


export type RecordPackCommentaryMutation = { recordPackCommentary: Array<{ section: string, number: string | null, title: string, text: string | null, recordedAt: string | null }> };

export type RecordedEventFieldsFragment = { position: string, streamId: string, revision: number, type: string, recordedAt: string, actorId: string | null, actorName: string | null, actorRoles: Array<string>, commandId: string, correlationId: string | null, causationId: string | null, schemaVersion: number, data: string, prevHash: string, hash: string };

export type EventPageFieldsFragment = { nextFrom: string | null, events: Array<{ position: string, streamId: string, revision: number, type: string, recordedAt: string, actorId: string | null, actorName: string | null, actorRoles: Array<string>, commandId: string, correlationId: string | null, causationId: string | null, schemaVersion: number, data: string, prevHash: string, hash: string }> };

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditChainQuery = { verifyAuditChain: { ok: boolean, eventsChecked: number, firstBrokenPosition: string | null, reason: string | null, checkedAt: string, checkpointsChecked: number, eventsAfterLatestCheckpoint: number, latestCheckpoint: { treeSize: number, signedAt: string, keyId: string } | null } };

export type SignLogCheckpointMutationVariables = Exact<{ [key: string]: never; }>;


export type SignLogCheckpointMutation = { signLogCheckpoint: { recorded: boolean, treeSize: number, signedAt: string, keyId: string } };

export type LogCheckpointPublicKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type LogCheckpointPublicKeyQuery = { logCheckpointPublicKey: string };

export type DecisionHistoryQueryVariables = Exact<{
  streamPrefix?: string | null | undefined;
  streamId?: string | null | undefined;
  types?: Array<string> | null | undefined;
  actorId?: string | number | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
  limit?: number | null | undefined;
  from?: string | null | undefined;
  newestFirst?: boolean | null | undefined;
}>;


export type DecisionHistoryQuery = { decisionHistory: { nextFrom: string | null, events: Array<{ position: string, streamId: string, revision: number, type: string, recordedAt: string, actorId: string | null, actorName: string | null, actorRoles: Array<string>, commandId: string, correlationId: string | null, causationId: string | null, schemaVersion: number, data: string, prevHash: string, hash: string }> } };

export type ProcurementTimelineQueryVariables = Exact<{
  procurementId: string | number;
  from?: string | null | undefined;
}>;


export type ProcurementTimelineQuery = { procurementTimeline: { nextFrom: string | null, events: Array<{ position: string, streamId: string, revision: number, type: string, recordedAt: string, actorId: string | null, actorName: string | null, actorRoles: Array<string>, commandId: string, correlationId: string | null, causationId: string | null, schemaVersion: number, data: string, prevHash: string, hash: string }> } };

export type PersonTimelineQueryVariables = Exact<{
  staffMemberId: string | number;
  from?: string | null | undefined;
}>;


export type PersonTimelineQuery = { personTimeline: { nextFrom: string | null, events: Array<{ position: string, streamId: string, revision: number, type: string, recordedAt: string, actorId: string | null, actorName: string | null, actorRoles: Array<string>, commandId: string, correlationId: string | null, causationId: string | null, schemaVersion: number, data: string, prevHash: string, hash: string }> } };

export type AuditSubjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditSubjectsQuery = { eventTypes: Array<string>, procurements: Array<{ id: string, title: string }>, staffMembers: Array<{ id: string, displayName: string, jobTitle: string, erased: boolean }>, users: Array<{ id: string, displayName: string, erased: boolean }> };

export type RegistersAsOfQueryVariables = Exact<{
  asOf: string;
}>;


export type RegistersAsOfQuery = { registersAsOf: { asOf: string, establishment: { filledFte: number, approvedFte: number, proposedFte: number, vacantFte: number, posts: Array<{ id: string }> }, skillsMatrix: { rows: Array<{ totalGap: number, staffMember: { id: string } }> }, trainingRegister: Array<{ id: string, status: TrainingStatus }>, procurements: Array<{ id: string }>, gatewayLog: Array<{ id: string, outcome: GatewayOutcome | null }>, lessons: Array<{ id: string, actions: Array<{ id: string, status: string, overdue: boolean }> }>, risks: Array<{ id: string, title: string, score: number }>, riskHeatMap: Array<{ likelihood: number, impact: number, count: number }> } };

export type ContractManagerFieldsFragment = { id: string, displayName: string, jobTitle: string, erased: boolean };

export type ContractListFieldsFragment = { id: string, title: string, procurementId: string, supplierName: string, awardedValue: number, currentValue: number, status: ContractStatus, startDate: string, endDate: string, socialValueUnderDelivered: boolean, managers: Array<{ id: string, displayName: string, jobTitle: string, erased: boolean }> };

export type ContractVariationFieldsFragment = { id: string, description: string, reason: string, valueChange: number, status: ContractVariationStatus, approvalRequiredBecause: string | null, policyVersion: number, recordedAt: string, decidedAt: string | null, decisionNote: string | null };

export type SocialValueMeasureFieldsFragment = { id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number };

export type ContractFieldsFragment = { revision: number, awardedAt: string, awardedOn: string, extensionMonthsAvailable: number, noticePeriodDays: number | null, socialValueWeightingPercent: number, committedSocialValue: number, deliveredSocialValue: number, closeReason: string | null, closedOn: string | null, supplierCompanyNumber: string | null, supplierPostcode: string | null, supplierSme: boolean | null, supplierVcse: boolean | null, gatewaysPassed: Array<Gateway>, id: string, title: string, procurementId: string, supplierName: string, awardedValue: number, currentValue: number, status: ContractStatus, startDate: string, endDate: string, socialValueUnderDelivered: boolean, procurement: { id: string, title: string }, variations: Array<{ id: string, description: string, reason: string, valueChange: number, status: ContractVariationStatus, approvalRequiredBecause: string | null, policyVersion: number, recordedAt: string, decidedAt: string | null, decisionNote: string | null }>, kpis: Array<{ id: string, name: string, target: string, firstPeriod: string, reports: Array<{ period: string, rating: KpiRating, note: string, reportedAt: string, correctionReason: string | null }> }>, savings: Array<{ id: string, kind: SavingKind, stage: SavingStage, amount: number, period: string }>, socialValueCommitments: Array<{ id: string, committedQuantity: number, committedValue: number | null, deliveredQuantity: number, deliveredValue: number | null, expectedToDateQuantity: number, underDelivered: boolean, firstPeriod: string, measure: { id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number }, deliveries: Array<{ period: string, quantity: number, evidence: string, reportedAt: string }> }>, managers: Array<{ id: string, displayName: string, jobTitle: string, erased: boolean }> };

export type ContractsRegisterQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ContractsRegisterQuery = { contracts: Array<{ id: string, title: string, procurementId: string, supplierName: string, awardedValue: number, currentValue: number, status: ContractStatus, startDate: string, endDate: string, socialValueUnderDelivered: boolean, managers: Array<{ id: string, displayName: string, jobTitle: string, erased: boolean }> }> };

export type ContractPageQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type ContractPageQuery = { contract: { revision: number, awardedAt: string, awardedOn: string, extensionMonthsAvailable: number, noticePeriodDays: number | null, socialValueWeightingPercent: number, committedSocialValue: number, deliveredSocialValue: number, closeReason: string | null, closedOn: string | null, supplierCompanyNumber: string | null, supplierPostcode: string | null, supplierSme: boolean | null, supplierVcse: boolean | null, gatewaysPassed: Array<Gateway>, id: string, title: string, procurementId: string, supplierName: string, awardedValue: number, currentValue: number, status: ContractStatus, startDate: string, endDate: string, socialValueUnderDelivered: boolean, procurement: { id: string, title: string }, variations: Array<{ id: string, description: string, reason: string, valueChange: number, status: ContractVariationStatus, approvalRequiredBecause: string | null, policyVersion: number, recordedAt: string, decidedAt: string | null, decisionNote: string | null }>, kpis: Array<{ id: string, name: string, target: string, firstPeriod: string, reports: Array<{ period: string, rating: KpiRating, note: string, reportedAt: string, correctionReason: string | null }> }>, savings: Array<{ id: string, kind: SavingKind, stage: SavingStage, amount: number, period: string }>, socialValueCommitments: Array<{ id: string, committedQuantity: number, committedValue: number | null, deliveredQuantity: number, deliveredValue: number | null, expectedToDateQuantity: number, underDelivered: boolean, firstPeriod: string, measure: { id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number }, deliveries: Array<{ period: string, quantity: number, evidence: string, reportedAt: string }> }>, managers: Array<{ id: string, displayName: string, jobTitle: string, erased: boolean }> } | null, socialValueMeasures: Array<{ id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number }> };

export type SocialValueMeasuresQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type SocialValueMeasuresQuery = { socialValueMeasures: Array<{ id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number }> };

export type AwardContractMutationVariables = Exact<{
  input: AwardContractInput;
}>;


export type AwardContractMutation = { awardContract: { id: string, title: string, procurementId: string, supplierName: string, awardedValue: number, currentValue: number, status: ContractStatus, startDate: string, endDate: string, socialValueUnderDelivered: boolean, managers: Array<{ id: string, displayName: string, jobTitle: string, erased: boolean }> } };

export type VaryContractMutationVariables = Exact<{
  input: VaryContractInput;
}>;


export type VaryContractMutation = { varyContract: { revision: number, awardedAt: string, awardedOn: string, extensionMonthsAvailable: number, noticePeriodDays: number | null, socialValueWeightingPercent: number, committedSocialValue: number, deliveredSocialValue: number, closeReason: string | null, closedOn: string | null, supplierCompanyNumber: string | null, supplierPostcode: string | null, supplierSme: boolean | null, supplierVcse: boolean | null, gatewaysPassed: Array<Gateway>, id: string, title: string, procurementId: string, supplierName: string, awardedValue: number, currentValue: number, status: ContractStatus, startDate: string, endDate: string, socialValueUnderDelivered: boolean, procurement: { id: string, title: string }, variations: Array<{ id: string, description: string, reason: string, valueChange: number, status: ContractVariationStatus, approvalRequiredBecause: string | null, policyVersion: number, recordedAt: string, decidedAt: string | null, decisionNote: string | null }>, kpis: Array<{ id: string, name: string, target: string, firstPeriod: string, reports: Array<{ period: string, rating: KpiRating, note: string, reportedAt: string, correctionReason: string | null }> }>, savings: Array<{ id: string, kind: SavingKind, stage: SavingStage, amount: number, period: string }>, socialValueCommitments: Array<{ id: string, committedQuantity: number, committedValue: number | null, deliveredQuantity: number, deliveredValue: number | null, expectedToDateQuantity: number, underDelivered: boolean, firstPeriod: string, measure: { id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number }, deliveries: Array<{ period: string, quantity: number, evidence: string, reportedAt: string }> }>, managers: Array<{ id: string, displayName: string, jobTitle: string, erased: boolean }> } };

export type ApproveContractVariationMutationVariables = Exact<{
  input: DecideContractVariationInput;
}>;


export type ApproveContractVariationMutation = { approveContractVariation: { revision: number, awardedAt: string, awardedOn: string, extensionMonthsAvailable: number, noticePeriodDays: number | null, socialValueWeightingPercent: number, committedSocialValue: number, deliveredSocialValue: number, closeReason: string | null, closedOn: string | null, supplierCompanyNumber: string | null, supplierPostcode: string | null, supplierSme: boolean | null, supplierVcse: boolean | null, gatewaysPassed: Array<Gateway>, id: string, title: string, procurementId: string, supplierName: string, awardedValue: number, currentValue: number, status: ContractStatus, startDate: string, endDate: string, socialValueUnderDelivered: boolean, procurement: { id: string, title: string }, variations: Array<{ id: string, description: string, reason: string, valueChange: number, status: ContractVariationStatus, approvalRequiredBecause: string | null, policyVersion: number, recordedAt: string, decidedAt: string | null, decisionNote: string | null }>, kpis: Array<{ id: string, name: string, target: string, firstPeriod: string, reports: Array<{ period: string, rating: KpiRating, note: string, reportedAt: string, correctionReason: string | null }> }>, savings: Array<{ id: string, kind: SavingKind, stage: SavingStage, amount: number, period: string }>, socialValueCommitments: Array<{ id: string, committedQuantity: number, committedValue: number | null, deliveredQuantity: number, deliveredValue: number | null, expectedToDateQuantity: number, underDelivered: boolean, firstPeriod: string, measure: { id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number }, deliveries: Array<{ period: string, quantity: number, evidence: string, reportedAt: string }> }>, managers: Array<{ id: string, displayName: string, jobTitle: string, erased: boolean }> } };

export type RejectContractVariationMutationVariables = Exact<{
  input: DecideContractVariationInput;
}>;


export type RejectContractVariationMutation = { rejectContractVariation: { revision: number, awardedAt: string, awardedOn: string, extensionMonthsAvailable: number, noticePeriodDays: number | null, socialValueWeightingPercent: number, committedSocialValue: number, deliveredSocialValue: number, closeReason: string | null, closedOn: string | null, supplierCompanyNumber: string | null, supplierPostcode: string | null, supplierSme: boolean | null, supplierVcse: boolean | null, gatewaysPassed: Array<Gateway>, id: string, title: string, procurementId: string, supplierName: string, awardedValue: number, currentValue: number, status: ContractStatus, startDate: string, endDate: string, socialValueUnderDelivered: boolean, procurement: { id: string, title: string }, variations: Array<{ id: string, description: string, reason: string, valueChange: number, status: ContractVariationStatus, approvalRequiredBecause: string | null, policyVersion: number, recordedAt: string, decidedAt: string | null, decisionNote: string | null }>, kpis: Array<{ id: string, name: string, target: string, firstPeriod: string, reports: Array<{ period: string, rating: KpiRating, note: string, reportedAt: string, correctionReason: string | null }> }>, savings: Array<{ id: string, kind: SavingKind, stage: SavingStage, amount: number, period: string }>, socialValueCommitments: Array<{ id: string, committedQuantity: number, committedValue: number | null, deliveredQuantity: number, deliveredValue: number | null, expectedToDateQuantity: number, underDelivered: boolean, firstPeriod: string, measure: { id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number }, deliveries: Array<{ period: string, quantity: number, evidence: string, reportedAt: string }> }>, managers: Array<{ id: string, displayName: string, jobTitle: string, erased: boolean }> } };

export type ExtendContractMutationVariables = Exact<{
  input: ExtendContractInput;
}>;


export type ExtendContractMutation = { extendContract: { revision: number, awardedAt: string, awardedOn: string, extensionMonthsAvailable: number, noticePeriodDays: number | null, socialValueWeightingPercent: number, committedSocialValue: number, deliveredSocialValue: number, closeReason: string | null, closedOn: string | null, supplierCompanyNumber: string | null, supplierPostcode: string | null, supplierSme: boolean | null, supplierVcse: boolean | null, gatewaysPassed: Array<Gateway>, id: string, title: string, procurementId: string, supplierName: string, awardedValue: number, currentValue: number, status: ContractStatus, startDate: string, endDate: string, socialValueUnderDelivered: boolean, procurement: { id: string, title: string }, variations: Array<{ id: string, description: string, reason: string, valueChange: number, status: ContractVariationStatus, approvalRequiredBecause: string | null, policyVersion: number, recordedAt: string, decidedAt: string | null, decisionNote: string | null }>, kpis: Array<{ id: string, name: string, target: string, firstPeriod: string, reports: Array<{ period: string, rating: KpiRating, note: string, reportedAt: string, correctionReason: string | null }> }>, savings: Array<{ id: string, kind: SavingKind, stage: SavingStage, amount: number, period: string }>, socialValueCommitments: Array<{ id: string, committedQuantity: number, committedValue: number | null, deliveredQuantity: number, deliveredValue: number | null, expectedToDateQuantity: number, underDelivered: boolean, firstPeriod: string, measure: { id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number }, deliveries: Array<{ period: string, quantity: number, evidence: string, reportedAt: string }> }>, managers: Array<{ id: string, displayName: string, jobTitle: string, erased: boolean }> } };

export type EndContractMutationVariables = Exact<{
  input: CloseContractInput;
}>;


export type EndContractMutation = { endContract: { revision: number, awardedAt: string, awardedOn: string, extensionMonthsAvailable: number, noticePeriodDays: number | null, socialValueWeightingPercent: number, committedSocialValue: number, deliveredSocialValue: number, closeReason: string | null, closedOn: string | null, supplierCompanyNumber: string | null, supplierPostcode: string | null, supplierSme: boolean | null, supplierVcse: boolean | null, gatewaysPassed: Array<Gateway>, id: string, title: string, procurementId: string, supplierName: string, awardedValue: number, currentValue: number, status: ContractStatus, startDate: string, endDate: string, socialValueUnderDelivered: boolean, procurement: { id: string, title: string }, variations: Array<{ id: string, description: string, reason: string, valueChange: number, status: ContractVariationStatus, approvalRequiredBecause: string | null, policyVersion: number, recordedAt: string, decidedAt: string | null, decisionNote: string | null }>, kpis: Array<{ id: string, name: string, target: string, firstPeriod: string, reports: Array<{ period: string, rating: KpiRating, note: string, reportedAt: string, correctionReason: string | null }> }>, savings: Array<{ id: string, kind: SavingKind, stage: SavingStage, amount: number, period: string }>, socialValueCommitments: Array<{ id: string, committedQuantity: number, committedValue: number | null, deliveredQuantity: number, deliveredValue: number | null, expectedToDateQuantity: number, underDelivered: boolean, firstPeriod: string, measure: { id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number }, deliveries: Array<{ period: string, quantity: number, evidence: string, reportedAt: string }> }>, managers: Array<{ id: string, displayName: string, jobTitle: string, erased: boolean }> } };

export type TerminateContractMutationVariables = Exact<{
  input: CloseContractInput;
}>;


export type TerminateContractMutation = { terminateContract: { revision: number, awardedAt: string, awardedOn: string, extensionMonthsAvailable: number, noticePeriodDays: number | null, socialValueWeightingPercent: number, committedSocialValue: number, deliveredSocialValue: number, closeReason: string | null, closedOn: string | null, supplierCompanyNumber: string | null, supplierPostcode: string | null, supplierSme: boolean | null, supplierVcse: boolean | null, gatewaysPassed: Array<Gateway>, id: string, title: string, procurementId: string, supplierName: string, awardedValue: number, currentValue: number, status: ContractStatus, startDate: string, endDate: string, socialValueUnderDelivered: boolean, procurement: { id: string, title: string }, variations: Array<{ id: string, description: string, reason: string, valueChange: number, status: ContractVariationStatus, approvalRequiredBecause: string | null, policyVersion: number, recordedAt: string, decidedAt: string | null, decisionNote: string | null }>, kpis: Array<{ id: string, name: string, target: string, firstPeriod: string, reports: Array<{ period: string, rating: KpiRating, note: string, reportedAt: string, correctionReason: string | null }> }>, savings: Array<{ id: string, kind: SavingKind, stage: SavingStage, amount: number, period: string }>, socialValueCommitments: Array<{ id: string, committedQuantity: number, committedValue: number | null, deliveredQuantity: number, deliveredValue: number | null, expectedToDateQuantity: number, underDelivered: boolean, firstPeriod: string, measure: { id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number }, deliveries: Array<{ period: string, quantity: number, evidence: string, reportedAt: string }> }>, managers: Array<{ id: string, displayName: string, jobTitle: string, erased: boolean }> } };

export type AssignContractManagerMutationVariables = Exact<{
  input: ContractManagerInput;
}>;


export type AssignContractManagerMutation = { assignContractManager: { revision: number, awardedAt: string, awardedOn: string, extensionMonthsAvailable: number, noticePeriodDays: number | null, socialValueWeightingPercent: number, committedSocialValue: number, deliveredSocialValue: number, closeReason: string | null, closedOn: string | null, supplierCompanyNumber: string | null, supplierPostcode: string | null, supplierSme: boolean | null, supplierVcse: boolean | null, gatewaysPassed: Array<Gateway>, id: string, title: string, procurementId: string, supplierName: string, awardedValue: number, currentValue: number, status: ContractStatus, startDate: string, endDate: string, socialValueUnderDelivered: boolean, procurement: { id: string, title: string }, variations: Array<{ id: string, description: string, reason: string, valueChange: number, status: ContractVariationStatus, approvalRequiredBecause: string | null, policyVersion: number, recordedAt: string, decidedAt: string | null, decisionNote: string | null }>, kpis: Array<{ id: string, name: string, target: string, firstPeriod: string, reports: Array<{ period: string, rating: KpiRating, note: string, reportedAt: string, correctionReason: string | null }> }>, savings: Array<{ id: string, kind: SavingKind, stage: SavingStage, amount: number, period: string }>, socialValueCommitments: Array<{ id: string, committedQuantity: number, committedValue: number | null, deliveredQuantity: number, deliveredValue: number | null, expectedToDateQuantity: number, underDelivered: boolean, firstPeriod: string, measure: { id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number }, deliveries: Array<{ period: string, quantity: number, evidence: string, reportedAt: string }> }>, managers: Array<{ id: string, displayName: string, jobTitle: string, erased: boolean }> } };

export type AddKpiMutationVariables = Exact<{
  input: AddKpiInput;
}>;


export type AddKpiMutation = { addKpi: { revision: number, awardedAt: string, awardedOn: string, extensionMonthsAvailable: number, noticePeriodDays: number | null, socialValueWeightingPercent: number, committedSocialValue: number, deliveredSocialValue: number, closeReason: string | null, closedOn: string | null, supplierCompanyNumber: string | null, supplierPostcode: string | null, supplierSme: boolean | null, supplierVcse: boolean | null, gatewaysPassed: Array<Gateway>, id: string, title: string, procurementId: string, supplierName: string, awardedValue: number, currentValue: number, status: ContractStatus, startDate: string, endDate: string, socialValueUnderDelivered: boolean, procurement: { id: string, title: string }, variations: Array<{ id: string, description: string, reason: string, valueChange: number, status: ContractVariationStatus, approvalRequiredBecause: string | null, policyVersion: number, recordedAt: string, decidedAt: string | null, decisionNote: string | null }>, kpis: Array<{ id: string, name: string, target: string, firstPeriod: string, reports: Array<{ period: string, rating: KpiRating, note: string, reportedAt: string, correctionReason: string | null }> }>, savings: Array<{ id: string, kind: SavingKind, stage: SavingStage, amount: number, period: string }>, socialValueCommitments: Array<{ id: string, committedQuantity: number, committedValue: number | null, deliveredQuantity: number, deliveredValue: number | null, expectedToDateQuantity: number, underDelivered: boolean, firstPeriod: string, measure: { id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number }, deliveries: Array<{ period: string, quantity: number, evidence: string, reportedAt: string }> }>, managers: Array<{ id: string, displayName: string, jobTitle: string, erased: boolean }> } };

export type ReportKpiMutationVariables = Exact<{
  input: ReportKpiInput;
}>;


export type ReportKpiMutation = { reportKpi: { revision: number, awardedAt: string, awardedOn: string, extensionMonthsAvailable: number, noticePeriodDays: number | null, socialValueWeightingPercent: number, committedSocialValue: number, deliveredSocialValue: number, closeReason: string | null, closedOn: string | null, supplierCompanyNumber: string | null, supplierPostcode: string | null, supplierSme: boolean | null, supplierVcse: boolean | null, gatewaysPassed: Array<Gateway>, id: string, title: string, procurementId: string, supplierName: string, awardedValue: number, currentValue: number, status: ContractStatus, startDate: string, endDate: string, socialValueUnderDelivered: boolean, procurement: { id: string, title: string }, variations: Array<{ id: string, description: string, reason: string, valueChange: number, status: ContractVariationStatus, approvalRequiredBecause: string | null, policyVersion: number, recordedAt: string, decidedAt: string | null, decisionNote: string | null }>, kpis: Array<{ id: string, name: string, target: string, firstPeriod: string, reports: Array<{ period: string, rating: KpiRating, note: string, reportedAt: string, correctionReason: string | null }> }>, savings: Array<{ id: string, kind: SavingKind, stage: SavingStage, amount: number, period: string }>, socialValueCommitments: Array<{ id: string, committedQuantity: number, committedValue: number | null, deliveredQuantity: number, deliveredValue: number | null, expectedToDateQuantity: number, underDelivered: boolean, firstPeriod: string, measure: { id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number }, deliveries: Array<{ period: string, quantity: number, evidence: string, reportedAt: string }> }>, managers: Array<{ id: string, displayName: string, jobTitle: string, erased: boolean }> } };

export type RecordSavingOrBenefitMutationVariables = Exact<{
  input: RecordSavingOrBenefitInput;
}>;


export type RecordSavingOrBenefitMutation = { recordSavingOrBenefit: { revision: number, awardedAt: string, awardedOn: string, extensionMonthsAvailable: number, noticePeriodDays: number | null, socialValueWeightingPercent: number, committedSocialValue: number, deliveredSocialValue: number, closeReason: string | null, closedOn: string | null, supplierCompanyNumber: string | null, supplierPostcode: string | null, supplierSme: boolean | null, supplierVcse: boolean | null, gatewaysPassed: Array<Gateway>, id: string, title: string, procurementId: string, supplierName: string, awardedValue: number, currentValue: number, status: ContractStatus, startDate: string, endDate: string, socialValueUnderDelivered: boolean, procurement: { id: string, title: string }, variations: Array<{ id: string, description: string, reason: string, valueChange: number, status: ContractVariationStatus, approvalRequiredBecause: string | null, policyVersion: number, recordedAt: string, decidedAt: string | null, decisionNote: string | null }>, kpis: Array<{ id: string, name: string, target: string, firstPeriod: string, reports: Array<{ period: string, rating: KpiRating, note: string, reportedAt: string, correctionReason: string | null }> }>, savings: Array<{ id: string, kind: SavingKind, stage: SavingStage, amount: number, period: string }>, socialValueCommitments: Array<{ id: string, committedQuantity: number, committedValue: number | null, deliveredQuantity: number, deliveredValue: number | null, expectedToDateQuantity: number, underDelivered: boolean, firstPeriod: string, measure: { id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number }, deliveries: Array<{ period: string, quantity: number, evidence: string, reportedAt: string }> }>, managers: Array<{ id: string, displayName: string, jobTitle: string, erased: boolean }> } };

export type CommitSocialValueMutationVariables = Exact<{
  input: CommitSocialValueInput;
}>;


export type CommitSocialValueMutation = { commitSocialValue: { revision: number, awardedAt: string, awardedOn: string, extensionMonthsAvailable: number, noticePeriodDays: number | null, socialValueWeightingPercent: number, committedSocialValue: number, deliveredSocialValue: number, closeReason: string | null, closedOn: string | null, supplierCompanyNumber: string | null, supplierPostcode: string | null, supplierSme: boolean | null, supplierVcse: boolean | null, gatewaysPassed: Array<Gateway>, id: string, title: string, procurementId: string, supplierName: string, awardedValue: number, currentValue: number, status: ContractStatus, startDate: string, endDate: string, socialValueUnderDelivered: boolean, procurement: { id: string, title: string }, variations: Array<{ id: string, description: string, reason: string, valueChange: number, status: ContractVariationStatus, approvalRequiredBecause: string | null, policyVersion: number, recordedAt: string, decidedAt: string | null, decisionNote: string | null }>, kpis: Array<{ id: string, name: string, target: string, firstPeriod: string, reports: Array<{ period: string, rating: KpiRating, note: string, reportedAt: string, correctionReason: string | null }> }>, savings: Array<{ id: string, kind: SavingKind, stage: SavingStage, amount: number, period: string }>, socialValueCommitments: Array<{ id: string, committedQuantity: number, committedValue: number | null, deliveredQuantity: number, deliveredValue: number | null, expectedToDateQuantity: number, underDelivered: boolean, firstPeriod: string, measure: { id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number }, deliveries: Array<{ period: string, quantity: number, evidence: string, reportedAt: string }> }>, managers: Array<{ id: string, displayName: string, jobTitle: string, erased: boolean }> } };

export type ReportSocialValueDeliveryMutationVariables = Exact<{
  input: ReportSocialValueDeliveryInput;
}>;


export type ReportSocialValueDeliveryMutation = { reportSocialValueDelivery: { revision: number, awardedAt: string, awardedOn: string, extensionMonthsAvailable: number, noticePeriodDays: number | null, socialValueWeightingPercent: number, committedSocialValue: number, deliveredSocialValue: number, closeReason: string | null, closedOn: string | null, supplierCompanyNumber: string | null, supplierPostcode: string | null, supplierSme: boolean | null, supplierVcse: boolean | null, gatewaysPassed: Array<Gateway>, id: string, title: string, procurementId: string, supplierName: string, awardedValue: number, currentValue: number, status: ContractStatus, startDate: string, endDate: string, socialValueUnderDelivered: boolean, procurement: { id: string, title: string }, variations: Array<{ id: string, description: string, reason: string, valueChange: number, status: ContractVariationStatus, approvalRequiredBecause: string | null, policyVersion: number, recordedAt: string, decidedAt: string | null, decisionNote: string | null }>, kpis: Array<{ id: string, name: string, target: string, firstPeriod: string, reports: Array<{ period: string, rating: KpiRating, note: string, reportedAt: string, correctionReason: string | null }> }>, savings: Array<{ id: string, kind: SavingKind, stage: SavingStage, amount: number, period: string }>, socialValueCommitments: Array<{ id: string, committedQuantity: number, committedValue: number | null, deliveredQuantity: number, deliveredValue: number | null, expectedToDateQuantity: number, underDelivered: boolean, firstPeriod: string, measure: { id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number }, deliveries: Array<{ period: string, quantity: number, evidence: string, reportedAt: string }> }>, managers: Array<{ id: string, displayName: string, jobTitle: string, erased: boolean }> } };

export type DefineSocialValueMeasureMutationVariables = Exact<{
  input: DefineSocialValueMeasureInput;
}>;


export type DefineSocialValueMeasureMutation = { defineSocialValueMeasure: { id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number } };

export type RetireSocialValueMeasureMutationVariables = Exact<{
  input: RetireSocialValueMeasureInput;
}>;


export type RetireSocialValueMeasureMutation = { retireSocialValueMeasure: { id: string, theme: string, outcome: string, unit: string, proxyValuePerUnit: number | null, retired: boolean, revision: number } };

export type GatewayPolicyFieldsFragment = { version: number, adoptedAt: string, reason: string, quorum: number, highRiskGateways: Array<Gateway>, politicalInterestGateways: Array<Gateway>, committee: Array<{ id: string, displayName: string, erased: boolean }> | null, valueThresholds: Array<{ minValue: number, gateways: Array<Gateway> }> };

export type ProcurementSummaryFieldsFragment = { id: string, title: string, estimatedValue: number, riskLevel: RiskLevel, politicalInterest: boolean, requiredGateways: Array<Gateway>, outstandingGateways: Array<Gateway>, policyVersion: number, revision: number };

export type GatewayReviewFieldsFragment = { id: string, gateway: Gateway, summary: string, requestedAt: string, outcome: GatewayOutcome | null, rationale: string | null, decidedAt: string | null, recordedBy: string | null, basisPosition: string | null, correctionReason: string | null, basisChanged: boolean, decidedBy: Array<{ id: string, displayName: string, erased: boolean }>, conditionStatus: Array<{ text: string, discharged: boolean, dischargedAt: string | null, evidence: string | null }>, superseded: Array<{ outcome: GatewayOutcome, rationale: string, conditions: Array<string>, decidedAt: string, correctionReason: string | null }> };

export type ProcurementFieldsFragment = { id: string, title: string, estimatedValue: number, riskLevel: RiskLevel, politicalInterest: boolean, requiredGateways: Array<Gateway>, outstandingGateways: Array<Gateway>, policyVersion: number, revision: number, reviews: Array<{ id: string, gateway: Gateway, summary: string, requestedAt: string, outcome: GatewayOutcome | null, rationale: string | null, decidedAt: string | null, recordedBy: string | null, basisPosition: string | null, correctionReason: string | null, basisChanged: boolean, decidedBy: Array<{ id: string, displayName: string, erased: boolean }>, conditionStatus: Array<{ text: string, discharged: boolean, dischargedAt: string | null, evidence: string | null }>, superseded: Array<{ outcome: GatewayOutcome, rationale: string, conditions: Array<string>, decidedAt: string, correctionReason: string | null }> }>, conflicts: Array<{ nature: string, declaredAt: string, onBehalf: boolean, onBehalfReason: string | null, staffMember: { id: string, displayName: string, erased: boolean }, declaredBy: { id: string, displayName: string, erased: boolean } | null }>, lessons: Array<{ id: string, title: string, priority: LessonPriority, gateway: Gateway | null, loggedOn: string, recommendation: string }> };

export type GatewayPageQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type GatewayPageQuery = { procurements: Array<{ id: string, title: string, estimatedValue: number, riskLevel: RiskLevel, politicalInterest: boolean, requiredGateways: Array<Gateway>, outstandingGateways: Array<Gateway>, policyVersion: number, revision: number, reviews: Array<{ id: string, gateway: Gateway, outcome: GatewayOutcome | null, basisChanged: boolean }> }>, gatewayPolicies: Array<{ version: number, adoptedAt: string, reason: string, quorum: number, highRiskGateways: Array<Gateway>, politicalInterestGateways: Array<Gateway>, committee: Array<{ id: string, displayName: string, erased: boolean }> | null, valueThresholds: Array<{ minValue: number, gateways: Array<Gateway> }> }> };

export type ProcurementPageQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type ProcurementPageQuery = { procurement: { id: string, title: string, estimatedValue: number, riskLevel: RiskLevel, politicalInterest: boolean, requiredGateways: Array<Gateway>, outstandingGateways: Array<Gateway>, policyVersion: number, revision: number, reviews: Array<{ id: string, gateway: Gateway, summary: string, requestedAt: string, outcome: GatewayOutcome | null, rationale: string | null, decidedAt: string | null, recordedBy: string | null, basisPosition: string | null, correctionReason: string | null, basisChanged: boolean, decidedBy: Array<{ id: string, displayName: string, erased: boolean }>, conditionStatus: Array<{ text: string, discharged: boolean, dischargedAt: string | null, evidence: string | null }>, superseded: Array<{ outcome: GatewayOutcome, rationale: string, conditions: Array<string>, decidedAt: string, correctionReason: string | null }> }>, conflicts: Array<{ nature: string, declaredAt: string, onBehalf: boolean, onBehalfReason: string | null, staffMember: { id: string, displayName: string, erased: boolean }, declaredBy: { id: string, displayName: string, erased: boolean } | null }>, lessons: Array<{ id: string, title: string, priority: LessonPriority, gateway: Gateway | null, loggedOn: string, recommendation: string }> } | null, gatewayPolicies: Array<{ version: number, adoptedAt: string, reason: string, quorum: number, highRiskGateways: Array<Gateway>, politicalInterestGateways: Array<Gateway>, committee: Array<{ id: string, displayName: string, erased: boolean }> | null, valueThresholds: Array<{ minValue: number, gateways: Array<Gateway> }> }> };

export type RegisterProcurementMutationVariables = Exact<{
  input: RegisterProcurementInput;
}>;


export type RegisterProcurementMutation = { registerProcurement: { id: string, title: string, estimatedValue: number, riskLevel: RiskLevel, politicalInterest: boolean, requiredGateways: Array<Gateway>, outstandingGateways: Array<Gateway>, policyVersion: number, revision: number } };

export type ChangeProcurementBasisMutationVariables = Exact<{
  input: ChangeProcurementBasisInput;
}>;


export type ChangeProcurementBasisMutation = { changeProcurementBasis: { id: string, title: string, estimatedValue: number, riskLevel: RiskLevel, politicalInterest: boolean, requiredGateways: Array<Gateway>, outstandingGateways: Array<Gateway>, policyVersion: number, revision: number } };

export type DeclareConflictOfInterestMutationVariables = Exact<{
  input: DeclareConflictOfInterestInput;
}>;


export type DeclareConflictOfInterestMutation = { declareConflictOfInterest: { id: string, title: string, estimatedValue: number, riskLevel: RiskLevel, politicalInterest: boolean, requiredGateways: Array<Gateway>, outstandingGateways: Array<Gateway>, policyVersion: number, revision: number } };

export type RequestGatewayReviewMutationVariables = Exact<{
  input: RequestGatewayReviewInput;
}>;


export type RequestGatewayReviewMutation = { requestGatewayReview: { id: string, gateway: Gateway, summary: string, requestedAt: string, outcome: GatewayOutcome | null, rationale: string | null, decidedAt: string | null, recordedBy: string | null, basisPosition: string | null, correctionReason: string | null, basisChanged: boolean, decidedBy: Array<{ id: string, displayName: string, erased: boolean }>, conditionStatus: Array<{ text: string, discharged: boolean, dischargedAt: string | null, evidence: string | null }>, superseded: Array<{ outcome: GatewayOutcome, rationale: string, conditions: Array<string>, decidedAt: string, correctionReason: string | null }> } };

export type RecordGatewayDecisionMutationVariables = Exact<{
  input: RecordGatewayDecisionInput;
}>;


export type RecordGatewayDecisionMutation = { recordGatewayDecision: { id: string, gateway: Gateway, summary: string, requestedAt: string, outcome: GatewayOutcome | null, rationale: string | null, decidedAt: string | null, recordedBy: string | null, basisPosition: string | null, correctionReason: string | null, basisChanged: boolean, decidedBy: Array<{ id: string, displayName: string, erased: boolean }>, conditionStatus: Array<{ text: string, discharged: boolean, dischargedAt: string | null, evidence: string | null }>, superseded: Array<{ outcome: GatewayOutcome, rationale: string, conditions: Array<string>, decidedAt: string, correctionReason: string | null }> } };

export type CorrectGatewayDecisionMutationVariables = Exact<{
  input: CorrectGatewayDecisionInput;
}>;


export type CorrectGatewayDecisionMutation = { correctGatewayDecision: { id: string, gateway: Gateway, summary: string, requestedAt: string, outcome: GatewayOutcome | null, rationale: string | null, decidedAt: string | null, recordedBy: string | null, basisPosition: string | null, correctionReason: string | null, basisChanged: boolean, decidedBy: Array<{ id: string, displayName: string, erased: boolean }>, conditionStatus: Array<{ text: string, discharged: boolean, dischargedAt: string | null, evidence: string | null }>, superseded: Array<{ outcome: GatewayOutcome, rationale: string, conditions: Array<string>, decidedAt: string, correctionReason: string | null }> } };

export type DischargeConditionMutationVariables = Exact<{
  input: DischargeConditionInput;
}>;


export type DischargeConditionMutation = { dischargeCondition: { id: string, gateway: Gateway, summary: string, requestedAt: string, outcome: GatewayOutcome | null, rationale: string | null, decidedAt: string | null, recordedBy: string | null, basisPosition: string | null, correctionReason: string | null, basisChanged: boolean, decidedBy: Array<{ id: string, displayName: string, erased: boolean }>, conditionStatus: Array<{ text: string, discharged: boolean, dischargedAt: string | null, evidence: string | null }>, superseded: Array<{ outcome: GatewayOutcome, rationale: string, conditions: Array<string>, decidedAt: string, correctionReason: string | null }> } };

export type AdoptGatewayPolicyMutationVariables = Exact<{
  input: AdoptGatewayPolicyInput;
}>;


export type AdoptGatewayPolicyMutation = { adoptGatewayPolicy: { version: number, adoptedAt: string, reason: string, quorum: number, highRiskGateways: Array<Gateway>, politicalInterestGateways: Array<Gateway>, committee: Array<{ id: string, displayName: string, erased: boolean }> | null, valueThresholds: Array<{ minValue: number, gateways: Array<Gateway> }> } };

export type ReviewDecidersQueryVariables = Exact<{
  reviewId: string | number;
  asOf?: string | null | undefined;
}>;


export type ReviewDecidersQuery = { eligibleDeciders: { reviewId: string, policyVersion: number, quorum: number, anyStaffMemberMaySit: boolean, members: Array<{ staffMemberId: string, displayName: string, conflictDeclared: boolean, conflictNature: string | null }> } };

export type PersonRefFragment = { id: string, displayName: string, erased: boolean };

export type GovernanceStaffQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type GovernanceStaffQuery = { staffMembers: Array<{ jobTitle: string, id: string, displayName: string, erased: boolean }> };

export type LessonFieldsFragment = { id: string, title: string, whatHappened: string, effect: string | null, causes: string | null, earlyWarningIndicators: string | null, recommendation: string, priority: LessonPriority, procurementId: string | null, gateway: Gateway | null, loggedBy: string, loggedOn: string, recordedAt: string, actions: Array<{ id: string, description: string, dueDate: string, target: ActionTarget, targetReference: string | null, status: string, overdue: boolean, evidence: string | null, closedOn: string | null, owner: { id: string, displayName: string, erased: boolean } | null }> };

export type LessonsPageQueryVariables = Exact<{
  asOf?: string | null | undefined;
  withProcurements: boolean;
}>;


export type LessonsPageQuery = { lessons: Array<{ id: string, title: string, whatHappened: string, effect: string | null, causes: string | null, earlyWarningIndicators: string | null, recommendation: string, priority: LessonPriority, procurementId: string | null, gateway: Gateway | null, loggedBy: string, loggedOn: string, recordedAt: string, actions: Array<{ id: string, description: string, dueDate: string, target: ActionTarget, targetReference: string | null, status: string, overdue: boolean, evidence: string | null, closedOn: string | null, owner: { id: string, displayName: string, erased: boolean } | null }> }>, lessonsDue: Array<{ procurementId: string, title: string, awardedAt: string }>, procurements?: Array<{ id: string, title: string, requiredGateways: Array<Gateway> }> };

export type RecordLessonMutationVariables = Exact<{
  input: RecordLessonInput;
}>;


export type RecordLessonMutation = { recordLesson: { id: string, title: string, whatHappened: string, effect: string | null, causes: string | null, earlyWarningIndicators: string | null, recommendation: string, priority: LessonPriority, procurementId: string | null, gateway: Gateway | null, loggedBy: string, loggedOn: string, recordedAt: string, actions: Array<{ id: string, description: string, dueDate: string, target: ActionTarget, targetReference: string | null, status: string, overdue: boolean, evidence: string | null, closedOn: string | null, owner: { id: string, displayName: string, erased: boolean } | null }> } };

export type AssignLessonActionMutationVariables = Exact<{
  input: AssignLessonActionInput;
}>;


export type AssignLessonActionMutation = { assignLessonAction: { id: string, title: string, whatHappened: string, effect: string | null, causes: string | null, earlyWarningIndicators: string | null, recommendation: string, priority: LessonPriority, procurementId: string | null, gateway: Gateway | null, loggedBy: string, loggedOn: string, recordedAt: string, actions: Array<{ id: string, description: string, dueDate: string, target: ActionTarget, targetReference: string | null, status: string, overdue: boolean, evidence: string | null, closedOn: string | null, owner: { id: string, displayName: string, erased: boolean } | null }> } };

export type CloseLessonActionMutationVariables = Exact<{
  input: CloseLessonActionInput;
}>;


export type CloseLessonActionMutation = { closeLessonAction: { id: string, title: string, whatHappened: string, effect: string | null, causes: string | null, earlyWarningIndicators: string | null, recommendation: string, priority: LessonPriority, procurementId: string | null, gateway: Gateway | null, loggedBy: string, loggedOn: string, recordedAt: string, actions: Array<{ id: string, description: string, dueDate: string, target: ActionTarget, targetReference: string | null, status: string, overdue: boolean, evidence: string | null, closedOn: string | null, owner: { id: string, displayName: string, erased: boolean } | null }> } };

export type RiskFieldsFragment = { id: string, title: string, category: RiskCategory, owner: string | null, likelihood: number, impact: number, score: number, inherentLikelihood: number, inherentImpact: number, inherentScore: number, appetite: RiskAppetite, treatment: RiskTreatment, controls: Array<string>, reviewEveryMonths: number, nextReviewDue: string, overdue: boolean, status: RiskStatus, closedOn: string | null, closeReason: string | null, revision: number, scoreHistory: Array<{ likelihood: number, impact: number, score: number, notes: string, reviewedAt: string, reviewedBy: string }> };

export type RisksPageQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type RisksPageQuery = { risks: Array<{ id: string, title: string, category: RiskCategory, owner: string | null, likelihood: number, impact: number, score: number, inherentLikelihood: number, inherentImpact: number, inherentScore: number, appetite: RiskAppetite, treatment: RiskTreatment, controls: Array<string>, reviewEveryMonths: number, nextReviewDue: string, overdue: boolean, status: RiskStatus, closedOn: string | null, closeReason: string | null, revision: number, scoreHistory: Array<{ likelihood: number, impact: number, score: number, notes: string, reviewedAt: string, reviewedBy: string }> }>, riskHeatMap: Array<{ likelihood: number, impact: number, count: number, riskIds: Array<string> }> };

export type IdentifyRiskMutationVariables = Exact<{
  input: IdentifyRiskInput;
}>;


export type IdentifyRiskMutation = { identifyRisk: { id: string, title: string, category: RiskCategory, owner: string | null, likelihood: number, impact: number, score: number, inherentLikelihood: number, inherentImpact: number, inherentScore: number, appetite: RiskAppetite, treatment: RiskTreatment, controls: Array<string>, reviewEveryMonths: number, nextReviewDue: string, overdue: boolean, status: RiskStatus, closedOn: string | null, closeReason: string | null, revision: number, scoreHistory: Array<{ likelihood: number, impact: number, score: number, notes: string, reviewedAt: string, reviewedBy: string }> } };

export type CloseRiskMutationVariables = Exact<{
  input: CloseRiskInput;
}>;


export type CloseRiskMutation = { closeRisk: { id: string, title: string, category: RiskCategory, owner: string | null, likelihood: number, impact: number, score: number, inherentLikelihood: number, inherentImpact: number, inherentScore: number, appetite: RiskAppetite, treatment: RiskTreatment, controls: Array<string>, reviewEveryMonths: number, nextReviewDue: string, overdue: boolean, status: RiskStatus, closedOn: string | null, closeReason: string | null, revision: number, scoreHistory: Array<{ likelihood: number, impact: number, score: number, notes: string, reviewedAt: string, reviewedBy: string }> } };

export type ReviewRiskMutationVariables = Exact<{
  input: ReviewRiskInput;
}>;


export type ReviewRiskMutation = { reviewRisk: { id: string, title: string, category: RiskCategory, owner: string | null, likelihood: number, impact: number, score: number, inherentLikelihood: number, inherentImpact: number, inherentScore: number, appetite: RiskAppetite, treatment: RiskTreatment, controls: Array<string>, reviewEveryMonths: number, nextReviewDue: string, overdue: boolean, status: RiskStatus, closedOn: string | null, closeReason: string | null, revision: number, scoreHistory: Array<{ likelihood: number, impact: number, score: number, notes: string, reviewedAt: string, reviewedBy: string }> } };

export type MyWorkQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkQuery = { myWork: Array<{ kind: WorkItemKind, title: string, subjectId: string, dueOn: string | null, overdue: boolean }> };

export type HomeWorkforceFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeWorkforceFiguresQuery = { skillsMatrix: { totalRows: number, competencies: Array<{ id: string, name: string }>, rows: Array<{ cells: Array<{ requiredLevel: number, gap: number, competency: { id: string } }> }> }, trainingRegister: Array<{ status: TrainingStatus, completedOn: string | null }> };

export type HomeRiskFiguresQueryVariables = Exact<{
  year: number;
}>;


export type HomeRiskFiguresQuery = { riskHeatMap: Array<{ likelihood: number, impact: number, count: number }>, maturityAssessment: { year: number, overallScore: number, areas: Array<{ area: string, score: number, target: MaturityLevel | null }>, previousYear: { year: number, overallScore: number, areas: Array<{ area: string, score: number, target: MaturityLevel | null }> } | null } };

export type HomeContractFiguresQueryVariables = Exact<{
  year: number;
  lastYear: number;
}>;


export type HomeContractFiguresQuery = { thisYear: { year: number, contractsAwarded: number, contractsWithSocialValue: number, committedValue: number, deliveredValue: number }, lastYear: { year: number, contractsAwarded: number, contractsWithSocialValue: number, committedValue: number, deliveredValue: number } };

export type HomeSocialValueFiguresFragment = { year: number, contractsAwarded: number, contractsWithSocialValue: number, committedValue: number, deliveredValue: number };

export type SingleSignOnQueryVariables = Exact<{ [key: string]: never; }>;


export type SingleSignOnQuery = { singleSignOn: { enabled: boolean, providerName: string | null, loginPath: string | null } };

export type CompleteSingleSignOnMutationVariables = Exact<{
  handoff: string;
}>;


export type CompleteSingleSignOnMutation = { completeSingleSignOn: { token: string, user: { id: string, email: string, displayName: string, roles: Array<Role>, hasLocalPassword: boolean } } };

export type SignInSettingsFieldsFragment = { providerConfigured: boolean, providerName: string | null, roleClaim: string | null, roleMappingRevision: number, localPasswordsAdministratorsOnly: boolean, mappableRoles: Array<Role>, roleMapping: Array<{ group: string, roles: Array<Role> }> };

export type SignInSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInSettingsQuery = { signInSettings: { providerConfigured: boolean, providerName: string | null, roleClaim: string | null, roleMappingRevision: number, localPasswordsAdministratorsOnly: boolean, mappableRoles: Array<Role>, roleMapping: Array<{ group: string, roles: Array<Role> }> } };

export type SetRoleMappingEntryMutationVariables = Exact<{
  group: string;
  roles: Array<Role>;
  expectedRevision?: number | null | undefined;
}>;


export type SetRoleMappingEntryMutation = { setRoleMappingEntry: { providerConfigured: boolean, providerName: string | null, roleClaim: string | null, roleMappingRevision: number, localPasswordsAdministratorsOnly: boolean, mappableRoles: Array<Role>, roleMapping: Array<{ group: string, roles: Array<Role> }> } };

export type RemoveRoleMappingEntryMutationVariables = Exact<{
  group: string;
  expectedRevision?: number | null | undefined;
}>;


export type RemoveRoleMappingEntryMutation = { removeRoleMappingEntry: { providerConfigured: boolean, providerName: string | null, roleClaim: string | null, roleMappingRevision: number, localPasswordsAdministratorsOnly: boolean, mappableRoles: Array<Role>, roleMapping: Array<{ group: string, roles: Array<Role> }> } };

export type SetLocalPasswordPolicyMutationVariables = Exact<{
  administratorsOnly: boolean;
}>;


export type SetLocalPasswordPolicyMutation = { setLocalPasswordPolicy: { providerConfigured: boolean, providerName: string | null, roleClaim: string | null, roleMappingRevision: number, localPasswordsAdministratorsOnly: boolean, mappableRoles: Array<Role>, roleMapping: Array<{ group: string, roles: Array<Role> }> } };

export type MailSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MailSettingsQuery = { mailSettings: { configured: boolean, from: string | null, smtpHost: string | null, smtpPort: number | null, secure: boolean | null, digestTime: string | null, publicUrl: string | null, testMessageIntervalSeconds: number, deliveries: { sent: number, failed: number, pending: number, lastSentAt: string | null, lastFailure: { at: string, kind: string, subject: string, reason: string } | null } } };

export type SendTestMessageMutationVariables = Exact<{
  to?: string | null | undefined;
}>;


export type SendTestMessageMutation = { sendTestMessage: { status: TestMessageStatus, to: string, messageId: string | null, attempts: number, reason: string | null, streamId: string } };

export type UserAccountFieldsFragment = { id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, erased: boolean };

export type UsersPageQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersPageQuery = { users: Array<{ id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, erased: boolean }> };

export type CreateUserMutationVariables = Exact<{
  commandId?: string | number | null | undefined;
  email: string;
  displayName: string;
  password: string;
  roles: Array<Role>;
}>;


export type CreateUserMutation = { createUser: { id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, erased: boolean } };

export type ChangeUserRolesMutationVariables = Exact<{
  userId: string | number;
  roles: Array<Role>;
}>;


export type ChangeUserRolesMutation = { changeUserRoles: { id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, erased: boolean } };

export type ResetUserPasswordMutationVariables = Exact<{
  userId: string | number;
  newPassword: string;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, erased: boolean } };

export type DisableUserMutationVariables = Exact<{
  commandId?: string | number | null | undefined;
  userId: string | number;
  reason: string;
}>;


export type DisableUserMutation = { disableUser: { id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, erased: boolean } };

export type EnableUserMutationVariables = Exact<{
  commandId?: string | number | null | undefined;
  userId: string | number;
  reason: string;
}>;


export type EnableUserMutation = { enableUser: { id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, erased: boolean } };

export type PostFieldsFragment = { id: string, title: string, fte: number, status: PostStatus, startDate: string | null, targetYear: number, justification: string | null, decisionReason: string | null, revision: number, holder: { id: string, displayName: string, erased: boolean } | null };

export type EstablishmentTotalsFragment = { filledFte: number, approvedFte: number, proposedFte: number, vacantFte: number };

export type EstablishmentPageQueryVariables = Exact<{
  asOf?: string | null | undefined;
  withStaff: boolean;
}>;


export type EstablishmentPageQuery = { establishment: { filledFte: number, approvedFte: number, proposedFte: number, vacantFte: number, posts: Array<{ id: string, title: string, fte: number, status: PostStatus, startDate: string | null, targetYear: number, justification: string | null, decisionReason: string | null, revision: number, holder: { id: string, displayName: string, erased: boolean } | null }> }, staffMembers?: Array<{ id: string, displayName: string, jobTitle: string, department: string, erased: boolean }> };

export type ProposePostMutationVariables = Exact<{
  input: ProposePostInput;
}>;


export type ProposePostMutation = { proposePost: { id: string, title: string, fte: number, status: PostStatus, startDate: string | null, targetYear: number, justification: string | null, decisionReason: string | null, revision: number, holder: { id: string, displayName: string, erased: boolean } | null } };

export type DecidePostMutationVariables = Exact<{
  input: DecidePostInput;
}>;


export type DecidePostMutation = { decidePost: { id: string, title: string, fte: number, status: PostStatus, startDate: string | null, targetYear: number, justification: string | null, decisionReason: string | null, revision: number, holder: { id: string, displayName: string, erased: boolean } | null } };

export type FillPostMutationVariables = Exact<{
  input: FillPostInput;
}>;


export type FillPostMutation = { fillPost: { id: string, title: string, fte: number, status: PostStatus, startDate: string | null, targetYear: number, justification: string | null, decisionReason: string | null, revision: number, holder: { id: string, displayName: string, erased: boolean } | null } };

export type VacatePostMutationVariables = Exact<{
  input: VacatePostInput;
}>;


export type VacatePostMutation = { vacatePost: { id: string, title: string, fte: number, status: PostStatus, startDate: string | null, targetYear: number, justification: string | null, decisionReason: string | null, revision: number, holder: { id: string, displayName: string, erased: boolean } | null } };

export type WithdrawPostMutationVariables = Exact<{
  input: WithdrawPostInput;
}>;


export type WithdrawPostMutation = { withdrawPost: { id: string, title: string, fte: number, status: PostStatus, startDate: string | null, targetYear: number, justification: string | null, decisionReason: string | null, revision: number, holder: { id: string, displayName: string, erased: boolean } | null } };

export type StaffMemberFieldsFragment = { id: string, displayName: string, jobTitle: string, department: string, erased: boolean };

export type CompetencyFieldsFragment = { id: string, name: string, category: string, levelDescriptors: Array<string>, requirements: Array<{ jobTitle: string, requiredLevel: number }> };

export type SkillsMatrixPageQueryVariables = Exact<{
  asOf?: string | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
  department?: string | null | undefined;
  jobTitle?: string | null | undefined;
  competencyCategory?: string | null | undefined;
  orderBy?: SkillsMatrixOrder | null | undefined;
}>;


export type SkillsMatrixPageQuery = { skillsMatrix: { totalRows: number, offset: number, limit: number, competencies: Array<{ id: string, name: string, category: string, levelDescriptors: Array<string>, requirements: Array<{ jobTitle: string, requiredLevel: number }> }>, rows: Array<{ totalGap: number, staffMember: { id: string, displayName: string, jobTitle: string, department: string, erased: boolean }, cells: Array<{ level: number, requiredLevel: number, gap: number, assessments: number, competency: { id: string } }> }> }, workforceFilterOptions: { departments: Array<string>, jobTitles: Array<string>, competencyCategories: Array<string> } };

export type WorkforceFilterOptionsFieldsFragment = { departments: Array<string>, jobTitles: Array<string>, competencyCategories: Array<string> };

export type SkillCellHistoryQueryVariables = Exact<{
  staffMemberId: string | number;
  competencyId: string | number;
  asOf?: string | null | undefined;
}>;


export type SkillCellHistoryQuery = { skillCellHistory: Array<{ level: number, evidence: string, assessedOn: string, source: string, recordedAt: string }> };

export type RegisterStaffMemberMutationVariables = Exact<{
  input: RegisterStaffMemberInput;
}>;


export type RegisterStaffMemberMutation = { registerStaffMember: { id: string, displayName: string, jobTitle: string, department: string, erased: boolean } };

export type DefineCompetencyMutationVariables = Exact<{
  input: DefineCompetencyInput;
}>;


export type DefineCompetencyMutation = { defineCompetency: { id: string, name: string, category: string, levelDescriptors: Array<string>, requirements: Array<{ jobTitle: string, requiredLevel: number }> } };

export type SetRequirementMutationVariables = Exact<{
  input: SetRequirementInput;
}>;


export type SetRequirementMutation = { setRequirement: { id: string, name: string, category: string, levelDescriptors: Array<string>, requirements: Array<{ jobTitle: string, requiredLevel: number }> } };

export type AssessProficiencyMutationVariables = Exact<{
  input: AssessProficiencyInput;
}>;


export type AssessProficiencyMutation = { assessProficiency: { totalGap: number, staffMember: { id: string } } };

export type ErasePersonalDataMutationVariables = Exact<{
  staffMemberId: string | number;
  reason: string;
}>;


export type ErasePersonalDataMutation = { erasePersonalData: { id: string, displayName: string, jobTitle: string, department: string, erased: boolean } };

export type ChangeStaffMemberDetailsMutationVariables = Exact<{
  input: ChangeStaffMemberDetailsInput;
}>;


export type ChangeStaffMemberDetailsMutation = { changeStaffMemberDetails: { id: string, displayName: string, jobTitle: string, department: string, erased: boolean } };

export type CancelTrainingMutationVariables = Exact<{
  input: CancelTrainingInput;
}>;


export type CancelTrainingMutation = { cancelTraining: { id: string, status: TrainingStatus, plannedFor: string | null, completedOn: string | null, expiresOn: string | null, evidence: string | null, staffMember: { id: string, displayName: string, erased: boolean }, course: { id: string, title: string } } };

export type TrainingRecordFieldsFragment = { id: string, status: TrainingStatus, plannedFor: string | null, completedOn: string | null, expiresOn: string | null, evidence: string | null, staffMember: { id: string, displayName: string, erased: boolean }, course: { id: string, title: string } };

export type CourseFieldsFragment = { id: string, title: string, provider: string, validityMonths: number | null, levels: Array<{ raisesTo: number | null, competency: { id: string, name: string } }> };

export type TrainingRegisterPageQueryVariables = Exact<{
  asOf?: string | null | undefined;
  withinDays: number;
  withDue: boolean;
  withForms: boolean;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
  department?: string | null | undefined;
  jobTitle?: string | null | undefined;
  competencyCategory?: string | null | undefined;
}>;


export type TrainingRegisterPageQuery = { trainingRegister: Array<{ id: string, status: TrainingStatus, plannedFor: string | null, completedOn: string | null, expiresOn: string | null, evidence: string | null, staffMember: { id: string, displayName: string, erased: boolean }, course: { id: string, title: string } }>, workforceFilterOptions?: { departments: Array<string>, jobTitles: Array<string>, competencyCategories: Array<string> }, courses: Array<{ id: string, title: string, provider: string, validityMonths: number | null, levels: Array<{ raisesTo: number | null, competency: { id: string, name: string } }> }>, trainingDue?: { target: number, overduePlans: Array<{ id: string, status: TrainingStatus, plannedFor: string | null, completedOn: string | null, expiresOn: string | null, evidence: string | null, staffMember: { id: string, displayName: string, erased: boolean }, course: { id: string, title: string } }>, expiring: Array<{ id: string, status: TrainingStatus, plannedFor: string | null, completedOn: string | null, expiresOn: string | null, evidence: string | null, staffMember: { id: string, displayName: string, erased: boolean }, course: { id: string, title: string } }>, belowTarget: Array<{ courses: number, staffMember: { id: string, displayName: string, erased: boolean } }> }, staffMembers?: Array<{ id: string, displayName: string, jobTitle: string, department: string, erased: boolean }>, competencies?: Array<{ id: string, name: string, category: string }> };

export type AddCourseMutationVariables = Exact<{
  input: AddCourseInput;
}>;


export type AddCourseMutation = { addCourse: { id: string, title: string, provider: string, validityMonths: number | null, levels: Array<{ raisesTo: number | null, competency: { id: string, name: string } }> } };

export type PlanTrainingMutationVariables = Exact<{
  input: PlanTrainingInput;
}>;


export type PlanTrainingMutation = { planTraining: { id: string, status: TrainingStatus, plannedFor: string | null, completedOn: string | null, expiresOn: string | null, evidence: string | null, staffMember: { id: string, displayName: string, erased: boolean }, course: { id: string, title: string } } };

export type RecordTrainingOutcomeMutationVariables = Exact<{
  input: RecordTrainingOutcomeInput;
}>;


export type RecordTrainingOutcomeMutation = { recordTrainingOutcome: { id: string, status: TrainingStatus, plannedFor: string | null, completedOn: string | null, expiresOn: string | null, evidence: string | null, staffMember: { id: string, displayName: string, erased: boolean }, course: { id: string, title: string } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  email
  displayName
  roles
  hasLocalPassword
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const MaturityAssessmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment MaturityAssessmentFields on MaturityAssessment {
  year
  overallScore
  previousOverallScore
  overallMovement
  areas {
    area
    theme
    level
    score
    target
    evidence
    previousLevel
    movement
    assessedOn
  }
}
    `, {"fragmentName":"MaturityAssessmentFields"}) as unknown as TypedDocumentString<MaturityAssessmentFieldsFragment, unknown>;
export const ActionPlanItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActionPlanItemFields on ActionPlanItem {
  id
  area
  theme
  description
  targetYear
  targetLevel
  percent
  revision
  progress {
    percent
    note
    recordedOn
  }
}
    `, {"fragmentName":"ActionPlanItemFields"}) as unknown as TypedDocumentString<ActionPlanItemFieldsFragment, unknown>;
export const StrategyUpdatePackFieldsFragmentDoc = new TypedDocumentString(`
    fragment StrategyUpdatePackFields on StrategyUpdatePack {
  year
  cutOff
  generatedAt
  position
  sha256
  markdown
  verified
  downloads {
    format
    url
    contentType
  }
}
    `, {"fragmentName":"StrategyUpdatePackFields"}) as unknown as TypedDocumentString<StrategyUpdatePackFieldsFragment, unknown>;
export const PackSectionCommentaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment PackSectionCommentaryFields on PackSectionCommentary {
  section
  number
  title
  text
  recordedAt
}
    `, {"fragmentName":"PackSectionCommentaryFields"}) as unknown as TypedDocumentString<PackSectionCommentaryFieldsFragment, unknown>;
export const RecordedEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecordedEventFields on RecordedEvent {
  position
  streamId
  revision
  type
  recordedAt
  actorId
  actorName
  actorRoles
  commandId
  correlationId
  causationId
  schemaVersion
  data
  prevHash
  hash
}
    `, {"fragmentName":"RecordedEventFields"}) as unknown as TypedDocumentString<RecordedEventFieldsFragment, unknown>;
export const EventPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment EventPageFields on EventPage {
  events {
    ...RecordedEventFields
  }
  nextFrom
}
    fragment RecordedEventFields on RecordedEvent {
  position
  streamId
  revision
  type
  recordedAt
  actorId
  actorName
  actorRoles
  commandId
  correlationId
  causationId
  schemaVersion
  data
  prevHash
  hash
}`, {"fragmentName":"EventPageFields"}) as unknown as TypedDocumentString<EventPageFieldsFragment, unknown>;
export const ContractManagerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContractManagerFields on StaffMember {
  id
  displayName
  jobTitle
  erased
}
    `, {"fragmentName":"ContractManagerFields"}) as unknown as TypedDocumentString<ContractManagerFieldsFragment, unknown>;
export const ContractListFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContractListFields on Contract {
  id
  title
  procurementId
  supplierName
  awardedValue
  currentValue
  status
  startDate
  endDate
  socialValueUnderDelivered
  managers {
    ...ContractManagerFields
  }
}
    fragment ContractManagerFields on StaffMember {
  id
  displayName
  jobTitle
  erased
}`, {"fragmentName":"ContractListFields"}) as unknown as TypedDocumentString<ContractListFieldsFragment, unknown>;
export const ContractVariationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContractVariationFields on ContractVariation {
  id
  description
  reason
  valueChange
  status
  approvalRequiredBecause
  policyVersion
  recordedAt
  decidedAt
  decisionNote
}
    `, {"fragmentName":"ContractVariationFields"}) as unknown as TypedDocumentString<ContractVariationFieldsFragment, unknown>;
export const SocialValueMeasureFieldsFragmentDoc = new TypedDocumentString(`
    fragment SocialValueMeasureFields on SocialValueMeasure {
  id
  theme
  outcome
  unit
  proxyValuePerUnit
  retired
  revision
}
    `, {"fragmentName":"SocialValueMeasureFields"}) as unknown as TypedDocumentString<SocialValueMeasureFieldsFragment, unknown>;
export const ContractFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContractFields on Contract {
  ...ContractListFields
  revision
  awardedAt
  awardedOn
  extensionMonthsAvailable
  noticePeriodDays
  socialValueWeightingPercent
  committedSocialValue
  deliveredSocialValue
  closeReason
  closedOn
  supplierCompanyNumber
  supplierPostcode
  supplierSme
  supplierVcse
  gatewaysPassed
  procurement {
    id
    title
  }
  variations {
    ...ContractVariationFields
  }
  kpis {
    id
    name
    target
    firstPeriod
    reports {
      period
      rating
      note
      reportedAt
      correctionReason
    }
  }
  savings {
    id
    kind
    stage
    amount
    period
  }
  socialValueCommitments {
    id
    committedQuantity
    committedValue
    deliveredQuantity
    deliveredValue
    expectedToDateQuantity
    underDelivered
    firstPeriod
    measure {
      ...SocialValueMeasureFields
    }
    deliveries {
      period
      quantity
      evidence
      reportedAt
    }
  }
}
    fragment ContractManagerFields on StaffMember {
  id
  displayName
  jobTitle
  erased
}
fragment ContractListFields on Contract {
  id
  title
  procurementId
  supplierName
  awardedValue
  currentValue
  status
  startDate
  endDate
  socialValueUnderDelivered
  managers {
    ...ContractManagerFields
  }
}
fragment ContractVariationFields on ContractVariation {
  id
  description
  reason
  valueChange
  status
  approvalRequiredBecause
  policyVersion
  recordedAt
  decidedAt
  decisionNote
}
fragment SocialValueMeasureFields on SocialValueMeasure {
  id
  theme
  outcome
  unit
  proxyValuePerUnit
  retired
  revision
}`, {"fragmentName":"ContractFields"}) as unknown as TypedDocumentString<ContractFieldsFragment, unknown>;
export const PersonRefFragmentDoc = new TypedDocumentString(`
    fragment PersonRef on StaffMember {
  id
  displayName
  erased
}
    `, {"fragmentName":"PersonRef"}) as unknown as TypedDocumentString<PersonRefFragment, unknown>;
export const GatewayPolicyFieldsFragmentDoc = new TypedDocumentString(`
    fragment GatewayPolicyFields on GatewayPolicy {
  version
  adoptedAt
  reason
  quorum
  committee {
    ...PersonRef
  }
  valueThresholds {
    minValue
    gateways
  }
  highRiskGateways
  politicalInterestGateways
}
    fragment PersonRef on StaffMember {
  id
  displayName
  erased
}`, {"fragmentName":"GatewayPolicyFields"}) as unknown as TypedDocumentString<GatewayPolicyFieldsFragment, unknown>;
export const ProcurementSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProcurementSummaryFields on Procurement {
  id
  title
  estimatedValue
  riskLevel
  politicalInterest
  requiredGateways
  outstandingGateways
  policyVersion
  revision
}
    `, {"fragmentName":"ProcurementSummaryFields"}) as unknown as TypedDocumentString<ProcurementSummaryFieldsFragment, unknown>;
export const GatewayReviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment GatewayReviewFields on GatewayReview {
  id
  gateway
  summary
  requestedAt
  outcome
  rationale
  decidedAt
  recordedBy
  basisPosition
  correctionReason
  basisChanged
  decidedBy {
    ...PersonRef
  }
  conditionStatus {
    text
    discharged
    dischargedAt
    evidence
  }
  superseded {
    outcome
    rationale
    conditions
    decidedAt
    correctionReason
  }
}
    fragment PersonRef on StaffMember {
  id
  displayName
  erased
}`, {"fragmentName":"GatewayReviewFields"}) as unknown as TypedDocumentString<GatewayReviewFieldsFragment, unknown>;
export const ProcurementFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProcurementFields on Procurement {
  ...ProcurementSummaryFields
  reviews {
    ...GatewayReviewFields
  }
  conflicts {
    nature
    declaredAt
    staffMember {
      ...PersonRef
    }
    onBehalf
    onBehalfReason
    declaredBy {
      ...PersonRef
    }
  }
  lessons {
    id
    title
    priority
    gateway
    loggedOn
    recommendation
  }
}
    fragment ProcurementSummaryFields on Procurement {
  id
  title
  estimatedValue
  riskLevel
  politicalInterest
  requiredGateways
  outstandingGateways
  policyVersion
  revision
}
fragment GatewayReviewFields on GatewayReview {
  id
  gateway
  summary
  requestedAt
  outcome
  rationale
  decidedAt
  recordedBy
  basisPosition
  correctionReason
  basisChanged
  decidedBy {
    ...PersonRef
  }
  conditionStatus {
    text
    discharged
    dischargedAt
    evidence
  }
  superseded {
    outcome
    rationale
    conditions
    decidedAt
    correctionReason
  }
}
fragment PersonRef on StaffMember {
  id
  displayName
  erased
}`, {"fragmentName":"ProcurementFields"}) as unknown as TypedDocumentString<ProcurementFieldsFragment, unknown>;
export const LessonFieldsFragmentDoc = new TypedDocumentString(`
    fragment LessonFields on Lesson {
  id
  title
  whatHappened
  effect
  causes
  earlyWarningIndicators
  recommendation
  priority
  procurementId
  gateway
  loggedBy
  loggedOn
  recordedAt
  actions {
    id
    description
    dueDate
    target
    targetReference
    status
    overdue
    evidence
    closedOn
    owner {
      ...PersonRef
    }
  }
}
    fragment PersonRef on StaffMember {
  id
  displayName
  erased
}`, {"fragmentName":"LessonFields"}) as unknown as TypedDocumentString<LessonFieldsFragment, unknown>;
export const RiskFieldsFragmentDoc = new TypedDocumentString(`
    fragment RiskFields on Risk {
  id
  title
  category
  owner
  likelihood
  impact
  score
  inherentLikelihood
  inherentImpact
  inherentScore
  appetite
  treatment
  controls
  reviewEveryMonths
  nextReviewDue
  overdue
  status
  closedOn
  closeReason
  revision
  scoreHistory {
    likelihood
    impact
    score
    notes
    reviewedAt
    reviewedBy
  }
}
    `, {"fragmentName":"RiskFields"}) as unknown as TypedDocumentString<RiskFieldsFragment, unknown>;
export const HomeSocialValueFiguresFragmentDoc = new TypedDocumentString(`
    fragment HomeSocialValueFigures on SocialValueSummary {
  year
  contractsAwarded
  contractsWithSocialValue
  committedValue
  deliveredValue
}
    `, {"fragmentName":"HomeSocialValueFigures"}) as unknown as TypedDocumentString<HomeSocialValueFiguresFragment, unknown>;
export const SignInSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment SignInSettingsFields on SignInSettings {
  providerConfigured
  providerName
  roleClaim
  roleMappingRevision
  localPasswordsAdministratorsOnly
  mappableRoles
  roleMapping {
    group
    roles
  }
}
    `, {"fragmentName":"SignInSettingsFields"}) as unknown as TypedDocumentString<SignInSettingsFieldsFragment, unknown>;
export const UserAccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserAccountFields on User {
  id
  email
  displayName
  roles
  disabled
  erased
}
    `, {"fragmentName":"UserAccountFields"}) as unknown as TypedDocumentString<UserAccountFieldsFragment, unknown>;
export const PostFieldsFragmentDoc = new TypedDocumentString(`
    fragment PostFields on Post {
  id
  title
  fte
  status
  holder {
    id
    displayName
    erased
  }
  startDate
  targetYear
  justification
  decisionReason
  revision
}
    `, {"fragmentName":"PostFields"}) as unknown as TypedDocumentString<PostFieldsFragment, unknown>;
export const EstablishmentTotalsFragmentDoc = new TypedDocumentString(`
    fragment EstablishmentTotals on Establishment {
  filledFte
  approvedFte
  proposedFte
  vacantFte
}
    `, {"fragmentName":"EstablishmentTotals"}) as unknown as TypedDocumentString<EstablishmentTotalsFragment, unknown>;
export const StaffMemberFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffMemberFields on StaffMember {
  id
  displayName
  jobTitle
  department
  erased
}
    `, {"fragmentName":"StaffMemberFields"}) as unknown as TypedDocumentString<StaffMemberFieldsFragment, unknown>;
export const CompetencyFieldsFragmentDoc = new TypedDocumentString(`
    fragment CompetencyFields on Competency {
  id
  name
  category
  levelDescriptors
  requirements {
    jobTitle
    requiredLevel
  }
}
    `, {"fragmentName":"CompetencyFields"}) as unknown as TypedDocumentString<CompetencyFieldsFragment, unknown>;
export const WorkforceFilterOptionsFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorkforceFilterOptionsFields on WorkforceFilterOptions {
  departments
  jobTitles
  competencyCategories
}
    `, {"fragmentName":"WorkforceFilterOptionsFields"}) as unknown as TypedDocumentString<WorkforceFilterOptionsFieldsFragment, unknown>;
export const TrainingRecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrainingRecordFields on TrainingRecord {
  id
  status
  plannedFor
  completedOn
  expiresOn
  evidence
  staffMember {
    id
    displayName
    erased
  }
  course {
    id
    title
  }
}
    `, {"fragmentName":"TrainingRecordFields"}) as unknown as TypedDocumentString<TrainingRecordFieldsFragment, unknown>;
export const CourseFieldsFragmentDoc = new TypedDocumentString(`
    fragment CourseFields on Course {
  id
  title
  provider
  validityMonths
  levels {
    competency {
      id
      name
    }
    raisesTo
  }
}
    `, {"fragmentName":"CourseFields"}) as unknown as TypedDocumentString<CourseFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    user {
      ...UserFields
    }
  }
}
    fragment UserFields on User {
  id
  email
  displayName
  roles
  hasLocalPassword
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  displayName
  roles
  hasLocalPassword
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const DemoUsersPresentDocument = new TypedDocumentString(`
    query DemoUsersPresent {
  demoUsersPresent
}
    `) as unknown as TypedDocumentString<DemoUsersPresentQuery, DemoUsersPresentQueryVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut {
    signedOut
    providerSignOutUrl
  }
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ChangeOwnPasswordDocument = new TypedDocumentString(`
    mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
  changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>;
export const MyCalendarFeedLinkDocument = new TypedDocumentString(`
    query MyCalendarFeedLink {
  myCalendarFeedLink {
    issuedAt
  }
}
    `) as unknown as TypedDocumentString<MyCalendarFeedLinkQuery, MyCalendarFeedLinkQueryVariables>;
export const IssueCalendarFeedLinkDocument = new TypedDocumentString(`
    mutation IssueCalendarFeedLink {
  issueCalendarFeedLink {
    url
    issuedAt
  }
}
    `) as unknown as TypedDocumentString<IssueCalendarFeedLinkMutation, IssueCalendarFeedLinkMutationVariables>;
export const RevokeCalendarFeedLinkDocument = new TypedDocumentString(`
    mutation RevokeCalendarFeedLink {
  revokeCalendarFeedLink
}
    `) as unknown as TypedDocumentString<RevokeCalendarFeedLinkMutation, RevokeCalendarFeedLinkMutationVariables>;
export const MyReminderPreferencesDocument = new TypedDocumentString(`
    query MyReminderPreferences {
  myReminderPreferences {
    dailyDigest
    decisionRequests
    mailEnabled
  }
}
    `) as unknown as TypedDocumentString<MyReminderPreferencesQuery, MyReminderPreferencesQueryVariables>;
export const SetMyReminderPreferencesDocument = new TypedDocumentString(`
    mutation SetMyReminderPreferences($input: ReminderPreferencesInput!) {
  setMyReminderPreferences(input: $input) {
    dailyDigest
    decisionRequests
    mailEnabled
  }
}
    `) as unknown as TypedDocumentString<SetMyReminderPreferencesMutation, SetMyReminderPreferencesMutationVariables>;
export const AnnualReviewDocument = new TypedDocumentString(`
    query AnnualReview($year: Int!, $asOf: DateTime, $live: Boolean!) {
  maturityAssessment(year: $year, asOf: $asOf) {
    ...MaturityAssessmentFields
  }
  maturityAreas(asOf: $asOf) {
    name
    theme
  }
  actionPlan(asOf: $asOf) {
    ...ActionPlanItemFields
  }
  strategyUpdatePack(year: $year) @include(if: $live) {
    ...StrategyUpdatePackFields
  }
  packCommentary(year: $year, asOf: $asOf) {
    ...PackSectionCommentaryFields
  }
}
    fragment MaturityAssessmentFields on MaturityAssessment {
  year
  overallScore
  previousOverallScore
  overallMovement
  areas {
    area
    theme
    level
    score
    target
    evidence
    previousLevel
    movement
    assessedOn
  }
}
fragment ActionPlanItemFields on ActionPlanItem {
  id
  area
  theme
  description
  targetYear
  targetLevel
  percent
  revision
  progress {
    percent
    note
    recordedOn
  }
}
fragment StrategyUpdatePackFields on StrategyUpdatePack {
  year
  cutOff
  generatedAt
  position
  sha256
  markdown
  verified
  downloads {
    format
    url
    contentType
  }
}
fragment PackSectionCommentaryFields on PackSectionCommentary {
  section
  number
  title
  text
  recordedAt
}`) as unknown as TypedDocumentString<AnnualReviewQuery, AnnualReviewQueryVariables>;
export const AssessMaturityDocument = new TypedDocumentString(`
    mutation AssessMaturity($input: AssessMaturityInput!) {
  assessMaturity(input: $input) {
    ...MaturityAssessmentFields
  }
}
    fragment MaturityAssessmentFields on MaturityAssessment {
  year
  overallScore
  previousOverallScore
  overallMovement
  areas {
    area
    theme
    level
    score
    target
    evidence
    previousLevel
    movement
    assessedOn
  }
}`) as unknown as TypedDocumentString<AssessMaturityMutation, AssessMaturityMutationVariables>;
export const AddActionPlanItemDocument = new TypedDocumentString(`
    mutation AddActionPlanItem($input: AddActionPlanItemInput!) {
  addActionPlanItem(input: $input) {
    ...ActionPlanItemFields
  }
}
    fragment ActionPlanItemFields on ActionPlanItem {
  id
  area
  theme
  description
  targetYear
  targetLevel
  percent
  revision
  progress {
    percent
    note
    recordedOn
  }
}`) as unknown as TypedDocumentString<AddActionPlanItemMutation, AddActionPlanItemMutationVariables>;
export const RecordActionProgressDocument = new TypedDocumentString(`
    mutation RecordActionProgress($input: RecordActionProgressInput!) {
  recordActionProgress(input: $input) {
    ...ActionPlanItemFields
  }
}
    fragment ActionPlanItemFields on ActionPlanItem {
  id
  area
  theme
  description
  targetYear
  targetLevel
  percent
  revision
  progress {
    percent
    note
    recordedOn
  }
}`) as unknown as TypedDocumentString<RecordActionProgressMutation, RecordActionProgressMutationVariables>;
export const GenerateStrategyUpdatePackDocument = new TypedDocumentString(`
    mutation GenerateStrategyUpdatePack($year: Int!) {
  generateStrategyUpdatePack(year: $year) {
    ...StrategyUpdatePackFields
  }
}
    fragment StrategyUpdatePackFields on StrategyUpdatePack {
  year
  cutOff
  generatedAt
  position
  sha256
  markdown
  verified
  downloads {
    format
    url
    contentType
  }
}`) as unknown as TypedDocumentString<GenerateStrategyUpdatePackMutation, GenerateStrategyUpdatePackMutationVariables>;
export const RecordPackCommentaryDocument = new TypedDocumentString(`
    mutation RecordPackCommentary($input: RecordPackCommentaryInput!) {
  recordPackCommentary(input: $input) {
    ...PackSectionCommentaryFields
  }
}
    fragment PackSectionCommentaryFields on PackSectionCommentary {
  section
  number
  title
  text
  recordedAt
}`) as unknown as TypedDocumentString<RecordPackCommentaryMutation, RecordPackCommentaryMutationVariables>;
export const VerifyAuditChainDocument = new TypedDocumentString(`
    query VerifyAuditChain {
  verifyAuditChain {
    ok
    eventsChecked
    firstBrokenPosition
    reason
    checkedAt
    checkpointsChecked
    eventsAfterLatestCheckpoint
    latestCheckpoint {
      treeSize
      signedAt
      keyId
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const SignLogCheckpointDocument = new TypedDocumentString(`
    mutation SignLogCheckpoint {
  signLogCheckpoint {
    recorded
    treeSize
    signedAt
    keyId
  }
}
    `) as unknown as TypedDocumentString<SignLogCheckpointMutation, SignLogCheckpointMutationVariables>;
export const LogCheckpointPublicKeyDocument = new TypedDocumentString(`
    query LogCheckpointPublicKey {
  logCheckpointPublicKey
}
    `) as unknown as TypedDocumentString<LogCheckpointPublicKeyQuery, LogCheckpointPublicKeyQueryVariables>;
export const DecisionHistoryDocument = new TypedDocumentString(`
    query DecisionHistory($streamPrefix: String, $streamId: String, $types: [String!], $actorId: ID, $since: DateTime, $until: DateTime, $limit: Int, $from: String, $newestFirst: Boolean) {
  decisionHistory(
    streamPrefix: $streamPrefix
    streamId: $streamId
    types: $types
    actorId: $actorId
    since: $since
    until: $until
    limit: $limit
    from: $from
    newestFirst: $newestFirst
  ) {
    ...EventPageFields
  }
}
    fragment RecordedEventFields on RecordedEvent {
  position
  streamId
  revision
  type
  recordedAt
  actorId
  actorName
  actorRoles
  commandId
  correlationId
  causationId
  schemaVersion
  data
  prevHash
  hash
}
fragment EventPageFields on EventPage {
  events {
    ...RecordedEventFields
  }
  nextFrom
}`) as unknown as TypedDocumentString<DecisionHistoryQuery, DecisionHistoryQueryVariables>;
export const ProcurementTimelineDocument = new TypedDocumentString(`
    query ProcurementTimeline($procurementId: ID!, $from: String) {
  procurementTimeline(procurementId: $procurementId, from: $from) {
    ...EventPageFields
  }
}
    fragment RecordedEventFields on RecordedEvent {
  position
  streamId
  revision
  type
  recordedAt
  actorId
  actorName
  actorRoles
  commandId
  correlationId
  causationId
  schemaVersion
  data
  prevHash
  hash
}
fragment EventPageFields on EventPage {
  events {
    ...RecordedEventFields
  }
  nextFrom
}`) as unknown as TypedDocumentString<ProcurementTimelineQuery, ProcurementTimelineQueryVariables>;
export const PersonTimelineDocument = new TypedDocumentString(`
    query PersonTimeline($staffMemberId: ID!, $from: String) {
  personTimeline(staffMemberId: $staffMemberId, from: $from) {
    ...EventPageFields
  }
}
    fragment RecordedEventFields on RecordedEvent {
  position
  streamId
  revision
  type
  recordedAt
  actorId
  actorName
  actorRoles
  commandId
  correlationId
  causationId
  schemaVersion
  data
  prevHash
  hash
}
fragment EventPageFields on EventPage {
  events {
    ...RecordedEventFields
  }
  nextFrom
}`) as unknown as TypedDocumentString<PersonTimelineQuery, PersonTimelineQueryVariables>;
export const AuditSubjectsDocument = new TypedDocumentString(`
    query AuditSubjects {
  procurements {
    id
    title
  }
  staffMembers {
    id
    displayName
    jobTitle
    erased
  }
  users {
    id
    displayName
    erased
  }
  eventTypes
}
    `) as unknown as TypedDocumentString<AuditSubjectsQuery, AuditSubjectsQueryVariables>;
export const RegistersAsOfDocument = new TypedDocumentString(`
    query RegistersAsOf($asOf: DateTime!) {
  registersAsOf(asOf: $asOf) {
    asOf
    establishment {
      ...EstablishmentTotals
      posts {
        id
      }
    }
    skillsMatrix {
      rows {
        totalGap
        staffMember {
          id
        }
      }
    }
    trainingRegister {
      id
      status
    }
    procurements {
      id
    }
    gatewayLog {
      id
      outcome
    }
    lessons {
      id
      actions {
        id
        status
        overdue
      }
    }
    risks {
      id
      title
      score
    }
    riskHeatMap {
      likelihood
      impact
      count
    }
  }
}
    fragment EstablishmentTotals on Establishment {
  filledFte
  approvedFte
  proposedFte
  vacantFte
}`) as unknown as TypedDocumentString<RegistersAsOfQuery, RegistersAsOfQueryVariables>;
export const ContractsRegisterDocument = new TypedDocumentString(`
    query ContractsRegister($asOf: DateTime) {
  contracts(asOf: $asOf) {
    ...ContractListFields
  }
}
    fragment ContractManagerFields on StaffMember {
  id
  displayName
  jobTitle
  erased
}
fragment ContractListFields on Contract {
  id
  title
  procurementId
  supplierName
  awardedValue
  currentValue
  status
  startDate
  endDate
  socialValueUnderDelivered
  managers {
    ...ContractManagerFields
  }
}`) as unknown as TypedDocumentString<ContractsRegisterQuery, ContractsRegisterQueryVariables>;
export const ContractPageDocument = new TypedDocumentString(`
    query ContractPage($id: ID!, $asOf: DateTime) {
  contract(id: $id, asOf: $asOf) {
    ...ContractFields
  }
  socialValueMeasures(asOf: $asOf) {
    ...SocialValueMeasureFields
  }
}
    fragment ContractManagerFields on StaffMember {
  id
  displayName
  jobTitle
  erased
}
fragment ContractListFields on Contract {
  id
  title
  procurementId
  supplierName
  awardedValue
  currentValue
  status
  startDate
  endDate
  socialValueUnderDelivered
  managers {
    ...ContractManagerFields
  }
}
fragment ContractVariationFields on ContractVariation {
  id
  description
  reason
  valueChange
  status
  approvalRequiredBecause
  policyVersion
  recordedAt
  decidedAt
  decisionNote
}
fragment SocialValueMeasureFields on SocialValueMeasure {
  id
  theme
  outcome
  unit
  proxyValuePerUnit
  retired
  revision
}
fragment ContractFields on Contract {
  ...ContractListFields
  revision
  awardedAt
  awardedOn
  extensionMonthsAvailable
  noticePeriodDays
  socialValueWeightingPercent
  committedSocialValue
  deliveredSocialValue
  closeReason
  closedOn
  supplierCompanyNumber
  supplierPostcode
  supplierSme
  supplierVcse
  gatewaysPassed
  procurement {
    id
    title
  }
  variations {
    ...ContractVariationFields
  }
  kpis {
    id
    name
    target
    firstPeriod
    reports {
      period
      rating
      note
      reportedAt
      correctionReason
    }
  }
  savings {
    id
    kind
    stage
    amount
    period
  }
  socialValueCommitments {
    id
    committedQuantity
    committedValue
    deliveredQuantity
    deliveredValue
    expectedToDateQuantity
    underDelivered
    firstPeriod
    measure {
      ...SocialValueMeasureFields
    }
    deliveries {
      period
      quantity
      evidence
      reportedAt
    }
  }
}`) as unknown as TypedDocumentString<ContractPageQuery, ContractPageQueryVariables>;
export const SocialValueMeasuresDocument = new TypedDocumentString(`
    query SocialValueMeasures($asOf: DateTime) {
  socialValueMeasures(asOf: $asOf) {
    ...SocialValueMeasureFields
  }
}
    fragment SocialValueMeasureFields on SocialValueMeasure {
  id
  theme
  outcome
  unit
  proxyValuePerUnit
  retired
  revision
}`) as unknown as TypedDocumentString<SocialValueMeasuresQuery, SocialValueMeasuresQueryVariables>;
export const AwardContractDocument = new TypedDocumentString(`
    mutation AwardContract($input: AwardContractInput!) {
  awardContract(input: $input) {
    ...ContractListFields
  }
}
    fragment ContractManagerFields on StaffMember {
  id
  displayName
  jobTitle
  erased
}
fragment ContractListFields on Contract {
  id
  title
  procurementId
  supplierName
  awardedValue
  currentValue
  status
  startDate
  endDate
  socialValueUnderDelivered
  managers {
    ...ContractManagerFields
  }
}`) as unknown as TypedDocumentString<AwardContractMutation, AwardContractMutationVariables>;
export const VaryContractDocument = new TypedDocumentString(`
    mutation VaryContract($input: VaryContractInput!) {
  varyContract(input: $input) {
    ...ContractFields
  }
}
    fragment ContractManagerFields on StaffMember {
  id
  displayName
  jobTitle
  erased
}
fragment ContractListFields on Contract {
  id
  title
  procurementId
  supplierName
  awardedValue
  currentValue
  status
  startDate
  endDate
  socialValueUnderDelivered
  managers {
    ...ContractManagerFields
  }
}
fragment ContractVariationFields on ContractVariation {
  id
  description
  reason
  valueChange
  status
  approvalRequiredBecause
  policyVersion
  recordedAt
  decidedAt
  decisionNote
}
fragment SocialValueMeasureFields on SocialValueMeasure {
  id
  theme
  outcome
  unit
  proxyValuePerUnit
  retired
  revision
}
fragment ContractFields on Contract {
  ...ContractListFields
  revision
  awardedAt
  awardedOn
  extensionMonthsAvailable
  noticePeriodDays
  socialValueWeightingPercent
  committedSocialValue
  deliveredSocialValue
  closeReason
  closedOn
  supplierCompanyNumber
  supplierPostcode
  supplierSme
  supplierVcse
  gatewaysPassed
  procurement {
    id
    title
  }
  variations {
    ...ContractVariationFields
  }
  kpis {
    id
    name
    target
    firstPeriod
    reports {
      period
      rating
      note
      reportedAt
      correctionReason
    }
  }
  savings {
    id
    kind
    stage
    amount
    period
  }
  socialValueCommitments {
    id
    committedQuantity
    committedValue
    deliveredQuantity
    deliveredValue
    expectedToDateQuantity
    underDelivered
    firstPeriod
    measure {
      ...SocialValueMeasureFields
    }
    deliveries {
      period
      quantity
      evidence
      reportedAt
    }
  }
}`) as unknown as TypedDocumentString<VaryContractMutation, VaryContractMutationVariables>;
export const ApproveContractVariationDocument = new TypedDocumentString(`
    mutation ApproveContractVariation($input: DecideContractVariationInput!) {
  approveContractVariation(input: $input) {
    ...ContractFields
  }
}
    fragment ContractManagerFields on StaffMember {
  id
  displayName
  jobTitle
  erased
}
fragment ContractListFields on Contract {
  id
  title
  procurementId
  supplierName
  awardedValue
  currentValue
  status
  startDate
  endDate
  socialValueUnderDelivered
  managers {
    ...ContractManagerFields
  }
}
fragment ContractVariationFields on ContractVariation {
  id
  description
  reason
  valueChange
  status
  approvalRequiredBecause
  policyVersion
  recordedAt
  decidedAt
  decisionNote
}
fragment SocialValueMeasureFields on SocialValueMeasure {
  id
  theme
  outcome
  unit
  proxyValuePerUnit
  retired
  revision
}
fragment ContractFields on Contract {
  ...ContractListFields
  revision
  awardedAt
  awardedOn
  extensionMonthsAvailable
  noticePeriodDays
  socialValueWeightingPercent
  committedSocialValue
  deliveredSocialValue
  closeReason
  closedOn
  supplierCompanyNumber
  supplierPostcode
  supplierSme
  supplierVcse
  gatewaysPassed
  procurement {
    id
    title
  }
  variations {
    ...ContractVariationFields
  }
  kpis {
    id
    name
    target
    firstPeriod
    reports {
      period
      rating
      note
      reportedAt
      correctionReason
    }
  }
  savings {
    id
    kind
    stage
    amount
    period
  }
  socialValueCommitments {
    id
    committedQuantity
    committedValue
    deliveredQuantity
    deliveredValue
    expectedToDateQuantity
    underDelivered
    firstPeriod
    measure {
      ...SocialValueMeasureFields
    }
    deliveries {
      period
      quantity
      evidence
      reportedAt
    }
  }
}`) as unknown as TypedDocumentString<ApproveContractVariationMutation, ApproveContractVariationMutationVariables>;
export const RejectContractVariationDocument = new TypedDocumentString(`
    mutation RejectContractVariation($input: DecideContractVariationInput!) {
  rejectContractVariation(input: $input) {
    ...ContractFields
  }
}
    fragment ContractManagerFields on StaffMember {
  id
  displayName
  jobTitle
  erased
}
fragment ContractListFields on Contract {
  id
  title
  procurementId
  supplierName
  awardedValue
  currentValue
  status
  startDate
  endDate
  socialValueUnderDelivered
  managers {
    ...ContractManagerFields
  }
}
fragment ContractVariationFields on ContractVariation {
  id
  description
  reason
  valueChange
  status
  approvalRequiredBecause
  policyVersion
  recordedAt
  decidedAt
  decisionNote
}
fragment SocialValueMeasureFields on SocialValueMeasure {
  id
  theme
  outcome
  unit
  proxyValuePerUnit
  retired
  revision
}
fragment ContractFields on Contract {
  ...ContractListFields
  revision
  awardedAt
  awardedOn
  extensionMonthsAvailable
  noticePeriodDays
  socialValueWeightingPercent
  committedSocialValue
  deliveredSocialValue
  closeReason
  closedOn
  supplierCompanyNumber
  supplierPostcode
  supplierSme
  supplierVcse
  gatewaysPassed
  procurement {
    id
    title
  }
  variations {
    ...ContractVariationFields
  }
  kpis {
    id
    name
    target
    firstPeriod
    reports {
      period
      rating
      note
      reportedAt
      correctionReason
    }
  }
  savings {
    id
    kind
    stage
    amount
    period
  }
  socialValueCommitments {
    id
    committedQuantity
    committedValue
    deliveredQuantity
    deliveredValue
    expectedToDateQuantity
    underDelivered
    firstPeriod
    measure {
      ...SocialValueMeasureFields
    }
    deliveries {
      period
      quantity
      evidence
      reportedAt
    }
  }
}`) as unknown as TypedDocumentString<RejectContractVariationMutation, RejectContractVariationMutationVariables>;
export const ExtendContractDocument = new TypedDocumentString(`
    mutation ExtendContract($input: ExtendContractInput!) {
  extendContract(input: $input) {
    ...ContractFields
  }
}
    fragment ContractManagerFields on StaffMember {
  id
  displayName
  jobTitle
  erased
}
fragment ContractListFields on Contract {
  id
  title
  procurementId
  supplierName
  awardedValue
  currentValue
  status
  startDate
  endDate
  socialValueUnderDelivered
  managers {
    ...ContractManagerFields
  }
}
fragment ContractVariationFields on ContractVariation {
  id
  description
  reason
  valueChange
  status
  approvalRequiredBecause
  policyVersion
  recordedAt
  decidedAt
  decisionNote
}
fragment SocialValueMeasureFields on SocialValueMeasure {
  id
  theme
  outcome
  unit
  proxyValuePerUnit
  retired
  revision
}
fragment ContractFields on Contract {
  ...ContractListFields
  revision
  awardedAt
  awardedOn
  extensionMonthsAvailable
  noticePeriodDays
  socialValueWeightingPercent
  committedSocialValue
  deliveredSocialValue
  closeReason
  closedOn
  supplierCompanyNumber
  supplierPostcode
  supplierSme
  supplierVcse
  gatewaysPassed
  procurement {
    id
    title
  }
  variations {
    ...ContractVariationFields
  }
  kpis {
    id
    name
    target
    firstPeriod
    reports {
      period
      rating
      note
      reportedAt
      correctionReason
    }
  }
  savings {
    id
    kind
    stage
    amount
    period
  }
  socialValueCommitments {
    id
    committedQuantity
    committedValue
    deliveredQuantity
    deliveredValue
    expectedToDateQuantity
    underDelivered
    firstPeriod
    measure {
      ...SocialValueMeasureFields
    }
    deliveries {
      period
      quantity
      evidence
      reportedAt
    }
  }
}`) as unknown as TypedDocumentString<ExtendContractMutation, ExtendContractMutationVariables>;
export const EndContractDocument = new TypedDocumentString(`
    mutation EndContract($input: CloseContractInput!) {
  endContract(input: $input) {
    ...ContractFields
  }
}
    fragment ContractManagerFields on StaffMember {
  id
  displayName
  jobTitle
  erased
}
fragment ContractListFields on Contract {
  id
  title
  procurementId
  supplierName
  awardedValue
  currentValue
  status
  startDate
  endDate
  socialValueUnderDelivered
  managers {
    ...ContractManagerFields
  }
}
fragment ContractVariationFields on ContractVariation {
  id
  description
  reason
  valueChange
  status
  approvalRequiredBecause
  policyVersion
  recordedAt
  decidedAt
  decisionNote
}
fragment SocialValueMeasureFields on SocialValueMeasure {
  id
  theme
  outcome
  unit
  proxyValuePerUnit
  retired
  revision
}
fragment ContractFields on Contract {
  ...ContractListFields
  revision
  awardedAt
  awardedOn
  extensionMonthsAvailable
  noticePeriodDays
  socialValueWeightingPercent
  committedSocialValue
  deliveredSocialValue
  closeReason
  closedOn
  supplierCompanyNumber
  supplierPostcode
  supplierSme
  supplierVcse
  gatewaysPassed
  procurement {
    id
    title
  }
  variations {
    ...ContractVariationFields
  }
  kpis {
    id
    name
    target
    firstPeriod
    reports {
      period
      rating
      note
      reportedAt
      correctionReason
    }
  }
  savings {
    id
    kind
    stage
    amount
    period
  }
  socialValueCommitments {
    id
    committedQuantity
    committedValue
    deliveredQuantity
    deliveredValue
    expectedToDateQuantity
    underDelivered
    firstPeriod
    measure {
      ...SocialValueMeasureFields
    }
    deliveries {
      period
      quantity
      evidence
      reportedAt
    }
  }
}`) as unknown as TypedDocumentString<EndContractMutation, EndContractMutationVariables>;
export const TerminateContractDocument = new TypedDocumentString(`
    mutation TerminateContract($input: CloseContractInput!) {
  terminateContract(input: $input) {
    ...ContractFields
  }
}
    fragment ContractManagerFields on StaffMember {
  id
  displayName
  jobTitle
  erased
}
fragment ContractListFields on Contract {
  id
  title
  procurementId
  supplierName
  awardedValue
  currentValue
  status
  startDate
  endDate
  socialValueUnderDelivered
  managers {
    ...ContractManagerFields
  }
}
fragment ContractVariationFields on ContractVariation {
  id
  description
  reason
  valueChange
  status
  approvalRequiredBecause
  policyVersion
  recordedAt
  decidedAt
  decisionNote
}
fragment SocialValueMeasureFields on SocialValueMeasure {
  id
  theme
  outcome
  unit
  proxyValuePerUnit
  retired
  revision
}
fragment ContractFields on Contract {
  ...ContractListFields
  revision
  awardedAt
  awardedOn
  extensionMonthsAvailable
  noticePeriodDays
  socialValueWeightingPercent
  committedSocialValue
  deliveredSocialValue
  closeReason
  closedOn
  supplierCompanyNumber
  supplierPostcode
  supplierSme
  supplierVcse
  gatewaysPassed
  procurement {
    id
    title
  }
  variations {
    ...ContractVariationFields
  }
  kpis {
    id
    name
    target
    firstPeriod
    reports {
      period
      rating
      note
      reportedAt
      correctionReason
    }
  }
  savings {
    id
    kind
    stage
    amount
    period
  }
  socialValueCommitments {
    id
    committedQuantity
    committedValue
    deliveredQuantity
    deliveredValue
    expectedToDateQuantity
    underDelivered
    firstPeriod
    measure {
      ...SocialValueMeasureFields
    }
    deliveries {
      period
      quantity
      evidence
      reportedAt
    }
  }
}`) as unknown as TypedDocumentString<TerminateContractMutation, TerminateContractMutationVariables>;
export const AssignContractManagerDocument = new TypedDocumentString(`
    mutation AssignContractManager($input: ContractManagerInput!) {
  assignContractManager(input: $input) {
    ...ContractFields
  }
}
    fragment ContractManagerFields on StaffMember {
  id
  displayName
  jobTitle
  erased
}
fragment ContractListFields on Contract {
  id
  title
  procurementId
  supplierName
  awardedValue
  currentValue
  status
  startDate
  endDate
  socialValueUnderDelivered
  managers {
    ...ContractManagerFields
  }
}
fragment ContractVariationFields on ContractVariation {
  id
  description
  reason
  valueChange
  status
  approvalRequiredBecause
  policyVersion
  recordedAt
  decidedAt
  decisionNote
}
fragment SocialValueMeasureFields on SocialValueMeasure {
  id
  theme
  outcome
  unit
  proxyValuePerUnit
  retired
  revision
}
fragment ContractFields on Contract {
  ...ContractListFields
  revision
  awardedAt
  awardedOn
  extensionMonthsAvailable
  noticePeriodDays
  socialValueWeightingPercent
  committedSocialValue
  deliveredSocialValue
  closeReason
  closedOn
  supplierCompanyNumber
  supplierPostcode
  supplierSme
  supplierVcse
  gatewaysPassed
  procurement {
    id
    title
  }
  variations {
    ...ContractVariationFields
  }
  kpis {
    id
    name
    target
    firstPeriod
    reports {
      period
      rating
      note
      reportedAt
      correctionReason
    }
  }
  savings {
    id
    kind
    stage
    amount
    period
  }
  socialValueCommitments {
    id
    committedQuantity
    committedValue
    deliveredQuantity
    deliveredValue
    expectedToDateQuantity
    underDelivered
    firstPeriod
    measure {
      ...SocialValueMeasureFields
    }
    deliveries {
      period
      quantity
      evidence
      reportedAt
    }
  }
}`) as unknown as TypedDocumentString<AssignContractManagerMutation, AssignContractManagerMutationVariables>;
export const AddKpiDocument = new TypedDocumentString(`
    mutation AddKpi($input: AddKpiInput!) {
  addKpi(input: $input) {
    ...ContractFields
  }
}
    fragment ContractManagerFields on StaffMember {
  id
  displayName
  jobTitle
  erased
}
fragment ContractListFields on Contract {
  id
  title
  procurementId
  supplierName
  awardedValue
  currentValue
  status
  startDate
  endDate
  socialValueUnderDelivered
  managers {
    ...ContractManagerFields
  }
}
fragment ContractVariationFields on ContractVariation {
  id
  description
  reason
  valueChange
  status
  approvalRequiredBecause
  policyVersion
  recordedAt
  decidedAt
  decisionNote
}
fragment SocialValueMeasureFields on SocialValueMeasure {
  id
  theme
  outcome
  unit
  proxyValuePerUnit
  retired
  revision
}
fragment ContractFields on Contract {
  ...ContractListFields
  revision
  awardedAt
  awardedOn
  extensionMonthsAvailable
  noticePeriodDays
  socialValueWeightingPercent
  committedSocialValue
  deliveredSocialValue
  closeReason
  closedOn
  supplierCompanyNumber
  supplierPostcode
  supplierSme
  supplierVcse
  gatewaysPassed
  procurement {
    id
    title
  }
  variations {
    ...ContractVariationFields
  }
  kpis {
    id
    name
    target
    firstPeriod
    reports {
      period
      rating
      note
      reportedAt
      correctionReason
    }
  }
  savings {
    id
    kind
    stage
    amount
    period
  }
  socialValueCommitments {
    id
    committedQuantity
    committedValue
    deliveredQuantity
    deliveredValue
    expectedToDateQuantity
    underDelivered
    firstPeriod
    measure {
      ...SocialValueMeasureFields
    }
    deliveries {
      period
      quantity
      evidence
      reportedAt
    }
  }
}`) as unknown as TypedDocumentString<AddKpiMutation, AddKpiMutationVariables>;
export const ReportKpiDocument = new TypedDocumentString(`
    mutation ReportKpi($input: ReportKpiInput!) {
  reportKpi(input: $input) {
    ...ContractFields
  }
}
    fragment ContractManagerFields on StaffMember {
  id
  displayName
  jobTitle
  erased
}
fragment ContractListFields on Contract {
  id
  title
  procurementId
  supplierName
  awardedValue
  currentValue
  status
  startDate
  endDate
  socialValueUnderDelivered
  managers {
    ...ContractManagerFields
  }
}
fragment ContractVariationFields on ContractVariation {
  id
  description
  reason
  valueChange
  status
  approvalRequiredBecause
  policyVersion
  recordedAt
  decidedAt
  decisionNote
}
fragment SocialValueMeasureFields on SocialValueMeasure {
  id
  theme
  outcome
  unit
  proxyValuePerUnit
  retired
  revision
}
fragment ContractFields on Contract {
  ...ContractListFields
  revision
  awardedAt
  awardedOn
  extensionMonthsAvailable
  noticePeriodDays
  socialValueWeightingPercent
  committedSocialValue
  deliveredSocialValue
  closeReason
  closedOn
  supplierCompanyNumber
  supplierPostcode
  supplierSme
  supplierVcse
  gatewaysPassed
  procurement {
    id
    title
  }
  variations {
    ...ContractVariationFields
  }
  kpis {
    id
    name
    target
    firstPeriod
    reports {
      period
      rating
      note
      reportedAt
      correctionReason
    }
  }
  savings {
    id
    kind
    stage
    amount
    period
  }
  socialValueCommitments {
    id
    committedQuantity
    committedValue
    deliveredQuantity
    deliveredValue
    expectedToDateQuantity
    underDelivered
    firstPeriod
    measure {
      ...SocialValueMeasureFields
    }
    deliveries {
      period
      quantity
      evidence
      reportedAt
    }
  }
}`) as unknown as TypedDocumentString<ReportKpiMutation, ReportKpiMutationVariables>;
export const RecordSavingOrBenefitDocument = new TypedDocumentString(`
    mutation RecordSavingOrBenefit($input: RecordSavingOrBenefitInput!) {
  recordSavingOrBenefit(input: $input) {
    ...ContractFields
  }
}
    fragment ContractManagerFields on StaffMember {
  id
  displayName
  jobTitle
  erased
}
fragment ContractListFields on Contract {
  id
  title
  procurementId
  supplierName
  awardedValue
  currentValue
  status
  startDate
  endDate
  socialValueUnderDelivered
  managers {
    ...ContractManagerFields
  }
}
fragment ContractVariationFields on ContractVariation {
  id
  description
  reason
  valueChange
  status
  approvalRequiredBecause
  policyVersion
  recordedAt
  decidedAt
  decisionNote
}
fragment SocialValueMeasureFields on SocialValueMeasure {
  id
  theme
  outcome
  unit
  proxyValuePerUnit
  retired
  revision
}
fragment ContractFields on Contract {
  ...ContractListFields
  revision
  awardedAt
  awardedOn
  extensionMonthsAvailable
  noticePeriodDays
  socialValueWeightingPercent
  committedSocialValue
  deliveredSocialValue
  closeReason
  closedOn
  supplierCompanyNumber
  supplierPostcode
  supplierSme
  supplierVcse
  gatewaysPassed
  procurement {
    id
    title
  }
  variations {
    ...ContractVariationFields
  }
  kpis {
    id
    name
    target
    firstPeriod
    reports {
      period
      rating
      note
      reportedAt
      correctionReason
    }
  }
  savings {
    id
    kind
    stage
    amount
    period
  }
  socialValueCommitments {
    id
    committedQuantity
    committedValue
    deliveredQuantity
    deliveredValue
    expectedToDateQuantity
    underDelivered
    firstPeriod
    measure {
      ...SocialValueMeasureFields
    }
    deliveries {
      period
      quantity
      evidence
      reportedAt
    }
  }
}`) as unknown as TypedDocumentString<RecordSavingOrBenefitMutation, RecordSavingOrBenefitMutationVariables>;
export const CommitSocialValueDocument = new TypedDocumentString(`
    mutation CommitSocialValue($input: CommitSocialValueInput!) {
  commitSocialValue(input: $input) {
    ...ContractFields
  }
}
    fragment ContractManagerFields on StaffMember {
  id
  displayName
  jobTitle
  erased
}
fragment ContractListFields on Contract {
  id
  title
  procurementId
  supplierName
  awardedValue
  currentValue
  status
  startDate
  endDate
  socialValueUnderDelivered
  managers {
    ...ContractManagerFields
  }
}
fragment ContractVariationFields on ContractVariation {
  id
  description
  reason
  valueChange
  status
  approvalRequiredBecause
  policyVersion
  recordedAt
  decidedAt
  decisionNote
}
fragment SocialValueMeasureFields on SocialValueMeasure {
  id
  theme
  outcome
  unit
  proxyValuePerUnit
  retired
  revision
}
fragment ContractFields on Contract {
  ...ContractListFields
  revision
  awardedAt
  awardedOn
  extensionMonthsAvailable
  noticePeriodDays
  socialValueWeightingPercent
  committedSocialValue
  deliveredSocialValue
  closeReason
  closedOn
  supplierCompanyNumber
  supplierPostcode
  supplierSme
  supplierVcse
  gatewaysPassed
  procurement {
    id
    title
  }
  variations {
    ...ContractVariationFields
  }
  kpis {
    id
    name
    target
    firstPeriod
    reports {
      period
      rating
      note
      reportedAt
      correctionReason
    }
  }
  savings {
    id
    kind
    stage
    amount
    period
  }
  socialValueCommitments {
    id
    committedQuantity
    committedValue
    deliveredQuantity
    deliveredValue
    expectedToDateQuantity
    underDelivered
    firstPeriod
    measure {
      ...SocialValueMeasureFields
    }
    deliveries {
      period
      quantity
      evidence
      reportedAt
    }
  }
}`) as unknown as TypedDocumentString<CommitSocialValueMutation, CommitSocialValueMutationVariables>;
export const ReportSocialValueDeliveryDocument = new TypedDocumentString(`
    mutation ReportSocialValueDelivery($input: ReportSocialValueDeliveryInput!) {
  reportSocialValueDelivery(input: $input) {
    ...ContractFields
  }
}
    fragment ContractManagerFields on StaffMember {
  id
  displayName
  jobTitle
  erased
}
fragment ContractListFields on Contract {
  id
  title
  procurementId
  supplierName
  awardedValue
  currentValue
  status
  startDate
  endDate
  socialValueUnderDelivered
  managers {
    ...ContractManagerFields
  }
}
fragment ContractVariationFields on ContractVariation {
  id
  description
  reason
  valueChange
  status
  approvalRequiredBecause
  policyVersion
  recordedAt
  decidedAt
  decisionNote
}
fragment SocialValueMeasureFields on SocialValueMeasure {
  id
  theme
  outcome
  unit
  proxyValuePerUnit
  retired
  revision
}
fragment ContractFields on Contract {
  ...ContractListFields
  revision
  awardedAt
  awardedOn
  extensionMonthsAvailable
  noticePeriodDays
  socialValueWeightingPercent
  committedSocialValue
  deliveredSocialValue
  closeReason
  closedOn
  supplierCompanyNumber
  supplierPostcode
  supplierSme
  supplierVcse
  gatewaysPassed
  procurement {
    id
    title
  }
  variations {
    ...ContractVariationFields
  }
  kpis {
    id
    name
    target
    firstPeriod
    reports {
      period
      rating
      note
      reportedAt
      correctionReason
    }
  }
  savings {
    id
    kind
    stage
    amount
    period
  }
  socialValueCommitments {
    id
    committedQuantity
    committedValue
    deliveredQuantity
    deliveredValue
    expectedToDateQuantity
    underDelivered
    firstPeriod
    measure {
      ...SocialValueMeasureFields
    }
    deliveries {
      period
      quantity
      evidence
      reportedAt
    }
  }
}`) as unknown as TypedDocumentString<ReportSocialValueDeliveryMutation, ReportSocialValueDeliveryMutationVariables>;
export const DefineSocialValueMeasureDocument = new TypedDocumentString(`
    mutation DefineSocialValueMeasure($input: DefineSocialValueMeasureInput!) {
  defineSocialValueMeasure(input: $input) {
    ...SocialValueMeasureFields
  }
}
    fragment SocialValueMeasureFields on SocialValueMeasure {
  id
  theme
  outcome
  unit
  proxyValuePerUnit
  retired
  revision
}`) as unknown as TypedDocumentString<DefineSocialValueMeasureMutation, DefineSocialValueMeasureMutationVariables>;
export const RetireSocialValueMeasureDocument = new TypedDocumentString(`
    mutation RetireSocialValueMeasure($input: RetireSocialValueMeasureInput!) {
  retireSocialValueMeasure(input: $input) {
    ...SocialValueMeasureFields
  }
}
    fragment SocialValueMeasureFields on SocialValueMeasure {
  id
  theme
  outcome
  unit
  proxyValuePerUnit
  retired
  revision
}`) as unknown as TypedDocumentString<RetireSocialValueMeasureMutation, RetireSocialValueMeasureMutationVariables>;
export const GatewayPageDocument = new TypedDocumentString(`
    query GatewayPage($asOf: DateTime) {
  procurements(asOf: $asOf) {
    ...ProcurementSummaryFields
    reviews {
      id
      gateway
      outcome
      basisChanged
    }
  }
  gatewayPolicies(asOf: $asOf) {
    ...GatewayPolicyFields
  }
}
    fragment GatewayPolicyFields on GatewayPolicy {
  version
  adoptedAt
  reason
  quorum
  committee {
    ...PersonRef
  }
  valueThresholds {
    minValue
    gateways
  }
  highRiskGateways
  politicalInterestGateways
}
fragment ProcurementSummaryFields on Procurement {
  id
  title
  estimatedValue
  riskLevel
  politicalInterest
  requiredGateways
  outstandingGateways
  policyVersion
  revision
}
fragment PersonRef on StaffMember {
  id
  displayName
  erased
}`) as unknown as TypedDocumentString<GatewayPageQuery, GatewayPageQueryVariables>;
export const ProcurementPageDocument = new TypedDocumentString(`
    query ProcurementPage($id: ID!, $asOf: DateTime) {
  procurement(id: $id, asOf: $asOf) {
    ...ProcurementFields
  }
  gatewayPolicies(asOf: $asOf) {
    ...GatewayPolicyFields
  }
}
    fragment GatewayPolicyFields on GatewayPolicy {
  version
  adoptedAt
  reason
  quorum
  committee {
    ...PersonRef
  }
  valueThresholds {
    minValue
    gateways
  }
  highRiskGateways
  politicalInterestGateways
}
fragment ProcurementSummaryFields on Procurement {
  id
  title
  estimatedValue
  riskLevel
  politicalInterest
  requiredGateways
  outstandingGateways
  policyVersion
  revision
}
fragment GatewayReviewFields on GatewayReview {
  id
  gateway
  summary
  requestedAt
  outcome
  rationale
  decidedAt
  recordedBy
  basisPosition
  correctionReason
  basisChanged
  decidedBy {
    ...PersonRef
  }
  conditionStatus {
    text
    discharged
    dischargedAt
    evidence
  }
  superseded {
    outcome
    rationale
    conditions
    decidedAt
    correctionReason
  }
}
fragment ProcurementFields on Procurement {
  ...ProcurementSummaryFields
  reviews {
    ...GatewayReviewFields
  }
  conflicts {
    nature
    declaredAt
    staffMember {
      ...PersonRef
    }
    onBehalf
    onBehalfReason
    declaredBy {
      ...PersonRef
    }
  }
  lessons {
    id
    title
    priority
    gateway
    loggedOn
    recommendation
  }
}
fragment PersonRef on StaffMember {
  id
  displayName
  erased
}`) as unknown as TypedDocumentString<ProcurementPageQuery, ProcurementPageQueryVariables>;
export const RegisterProcurementDocument = new TypedDocumentString(`
    mutation RegisterProcurement($input: RegisterProcurementInput!) {
  registerProcurement(input: $input) {
    ...ProcurementSummaryFields
  }
}
    fragment ProcurementSummaryFields on Procurement {
  id
  title
  estimatedValue
  riskLevel
  politicalInterest
  requiredGateways
  outstandingGateways
  policyVersion
  revision
}`) as unknown as TypedDocumentString<RegisterProcurementMutation, RegisterProcurementMutationVariables>;
export const ChangeProcurementBasisDocument = new TypedDocumentString(`
    mutation ChangeProcurementBasis($input: ChangeProcurementBasisInput!) {
  changeProcurementBasis(input: $input) {
    ...ProcurementSummaryFields
  }
}
    fragment ProcurementSummaryFields on Procurement {
  id
  title
  estimatedValue
  riskLevel
  politicalInterest
  requiredGateways
  outstandingGateways
  policyVersion
  revision
}`) as unknown as TypedDocumentString<ChangeProcurementBasisMutation, ChangeProcurementBasisMutationVariables>;
export const DeclareConflictOfInterestDocument = new TypedDocumentString(`
    mutation DeclareConflictOfInterest($input: DeclareConflictOfInterestInput!) {
  declareConflictOfInterest(input: $input) {
    ...ProcurementSummaryFields
  }
}
    fragment ProcurementSummaryFields on Procurement {
  id
  title
  estimatedValue
  riskLevel
  politicalInterest
  requiredGateways
  outstandingGateways
  policyVersion
  revision
}`) as unknown as TypedDocumentString<DeclareConflictOfInterestMutation, DeclareConflictOfInterestMutationVariables>;
export const RequestGatewayReviewDocument = new TypedDocumentString(`
    mutation RequestGatewayReview($input: RequestGatewayReviewInput!) {
  requestGatewayReview(input: $input) {
    ...GatewayReviewFields
  }
}
    fragment GatewayReviewFields on GatewayReview {
  id
  gateway
  summary
  requestedAt
  outcome
  rationale
  decidedAt
  recordedBy
  basisPosition
  correctionReason
  basisChanged
  decidedBy {
    ...PersonRef
  }
  conditionStatus {
    text
    discharged
    dischargedAt
    evidence
  }
  superseded {
    outcome
    rationale
    conditions
    decidedAt
    correctionReason
  }
}
fragment PersonRef on StaffMember {
  id
  displayName
  erased
}`) as unknown as TypedDocumentString<RequestGatewayReviewMutation, RequestGatewayReviewMutationVariables>;
export const RecordGatewayDecisionDocument = new TypedDocumentString(`
    mutation RecordGatewayDecision($input: RecordGatewayDecisionInput!) {
  recordGatewayDecision(input: $input) {
    ...GatewayReviewFields
  }
}
    fragment GatewayReviewFields on GatewayReview {
  id
  gateway
  summary
  requestedAt
  outcome
  rationale
  decidedAt
  recordedBy
  basisPosition
  correctionReason
  basisChanged
  decidedBy {
    ...PersonRef
  }
  conditionStatus {
    text
    discharged
    dischargedAt
    evidence
  }
  superseded {
    outcome
    rationale
    conditions
    decidedAt
    correctionReason
  }
}
fragment PersonRef on StaffMember {
  id
  displayName
  erased
}`) as unknown as TypedDocumentString<RecordGatewayDecisionMutation, RecordGatewayDecisionMutationVariables>;
export const CorrectGatewayDecisionDocument = new TypedDocumentString(`
    mutation CorrectGatewayDecision($input: CorrectGatewayDecisionInput!) {
  correctGatewayDecision(input: $input) {
    ...GatewayReviewFields
  }
}
    fragment GatewayReviewFields on GatewayReview {
  id
  gateway
  summary
  requestedAt
  outcome
  rationale
  decidedAt
  recordedBy
  basisPosition
  correctionReason
  basisChanged
  decidedBy {
    ...PersonRef
  }
  conditionStatus {
    text
    discharged
    dischargedAt
    evidence
  }
  superseded {
    outcome
    rationale
    conditions
    decidedAt
    correctionReason
  }
}
fragment PersonRef on StaffMember {
  id
  displayName
  erased
}`) as unknown as TypedDocumentString<CorrectGatewayDecisionMutation, CorrectGatewayDecisionMutationVariables>;
export const DischargeConditionDocument = new TypedDocumentString(`
    mutation DischargeCondition($input: DischargeConditionInput!) {
  dischargeCondition(input: $input) {
    ...GatewayReviewFields
  }
}
    fragment GatewayReviewFields on GatewayReview {
  id
  gateway
  summary
  requestedAt
  outcome
  rationale
  decidedAt
  recordedBy
  basisPosition
  correctionReason
  basisChanged
  decidedBy {
    ...PersonRef
  }
  conditionStatus {
    text
    discharged
    dischargedAt
    evidence
  }
  superseded {
    outcome
    rationale
    conditions
    decidedAt
    correctionReason
  }
}
fragment PersonRef on StaffMember {
  id
  displayName
  erased
}`) as unknown as TypedDocumentString<DischargeConditionMutation, DischargeConditionMutationVariables>;
export const AdoptGatewayPolicyDocument = new TypedDocumentString(`
    mutation AdoptGatewayPolicy($input: AdoptGatewayPolicyInput!) {
  adoptGatewayPolicy(input: $input) {
    ...GatewayPolicyFields
  }
}
    fragment GatewayPolicyFields on GatewayPolicy {
  version
  adoptedAt
  reason
  quorum
  committee {
    ...PersonRef
  }
  valueThresholds {
    minValue
    gateways
  }
  highRiskGateways
  politicalInterestGateways
}
fragment PersonRef on StaffMember {
  id
  displayName
  erased
}`) as unknown as TypedDocumentString<AdoptGatewayPolicyMutation, AdoptGatewayPolicyMutationVariables>;
export const ReviewDecidersDocument = new TypedDocumentString(`
    query ReviewDeciders($reviewId: ID!, $asOf: DateTime) {
  eligibleDeciders(reviewId: $reviewId, asOf: $asOf) {
    reviewId
    policyVersion
    quorum
    anyStaffMemberMaySit
    members {
      staffMemberId
      displayName
      conflictDeclared
      conflictNature
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewDecidersQuery, ReviewDecidersQueryVariables>;
export const GovernanceStaffDocument = new TypedDocumentString(`
    query GovernanceStaff($asOf: DateTime) {
  staffMembers(asOf: $asOf) {
    ...PersonRef
    jobTitle
  }
}
    fragment PersonRef on StaffMember {
  id
  displayName
  erased
}`) as unknown as TypedDocumentString<GovernanceStaffQuery, GovernanceStaffQueryVariables>;
export const LessonsPageDocument = new TypedDocumentString(`
    query LessonsPage($asOf: DateTime, $withProcurements: Boolean!) {
  lessons(asOf: $asOf) {
    ...LessonFields
  }
  lessonsDue(asOf: $asOf) {
    procurementId
    title
    awardedAt
  }
  procurements(asOf: $asOf) @include(if: $withProcurements) {
    id
    title
    requiredGateways
  }
}
    fragment PersonRef on StaffMember {
  id
  displayName
  erased
}
fragment LessonFields on Lesson {
  id
  title
  whatHappened
  effect
  causes
  earlyWarningIndicators
  recommendation
  priority
  procurementId
  gateway
  loggedBy
  loggedOn
  recordedAt
  actions {
    id
    description
    dueDate
    target
    targetReference
    status
    overdue
    evidence
    closedOn
    owner {
      ...PersonRef
    }
  }
}`) as unknown as TypedDocumentString<LessonsPageQuery, LessonsPageQueryVariables>;
export const RecordLessonDocument = new TypedDocumentString(`
    mutation RecordLesson($input: RecordLessonInput!) {
  recordLesson(input: $input) {
    ...LessonFields
  }
}
    fragment PersonRef on StaffMember {
  id
  displayName
  erased
}
fragment LessonFields on Lesson {
  id
  title
  whatHappened
  effect
  causes
  earlyWarningIndicators
  recommendation
  priority
  procurementId
  gateway
  loggedBy
  loggedOn
  recordedAt
  actions {
    id
    description
    dueDate
    target
    targetReference
    status
    overdue
    evidence
    closedOn
    owner {
      ...PersonRef
    }
  }
}`) as unknown as TypedDocumentString<RecordLessonMutation, RecordLessonMutationVariables>;
export const AssignLessonActionDocument = new TypedDocumentString(`
    mutation AssignLessonAction($input: AssignLessonActionInput!) {
  assignLessonAction(input: $input) {
    ...LessonFields
  }
}
    fragment PersonRef on StaffMember {
  id
  displayName
  erased
}
fragment LessonFields on Lesson {
  id
  title
  whatHappened
  effect
  causes
  earlyWarningIndicators
  recommendation
  priority
  procurementId
  gateway
  loggedBy
  loggedOn
  recordedAt
  actions {
    id
    description
    dueDate
    target
    targetReference
    status
    overdue
    evidence
    closedOn
    owner {
      ...PersonRef
    }
  }
}`) as unknown as TypedDocumentString<AssignLessonActionMutation, AssignLessonActionMutationVariables>;
export const CloseLessonActionDocument = new TypedDocumentString(`
    mutation CloseLessonAction($input: CloseLessonActionInput!) {
  closeLessonAction(input: $input) {
    ...LessonFields
  }
}
    fragment PersonRef on StaffMember {
  id
  displayName
  erased
}
fragment LessonFields on Lesson {
  id
  title
  whatHappened
  effect
  causes
  earlyWarningIndicators
  recommendation
  priority
  procurementId
  gateway
  loggedBy
  loggedOn
  recordedAt
  actions {
    id
    description
    dueDate
    target
    targetReference
    status
    overdue
    evidence
    closedOn
    owner {
      ...PersonRef
    }
  }
}`) as unknown as TypedDocumentString<CloseLessonActionMutation, CloseLessonActionMutationVariables>;
export const RisksPageDocument = new TypedDocumentString(`
    query RisksPage($asOf: DateTime) {
  risks(asOf: $asOf) {
    ...RiskFields
  }
  riskHeatMap(asOf: $asOf) {
    likelihood
    impact
    count
    riskIds
  }
}
    fragment RiskFields on Risk {
  id
  title
  category
  owner
  likelihood
  impact
  score
  inherentLikelihood
  inherentImpact
  inherentScore
  appetite
  treatment
  controls
  reviewEveryMonths
  nextReviewDue
  overdue
  status
  closedOn
  closeReason
  revision
  scoreHistory {
    likelihood
    impact
    score
    notes
    reviewedAt
    reviewedBy
  }
}`) as unknown as TypedDocumentString<RisksPageQuery, RisksPageQueryVariables>;
export const IdentifyRiskDocument = new TypedDocumentString(`
    mutation IdentifyRisk($input: IdentifyRiskInput!) {
  identifyRisk(input: $input) {
    ...RiskFields
  }
}
    fragment RiskFields on Risk {
  id
  title
  category
  owner
  likelihood
  impact
  score
  inherentLikelihood
  inherentImpact
  inherentScore
  appetite
  treatment
  controls
  reviewEveryMonths
  nextReviewDue
  overdue
  status
  closedOn
  closeReason
  revision
  scoreHistory {
    likelihood
    impact
    score
    notes
    reviewedAt
    reviewedBy
  }
}`) as unknown as TypedDocumentString<IdentifyRiskMutation, IdentifyRiskMutationVariables>;
export const CloseRiskDocument = new TypedDocumentString(`
    mutation CloseRisk($input: CloseRiskInput!) {
  closeRisk(input: $input) {
    ...RiskFields
  }
}
    fragment RiskFields on Risk {
  id
  title
  category
  owner
  likelihood
  impact
  score
  inherentLikelihood
  inherentImpact
  inherentScore
  appetite
  treatment
  controls
  reviewEveryMonths
  nextReviewDue
  overdue
  status
  closedOn
  closeReason
  revision
  scoreHistory {
    likelihood
    impact
    score
    notes
    reviewedAt
    reviewedBy
  }
}`) as unknown as TypedDocumentString<CloseRiskMutation, CloseRiskMutationVariables>;
export const ReviewRiskDocument = new TypedDocumentString(`
    mutation ReviewRisk($input: ReviewRiskInput!) {
  reviewRisk(input: $input) {
    ...RiskFields
  }
}
    fragment RiskFields on Risk {
  id
  title
  category
  owner
  likelihood
  impact
  score
  inherentLikelihood
  inherentImpact
  inherentScore
  appetite
  treatment
  controls
  reviewEveryMonths
  nextReviewDue
  overdue
  status
  closedOn
  closeReason
  revision
  scoreHistory {
    likelihood
    impact
    score
    notes
    reviewedAt
    reviewedBy
  }
}`) as unknown as TypedDocumentString<ReviewRiskMutation, ReviewRiskMutationVariables>;
export const MyWorkDocument = new TypedDocumentString(`
    query MyWork {
  myWork {
    kind
    title
    subjectId
    dueOn
    overdue
  }
}
    `) as unknown as TypedDocumentString<MyWorkQuery, MyWorkQueryVariables>;
export const HomeWorkforceFiguresDocument = new TypedDocumentString(`
    query HomeWorkforceFigures {
  skillsMatrix(limit: 500) {
    totalRows
    competencies {
      id
      name
    }
    rows {
      cells {
        competency {
          id
        }
        requiredLevel
        gap
      }
    }
  }
  trainingRegister(limit: 2000) {
    status
    completedOn
  }
}
    `) as unknown as TypedDocumentString<HomeWorkforceFiguresQuery, HomeWorkforceFiguresQueryVariables>;
export const HomeRiskFiguresDocument = new TypedDocumentString(`
    query HomeRiskFigures($year: Int!) {
  riskHeatMap {
    likelihood
    impact
    count
  }
  maturityAssessment(year: $year) {
    year
    overallScore
    areas {
      area
      score
      target
    }
    previousYear {
      year
      overallScore
      areas {
        area
        score
        target
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HomeRiskFiguresQuery, HomeRiskFiguresQueryVariables>;
export const HomeContractFiguresDocument = new TypedDocumentString(`
    query HomeContractFigures($year: Int!, $lastYear: Int!) {
  thisYear: socialValueSummary(year: $year) {
    ...HomeSocialValueFigures
  }
  lastYear: socialValueSummary(year: $lastYear) {
    ...HomeSocialValueFigures
  }
}
    fragment HomeSocialValueFigures on SocialValueSummary {
  year
  contractsAwarded
  contractsWithSocialValue
  committedValue
  deliveredValue
}`) as unknown as TypedDocumentString<HomeContractFiguresQuery, HomeContractFiguresQueryVariables>;
export const SingleSignOnDocument = new TypedDocumentString(`
    query SingleSignOn {
  singleSignOn {
    enabled
    providerName
    loginPath
  }
}
    `) as unknown as TypedDocumentString<SingleSignOnQuery, SingleSignOnQueryVariables>;
export const CompleteSingleSignOnDocument = new TypedDocumentString(`
    mutation CompleteSingleSignOn($handoff: String!) {
  completeSingleSignOn(handoff: $handoff) {
    token
    user {
      ...UserFields
    }
  }
}
    fragment UserFields on User {
  id
  email
  displayName
  roles
  hasLocalPassword
}`) as unknown as TypedDocumentString<CompleteSingleSignOnMutation, CompleteSingleSignOnMutationVariables>;
export const SignInSettingsDocument = new TypedDocumentString(`
    query SignInSettings {
  signInSettings {
    ...SignInSettingsFields
  }
}
    fragment SignInSettingsFields on SignInSettings {
  providerConfigured
  providerName
  roleClaim
  roleMappingRevision
  localPasswordsAdministratorsOnly
  mappableRoles
  roleMapping {
    group
    roles
  }
}`) as unknown as TypedDocumentString<SignInSettingsQuery, SignInSettingsQueryVariables>;
export const SetRoleMappingEntryDocument = new TypedDocumentString(`
    mutation SetRoleMappingEntry($group: String!, $roles: [Role!]!, $expectedRevision: Int) {
  setRoleMappingEntry(
    group: $group
    roles: $roles
    expectedRevision: $expectedRevision
  ) {
    ...SignInSettingsFields
  }
}
    fragment SignInSettingsFields on SignInSettings {
  providerConfigured
  providerName
  roleClaim
  roleMappingRevision
  localPasswordsAdministratorsOnly
  mappableRoles
  roleMapping {
    group
    roles
  }
}`) as unknown as TypedDocumentString<SetRoleMappingEntryMutation, SetRoleMappingEntryMutationVariables>;
export const RemoveRoleMappingEntryDocument = new TypedDocumentString(`
    mutation RemoveRoleMappingEntry($group: String!, $expectedRevision: Int) {
  removeRoleMappingEntry(group: $group, expectedRevision: $expectedRevision) {
    ...SignInSettingsFields
  }
}
    fragment SignInSettingsFields on SignInSettings {
  providerConfigured
  providerName
  roleClaim
  roleMappingRevision
  localPasswordsAdministratorsOnly
  mappableRoles
  roleMapping {
    group
    roles
  }
}`) as unknown as TypedDocumentString<RemoveRoleMappingEntryMutation, RemoveRoleMappingEntryMutationVariables>;
export const SetLocalPasswordPolicyDocument = new TypedDocumentString(`
    mutation SetLocalPasswordPolicy($administratorsOnly: Boolean!) {
  setLocalPasswordPolicy(administratorsOnly: $administratorsOnly) {
    ...SignInSettingsFields
  }
}
    fragment SignInSettingsFields on SignInSettings {
  providerConfigured
  providerName
  roleClaim
  roleMappingRevision
  localPasswordsAdministratorsOnly
  mappableRoles
  roleMapping {
    group
    roles
  }
}`) as unknown as TypedDocumentString<SetLocalPasswordPolicyMutation, SetLocalPasswordPolicyMutationVariables>;
export const MailSettingsDocument = new TypedDocumentString(`
    query MailSettings {
  mailSettings {
    configured
    from
    smtpHost
    smtpPort
    secure
    digestTime
    publicUrl
    testMessageIntervalSeconds
    deliveries {
      sent
      failed
      pending
      lastSentAt
      lastFailure {
        at
        kind
        subject
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MailSettingsQuery, MailSettingsQueryVariables>;
export const SendTestMessageDocument = new TypedDocumentString(`
    mutation SendTestMessage($to: String) {
  sendTestMessage(to: $to) {
    status
    to
    messageId
    attempts
    reason
    streamId
  }
}
    `) as unknown as TypedDocumentString<SendTestMessageMutation, SendTestMessageMutationVariables>;
export const UsersPageDocument = new TypedDocumentString(`
    query UsersPage {
  users {
    ...UserAccountFields
  }
}
    fragment UserAccountFields on User {
  id
  email
  displayName
  roles
  disabled
  erased
}`) as unknown as TypedDocumentString<UsersPageQuery, UsersPageQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($commandId: ID, $email: String!, $displayName: String!, $password: String!, $roles: [Role!]!) {
  createUser(
    commandId: $commandId
    email: $email
    displayName: $displayName
    password: $password
    roles: $roles
  ) {
    ...UserAccountFields
  }
}
    fragment UserAccountFields on User {
  id
  email
  displayName
  roles
  disabled
  erased
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const ChangeUserRolesDocument = new TypedDocumentString(`
    mutation ChangeUserRoles($userId: ID!, $roles: [Role!]!) {
  changeUserRoles(userId: $userId, roles: $roles) {
    ...UserAccountFields
  }
}
    fragment UserAccountFields on User {
  id
  email
  displayName
  roles
  disabled
  erased
}`) as unknown as TypedDocumentString<ChangeUserRolesMutation, ChangeUserRolesMutationVariables>;
export const ResetUserPasswordDocument = new TypedDocumentString(`
    mutation ResetUserPassword($userId: ID!, $newPassword: String!) {
  resetUserPassword(userId: $userId, newPassword: $newPassword) {
    ...UserAccountFields
  }
}
    fragment UserAccountFields on User {
  id
  email
  displayName
  roles
  disabled
  erased
}`) as unknown as TypedDocumentString<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const DisableUserDocument = new TypedDocumentString(`
    mutation DisableUser($commandId: ID, $userId: ID!, $reason: String!) {
  disableUser(commandId: $commandId, userId: $userId, reason: $reason) {
    ...UserAccountFields
  }
}
    fragment UserAccountFields on User {
  id
  email
  displayName
  roles
  disabled
  erased
}`) as unknown as TypedDocumentString<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = new TypedDocumentString(`
    mutation EnableUser($commandId: ID, $userId: ID!, $reason: String!) {
  enableUser(commandId: $commandId, userId: $userId, reason: $reason) {
    ...UserAccountFields
  }
}
    fragment UserAccountFields on User {
  id
  email
  displayName
  roles
  disabled
  erased
}`) as unknown as TypedDocumentString<EnableUserMutation, EnableUserMutationVariables>;
export const EstablishmentPageDocument = new TypedDocumentString(`
    query EstablishmentPage($asOf: DateTime, $withStaff: Boolean!) {
  establishment(asOf: $asOf) {
    ...EstablishmentTotals
    posts {
      ...PostFields
    }
  }
  staffMembers(asOf: $asOf) @include(if: $withStaff) {
    ...StaffMemberFields
  }
}
    fragment PostFields on Post {
  id
  title
  fte
  status
  holder {
    id
    displayName
    erased
  }
  startDate
  targetYear
  justification
  decisionReason
  revision
}
fragment EstablishmentTotals on Establishment {
  filledFte
  approvedFte
  proposedFte
  vacantFte
}
fragment StaffMemberFields on StaffMember {
  id
  displayName
  jobTitle
  department
  erased
}`) as unknown as TypedDocumentString<EstablishmentPageQuery, EstablishmentPageQueryVariables>;
export const ProposePostDocument = new TypedDocumentString(`
    mutation ProposePost($input: ProposePostInput!) {
  proposePost(input: $input) {
    ...PostFields
  }
}
    fragment PostFields on Post {
  id
  title
  fte
  status
  holder {
    id
    displayName
    erased
  }
  startDate
  targetYear
  justification
  decisionReason
  revision
}`) as unknown as TypedDocumentString<ProposePostMutation, ProposePostMutationVariables>;
export const DecidePostDocument = new TypedDocumentString(`
    mutation DecidePost($input: DecidePostInput!) {
  decidePost(input: $input) {
    ...PostFields
  }
}
    fragment PostFields on Post {
  id
  title
  fte
  status
  holder {
    id
    displayName
    erased
  }
  startDate
  targetYear
  justification
  decisionReason
  revision
}`) as unknown as TypedDocumentString<DecidePostMutation, DecidePostMutationVariables>;
export const FillPostDocument = new TypedDocumentString(`
    mutation FillPost($input: FillPostInput!) {
  fillPost(input: $input) {
    ...PostFields
  }
}
    fragment PostFields on Post {
  id
  title
  fte
  status
  holder {
    id
    displayName
    erased
  }
  startDate
  targetYear
  justification
  decisionReason
  revision
}`) as unknown as TypedDocumentString<FillPostMutation, FillPostMutationVariables>;
export const VacatePostDocument = new TypedDocumentString(`
    mutation VacatePost($input: VacatePostInput!) {
  vacatePost(input: $input) {
    ...PostFields
  }
}
    fragment PostFields on Post {
  id
  title
  fte
  status
  holder {
    id
    displayName
    erased
  }
  startDate
  targetYear
  justification
  decisionReason
  revision
}`) as unknown as TypedDocumentString<VacatePostMutation, VacatePostMutationVariables>;
export const WithdrawPostDocument = new TypedDocumentString(`
    mutation WithdrawPost($input: WithdrawPostInput!) {
  withdrawPost(input: $input) {
    ...PostFields
  }
}
    fragment PostFields on Post {
  id
  title
  fte
  status
  holder {
    id
    displayName
    erased
  }
  startDate
  targetYear
  justification
  decisionReason
  revision
}`) as unknown as TypedDocumentString<WithdrawPostMutation, WithdrawPostMutationVariables>;
export const SkillsMatrixPageDocument = new TypedDocumentString(`
    query SkillsMatrixPage($asOf: DateTime, $offset: Int, $limit: Int, $department: String, $jobTitle: String, $competencyCategory: String, $orderBy: SkillsMatrixOrder) {
  skillsMatrix(
    asOf: $asOf
    orderBy: $orderBy
    offset: $offset
    limit: $limit
    department: $department
    jobTitle: $jobTitle
    competencyCategory: $competencyCategory
  ) {
    totalRows
    offset
    limit
    competencies {
      ...CompetencyFields
    }
    rows {
      staffMember {
        ...StaffMemberFields
      }
      totalGap
      cells {
        competency {
          id
        }
        level
        requiredLevel
        gap
        assessments
      }
    }
  }
  workforceFilterOptions(asOf: $asOf) {
    ...WorkforceFilterOptionsFields
  }
}
    fragment StaffMemberFields on StaffMember {
  id
  displayName
  jobTitle
  department
  erased
}
fragment CompetencyFields on Competency {
  id
  name
  category
  levelDescriptors
  requirements {
    jobTitle
    requiredLevel
  }
}
fragment WorkforceFilterOptionsFields on WorkforceFilterOptions {
  departments
  jobTitles
  competencyCategories
}`) as unknown as TypedDocumentString<SkillsMatrixPageQuery, SkillsMatrixPageQueryVariables>;
export const SkillCellHistoryDocument = new TypedDocumentString(`
    query SkillCellHistory($staffMemberId: ID!, $competencyId: ID!, $asOf: DateTime) {
  skillCellHistory(
    staffMemberId: $staffMemberId
    competencyId: $competencyId
    asOf: $asOf
  ) {
    level
    evidence
    assessedOn
    source
    recordedAt
  }
}
    `) as unknown as TypedDocumentString<SkillCellHistoryQuery, SkillCellHistoryQueryVariables>;
export const RegisterStaffMemberDocument = new TypedDocumentString(`
    mutation RegisterStaffMember($input: RegisterStaffMemberInput!) {
  registerStaffMember(input: $input) {
    ...StaffMemberFields
  }
}
    fragment StaffMemberFields on StaffMember {
  id
  displayName
  jobTitle
  department
  erased
}`) as unknown as TypedDocumentString<RegisterStaffMemberMutation, RegisterStaffMemberMutationVariables>;
export const DefineCompetencyDocument = new TypedDocumentString(`
    mutation DefineCompetency($input: DefineCompetencyInput!) {
  defineCompetency(input: $input) {
    ...CompetencyFields
  }
}
    fragment CompetencyFields on Competency {
  id
  name
  category
  levelDescriptors
  requirements {
    jobTitle
    requiredLevel
  }
}`) as unknown as TypedDocumentString<DefineCompetencyMutation, DefineCompetencyMutationVariables>;
export const SetRequirementDocument = new TypedDocumentString(`
    mutation SetRequirement($input: SetRequirementInput!) {
  setRequirement(input: $input) {
    ...CompetencyFields
  }
}
    fragment CompetencyFields on Competency {
  id
  name
  category
  levelDescriptors
  requirements {
    jobTitle
    requiredLevel
  }
}`) as unknown as TypedDocumentString<SetRequirementMutation, SetRequirementMutationVariables>;
export const AssessProficiencyDocument = new TypedDocumentString(`
    mutation AssessProficiency($input: AssessProficiencyInput!) {
  assessProficiency(input: $input) {
    staffMember {
      id
    }
    totalGap
  }
}
    `) as unknown as TypedDocumentString<AssessProficiencyMutation, AssessProficiencyMutationVariables>;
export const ErasePersonalDataDocument = new TypedDocumentString(`
    mutation ErasePersonalData($staffMemberId: ID!, $reason: String!) {
  erasePersonalData(staffMemberId: $staffMemberId, reason: $reason) {
    ...StaffMemberFields
  }
}
    fragment StaffMemberFields on StaffMember {
  id
  displayName
  jobTitle
  department
  erased
}`) as unknown as TypedDocumentString<ErasePersonalDataMutation, ErasePersonalDataMutationVariables>;
export const ChangeStaffMemberDetailsDocument = new TypedDocumentString(`
    mutation ChangeStaffMemberDetails($input: ChangeStaffMemberDetailsInput!) {
  changeStaffMemberDetails(input: $input) {
    ...StaffMemberFields
  }
}
    fragment StaffMemberFields on StaffMember {
  id
  displayName
  jobTitle
  department
  erased
}`) as unknown as TypedDocumentString<ChangeStaffMemberDetailsMutation, ChangeStaffMemberDetailsMutationVariables>;
export const CancelTrainingDocument = new TypedDocumentString(`
    mutation CancelTraining($input: CancelTrainingInput!) {
  cancelTraining(input: $input) {
    ...TrainingRecordFields
  }
}
    fragment TrainingRecordFields on TrainingRecord {
  id
  status
  plannedFor
  completedOn
  expiresOn
  evidence
  staffMember {
    id
    displayName
    erased
  }
  course {
    id
    title
  }
}`) as unknown as TypedDocumentString<CancelTrainingMutation, CancelTrainingMutationVariables>;
export const TrainingRegisterPageDocument = new TypedDocumentString(`
    query TrainingRegisterPage($asOf: DateTime, $withinDays: Int!, $withDue: Boolean!, $withForms: Boolean!, $offset: Int, $limit: Int, $department: String, $jobTitle: String, $competencyCategory: String) {
  trainingRegister(
    asOf: $asOf
    offset: $offset
    limit: $limit
    department: $department
    jobTitle: $jobTitle
    competencyCategory: $competencyCategory
  ) {
    ...TrainingRecordFields
  }
  workforceFilterOptions(asOf: $asOf) @include(if: $withDue) {
    ...WorkforceFilterOptionsFields
  }
  courses(asOf: $asOf) {
    ...CourseFields
  }
  trainingDue(asOf: $asOf, withinDays: $withinDays) @include(if: $withDue) {
    target
    overduePlans {
      ...TrainingRecordFields
    }
    expiring {
      ...TrainingRecordFields
    }
    belowTarget {
      courses
      staffMember {
        id
        displayName
        erased
      }
    }
  }
  staffMembers(asOf: $asOf) @include(if: $withForms) {
    ...StaffMemberFields
  }
  competencies(asOf: $asOf) @include(if: $withForms) {
    id
    name
    category
  }
}
    fragment StaffMemberFields on StaffMember {
  id
  displayName
  jobTitle
  department
  erased
}
fragment WorkforceFilterOptionsFields on WorkforceFilterOptions {
  departments
  jobTitles
  competencyCategories
}
fragment TrainingRecordFields on TrainingRecord {
  id
  status
  plannedFor
  completedOn
  expiresOn
  evidence
  staffMember {
    id
    displayName
    erased
  }
  course {
    id
    title
  }
}
fragment CourseFields on Course {
  id
  title
  provider
  validityMonths
  levels {
    competency {
      id
      name
    }
    raisesTo
  }
}`) as unknown as TypedDocumentString<TrainingRegisterPageQuery, TrainingRegisterPageQueryVariables>;
export const AddCourseDocument = new TypedDocumentString(`
    mutation AddCourse($input: AddCourseInput!) {
  addCourse(input: $input) {
    ...CourseFields
  }
}
    fragment CourseFields on Course {
  id
  title
  provider
  validityMonths
  levels {
    competency {
      id
      name
    }
    raisesTo
  }
}`) as unknown as TypedDocumentString<AddCourseMutation, AddCourseMutationVariables>;
export const PlanTrainingDocument = new TypedDocumentString(`
    mutation PlanTraining($input: PlanTrainingInput!) {
  planTraining(input: $input) {
    ...TrainingRecordFields
  }
}
    fragment TrainingRecordFields on TrainingRecord {
  id
  status
  plannedFor
  completedOn
  expiresOn
  evidence
  staffMember {
    id
    displayName
    erased
  }
  course {
    id
    title
  }
}`) as unknown as TypedDocumentString<PlanTrainingMutation, PlanTrainingMutationVariables>;
export const RecordTrainingOutcomeDocument = new TypedDocumentString(`
    mutation RecordTrainingOutcome($input: RecordTrainingOutcomeInput!) {
  recordTrainingOutcome(input: $input) {
    ...TrainingRecordFields
  }
}
    fragment TrainingRecordFields on TrainingRecord {
  id
  status
  plannedFor
  completedOn
  expiresOn
  evidence
  staffMember {
    id
    displayName
    erased
  }
  course {
    id
    title
  }
}`) as unknown as TypedDocumentString<RecordTrainingOutcomeMutation, RecordTrainingOutcomeMutationVariables>;