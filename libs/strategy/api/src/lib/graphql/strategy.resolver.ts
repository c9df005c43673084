import { Args, GraphQLISODateTime, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Actor, CurrentActor, Roles, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { Role } from '@ledger/shared-domain';
import { areaKey } from '@ledger/strategy-domain';
import { ActionPlanCommandMessage, MaturityAreaCommandMessage, MaturityAssessmentCommandMessage } from './strategy.handlers';
import { StrategyQueries } from './strategy-queries';
import {
  ActionPlanItemType,
  AddActionPlanItemInput,
  AddMaturityAreaInput,
  AssessMaturityInput,
  MaturityAreaType,
  MaturityAssessmentType,
  RecordActionProgressInput,
} from './strategy.types';

/** Everyone with a stake in the annual review reads; the procurement lead owns it. */
export const STRATEGY_READERS: Role[] = ['PROCUREMENT_LEAD', 'ADMIN', 'AUDITOR', 'COMMITTEE_MEMBER', 'HR_LEAD'];
export const STRATEGY_WRITERS: Role[] = ['PROCUREMENT_LEAD', 'ADMIN'];
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
    const { commandId, ...fields } = input;
    await this.commands.execute(new MaturityAssessmentCommandMessage({ type: 'AssessMaturity', ...fields, target: fields.target ?? null }, commandMetadataFor(actor, { commandId })));
    return this.queries.assessment(input.year);
  }

  @Roles('ADMIN')
  @Mutation(() => MaturityAreaType, { description: 'Adds an area to the reference list (the full NPS 2022 toolkit list is not public)' })
  async addMaturityArea(@CurrentActor() actor: Actor, @Args('input') input: AddMaturityAreaInput): Promise<MaturityAreaType> {
    await this.commands.execute(new MaturityAreaCommandMessage({ type: 'AddMaturityArea', name: input.name, theme: input.theme }, commandMetadataFor(actor, { commandId: input.commandId })));
    return (await this.queries.areas()).find((area) => areaKey(area.name) === areaKey(input.name)) as MaturityAreaType;
  }

  @Roles(...STRATEGY_WRITERS)
  @Mutation(() => ActionPlanItemType)
  async addActionPlanItem(@CurrentActor() actor: Actor, @Args('input') input: AddActionPlanItemInput): Promise<ActionPlanItemType> {
    const itemId = newAggregateId('maturity-action', input.commandId);
    await this.commands.execute(
      new ActionPlanCommandMessage(
        itemId,
        { type: 'AddActionPlanItem', itemId, area: input.area, description: input.description, targetYear: input.targetYear, targetLevel: input.targetLevel ?? null },
        commandMetadataFor(actor, { commandId: input.commandId }),
      ),
    );
    return (await this.queries.actionPlanItem(itemId)) as ActionPlanItemType;
  }

  @Roles(...STRATEGY_WRITERS)
  @Mutation(() => ActionPlanItemType, { description: 'Records how far an action plan item got (percent complete) with a note' })
  async recordActionProgress(@CurrentActor() actor: Actor, @Args('input') input: RecordActionProgressInput): Promise<ActionPlanItemType> {
    await this.commands.execute(
      new ActionPlanCommandMessage(input.itemId, { type: 'RecordActionProgress', percent: input.percent, note: input.note }, commandMetadataFor(actor, { commandId: input.commandId }), input.expectedRevision ?? undefined),
    );
    return (await this.queries.actionPlanItem(input.itemId)) as ActionPlanItemType;
  }
}

