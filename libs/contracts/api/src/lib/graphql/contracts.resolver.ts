import { Args, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { NotFoundError } from '@ledger/event-store-core';
import { ContractRequest, SocialValueMeasureRequest } from '@ledger/contracts-domain';
import { Actor, CurrentActor, Roles, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { ContractsQueries } from '../read/contracts-queries';
import { OcdsReleasePackages } from '../exports/ocds-release-packages';
import { ContractCommandMessage, SocialValueMeasureCommandMessage, VariationPolicyCommandMessage } from '../write/messages';
import {
  AddKpiInput,
  AdoptVariationPolicyInput,
  AwardContractInput,
  CloseContractInput,
  CommitSocialValueInput,
  ContractManagerInput,
  ContractType,
  CorrectKpiReportInput,
  CorrectSocialValueDeliveryInput,
  DecideContractVariationInput,
  DefineSocialValueMeasureInput,
  ExtendContractInput,
  RecordSavingOrBenefitInput,
  ReportKpiInput,
  ReportSocialValueDeliveryInput,
  RetireSocialValueMeasureInput,
  SocialValueMeasureType,
  SocialValueSummaryType,
  VariationPolicyType,
  VaryContractInput,
} from './contracts.types';
import { CONTRACTS_KEEPERS, CONTRACTS_READERS, CONTRACT_REPORTERS, VARIATION_APPROVERS } from './roles';

const asOfArg = { type: () => GraphQLISODateTime, nullable: true } as const;

/** What every contract input carries besides the command's own fields. */
interface Envelope {
  commandId?: string | null;
  contractId: string;
  expectedRevision?: number | null;
}

/** Thin: GraphQL input to a domain command on the bus, then the read model the command updated. */
@Resolver(() => ContractType)
export class ContractsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: ContractsQueries,
    private readonly ocds: OcdsReleasePackages,
  ) {}

  // ---------------------------------------------------------------- queries
  @Roles(...CONTRACTS_READERS)
  @Query(() => [ContractType], { description: 'The contracts register, oldest award first' })
  contracts(@Args('asOf', asOfArg) asOf?: Date): Promise<ContractType[]> {
    return this.queries.contracts(asOf);
  }

  @Roles(...CONTRACTS_READERS)
  @Query(() => ContractType, { nullable: true })
  async contract(@Args('id', { type: () => ID }) id: string, @Args('asOf', asOfArg) asOf?: Date): Promise<ContractType | null> {
    return (await this.queries.contract(id, asOf)) ?? null;
  }

  @Roles(...CONTRACTS_READERS)
  @Query(() => [SocialValueMeasureType], { description: "The authority's social value measures, retired ones included" })
  socialValueMeasures(@Args('asOf', asOfArg) asOf?: Date): Promise<SocialValueMeasureType[]> {
    return this.queries.socialValueMeasures(asOf);
  }

  @Roles(...CONTRACTS_READERS)
  @Query(() => SocialValueSummaryType, { description: 'The FOI questions on social value for the contracts awarded in the year (by awardedOn)' })
  socialValueSummary(@Args('year', { type: () => Int }) year: number, @Args('asOf', asOfArg) asOf?: Date): Promise<SocialValueSummaryType> {
    return this.queries.socialValueSummary(year, asOf);
  }

  @Roles(...CONTRACTS_READERS)
  @Query(() => [VariationPolicyType], { description: 'Every version of the contract variation policy, oldest first' })
  variationPolicies(@Args('asOf', asOfArg) asOf?: Date): Promise<VariationPolicyType[]> {
    return this.queries.variationPolicies(asOf);
  }

  @Roles(...CONTRACTS_READERS)
  @Query(() => String, {
    description: 'The procurement as an OCDS 1.1.5 release package (JSON text): one ocid, a release for each published fact; with asOf, only the facts recorded by then',
  })
  ocdsReleasePackage(@Args('procurementId', { type: () => ID }) procurementId: string, @Args('asOf', asOfArg) asOf?: Date): Promise<string> {
    return this.ocds.releasePackageJson(procurementId, undefined, asOf);
  }

  // ---------------------------------------------------------------- the contract
  @Roles(...CONTRACTS_KEEPERS)
  @Mutation(() => ContractType, { description: 'Awards a contract from a procurement once every gateway it requires up to G3_AWARD has passed' })
  awardContract(@CurrentActor() actor: Actor, @Args('input') input: AwardContractInput): Promise<ContractType> {
    const { commandId, ...fields } = input;
    const contractId = newAggregateId('contract', commandId);
    return this.send(actor, { commandId, contractId }, { type: 'AwardContract', contractId, ...fields });
  }

  @Roles(...CONTRACTS_KEEPERS)
  @Mutation(() => ContractType, { description: 'Records a variation; one over the policy threshold waits for the procurement lead' })
  varyContract(@CurrentActor() actor: Actor, @Args('input') input: VaryContractInput): Promise<ContractType> {
    const variationId = newAggregateId('contract-variation', input.commandId);
    return this.send(actor, input, { type: 'VaryContract', variationId, description: input.description, valueChange: input.valueChange, reason: input.reason });
  }

  @Roles(...VARIATION_APPROVERS)
  @Mutation(() => ContractType)
  approveContractVariation(@CurrentActor() actor: Actor, @Args('input') input: DecideContractVariationInput): Promise<ContractType> {
    return this.send(actor, input, { type: 'ApproveContractVariation', variationId: input.variationId, note: input.note ?? null });
  }

  @Roles(...VARIATION_APPROVERS)
  @Mutation(() => ContractType, { description: "Rejects a variation awaiting approval; `note` is the rejection's reason" })
  rejectContractVariation(@CurrentActor() actor: Actor, @Args('input') input: DecideContractVariationInput): Promise<ContractType> {
    return this.send(actor, input, { type: 'RejectContractVariation', variationId: input.variationId, reason: input.note ?? '' });
  }

  @Roles(...CONTRACTS_KEEPERS)
  @Mutation(() => ContractType, { description: 'Uses up extension months and moves the end date' })
  extendContract(@CurrentActor() actor: Actor, @Args('input') input: ExtendContractInput): Promise<ContractType> {
    return this.send(actor, input, { type: 'ExtendContract', months: input.months, reason: input.reason });
  }

  @Roles(...CONTRACTS_KEEPERS)
  @Mutation(() => ContractType)
  endContract(@CurrentActor() actor: Actor, @Args('input') input: CloseContractInput): Promise<ContractType> {
    return this.send(actor, input, { type: 'EndContract', reason: input.reason, effectiveOn: input.effectiveOn ?? null });
  }

  @Roles(...CONTRACTS_KEEPERS)
  @Mutation(() => ContractType)
  terminateContract(@CurrentActor() actor: Actor, @Args('input') input: CloseContractInput): Promise<ContractType> {
    return this.send(actor, input, { type: 'TerminateContract', reason: input.reason, effectiveOn: input.effectiveOn ?? null });
  }

  @Roles(...CONTRACTS_KEEPERS)
  @Mutation(() => ContractType, { description: 'Names a staff member as a manager of the contract: they report on it' })
  assignContractManager(@CurrentActor() actor: Actor, @Args('input') input: ContractManagerInput): Promise<ContractType> {
    return this.send(actor, input, { type: 'AssignContractManager', staffMemberId: input.staffMemberId });
  }

  @Roles(...CONTRACTS_KEEPERS)
  @Mutation(() => ContractType)
  removeContractManager(@CurrentActor() actor: Actor, @Args('input') input: ContractManagerInput): Promise<ContractType> {
    return this.send(actor, input, { type: 'RemoveContractManager', staffMemberId: input.staffMemberId, reason: input.reason ?? '' });
  }

  // ---------------------------------------------------------------- performance
  @Roles(...CONTRACTS_KEEPERS)
  @Mutation(() => ContractType)
  addKpi(@CurrentActor() actor: Actor, @Args('input') input: AddKpiInput): Promise<ContractType> {
    const kpiId = newAggregateId('contract-kpi', input.commandId);
    return this.send(actor, input, { type: 'AddKpi', kpiId, name: input.name, target: input.target });
  }

  @Roles(...CONTRACT_REPORTERS)
  @Mutation(() => ContractType, { description: "A quarter's report on a KPI, by one of the contract's managers (or the procurement lead)" })
  reportKpi(@CurrentActor() actor: Actor, @Args('input') input: ReportKpiInput): Promise<ContractType> {
    const { commandId, contractId, ...fields } = input;
    return this.send(actor, { commandId, contractId }, { type: 'ReportKpi', ...fields });
  }

  @Roles(...CONTRACT_REPORTERS)
  @Mutation(() => ContractType, { description: 'Replaces a quarter’s KPI report, with the reason; both stay on the record' })
  correctKpiReport(@CurrentActor() actor: Actor, @Args('input') input: CorrectKpiReportInput): Promise<ContractType> {
    const { commandId, contractId, ...fields } = input;
    return this.send(actor, { commandId, contractId }, { type: 'CorrectKpiReport', ...fields });
  }

  @Roles(...CONTRACT_REPORTERS)
  @Mutation(() => ContractType)
  recordSavingOrBenefit(@CurrentActor() actor: Actor, @Args('input') input: RecordSavingOrBenefitInput): Promise<ContractType> {
    const { commandId, contractId, ...fields } = input;
    const entryId = newAggregateId('contract-saving', commandId);
    return this.send(actor, { commandId, contractId }, { type: 'RecordSavingOrBenefit', entryId, ...fields });
  }

  // ---------------------------------------------------------------- social value
  @Roles(...CONTRACTS_KEEPERS)
  @Mutation(() => ContractType, { description: "Binds a social value commitment from the winning bid to the contract, at the measure's proxy value now" })
  commitSocialValue(@CurrentActor() actor: Actor, @Args('input') input: CommitSocialValueInput): Promise<ContractType> {
    const commitmentId = newAggregateId('social-value-commitment', input.commandId);
    return this.send(actor, input, { type: 'CommitSocialValue', commitmentId, measureId: input.measureId, committedQuantity: input.committedQuantity });
  }

  @Roles(...CONTRACT_REPORTERS)
  @Mutation(() => ContractType)
  reportSocialValueDelivery(@CurrentActor() actor: Actor, @Args('input') input: ReportSocialValueDeliveryInput): Promise<ContractType> {
    const { commandId, contractId, ...fields } = input;
    return this.send(actor, { commandId, contractId }, { type: 'ReportSocialValueDelivery', ...fields });
  }

  @Roles(...CONTRACT_REPORTERS)
  @Mutation(() => ContractType)
  correctSocialValueDelivery(@CurrentActor() actor: Actor, @Args('input') input: CorrectSocialValueDeliveryInput): Promise<ContractType> {
    const { commandId, contractId, ...fields } = input;
    return this.send(actor, { commandId, contractId }, { type: 'CorrectSocialValueDelivery', ...fields });
  }

  @Roles(...CONTRACTS_KEEPERS)
  @Mutation(() => SocialValueMeasureType, { description: 'One of the authority’s social value measures; its outcome is unique within its theme' })
  async defineSocialValueMeasure(@CurrentActor() actor: Actor, @Args('input') input: DefineSocialValueMeasureInput): Promise<SocialValueMeasureType> {
    const { commandId, ...fields } = input;
    const measureId = newAggregateId('social-value-measure', commandId);
    return this.sendToMeasure(actor, measureId, commandId, { type: 'DefineSocialValueMeasure', measureId, ...fields });
  }

  @Roles(...CONTRACTS_KEEPERS)
  @Mutation(() => SocialValueMeasureType, { description: 'A retired measure takes no new commitments; those made on it are kept' })
  retireSocialValueMeasure(@CurrentActor() actor: Actor, @Args('input') input: RetireSocialValueMeasureInput): Promise<SocialValueMeasureType> {
    return this.sendToMeasure(actor, input.measureId, input.commandId, { type: 'RetireSocialValueMeasure', reason: input.reason });
  }

  @Roles(...CONTRACTS_KEEPERS)
  @Mutation(() => VariationPolicyType, { description: 'Adopts a new version of the variation policy; variations already recorded keep the version they were judged by' })
  async adoptVariationPolicy(@CurrentActor() actor: Actor, @Args('input') input: AdoptVariationPolicyInput): Promise<VariationPolicyType> {
    const { commandId, reason, ...rules } = input;
    await this.commands.execute(new VariationPolicyCommandMessage({ type: 'AdoptVariationPolicy', rules, reason }, commandMetadataFor(actor, { commandId })));
    return (await this.queries.variationPolicies()).at(-1) as VariationPolicyType;
  }

  private async send(actor: Actor, { commandId, contractId, expectedRevision }: Envelope, command: ContractRequest): Promise<ContractType> {
    const metadata = commandMetadataFor(actor, { commandId });
    await this.commands.execute(new ContractCommandMessage(contractId, command, metadata, expectedRevision ?? undefined, actor.email));
    const contract = await this.queries.contract(contractId);
    if (!contract) throw new NotFoundError(`No contract ${contractId}`);
    return contract;
  }

  private async sendToMeasure(actor: Actor, measureId: string, commandId: string | null | undefined, command: SocialValueMeasureRequest): Promise<SocialValueMeasureType> {
    await this.commands.execute(new SocialValueMeasureCommandMessage(measureId, command, commandMetadataFor(actor, { commandId })));
    const measure = await this.queries.socialValueMeasure(measureId);
    if (!measure) throw new NotFoundError(`No social value measure ${measureId}`);
    return measure;
  }
}
