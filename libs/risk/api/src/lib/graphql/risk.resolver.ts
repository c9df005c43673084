import { Args, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Actor, CurrentActor, Roles, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { RiskQueries } from '../read/risk-queries';
import { RiskCommandMessage } from '../write/messages';
import { CloseRiskInput, HeatMapCellType, IdentifyRiskInput, ReviewRiskInput, RiskType } from './risk.types';
import { RISK_READERS, RISK_WRITERS } from './roles';
const asOfArg = { type: () => GraphQLISODateTime, nullable: true } as const;

@Resolver(() => RiskType)
export class RiskResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: RiskQueries,
  ) {}

  @Roles(...RISK_READERS)
  @Query(() => [RiskType], { description: 'The strategic risk register, highest residual score first' })
  risks(@Args('asOf', asOfArg) asOf?: Date): Promise<RiskType[]> {
    return this.queries.risks(asOf);
  }

  @Roles(...RISK_READERS)
  @Query(() => RiskType, { nullable: true })
  async risk(@Args('id', { type: () => ID }) id: string, @Args('asOf', asOfArg) asOf?: Date): Promise<RiskType | null> {
    return (await this.queries.risk(id, asOf)) ?? null;
  }

  @Roles(...RISK_READERS)
  @Query(() => [HeatMapCellType], { description: 'How many risks sit in each likelihood × impact cell' })
  riskHeatMap(@Args('asOf', asOfArg) asOf?: Date): Promise<HeatMapCellType[]> {
    return this.queries.heatMap(asOf);
  }

  @Roles(...RISK_WRITERS)
  @Mutation(() => RiskType)
  async identifyRisk(@CurrentActor() actor: Actor, @Args('input') input: IdentifyRiskInput): Promise<RiskType> {
    // The domain command is the input with its ratings nested; the decider fills in what is left out.
    const { commandId, likelihood, impact, inherentLikelihood, inherentImpact, ...fields } = input;
    const riskId = newAggregateId('risk', commandId);
    const command = { type: 'IdentifyRisk', riskId, ...fields, residual: { likelihood, impact }, inherent: { likelihood: inherentLikelihood, impact: inherentImpact } } as const;
    await this.commands.execute(new RiskCommandMessage(riskId, command, commandMetadataFor(actor, { commandId })));
    return (await this.queries.risk(riskId)) as RiskType;
  }

  @Roles(...RISK_WRITERS)
  @Mutation(() => RiskType, { description: 'Records a review with the new residual scores; the history keeps every score' })
  async reviewRisk(@CurrentActor() actor: Actor, @Args('input') input: ReviewRiskInput): Promise<RiskType> {
    const { commandId, expectedRevision, riskId, likelihood, impact, ...fields } = input;
    await this.commands.execute(new RiskCommandMessage(riskId, { type: 'ReviewRisk', ...fields, residual: { likelihood, impact } }, commandMetadataFor(actor, { commandId }), expectedRevision ?? undefined));
    return (await this.queries.risk(riskId)) as RiskType;
  }

  @Roles(...RISK_WRITERS)
  @Mutation(() => RiskType, { description: 'Closes a risk with the reason: it leaves the heat map and the review cycle, and keeps its history' })
  async closeRisk(@CurrentActor() actor: Actor, @Args('input') input: CloseRiskInput): Promise<RiskType> {
    const { commandId, expectedRevision, riskId, reason } = input;
    await this.commands.execute(new RiskCommandMessage(riskId, { type: 'CloseRisk', reason }, commandMetadataFor(actor, { commandId }), expectedRevision ?? undefined));
    return (await this.queries.risk(riskId)) as RiskType;
  }
}
