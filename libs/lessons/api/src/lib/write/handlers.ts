import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandMetadata, CommandResult, NotFoundError } from '@ledger/event-store-core';
import { LessonCommand, LessonState, lessonDecider, lessonStreamId } from '@ledger/lessons-domain';
import { CommandExecutor } from '@ledger/shared-api';
import { LESSONS } from './lessons.projections';
import { LessonsQueries } from './lessons-queries';

export class LessonCommandMessage {
  constructor(
    readonly lessonId: string,
    readonly command: LessonCommand,
    readonly metadata: CommandMetadata,
  ) {}
}

@CommandHandler(LessonCommandMessage)
export class LessonCommandHandler implements ICommandHandler<LessonCommandMessage, CommandResult<LessonState>> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queries: LessonsQueries,
  ) {}

  async execute({ lessonId, command, metadata }: LessonCommandMessage): Promise<CommandResult<LessonState>> {
    const live = await this.queries.reader();
    if (command.type === 'RecordLesson') {
      if (command.procurementId && !(await this.queries.procurementExists(command.procurementId))) throw new NotFoundError(`No procurement ${command.procurementId}`);
    } else if (!(await live.get(LESSONS, lessonId))) {
      throw new NotFoundError(`No lesson ${lessonId}`);
    }
    if (command.type === 'AssignLessonAction' && !(await this.queries.personExists(command.ownerStaffMemberId))) {
      throw new NotFoundError(`No staff member ${command.ownerStaffMemberId} to own the action`);
    }
    return this.executor.execute(lessonStreamId(lessonId), lessonDecider, command, metadata);
  }
}
