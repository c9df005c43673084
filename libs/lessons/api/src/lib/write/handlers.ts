import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult, NotFoundError } from '@ledger/event-store-core';
import { LessonCommand, LessonEvent, LessonState, lessonDecider, lessonStreamId } from '@ledger/lessons-domain';
import { CommandExecutor, PreparedCommand, prepareCommand } from '@ledger/shared-api';
import { LessonsQueries } from '../read/lessons-queries';
import { LessonCommandMessage } from './messages';

@CommandHandler(LessonCommandMessage)
export class LessonCommandHandler implements ICommandHandler<LessonCommandMessage, CommandResult<LessonState>> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queries: LessonsQueries,
  ) {}

  async execute(message: LessonCommandMessage): Promise<CommandResult<LessonState>> {
    return this.executor.run(await this.prepare(message), message.metadata);
  }

  /** Checks the lesson and procurement named exist, and tells the decider who the people named are. */
  async prepare({ lessonId, command, expectedRevision }: LessonCommandMessage): Promise<PreparedCommand<LessonCommand, LessonEvent, LessonState>> {
    const prepared = (full: LessonCommand) => prepareCommand(lessonDecider, lessonStreamId(lessonId), full, { expectedRevision });
    switch (command.type) {
      case 'RecordLesson':
        if (command.procurementId && !(await this.queries.procurementExists(command.procurementId))) throw new NotFoundError(`No procurement ${command.procurementId}`);
        return prepared(command);
      case 'AssignLessonAction':
        await this.assertLessonExists(lessonId);
        return prepared({ ...command, people: await this.queries.peopleStatuses([command.ownerStaffMemberId]) });
      case 'CloseLessonAction':
        await this.assertLessonExists(lessonId);
        return prepared(command);
      default: {
        const unknown: never = command;
        throw new Error(`Unknown command ${JSON.stringify(unknown)}`);
      }
    }
  }

  private async assertLessonExists(lessonId: string): Promise<void> {
    if (!(await this.queries.lessonExists(lessonId))) throw new NotFoundError(`No lesson ${lessonId}`);
  }
}

export const LESSONS_COMMAND_HANDLERS = [LessonCommandHandler];
