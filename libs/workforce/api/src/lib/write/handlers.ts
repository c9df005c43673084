import { Inject } from '@nestjs/common';
import { CommandBus, CommandHandler } from '@nestjs/cqrs';
import { CommandMetadata, CommandResult, ConcurrencyConflictError, EventStore, NotFoundError, PersonalDataVault } from '@ledger/event-store-core';
import { AccountErasureCommandMessage, EVENT_STORE, PreparedCommandHandler, UniqueValueReleased, UniqueValues, newAggregateId, prepareCommand } from '@ledger/shared-api';
import { PersonStatus, normalisedEmail, requiredText } from '@ledger/shared-domain';
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
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    super();
  }

  override async execute(message: StaffMemberCommandMessage): Promise<CommandResult<StaffMemberState>> {
    const { command } = message;
    if (command.type === 'ErasePersonalData') await this.eraseAccountOf(message.staffMemberId, command.reason, message);
    if (command.type === 'ChangeStaffMemberDetails' && command.email !== undefined && command.email !== null) return this.changeEmailUnique(message, command.email);
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
   * A new email is held as a registration's is: reserved in the store before the change is recorded
   * (ADR 0021), refused when another person holds it. The old email is then let go, so someone else
   * can be registered with it. An email given as it already is takes the ordinary path.
   */
  private async changeEmailUnique(message: StaffMemberCommandMessage, email: string): Promise<CommandResult<StaffMemberState>> {
    const before = await this.queries.staffMember(message.staffMemberId);
    const oldEmail = before && !before.erased ? before.email : null;
    const newEmail = normalisedUniqueText(email);
    if (oldEmail === null || newEmail === oldEmail) return super.execute(message);
    const claim = {
      kind: 'staff-email' as const,
      value: newEmail,
      ownerId: message.staffMemberId,
      releasedBy: ['PersonalDataErased'],
      takenInReadModel: (command: StaffMemberCommand) => command.type === 'ChangeStaffMemberDetails' && command.emailTaken,
      markedTaken: (command: StaffMemberCommand) => (command.type === 'ChangeStaffMemberDetails' ? { ...command, emailTaken: true } : command),
    };
    const result = await this.uniqueValues.run(claim, message.metadata, () => this.prepare(message));
    if (result.newEvents.length > 0) await this.releaseEmail(oldEmail, message.staffMemberId, message.metadata);
    return result;
  }

  /**
   * Lets go of an email this person held, when the reservation still names them. Best effort: if it
   * fails, the email stays reserved to them (a later registration with it is refused) until they
   * are erased; the change itself is recorded either way.
   */
  private async releaseEmail(email: string, staffMemberId: string, metadata: CommandMetadata): Promise<void> {
    const streamId = this.uniqueValues.streamIdOf('staff-email', email);
    try {
      const events = await this.store.readStream(streamId);
      const last = events.at(-1);
      if (!last || last.type !== 'UniqueValueClaimed' || (last.data as { ownerId?: string }).ownerId !== staffMemberId) return;
      const release: UniqueValueReleased = { type: 'UniqueValueReleased', data: { kind: 'staff-email', ownerId: staffMemberId, reason: 'OWNER_CHANGED_VALUE' } };
      const commandId = newAggregateId(`unique-release-${last.revision}`, metadata.commandId);
      await this.store.append(streamId, [release], { expectedRevision: last.revision, command: { ...metadata, commandId } });
    } catch (error) {
      if (!(error instanceof ConcurrencyConflictError)) throw error;
    }
  }

  /**
   * The person's sign-in account goes with them (ADR 0020): their email is opened while their key
   * still exists and the identity context erases the account holding it. This runs first, so a
   * repeat after any failure still finds the email; once the person is erased there is nothing
   * left to open, and their account was erased before. An account that still signs in with an email
   * the person had before a change goes too (each under a command id of its own, by its order in the
   * person's history, so a repeat repeats it idempotently and no id is derived from an email), unless
   * another staff member holds that email now: the account is then taken to be theirs.
   */
  private async eraseAccountOf(staffMemberId: string, reason: string, { metadata }: StaffMemberCommandMessage): Promise<void> {
    const person = await this.queries.staffMember(staffMemberId);
    if (!person || person.erased || !person.email || !(reason ?? '').trim()) return;
    await this.commands.execute(new AccountErasureCommandMessage(person.email, reason, metadata));
    const earlier = (await this.emailsInHistoryOf(staffMemberId)).filter((email) => email !== person.email);
    for (const [i, email] of [...new Set(earlier)].entries()) {
      if (await this.queries.staffMemberByEmail(email)) continue;
      await this.commands.execute(new AccountErasureCommandMessage(email, reason, { ...metadata, commandId: newAggregateId(`earlier-email-${i}`, metadata.commandId) }));
    }
  }

  /** Every email the person was recorded with, oldest first, opened (before their key is destroyed). */
  private async emailsInHistoryOf(staffMemberId: string): Promise<string[]> {
    const events = await this.store.readStream(staffMemberStreamId(staffMemberId));
    const sealed = events.flatMap((event) => {
      const email = event.type === 'StaffMemberRegistered' || event.type === 'StaffMemberDetailsChanged' ? (event.data as { email?: string | null }).email : null;
      return email ? [email] : [];
    });
    const opened = await this.vault.openAll(sealed);
    return opened.filter((email): email is string => typeof email === 'string');
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
      case 'ChangeStaffMemberDetails': {
        const person = await this.queries.staffMember(staffMemberId);
        const current = { displayName: person?.displayName ?? '', email: person?.email ?? '' };
        // An erased person gets nothing sealed (that would make them a new key): the decider refuses.
        if (!person || person.erased) return prepared({ ...command, current, sealed: { displayName: null, email: null }, emailTaken: false });
        // Normalised and sealed as they would be recorded; the decider keeps only what differs from `current`.
        const given = (value: string | null | undefined): value is string => value !== undefined && value !== null;
        const details = {
          displayName: given(command.displayName) ? requiredText('displayName', command.displayName, 200) : null,
          email: given(command.email) ? normalisedEmail(command.email) : null,
        };
        const sealed = {
          displayName: details.displayName === null || details.displayName === current.displayName ? null : await this.vault.seal(staffMemberId, details.displayName),
          email: details.email === null || details.email === current.email ? null : await this.vault.seal(staffMemberId, details.email),
        };
        const holder = details.email === null ? undefined : await this.queries.staffMemberByEmail(details.email);
        return prepared({ ...command, current, sealed, emailTaken: holder !== undefined && holder.id !== staffMemberId });
      }
      case 'ErasePersonalData':
        return prepared(command);
      case 'CancelTraining':
        if (!(await live.get(COURSES, command.courseId))) throw new NotFoundError(`No course ${command.courseId}`);
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
