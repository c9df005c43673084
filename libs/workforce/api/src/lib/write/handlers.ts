import { CommandBus, CommandHandler } from '@nestjs/cqrs';
import { CommandResult, NotFoundError, PersonalDataVault } from '@ledger/event-store-core';
import { AccountErasureCommandMessage, PreparedCommandHandler, UniqueValues, prepareCommand } from '@ledger/shared-api';
import { PersonStatus } from '@ledger/shared-domain';
import {
  CompetencyCommand,
  CompetencyEvent,
  CompetencyState,
  CourseCommand,
  CourseEvent,
  CourseState,
  PostCommand,
  PostEvent,
  PostState,
  StaffMemberCommand,
  StaffMemberEvent,
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
import { CompetencyCommandMessage, CourseCommandMessage, PostCommandMessage, StaffMemberCommandMessage } from './messages';

@CommandHandler(PostCommandMessage)
export class PostCommandHandler extends PreparedCommandHandler<PostCommandMessage, PostCommand, PostEvent, PostState> {
  constructor(private readonly queries: WorkforceQueries) {
    super();
  }

  async prepare({ postId, command, expectedRevision }: PostCommandMessage) {
    const live = await this.queries.reader();
    if (command.type !== 'ProposePost' && !(await live.get(POSTS, postId))) throw new NotFoundError(`No post ${postId}`);
    const prepared = (decided: PostCommand) => prepareCommand(postDecider, postStreamId(postId), decided, { expectedRevision });
    if (command.type !== 'FillPost') return prepared(command);
    const person = await live.get<StaffDoc>(STAFF, command.staffMemberId);
    const status: PersonStatus = !person ? 'UNKNOWN' : person.erased ? 'ERASED' : 'REGISTERED';
    return prepared({ ...command, people: { [command.staffMemberId]: status } });
  }
}

@CommandHandler(StaffMemberCommandMessage)
export class StaffMemberCommandHandler extends PreparedCommandHandler<StaffMemberCommandMessage, StaffMemberCommand, StaffMemberEvent, StaffMemberState> {
  constructor(
    private readonly queries: WorkforceQueries,
    private readonly vault: PersonalDataVault,
    private readonly uniqueValues: UniqueValues,
    private readonly commands: CommandBus,
  ) {
    super();
  }

  override async execute(message: StaffMemberCommandMessage): Promise<CommandResult<StaffMemberState>> {
    const { command } = message;
    if (command.type === 'ErasePersonalData') await this.eraseAccountOf(message.staffMemberId, command.reason, message);
    const result = command.type === 'RegisterStaffMember' ? await this.registerUnique(message, command.email) : await super.execute(message);
    if (command.type === 'ErasePersonalData') {
      // The event records the decision; destroying the key carries it out. Also on a retry,
      // so an erasure interrupted between the two is completed by running it again.
      await this.vault.erase(message.staffMemberId, message.metadata.now);
    }
    return result;
  }

  /**
   * A staff email is unique across instances: reserved in the store before the registration is
   * recorded (ADR 0021); an erased person's email is free again.
   */
  private registerUnique(message: StaffMemberCommandMessage, email: string): Promise<CommandResult<StaffMemberState>> {
    const claim = {
      kind: 'staff-email' as const,
      value: normalisedUniqueText(email),
      ownerId: message.staffMemberId,
      releasedBy: ['PersonalDataErased'],
      takenInReadModel: (command: StaffMemberCommand) => command.type === 'RegisterStaffMember' && command.emailTaken,
      markedTaken: (command: StaffMemberCommand) => (command.type === 'RegisterStaffMember' ? { ...command, emailTaken: true } : command),
    };
    return this.uniqueValues.run(claim, message.metadata, () => this.prepare(message));
  }

  /**
   * The person's sign-in account goes with them (ADR 0020): their email is opened while their key
   * still exists and the identity context erases the account holding it. This runs first, so a
   * repeat after any failure still finds the email; once the person is erased there is nothing
   * left to open, and their account was erased before.
   */
  private async eraseAccountOf(staffMemberId: string, reason: string, { metadata }: StaffMemberCommandMessage): Promise<void> {
    const person = await this.queries.staffMember(staffMemberId);
    if (!person || person.erased || !person.email || !(reason ?? '').trim()) return;
    await this.commands.execute(new AccountErasureCommandMessage(person.email, reason, metadata));
  }

  /** Seals a registration's personal details and looks up what the command names (competency, course). */
  async prepare({ staffMemberId, command, expectedRevision }: StaffMemberCommandMessage) {
    const live = await this.queries.reader();
    if (command.type !== 'RegisterStaffMember' && !(await live.get(STAFF, staffMemberId))) throw new NotFoundError(`No staff member ${staffMemberId}`);
    const prepared = (decided: StaffMemberCommand) => prepareCommand(staffMemberDecider, staffMemberStreamId(staffMemberId), decided, { expectedRevision });

    switch (command.type) {
      case 'RegisterStaffMember': {
        // Sealed as they will be recorded: trimmed, the email in lower case.
        const details = validPersonalDetails(command.displayName, command.email);
        const holder = await this.queries.staffMemberByEmail(details.email);
        const sealed = { displayName: await this.vault.seal(staffMemberId, details.displayName), email: await this.vault.seal(staffMemberId, details.email) };
        // A retry of this very registration finds "its own" person: that is not a clash.
        return prepared({ ...command, sealed, emailTaken: holder !== undefined && holder.id !== staffMemberId });
      }
      case 'ErasePersonalData':
        return prepared(command);
      case 'AssessProficiency':
        if (!(await live.get(COMPETENCIES, command.competencyId))) throw new NotFoundError(`No competency ${command.competencyId}`);
        return prepared(command);
      case 'PlanTraining':
        if (!(await live.get(COURSES, command.courseId))) throw new NotFoundError(`No course ${command.courseId}`);
        return prepared(command);
      case 'RecordTrainingOutcome': {
        const course = await live.get<CourseDoc>(COURSES, command.courseId);
        if (!course) throw new NotFoundError(`No course ${command.courseId}`);
        return prepared({ ...command, course: { validityMonths: course.validityMonths, competencies: course.competencies } });
      }
    }
  }
}

@CommandHandler(CompetencyCommandMessage)
export class CompetencyCommandHandler extends PreparedCommandHandler<CompetencyCommandMessage, CompetencyCommand, CompetencyEvent, CompetencyState> {
  constructor(
    private readonly queries: WorkforceQueries,
    private readonly uniqueValues: UniqueValues,
  ) {
    super();
  }

  /** A competency name is unique across instances: reserved in the store first (ADR 0021). */
  override async execute(message: CompetencyCommandMessage): Promise<CommandResult<CompetencyState>> {
    const { command } = message;
    if (command.type !== 'DefineCompetency') return super.execute(message);
    const claim = {
      kind: 'competency-name' as const,
      value: normalisedUniqueText(command.name),
      ownerId: message.competencyId,
      takenInReadModel: (decided: CompetencyCommand) => decided.type === 'DefineCompetency' && decided.nameTaken,
      markedTaken: (decided: CompetencyCommand) => (decided.type === 'DefineCompetency' ? { ...decided, nameTaken: true } : decided),
    };
    return this.uniqueValues.run(claim, message.metadata, () => this.prepare(message));
  }

  async prepare({ competencyId, command, expectedRevision }: CompetencyCommandMessage) {
    const live = await this.queries.reader();
    const prepared = (decided: CompetencyCommand) => prepareCommand(competencyDecider, competencyStreamId(competencyId), decided, { expectedRevision });
    if (command.type === 'DefineCompetency') {
      const wanted = (command.name ?? '').trim().toLowerCase();
      const clash = (await live.list<CompetencyDoc>(COMPETENCIES)).find((c) => c.name.toLowerCase() === wanted && c.id !== competencyId);
      return prepared({ ...command, nameTaken: !!clash });
    }
    if (!(await live.get(COMPETENCIES, competencyId))) throw new NotFoundError(`No competency ${competencyId}`);
    return prepared(command);
  }
}

@CommandHandler(CourseCommandMessage)
export class CourseCommandHandler extends PreparedCommandHandler<CourseCommandMessage, CourseCommand, CourseEvent, CourseState> {
  constructor(private readonly queries: WorkforceQueries) {
    super();
  }

  async prepare({ courseId, command, expectedRevision }: CourseCommandMessage) {
    const live = await this.queries.reader();
    for (const competencyId of command.competencyIds) {
      if (!(await live.get(COMPETENCIES, competencyId))) throw new NotFoundError(`No competency ${competencyId}`);
    }
    return prepareCommand(courseDecider, courseStreamId(courseId), command, { expectedRevision });
  }
}

/** How staff emails and competency names are compared for uniqueness: trimmed, in lower case. */
function normalisedUniqueText(text: string): string {
  return String(text ?? '').trim().toLowerCase();
}

export const WORKFORCE_COMMAND_HANDLERS = [PostCommandHandler, StaffMemberCommandHandler, CompetencyCommandHandler, CourseCommandHandler];
