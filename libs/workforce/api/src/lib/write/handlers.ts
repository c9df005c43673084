import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult, NotFoundError, PersonalDataVault, RuleViolationError } from '@ledger/event-store-core';
import { CommandExecutor, PreparedCommand, UniquenessGuard } from '@ledger/shared-api';
import {
  CompetencyState,
  CourseState,
  PostState,
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

  async execute(message: PostCommandMessage): Promise<CommandResult<PostState>> {
    return this.executor.run(await this.prepare(message), message.metadata);
  }

  async prepare({ postId, command, expectedRevision }: PostCommandMessage): Promise<PreparedCommand<PostState>> {
    const live = await this.queries.reader();
    if (command.type !== 'ProposePost' && !(await live.get(POSTS, postId))) throw new NotFoundError(`No post ${postId}`);
    if (command.type === 'FillPost') {
      const person = await live.get<StaffDoc>(STAFF, command.staffMemberId);
      if (!person) throw new NotFoundError(`No staff member ${command.staffMemberId}`);
      if (person.erased) throw new RuleViolationError('A person whose personal data was erased cannot fill a post');
    }
    return { streamId: postStreamId(postId), decider: postDecider, command, options: { expectedRevision } };
  }
}

@CommandHandler(StaffMemberCommandMessage)
export class StaffMemberCommandHandler implements ICommandHandler<StaffMemberCommandMessage, CommandResult<StaffMemberState>> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queries: WorkforceQueries,
    private readonly vault: PersonalDataVault,
    private readonly uniqueness: UniquenessGuard,
  ) {}

  async execute(message: StaffMemberCommandMessage): Promise<CommandResult<StaffMemberState>> {
    const { intent } = message;
    const run = async () => this.executor.run(await this.prepare(message), message.metadata);
    const result = intent.type === 'Register' ? await this.uniqueness.exclusively(`staff-email:${(intent.email ?? '').trim().toLowerCase()}`, run) : await run();
    if (message.intent.type === 'ErasePersonalData') {
      // The event records the decision; destroying the key carries it out. Also on a retry,
      // so an erasure interrupted between the two is completed by running it again.
      await this.vault.erase(message.staffMemberId, message.metadata.now);
    }
    return result;
  }

  async prepare({ staffMemberId, intent }: StaffMemberCommandMessage): Promise<PreparedCommand<StaffMemberState>> {
    const live = await this.queries.reader();
    if (intent.type !== 'Register' && !(await live.get(STAFF, staffMemberId))) throw new NotFoundError(`No staff member ${staffMemberId}`);
    const prepared = (command: unknown): PreparedCommand<StaffMemberState> => ({ streamId: staffMemberStreamId(staffMemberId), decider: staffMemberDecider, command });

    switch (intent.type) {
      case 'Register': {
        const details = validPersonalDetails(intent.displayName, intent.email);
        const holder = await this.queries.staffMemberByEmail(details.email);
        if (holder && holder.id !== staffMemberId) throw new RuleViolationError(`A staff member with email ${details.email} is already registered`, { field: 'email' });
        return prepared({
          type: 'RegisterStaffMember',
          staffMemberId,
          displayName: await this.vault.seal(staffMemberId, details.displayName),
          email: await this.vault.seal(staffMemberId, details.email),
          jobTitle: intent.jobTitle,
          department: intent.department,
        });
      }
      case 'ErasePersonalData':
        return prepared({ type: 'ErasePersonalData', reason: intent.reason });
      case 'AssessProficiency':
        if (!(await live.get(COMPETENCIES, intent.competencyId))) throw new NotFoundError(`No competency ${intent.competencyId}`);
        return prepared({ type: 'AssessProficiency', competencyId: intent.competencyId, level: intent.level, evidence: intent.evidence });
      case 'PlanTraining':
        if (!(await live.get(COURSES, intent.courseId))) throw new NotFoundError(`No course ${intent.courseId}`);
        return prepared({ type: 'PlanTraining', courseId: intent.courseId, plannedFor: intent.plannedFor, reason: intent.reason });
      case 'RecordTrainingOutcome': {
        const course = await live.get<CourseDoc>(COURSES, intent.courseId);
        if (!course) throw new NotFoundError(`No course ${intent.courseId}`);
        return prepared({
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
    private readonly uniqueness: UniquenessGuard,
  ) {}

  async execute(message: CompetencyCommandMessage): Promise<CommandResult<CompetencyState>> {
    const run = async () => this.executor.run(await this.prepare(message), message.metadata);
    const { intent } = message;
    return intent.type === 'DefineCompetency' ? this.uniqueness.exclusively(`competency-name:${(intent.name ?? '').trim().toLowerCase()}`, run) : run();
  }

  async prepare({ competencyId, intent }: CompetencyCommandMessage): Promise<PreparedCommand<CompetencyState>> {
    const live = await this.queries.reader();
    const base = { streamId: competencyStreamId(competencyId), decider: competencyDecider };
    if (intent.type === 'DefineCompetency') {
      const wanted = (intent.name ?? '').trim().toLowerCase();
      const clash = (await live.list<CompetencyDoc>(COMPETENCIES)).find((c) => c.name.toLowerCase() === wanted && c.id !== competencyId);
      return { ...base, command: { ...intent, competencyId, nameTaken: !!clash } };
    }
    if (!(await live.get(COMPETENCIES, competencyId))) throw new NotFoundError(`No competency ${competencyId}`);
    return { ...base, command: intent };
  }
}

@CommandHandler(AddCourseMessage)
export class AddCourseHandler implements ICommandHandler<AddCourseMessage, CommandResult<CourseState>> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queries: WorkforceQueries,
  ) {}

  async execute(message: AddCourseMessage): Promise<CommandResult<CourseState>> {
    const live = await this.queries.reader();
    for (const { competencyId } of message.course.competencies) {
      if (!(await live.get(COMPETENCIES, competencyId))) throw new NotFoundError(`No competency ${competencyId}`);
    }
    return this.executor.execute(courseStreamId(message.courseId), courseDecider, { type: 'AddCourse', courseId: message.courseId, ...message.course }, message.metadata);
  }
}

export const WORKFORCE_COMMAND_HANDLERS = [PostCommandHandler, StaffMemberCommandHandler, CompetencyCommandHandler, AddCourseHandler];
