import { Args, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Actor, CurrentActor, Roles, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { Role } from '@ledger/shared-domain';
import { LessonCommand } from '@ledger/lessons-domain';
import { LessonCommandMessage } from './lessons.handlers';
import { LessonsQueries } from './lessons-queries';
import { AssignLessonActionInput, CloseLessonActionInput, LessonDueType, LessonType, RecordLessonInput } from './lessons.types';

const READERS: Role[] = ['PROCUREMENT_LEAD', 'COMMITTEE_MEMBER', 'AUDITOR', 'ADMIN', 'HR_LEAD', 'STAFF'];
/** Anyone who was there may record a lesson; the procurement lead manages the actions. */
const RECORDERS: Role[] = ['PROCUREMENT_LEAD', 'ADMIN', 'STAFF'];
const ACTION_MANAGERS: Role[] = ['PROCUREMENT_LEAD', 'ADMIN'];
const asOfArg = { type: () => GraphQLISODateTime, nullable: true } as const;

@Resolver(() => LessonType)
export class LessonsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: LessonsQueries,
  ) {}

  @Roles(...READERS)
  @Query(() => [LessonType], { description: 'The lessons log, newest first' })
  lessons(@Args('procurementId', { type: () => ID, nullable: true }) procurementId?: string, @Args('asOf', asOfArg) asOf?: Date): Promise<LessonType[]> {
    return this.queries.lessons(asOf, procurementId);
  }

  @Roles(...READERS)
  @Query(() => [LessonDueType], { description: 'Procurements past their award gateway with no lesson recorded since' })
  lessonsDue(@Args('asOf', asOfArg) asOf?: Date): Promise<LessonDueType[]> {
    return this.queries.lessonsDue(asOf);
  }

  @Roles(...RECORDERS)
  @Mutation(() => LessonType)
  async recordLesson(@CurrentActor() actor: Actor, @Args('input') input: RecordLessonInput): Promise<LessonType> {
    const lessonId = newAggregateId('lesson', input.commandId);
    return this.send(actor, lessonId, input.commandId, {
      type: 'RecordLesson',
      lessonId,
      title: input.title,
      whatHappened: input.whatHappened,
      recommendation: input.recommendation,
      effect: input.effect ?? null,
      causes: input.causes ?? null,
      earlyWarningIndicators: input.earlyWarningIndicators ?? null,
      priority: input.priority ?? 'MEDIUM',
      procurementId: input.procurementId ?? null,
      gateway: input.gateway ?? null,
    });
  }

  @Roles(...ACTION_MANAGERS)
  @Mutation(() => LessonType, { description: 'An action from a lesson: refresh a template or guidance, or deliver training' })
  assignLessonAction(@CurrentActor() actor: Actor, @Args('input') input: AssignLessonActionInput): Promise<LessonType> {
    const actionId = newAggregateId('lesson-action', input.commandId);
    const { description, ownerStaffMemberId, dueDate, target } = input;
    return this.send(actor, input.lessonId, input.commandId, { type: 'AssignLessonAction', actionId, description, ownerStaffMemberId, dueDate, target, targetReference: input.targetReference ?? null });
  }

  @Roles(...ACTION_MANAGERS)
  @Mutation(() => LessonType)
  closeLessonAction(@CurrentActor() actor: Actor, @Args('input') input: CloseLessonActionInput): Promise<LessonType> {
    return this.send(actor, input.lessonId, input.commandId, { type: 'CloseLessonAction', actionId: input.actionId, evidence: input.evidence });
  }

  private async send(actor: Actor, lessonId: string, commandId: string | undefined, command: LessonCommand): Promise<LessonType> {
    await this.commands.execute(new LessonCommandMessage(lessonId, command, commandMetadataFor(actor, { commandId })));
    return (await this.queries.lesson(lessonId)) as LessonType;
  }
}
