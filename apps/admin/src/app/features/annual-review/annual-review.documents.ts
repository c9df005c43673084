import { graphql } from '../../core/graphql/typed-document';
import type { ActionPlanItem, MaturityArea, MaturityAssessment, MaturityLevel, StrategyUpdatePack } from './annual-review.types';

const ASSESSMENT_FIELDS = `
  year overallScore previousOverallScore overallMovement
  areas { area theme level score target evidence previousLevel movement assessedOn }
`;
const ITEM_FIELDS = 'id area theme description targetYear targetLevel percent revision progress { percent note recordedOn }';
const PACK_FIELDS = 'year cutOff generatedAt position sha256 markdown verified downloads { format url contentType }';

export interface AnnualReviewResult {
  maturityAssessment: MaturityAssessment;
  maturityAreas: MaturityArea[];
  actionPlan: ActionPlanItem[];
  /** Absent as at an instant: packs are not kept as at one. */
  strategyUpdatePack?: StrategyUpdatePack | null;
}

export const ANNUAL_REVIEW_QUERY = graphql<AnnualReviewResult, { year: number; asOf: string | null; live: boolean }>(`
  query AnnualReview($year: Int!, $asOf: DateTime, $live: Boolean!) {
    maturityAssessment(year: $year, asOf: $asOf) { ${ASSESSMENT_FIELDS} }
    maturityAreas(asOf: $asOf) { name theme }
    actionPlan(asOf: $asOf) { ${ITEM_FIELDS} }
    strategyUpdatePack(year: $year) @include(if: $live) { ${PACK_FIELDS} }
  }
`);

export interface AssessMaturityInput {
  year: number;
  area: string;
  level: MaturityLevel;
  target: MaturityLevel | null;
  evidence: string;
  commandId?: string;
}

export const ASSESS_MATURITY = graphql<{ assessMaturity: MaturityAssessment }, { input: AssessMaturityInput }>(`
  mutation AssessMaturity($input: AssessMaturityInput!) { assessMaturity(input: $input) { ${ASSESSMENT_FIELDS} } }
`);

export interface AddActionPlanItemInput {
  area: string;
  description: string;
  targetYear: number;
  targetLevel: MaturityLevel | null;
  commandId?: string;
}

export const ADD_ACTION_PLAN_ITEM = graphql<{ addActionPlanItem: ActionPlanItem }, { input: AddActionPlanItemInput }>(`
  mutation AddActionPlanItem($input: AddActionPlanItemInput!) { addActionPlanItem(input: $input) { ${ITEM_FIELDS} } }
`);

export interface RecordActionProgressInput {
  itemId: string;
  percent: number;
  note: string;
  expectedRevision: number;
  commandId?: string;
}

export const RECORD_ACTION_PROGRESS = graphql<{ recordActionProgress: ActionPlanItem }, { input: RecordActionProgressInput }>(`
  mutation RecordActionProgress($input: RecordActionProgressInput!) { recordActionProgress(input: $input) { ${ITEM_FIELDS} } }
`);

export const GENERATE_STRATEGY_UPDATE_PACK = graphql<{ generateStrategyUpdatePack: StrategyUpdatePack }, { year: number }>(`
  mutation GenerateStrategyUpdatePack($year: Int!) { generateStrategyUpdatePack(year: $year) { ${PACK_FIELDS} } }
`);
