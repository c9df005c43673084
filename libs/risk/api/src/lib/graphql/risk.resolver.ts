import { Args, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Actor, CurrentActor, Roles, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { Role } from '@ledger/shared-domain';
import { RiskCommandMessage } from './risk.handlers';
import { RiskQueries } from './risk-queries';
import { HeatMapCellType, IdentifyRiskInput, ReviewRiskInput, RiskType } from './risk.types';

const READERS: Role[] = ['PROCUREMENT_LEAD', 'COMMITTEE_MEMBER', 'AUDITOR', 'ADMIN'];
const WRITERS: Role[] = ['PROCUREMENT_LEAD', 'ADMIN'];
const asOfArg = { type: () => GraphQLISODateTime, nullable: true } as const;

@Resolver(() => RiskType)
export class RiskResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: RiskQueries,
  ) {}

  @Roles(...READERS)
  @Query(() => [RiskType], { description: 'The strategic risk register, highest residual score first' })
  risks(@Args('asOf', asOfArg) asOf?: Date): Promise<RiskType[]> {
    return this.queries.risks(asOf);
  }

  @Roles(...READERS)
  @Query(() => RiskType, { nullable: true })
  async risk(@Args('id', { type: () => ID }) id: string, @Args('asOf', asOfArg) asOf?: Date): Promise<RiskType | null> {
    return (await this.queries.risk(id, asOf)) ?? null;
  }

  @Roles(...READERS)
  @Query(() => [HeatMapCellType], { description: 'How many risks sit in each likelihood × impact cell' })
  riskHeatMap(@Args('asOf', asOfArg) asOf?: Date): Promise<HeatMapCellType[]> {
    return this.queries.heatMap(asOf);
  }

  @Roles(...WRITERS)
  @Mutation(() => RiskType)
  async identifyRisk(@CurrentActor() actor: Actor, @Args('input') input: IdentifyRiskInput): Promise<RiskType> {
    const riskId = newAggregateId('risk', input.commandId);
    const inherent = input.inherentLikelihood != null || input.inherentImpact != null ? { likelihood: input.inherentLikelihood ?? input.likelihood, impact: input.inherentImpact ?? input.impact } : null;
    await this.commands.execute(
      new RiskCommandMessage(
        riskId,
        {
          type: 'IdentifyRisk',
          riskId,
          title: input.title,
          category: input.category,
          owner: input.owner ?? null,
          inherent,
          residual: { likelihood: input.likelihood, impact: input.impact },
          appetite: input.appetite ?? null,
          treatment: input.treatment ?? null,
          controls: input.controls ?? [],
          reviewEveryMonths: input.reviewEveryMonths,
        },
        commandMetadataFor(actor, { commandId: input.commandId }),
      ),
    );
    return (await this.queries.risk(riskId)) as RiskType;
  }

  @Roles(...WRITERS)
  @Mutation(() => RiskType, { description: 'Records a review with the new residual scores; the history keeps every score' })
  async reviewRisk(@CurrentActor() actor: Actor, @Args('input') input: ReviewRiskInput): Promise<RiskType> {
    await this.commands.execute(
      new RiskCommandMessage(
        input.riskId,
        { type: 'ReviewRisk', residual: { likelihood: input.likelihood, impact: input.impact }, notes: input.notes },
        commandMetadataFor(actor, { commandId: input.commandId }),
        input.expectedRevision ?? undefined,
      ),
    );
    return (await this.queries.risk(input.riskId)) as RiskType;
  }
}
