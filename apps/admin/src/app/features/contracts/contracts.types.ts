/**
 * The contracts answers as the pages use them: aliases of the types generated from
 * apps/api/schema.graphql and contracts.graphql (npx nx run admin:codegen), never written by hand.
 */
import type {
  ContractFieldsFragment,
  ContractListFieldsFragment,
  ContractManagerFieldsFragment,
  ContractStatus,
  ContractVariationFieldsFragment,
  ContractVariationStatus,
  KpiRating,
  SavingKind,
  SavingStage,
  SocialValueMeasureFieldsFragment,
} from '../../generated/graphql';

export type { ContractStatus, ContractVariationStatus, KpiRating, SavingKind, SavingStage };
export type ContractListItem = ContractListFieldsFragment;
export type Contract = ContractFieldsFragment;
export type ContractVariation = ContractVariationFieldsFragment;
export type ContractManager = ContractManagerFieldsFragment;
export type Kpi = Contract['kpis'][number];
export type KpiReport = Kpi['reports'][number];
export type SocialValueCommitment = Contract['socialValueCommitments'][number];
export type SavingOrBenefit = Contract['savings'][number];
export type SocialValueMeasure = SocialValueMeasureFieldsFragment;
