import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult, NotFoundError, PersonalDataVault, RuleViolationError } from '@ledger/event-store-core';
import { CommandExecutor } from '@ledger/shared-api';
import {
  CompetencyState,
  CourseState,
  PostState,
  StaffMemberCommand,
  StaffMemberState,
  competencyDecider,
  competencyStreamId,
  courseDecider,
  courseStreamId,
  postDecider,
  postStreamId,
  staffMemberDecider,
  staffMemberStreamId,
  validPersonalDetails,
} from '@ledger/workforce-domain';
import { COMPETENCIES, COURSES, CompetencyDoc, CourseDoc, POSTS, STAFF, StaffDoc } from '../projections';
import { WorkforceQueries } from '../read/workforce-queries';
import { AddCourseMessage, CompetencyCommandMessage, PostCommandMessage, StaffMemberCommandMessage } from './messages';

@CommandHandler(PostCommandMessage)
export class PostCommandHandler implements ICommandHandler<PostCommandMessage, CommandResult<PostState>> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queries: WorkforceQueries,
  ) {}

  async execute({ postId, command, metadata, expectedRevision }: PostCommandMessage): Promise<CommandResult<PostState>> {
    const live = await this.queries.reader();
    if (command.type !== 'ProposePost' && !(await live.get(POSTS, postId))) throw new NotFoundError(`No post ${postId}`);
    if (command.type === 'FillPost') {
      const person = await live.get<StaffDoc>(STAFF, command.staffMemberId);
      if (!person) throw new NotFoundError(`No staff member ${command.staffMemberId}`);
      if (person.erased) throw new RuleViolationError('A person whose personal data was erased cannot fill a post');
    }
    return this.executor.execute(postStreamId(postId), postDecider, command, metadata, { expectedRevision });
  }
}

@CommandHandler(StaffMemberCommandMessage)
export class StaffMemberCommandHandler implements ICommandHandler<StaffMemberCommandMessage, CommandResult<StaffMemberState>> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queries: WorkforceQueries,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute({ staffMemberId, intent, metadata }: StaffMemberCommandMessage): Promise<CommandResult<StaffMemberState>> {
    const live = await this.queries.reader();
    if (intent.type !== 'Register' && !(await live.get(STAFF, staffMemberId))) throw new NotFoundError(`No staff member ${staffMemberId}`);
    const streamId = staffMemberStreamId(staffMemberId);
    const run = (command: StaffMemberCommand) => this.executor.execute(streamId, staffMemberDecider, command, metadata);

    switch (intent.type) {
      case 'Register': {
        const details = validPersonalDetails(intent.displayName, intent.email);
        const holder = await this.queries.staffMemberByEmail(details.email);
        if (holder && holder.id !== staffMemberId) throw new RuleViolationError(`A staff member with email ${details.email} is already registered`, { field: 'email' });
        return run({
          type: 'RegisterStaffMember',
          staffMemberId,
          displayName: await this.vault.seal(staffMemberId, details.displayName),
          email: await this.vault.seal(staffMemberId, details.email),
          jobTitle: intent.jobTitle,
          department: intent.department,
        });
      }
      case 'ErasePersonalData': {
        const result = await run({ type: 'ErasePersonalData', reason: intent.reason });
        // The event records the decision; destroying the key carries it out. Also on a retry,
        // so an erasure interrupted between the two is completed by running it again.
        await this.vault.erase(staffMemberId, metadata.now);
        return result;
      }
      case 'AssessProficiency':
        if (!(await live.get(COMPETENCIES, intent.competencyId))) throw new NotFoundError(`No competency ${intent.competencyId}`);
        return run({ type: 'AssessProficiency', competencyId: intent.competencyId, level: intent.level, evidence: intent.evidence });
      case 'PlanTraining':
        if (!(await live.get(COURSES, intent.courseId))) throw new NotFoundError(`No course ${intent.courseId}`);
        return run({ type: 'PlanTraining', courseId: intent.courseId, plannedFor: intent.plannedFor, reason: intent.reason });
      case 'RecordTrainingOutcome': {
        const course = await live.get<CourseDoc>(COURSES, intent.courseId);
        if (!course) throw new NotFoundError(`No course ${intent.courseId}`);
        return run({
          type: 'RecordTrainingOutcome',
          course: { courseId: course.id, validityMonths: course.validityMonths, competencies: course.competencies },
          status: intent.status,
          date: intent.date,
          evidence: intent.evidence,
        });
      }
    }
  }
}

@CommandHandler(CompetencyCommandMessage)
export class CompetencyCommandHandler implements ICommandHandler<CompetencyCommandMessage, CommandResult<CompetencyState>> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queries: WorkforceQueries,
  ) {}

  async execute({ competencyId, intent, metadata }: CompetencyCommandMessage): Promise<CommandResult<CompetencyState>> {
    const live = await this.queries.reader();
    const streamId = competencyStreamId(competencyId);
    if (intent.type === 'DefineCompetency') {
      const wanted = (intent.name ?? '').trim().toLowerCase();
      const clash = (await live.list<CompetencyDoc>(COMPETENCIES)).find((c) => c.name.toLowerCase() === wanted && c.id !== competencyId);
      return this.executor.execute(streamId, competencyDecider, { ...intent, competencyId, nameTaken: !!clash }, metadata);
    }
    if (!(await live.get(COMPETENCIES, competencyId))) throw new NotFoundError(`No competency ${competencyId}`);
    return this.executor.execute(streamId, competencyDecider, intent, metadata);
  }
}

@CommandHandler(AddCourseMessage)
export class AddCourseHandler implements ICommandHandler<AddCourseMessage, CommandResult<CourseState>> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queries: WorkforceQueries,
  ) {}

  async execute({ courseId, course, metadata }: AddCourseMessage): Promise<CommandResult<CourseState>> {
    const live = await this.queries.reader();
    for (const { competencyId } of course.competencies) {
      if (!(await live.get(COMPETENCIES, competencyId))) throw new NotFoundError(`No competency ${competencyId}`);
    }
    return this.executor.execute(courseStreamId(courseId), courseDecider, { type: 'AddCourse', courseId, ...course }, metadata);
  }
}

export const WORKFORCE_COMMAND_HANDLERS = [PostCommandHandler, StaffMemberCommandHandler, CompetencyCommandHandler, AddCourseHandler];
