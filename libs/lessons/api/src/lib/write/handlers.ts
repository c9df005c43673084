import { CommandHandler } from '@nestjs/cqrs';
import { NotFoundError, unhandled } from '@ledger/event-store-core';
import { LessonCommand, LessonEvent, LessonState, lessonDecider, lessonStreamId } from '@ledger/lessons-domain';
import { PreparedCommandHandler, prepareCommand } from '@ledger/shared-api';
import { LessonsQueries } from '../read/lessons-queries';
import { LessonCommandMessage } from './messages';

@CommandHandler(LessonCommandMessage)
export class LessonCommandHandler extends PreparedCommandHandler<LessonCommandMessage, LessonCommand, LessonEvent, LessonState> {
  constructor(private readonly queries: LessonsQueries) {
    super();
  }

  /** Checks the lesson and procurement named exist, and tells the decider who the people named are. */
  async prepare({ lessonId, command, expectedRevision }: LessonCommandMessage) {
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
      default:
        return unhandled('command', command);
    }
  }

  private async assertLessonExists(lessonId: string): Promise<void> {
    if (!(await this.queries.lessonExists(lessonId))) throw new NotFoundError(`No lesson ${lessonId}`);
  }
}

export const LESSONS_COMMAND_HANDLERS = [LessonCommandHandler];
