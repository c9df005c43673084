import { graphql } from '../../../core/graphql/typed-document';
import type {
  Gateway,
  GatewayOutcome,
  GatewayPolicy,
  GatewayReview,
  Procurement,
  ProcurementSummary,
  RiskLevel,
} from '../governance.types';

const PERSON = 'id displayName erased';
const POLICY_FIELDS = `
  version adoptedAt reason quorum committee { ${PERSON} } valueThresholds { minValue gateways }
  highRiskGateways politicalInterestGateways
`;
const SUMMARY_FIELDS = `
  id title estimatedValue riskLevel politicalInterest requiredGateways outstandingGateways policyVersion revision
`;
const REVIEW_FIELDS = `
  id gateway summary requestedAt outcome rationale decidedAt recordedBy basisPosition correctionReason basisChanged
  decidedBy { ${PERSON} }
  conditionStatus { text discharged dischargedAt evidence }
  superseded { outcome rationale conditions decidedAt correctionReason }
`;
const PROCUREMENT_FIELDS = `
  ${SUMMARY_FIELDS}
  reviews { ${REVIEW_FIELDS} }
  conflicts { nature declaredAt staffMember { ${PERSON} } }
  lessons { id title priority gateway loggedOn recommendation }
`;

export interface ProcurementsResult {
  procurements: ProcurementSummary[];
  gatewayPolicies: GatewayPolicy[];
}

export const PROCUREMENTS_QUERY = graphql<ProcurementsResult, { asOf: string | null }>(`
  query GatewayPage($asOf: DateTime) {
    procurements(asOf: $asOf) { ${SUMMARY_FIELDS} reviews { id gateway outcome basisChanged } }
    gatewayPolicies(asOf: $asOf) { ${POLICY_FIELDS} }
  }
`);

export interface ProcurementResult {
  procurement: Procurement | null;
  gatewayPolicies: GatewayPolicy[];
}

export const PROCUREMENT_QUERY = graphql<ProcurementResult, { id: string; asOf: string | null }>(`
  query ProcurementPage($id: ID!, $asOf: DateTime) {
    procurement(id: $id, asOf: $asOf) { ${PROCUREMENT_FIELDS} }
    gatewayPolicies(asOf: $asOf) { ${POLICY_FIELDS} }
  }
`);

export interface RegisterProcurementInput {
  title: string;
  estimatedValue: number;
  riskLevel: RiskLevel;
  politicalInterest: boolean;
  commandId?: string;
}

export const REGISTER_PROCUREMENT = graphql<{ registerProcurement: ProcurementSummary }, { input: RegisterProcurementInput }>(`
  mutation RegisterProcurement($input: RegisterProcurementInput!) { registerProcurement(input: $input) { ${SUMMARY_FIELDS} } }
`);

export interface ChangeProcurementBasisInput {
  procurementId: string;
  estimatedValue: number;
  riskLevel: RiskLevel;
  politicalInterest: boolean;
  reason: string;
  expectedRevision: number;
  commandId?: string;
}

export const CHANGE_PROCUREMENT_BASIS = graphql<{ changeProcurementBasis: ProcurementSummary }, { input: ChangeProcurementBasisInput }>(`
  mutation ChangeProcurementBasis($input: ChangeProcurementBasisInput!) { changeProcurementBasis(input: $input) { ${SUMMARY_FIELDS} } }
`);

export interface DeclareConflictOfInterestInput {
  procurementId: string;
  staffMemberId: string;
  nature: string;
  commandId?: string;
}

export const DECLARE_CONFLICT = graphql<{ declareConflictOfInterest: ProcurementSummary }, { input: DeclareConflictOfInterestInput }>(`
  mutation DeclareConflictOfInterest($input: DeclareConflictOfInterestInput!) {
    declareConflictOfInterest(input: $input) { ${SUMMARY_FIELDS} }
  }
`);

export interface RequestGatewayReviewInput {
  procurementId: string;
  gateway: Gateway;
  summary: string;
  expectedRevision: number;
  commandId?: string;
}

export const REQUEST_GATEWAY_REVIEW = graphql<{ requestGatewayReview: GatewayReview }, { input: RequestGatewayReviewInput }>(`
  mutation RequestGatewayReview($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { ${REVIEW_FIELDS} } }
`);

export interface DecisionInput {
  reviewId: string;
  outcome: GatewayOutcome;
  conditions: string[];
  rationale: string;
  /** Staff member ids of the members who decided. */
  committeeMemberIds: string[];
  /** The procurement revision the committee saw. */
  expectedRevision: number;
  commandId?: string;
}

export const RECORD_GATEWAY_DECISION = graphql<{ recordGatewayDecision: GatewayReview }, { input: DecisionInput }>(`
  mutation RecordGatewayDecision($input: RecordGatewayDecisionInput!) { recordGatewayDecision(input: $input) { ${REVIEW_FIELDS} } }
`);

export interface CorrectionInput extends DecisionInput {
  /** Why the earlier decision is superseded. */
  reason: string;
}

export const CORRECT_GATEWAY_DECISION = graphql<{ correctGatewayDecision: GatewayReview }, { input: CorrectionInput }>(`
  mutation CorrectGatewayDecision($input: CorrectGatewayDecisionInput!) { correctGatewayDecision(input: $input) { ${REVIEW_FIELDS} } }
`);

export interface DischargeConditionInput {
  reviewId: string;
  /** 0-based position of the condition in the decision. */
  conditionIndex: number;
  evidence: string;
  commandId?: string;
}

export const DISCHARGE_CONDITION = graphql<{ dischargeCondition: GatewayReview }, { input: DischargeConditionInput }>(`
  mutation DischargeCondition($input: DischargeConditionInput!) { dischargeCondition(input: $input) { ${REVIEW_FIELDS} } }
`);

export interface AdoptGatewayPolicyInput {
  quorum: number;
  /** Omitted (null) for any registered staff member. */
  committeeMemberIds: string[] | null;
  valueThresholds: { minValue: number; gateways: Gateway[] }[];
  highRiskGateways: Gateway[];
  politicalInterestGateways: Gateway[];
  reason: string;
  commandId?: string;
}

export const ADOPT_GATEWAY_POLICY = graphql<{ adoptGatewayPolicy: GatewayPolicy }, { input: AdoptGatewayPolicyInput }>(`
  mutation AdoptGatewayPolicy($input: AdoptGatewayPolicyInput!) { adoptGatewayPolicy(input: $input) { ${POLICY_FIELDS} } }
`);
