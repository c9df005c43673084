import { Args, GraphQLISODateTime, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Actor, CurrentActor, Roles, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { areaKey } from '@ledger/strategy-domain';
import { StrategyQueries } from '../read/strategy-queries';
import { ActionPlanCommandMessage, MaturityAreasCommandMessage, MaturityAssessmentCommandMessage, StrategyPackCommandMessage } from '../write/messages';
import { MATURITY_AREA_EDITORS, STRATEGY_READERS, STRATEGY_WRITERS } from './roles';
import {
  ActionPlanItemType,
  AddActionPlanItemInput,
  AddMaturityAreaInput,
  AssessMaturityInput,
  MaturityAreaType,
  MaturityAssessmentType,
  PackSectionCommentaryType,
  RecordActionProgressInput,
  RecordPackCommentaryInput,
} from './strategy.types';

const asOfArg = { type: () => GraphQLISODateTime, nullable: true } as const;

@Resolver(() => MaturityAssessmentType)
export class StrategyResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: StrategyQueries,
  ) {}

  @Roles(...STRATEGY_READERS)
  @Query(() => MaturityAssessmentType, { description: 'The NPS maturity assessment of a year: the latest assessment of each area' })
  maturityAssessment(@Args('year', { type: () => Int }) year: number, @Args('asOf', asOfArg) asOf?: Date): Promise<MaturityAssessmentType> {
    return this.queries.assessment(year, asOf);
  }

  @ResolveField(() => MaturityAssessmentType, { nullable: true, description: 'The previous year’s assessment as at the same instant; null when it has none' })
  async previousYear(@Parent() assessment: MaturityAssessmentType): Promise<MaturityAssessmentType | null> {
    const previous = await this.queries.assessment(assessment.year - 1, assessment.asOf);
    return previous.areas.length ? previous : null;
  }

  @Roles(...STRATEGY_READERS)
  @Query(() => [MaturityAreaType], { description: 'The areas an assessment may rate: the NPS reference areas and any an admin added' })
  maturityAreas(@Args('asOf', asOfArg) asOf?: Date): Promise<MaturityAreaType[]> {
    return this.queries.areas(asOf);
  }

  @Roles(...STRATEGY_READERS)
  @Query(() => [ActionPlanItemType], { description: 'The maturity action plan, by area' })
  actionPlan(@Args('area', { type: () => String, nullable: true }) area?: string, @Args('asOf', asOfArg) asOf?: Date): Promise<ActionPlanItemType[]> {
    return this.queries.actionPlan(asOf, area);
  }

  @Roles(...STRATEGY_WRITERS)
  @Mutation(() => MaturityAssessmentType, { description: 'Assesses one area for a year; assessing it again records a new assessment that supersedes the earlier one' })
  async assessMaturity(@CurrentActor() actor: Actor, @Args('input') input: AssessMaturityInput): Promise<MaturityAssessmentType> {
    const { commandId, ...assessment } = input;
    await this.commands.execute(new MaturityAssessmentCommandMessage({ type: 'AssessMaturity', ...assessment }, commandMetadataFor(actor, { commandId })));
    return this.queries.assessment(input.year);
  }

  @Roles(...MATURITY_AREA_EDITORS)
  @Mutation(() => MaturityAreaType, { description: 'Adds an area to the reference list (the full NPS 2022 toolkit list is not public)' })
  async addMaturityArea(@CurrentActor() actor: Actor, @Args('input') input: AddMaturityAreaInput): Promise<MaturityAreaType> {
    const { commandId, ...area } = input;
    await this.commands.execute(new MaturityAreasCommandMessage({ type: 'AddMaturityArea', ...area }, commandMetadataFor(actor, { commandId })));
    return (await this.queries.areas()).find((area) => areaKey(area.name) === areaKey(input.name)) as MaturityAreaType;
  }

  @Roles(...STRATEGY_WRITERS)
  @Mutation(() => ActionPlanItemType)
  async addActionPlanItem(@CurrentActor() actor: Actor, @Args('input') input: AddActionPlanItemInput): Promise<ActionPlanItemType> {
    const { commandId, ...item } = input;
    const itemId = newAggregateId('maturity-action', commandId);
    await this.commands.execute(
      new ActionPlanCommandMessage(itemId, { type: 'AddActionPlanItem', itemId, ...item }, commandMetadataFor(actor, { commandId })),
    );
    return (await this.queries.actionPlanItem(itemId)) as ActionPlanItemType;
  }

  @Roles(...STRATEGY_WRITERS)
  @Mutation(() => ActionPlanItemType, { description: 'Records how far an action plan item got (percent complete) with a note' })
  async recordActionProgress(@CurrentActor() actor: Actor, @Args('input') input: RecordActionProgressInput): Promise<ActionPlanItemType> {
    const { commandId, itemId, expectedRevision, ...progress } = input;
    await this.commands.execute(
      new ActionPlanCommandMessage(itemId, { type: 'RecordActionProgress', ...progress }, commandMetadataFor(actor, { commandId }), expectedRevision ?? undefined),
    );
    return (await this.queries.actionPlanItem(input.itemId)) as ActionPlanItemType;
  }

  @Roles(...STRATEGY_READERS)
  @Query(() => [PackSectionCommentaryType], { description: 'The strategy update pack’s sections in the strategy’s order, with the procurement lead’s latest commentary on each' })
  packCommentary(@Args('year', { type: () => Int }) year: number, @Args('asOf', asOfArg) asOf?: Date): Promise<PackSectionCommentaryType[]> {
    return this.queries.packCommentary(year, asOf);
  }

  @Roles(...STRATEGY_WRITERS)
  @Mutation(() => [PackSectionCommentaryType], {
    description: 'Records the procurement lead’s commentary on a section of the year’s strategy update pack (the latest per section is shown; empty text withdraws it); the next pack generated shows it',
  })
  async recordPackCommentary(@CurrentActor() actor: Actor, @Args('input') input: RecordPackCommentaryInput): Promise<PackSectionCommentaryType[]> {
    const { commandId, ...commentary } = input;
    await this.commands.execute(new StrategyPackCommandMessage({ type: 'RecordPackCommentary', ...commentary }, commandMetadataFor(actor, { commandId })));
    return this.queries.packCommentary(input.year);
  }
}
