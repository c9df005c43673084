/**
 * The annual review's answers as the page uses them: aliases of the types generated from
 * apps/api/schema.graphql and annual-review.graphql (npx nx run admin:codegen).
 */
import type {
  ActionPlanItemFieldsFragment,
  AnnualReviewQuery,
  MaturityAssessmentFieldsFragment,
  PackSectionCommentaryFieldsFragment,
  StrategyUpdatePackFieldsFragment,
} from '../../generated/graphql';

export type { MaturityLevel } from '../../generated/graphql';
export { MATURITY_LEVELS, MATURITY_LEVEL_LABELS as LEVEL_LABELS, maturityLevelLabel as levelLabel } from '../../shared/enum-labels';

export type MaturityAssessment = MaturityAssessmentFieldsFragment;
export type AreaMaturity = MaturityAssessment['areas'][number];
export type MaturityArea = AnnualReviewQuery['maturityAreas'][number];
export type ActionPlanItem = ActionPlanItemFieldsFragment;
export type ActionProgress = ActionPlanItem['progress'][number];
export type StrategyUpdatePack = StrategyUpdatePackFieldsFragment;
export type PackDownload = StrategyUpdatePack['downloads'][number];
export type PackSectionCommentary = PackSectionCommentaryFieldsFragment;
