import { graphql } from '../../../core/graphql/typed-document';
import type { HeatMapCell, Risk, RiskAppetite, RiskCategory, RiskTreatment } from '../governance.types';

const RISK_FIELDS = `
  id title category owner likelihood impact score inherentLikelihood inherentImpact inherentScore appetite treatment
  controls reviewEveryMonths nextReviewDue overdue revision
  scoreHistory { likelihood impact score notes reviewedAt reviewedBy }
`;

export interface RisksResult {
  risks: Risk[];
  riskHeatMap: HeatMapCell[];
}

export const RISKS_QUERY = graphql<RisksResult, { asOf: string | null }>(`
  query RisksPage($asOf: DateTime) {
    risks(asOf: $asOf) { ${RISK_FIELDS} }
    riskHeatMap(asOf: $asOf) { likelihood impact count riskIds }
  }
`);

export interface IdentifyRiskInput {
  title: string;
  category: RiskCategory;
  owner: string | null;
  /** Residual (after controls), 1-5. */
  likelihood: number;
  impact: number;
  /** Before controls; the API takes the residual rating when not given. */
  inherentLikelihood: number | null;
  inherentImpact: number | null;
  appetite: RiskAppetite;
  treatment: RiskTreatment;
  controls: string[];
  reviewEveryMonths: number;
  commandId?: string;
}

export const IDENTIFY_RISK = graphql<{ identifyRisk: Risk }, { input: IdentifyRiskInput }>(`
  mutation IdentifyRisk($input: IdentifyRiskInput!) { identifyRisk(input: $input) { ${RISK_FIELDS} } }
`);

export interface ReviewRiskInput {
  riskId: string;
  likelihood: number;
  impact: number;
  notes: string;
  expectedRevision: number;
  commandId?: string;
}

export const REVIEW_RISK = graphql<{ reviewRisk: Risk }, { input: ReviewRiskInput }>(`
  mutation ReviewRisk($input: ReviewRiskInput!) { reviewRisk(input: $input) { ${RISK_FIELDS} } }
`);
