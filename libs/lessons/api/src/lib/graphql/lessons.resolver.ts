import { Args, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Actor, CurrentActor, Roles, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { LessonRequest } from '@ledger/lessons-domain';
import { LessonsQueries } from '../read/lessons-queries';
import { LessonCommandMessage } from '../write/messages';
import { AssignLessonActionInput, CloseLessonActionInput, LessonDueType, LessonType, RecordLessonInput } from './lessons.types';
import { LESSON_ACTION_MANAGERS, LESSON_READERS, LESSON_RECORDERS } from './roles';
const asOfArg = { type: () => GraphQLISODateTime, nullable: true } as const;

@Resolver(() => LessonType)
export class LessonsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: LessonsQueries,
  ) {}

  @Roles(...LESSON_READERS)
  @Query(() => [LessonType], { description: 'The lessons log, newest first' })
  lessons(@Args('procurementId', { type: () => ID, nullable: true }) procurementId?: string, @Args('asOf', asOfArg) asOf?: Date): Promise<LessonType[]> {
    return this.queries.lessons(asOf, procurementId);
  }

  @Roles(...LESSON_READERS)
  @Query(() => [LessonDueType], { description: 'Procurements past their award gateway with no lesson recorded since' })
  lessonsDue(@Args('asOf', asOfArg) asOf?: Date): Promise<LessonDueType[]> {
    return this.queries.lessonsDue(asOf);
  }

  // Each mutation sends the domain command: the input minus what is not part of it (commandId,
  // the lesson id the message carries). The decider fills in what is left out.
  @Roles(...LESSON_RECORDERS)
  @Mutation(() => LessonType)
  async recordLesson(@CurrentActor() actor: Actor, @Args('input') input: RecordLessonInput): Promise<LessonType> {
    const { commandId, ...fields } = input;
    const lessonId = newAggregateId('lesson', commandId);
    return this.send(actor, lessonId, commandId, { type: 'RecordLesson', lessonId, ...fields });
  }

  @Roles(...LESSON_ACTION_MANAGERS)
  @Mutation(() => LessonType, { description: 'An action from a lesson: refresh a template or guidance, or deliver training' })
  assignLessonAction(@CurrentActor() actor: Actor, @Args('input') input: AssignLessonActionInput): Promise<LessonType> {
    const { commandId, lessonId, ...fields } = input;
    const actionId = newAggregateId('lesson-action', commandId);
    return this.send(actor, lessonId, commandId, { type: 'AssignLessonAction', actionId, ...fields });
  }

  @Roles(...LESSON_ACTION_MANAGERS)
  @Mutation(() => LessonType)
  closeLessonAction(@CurrentActor() actor: Actor, @Args('input') input: CloseLessonActionInput): Promise<LessonType> {
    const { commandId, lessonId, ...fields } = input;
    return this.send(actor, lessonId, commandId, { type: 'CloseLessonAction', ...fields });
  }

  private async send(actor: Actor, lessonId: string, commandId: string | undefined, command: LessonRequest): Promise<LessonType> {
    await this.commands.execute(new LessonCommandMessage(lessonId, command, commandMetadataFor(actor, { commandId })));
    return (await this.queries.lesson(lessonId)) as LessonType;
  }
}
