import { Decider, DomainEvent, InvalidInputError, RuleViolationError, Upcaster, unhandled } from '@ledger/domain-kernel';
import { DistributiveOmit, normalisedEmail, requiredText } from '@ledger/shared-domain';
import { IsoDate, addMonths, assertIsoDate, ukDateOf } from '@ledger/shared-domain';
import { CourseCompetency } from './course';
import { assertLevel } from './proficiency';

/** A personal field as stored in an event: sealed with the person's key (see PersonalDataVault). */
export type Sealed = string;

export type TrainingOutcome = 'BOOKED' | 'ATTENDED' | 'COMPLETED' | 'FAILED' | 'NO_SHOW';
export const TRAINING_OUTCOMES: readonly TrainingOutcome[] = ['BOOKED', 'ATTENDED', 'COMPLETED', 'FAILED', 'NO_SHOW'];
/** CANCELLED: a plan or booking withdrawn before it happened, with a reason (cancelTraining). */
export type TrainingStatus = 'PLANNED' | TrainingOutcome | 'CANCELLED' | 'EXPIRED';

export type StaffMemberRegistered = DomainEvent<
  'StaffMemberRegistered',
  { staffMemberId: string; displayName: Sealed; email: Sealed; jobTitle: string; department: string }
>;
export type PersonalDataErased = DomainEvent<'PersonalDataErased', { staffMemberId: string; reason: string }>;
/**
 * A move, a promotion, a new name or email: only the fields that changed are set (null = as
 * before), so the history keeps every earlier value. Name and email are sealed as at registration.
 */
export type StaffMemberDetailsChanged = DomainEvent<
  'StaffMemberDetailsChanged',
  { staffMemberId: string; displayName: Sealed | null; email: Sealed | null; jobTitle: string | null; department: string | null; reason: string }
>;
export type ProficiencyAssessed = DomainEvent<
  'ProficiencyAssessed',
  {
    staffMemberId: string;
    competencyId: string;
    level: number;
    evidence: string;
    assessedBy: string;
    assessedOn: IsoDate;
    /** ASSESSMENT by a person, or TRAINING: raised by a completed course carrying evidence. */
    source: 'ASSESSMENT' | 'TRAINING';
    courseId: string | null;
  }
>;
export type TrainingPlanned = DomainEvent<'TrainingPlanned', { staffMemberId: string; courseId: string; plannedFor: IsoDate; reason: string }>;
export type TrainingOutcomeRecorded = DomainEvent<
  'TrainingOutcomeRecorded',
  { staffMemberId: string; courseId: string; status: TrainingOutcome; date: IsoDate; evidence: string | null; expiresOn: IsoDate | null }
>;
/** A planned or booked course withdrawn before it happened; `cancelledOn` is the day it was recorded. */
export type TrainingCancelled = DomainEvent<'TrainingCancelled', { staffMemberId: string; courseId: string; reason: string; cancelledOn: IsoDate }>;
export type StaffMemberEvent =
  | StaffMemberRegistered
  | StaffMemberDetailsChanged
  | PersonalDataErased
  | ProficiencyAssessed
  | TrainingPlanned
  | TrainingOutcomeRecorded
  | TrainingCancelled;
export const STAFF_MEMBER_EVENT_TYPES: readonly StaffMemberEvent['type'][] = [
  'StaffMemberRegistered',
  'StaffMemberDetailsChanged',
  'PersonalDataErased',
  'ProficiencyAssessed',
  'TrainingPlanned',
  'TrainingOutcomeRecorded',
  'TrainingCancelled',
];

/** What the training catalogue says about a course, as the handler found it. */
export interface CourseTerms {
  validityMonths: number | null;
  competencies: CourseCompetency[];
}

export type StaffMemberCommand =
  | {
      type: 'RegisterStaffMember';
      staffMemberId: string;
      /** Plaintext, checked here; only the sealed copies reach the event. */
      displayName: string;
      email: string;
      jobTitle: string;
      department: string;
      /** Resolved by the handler: the normalised details sealed with the person's key. */
      sealed: { displayName: Sealed; email: Sealed };
      /** Resolved by the handler: whether another staff member already holds this email. */
      emailTaken: boolean;
    }
  | {
      type: 'ChangeStaffMemberDetails';
      /** Only the fields given change; a field given as it already is changes nothing. */
      displayName?: string | null;
      email?: string | null;
      jobTitle?: string | null;
      department?: string | null;
      reason: string;
      /** Resolved by the handler: the person's name and email now, opened, to tell what changes. */
      current: { displayName: string; email: string };
      /** Resolved by the handler: the new name and email as given, normalised and sealed with the person's key. */
      sealed: { displayName: Sealed | null; email: Sealed | null };
      /** Resolved by the handler: whether another staff member already holds the new email. */
      emailTaken: boolean;
    }
  | { type: 'ErasePersonalData'; reason: string }
  | { type: 'AssessProficiency'; competencyId: string; level: number; evidence: string }
  | { type: 'PlanTraining'; courseId: string; plannedFor: string; reason: string }
  | { type: 'CancelTraining'; courseId: string; reason: string }
  | {
      type: 'RecordTrainingOutcome';
      courseId: string;
      status: string;
      date: string;
      evidence?: string | null;
      /** Resolved by the handler from the training catalogue. */
      course: CourseTerms;
    };

/** A staff member command as asked for: without the facts the handler resolves. */
export type StaffMemberRequest = DistributiveOmit<StaffMemberCommand, 'sealed' | 'emailTaken' | 'course' | 'current'>;

export interface StaffMemberState {
  status: 'NONE' | 'ACTIVE' | 'ERASED';
  staffMemberId: string;
  /** The post's title and department now (not personal data, so kept in clear). */
  jobTitle: string;
  department: string;
  levels: Record<string, number>;
  training: Record<string, TrainingStatus>;
}

export const staffMemberStreamId = (staffMemberId: string) => `staff-${staffMemberId}`;

/** Checks and normalises the plaintext personal details: the handler seals what this returns. */
export function validPersonalDetails(displayName: string, email: string): { displayName: string; email: string } {
  return { displayName: requiredText('displayName', displayName, 200), email: normalisedEmail(email) };
}

const isFinished = (status: TrainingStatus | undefined) => status === undefined || ['COMPLETED', 'FAILED', 'NO_SHOW', 'CANCELLED', 'EXPIRED'].includes(status);

/** A job title as recorded: trimmed, inner spaces collapsed (titles are matched to requirements this way). */
const validJobTitle = (jobTitle: string) => requiredText('jobTitle', jobTitle, 200).replace(/\s+/g, ' ');
const isGiven = (value: string | null | undefined): value is string => value !== undefined && value !== null;

/** Why a course in this state cannot be cancelled, or undefined when it can (planned or booked). */
function whyNotCancellable(status: TrainingStatus | undefined): string | undefined {
  switch (status) {
    case 'PLANNED':
    case 'BOOKED':
      return undefined;
    case undefined:
      return 'This course is not planned or booked for this person: there is nothing to cancel';
    case 'CANCELLED':
      return 'This course was cancelled already';
    case 'COMPLETED':
    case 'EXPIRED':
      return 'A completed course cannot be cancelled: it happened, and stays on the record';
    case 'ATTENDED':
    case 'FAILED':
    case 'NO_SHOW':
      return `This course cannot be cancelled: its outcome (${status.toLowerCase().replace('_', '-')}) is recorded`;
    default: {
      const unknown: never = status;
      throw new Error(`Unknown training status ${JSON.stringify(unknown)}`);
    }
  }
}

/** A person: their registration and erasure, their assessed proficiency, their training plan and record. */
export const staffMemberDecider: Decider<StaffMemberCommand, StaffMemberEvent, StaffMemberState> = {
  initialState: () => ({ status: 'NONE', staffMemberId: '', jobTitle: '', department: '', levels: {}, training: {} }),

  decide(command, state, context) {
    if (command.type === 'RegisterStaffMember') {
      if (state.status !== 'NONE') throw new RuleViolationError(`Staff member ${command.staffMemberId} is already registered`);
      const { email } = validPersonalDetails(command.displayName, command.email);
      if (command.emailTaken) throw new RuleViolationError(`A staff member with email ${email} is already registered`, { field: 'email' });
      return [
        {
          type: 'StaffMemberRegistered',
          data: {
            staffMemberId: command.staffMemberId,
            displayName: command.sealed.displayName,
            email: command.sealed.email,
            jobTitle: validJobTitle(command.jobTitle),
            department: requiredText('department', command.department, 200),
          },
        },
      ];
    }
    if (state.status === 'NONE') throw new RuleViolationError('No such staff member');
    if (command.type === 'ErasePersonalData') {
      if (state.status === 'ERASED') return [];
      return [{ type: 'PersonalDataErased', data: { staffMemberId: state.staffMemberId, reason: requiredText('reason', command.reason, 2000) } }];
    }
    if (state.status === 'ERASED') throw new RuleViolationError('This person’s personal data was erased: nothing new can be recorded about them');
    const today = ukDateOf(context.now);
    const staffMemberId = state.staffMemberId;

    switch (command.type) {
      case 'ChangeStaffMemberDetails': {
        const given = [command.displayName, command.email, command.jobTitle, command.department].filter(isGiven);
        if (given.length === 0) throw new InvalidInputError('Give at least one of name, email, job title or department to change');
        const reason = requiredText('reason', command.reason, 2000);
        // Checked and normalised as at registration; compared with what holds now.
        const displayName = isGiven(command.displayName) ? requiredText('displayName', command.displayName, 200) : null;
        const email = isGiven(command.email) ? normalisedEmail(command.email) : null;
        const jobTitle = isGiven(command.jobTitle) ? validJobTitle(command.jobTitle) : null;
        const department = isGiven(command.department) ? requiredText('department', command.department, 200) : null;
        const nameChanges = displayName !== null && displayName !== command.current.displayName;
        const emailChanges = email !== null && email !== command.current.email;
        if (emailChanges && command.emailTaken) throw new RuleViolationError(`A staff member with email ${email} is already registered`, { field: 'email' });
        const sealedOf = (field: 'displayName' | 'email') => requiredText(`sealed ${field}`, command.sealed[field] ?? '', 2000);
        const changed = {
          displayName: nameChanges ? sealedOf('displayName') : null,
          email: emailChanges ? sealedOf('email') : null,
          jobTitle: jobTitle !== null && jobTitle !== state.jobTitle ? jobTitle : null,
          department: department !== null && department !== state.department ? department : null,
        };
        // Everything given is as it already was: nothing to record (a retry lands here too).
        if (Object.values(changed).every((value) => value === null)) return [];
        return [{ type: 'StaffMemberDetailsChanged', data: { staffMemberId, ...changed, reason } }];
      }
      case 'CancelTraining': {
        const refusal = whyNotCancellable(state.training[command.courseId]);
        if (refusal) throw new RuleViolationError(refusal);
        return [{ type: 'TrainingCancelled', data: { staffMemberId, courseId: command.courseId, reason: requiredText('reason', command.reason, 2000), cancelledOn: today } }];
      }
      case 'AssessProficiency':
        return [
          {
            type: 'ProficiencyAssessed',
            data: {
              staffMemberId,
              competencyId: command.competencyId,
              level: assertLevel('level', command.level),
              evidence: requiredText('evidence', command.evidence, 4000),
              assessedBy: context.actorId,
              assessedOn: today,
              source: 'ASSESSMENT',
              courseId: null,
            },
          },
        ];
      case 'PlanTraining': {
        const current = state.training[command.courseId];
        if (!isFinished(current)) throw new RuleViolationError(`This course is already ${current?.toLowerCase()} for this person`);
        return [
          {
            type: 'TrainingPlanned',
            data: { staffMemberId, courseId: command.courseId, plannedFor: assertIsoDate('plannedFor', command.plannedFor), reason: requiredText('reason', command.reason, 2000) },
          },
        ];
      }
      case 'RecordTrainingOutcome': {
        const status = command.status as TrainingOutcome;
        if (!TRAINING_OUTCOMES.includes(status)) {
          throw new InvalidInputError(`status must be one of ${TRAINING_OUTCOMES.join(', ')}: PLANNED comes from planTraining and EXPIRED from the calendar`, { field: 'status' });
        }
        const date = assertIsoDate('date', command.date);
        if (status !== 'BOOKED' && date > today) throw new RuleViolationError(`An outcome (${status}) cannot be recorded for a future date`);
        const current = state.training[command.courseId];
        if (status === 'NO_SHOW' && current !== 'PLANNED' && current !== 'BOOKED') {
          throw new RuleViolationError('A no-show needs a planned or booked course');
        }
        const evidence = command.evidence?.trim() ? requiredText('evidence', command.evidence, 4000) : null;
        const { courseId } = command;
        const { validityMonths } = command.course;
        const events: StaffMemberEvent[] = [
          {
            type: 'TrainingOutcomeRecorded',
            data: { staffMemberId, courseId, status, date, evidence, expiresOn: status === 'COMPLETED' && validityMonths ? addMonths(date, validityMonths) : null },
          },
        ];
        if (status === 'COMPLETED' && evidence) {
          for (const { competencyId, raisesTo } of command.course.competencies) {
            if (raisesTo === null || (state.levels[competencyId] ?? 0) >= raisesTo) continue;
            events.push({
              type: 'ProficiencyAssessed',
              data: { staffMemberId, competencyId, level: raisesTo, evidence, assessedBy: context.actorId, assessedOn: date, source: 'TRAINING', courseId },
            });
          }
        }
        return events;
      }
      default:
        return unhandled('command', command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'StaffMemberRegistered':
        return { ...state, status: 'ACTIVE', staffMemberId: event.data.staffMemberId, jobTitle: event.data.jobTitle, department: event.data.department };
      case 'StaffMemberDetailsChanged':
        return { ...state, jobTitle: event.data.jobTitle ?? state.jobTitle, department: event.data.department ?? state.department };
      case 'PersonalDataErased':
        return { ...state, status: 'ERASED' };
      case 'ProficiencyAssessed':
        return { ...state, levels: { ...state.levels, [event.data.competencyId]: event.data.level } };
      case 'TrainingPlanned':
        return { ...state, training: { ...state.training, [event.data.courseId]: 'PLANNED' } };
      case 'TrainingOutcomeRecorded':
        return { ...state, training: { ...state.training, [event.data.courseId]: event.data.status } };
      case 'TrainingCancelled':
        return { ...state, training: { ...state.training, [event.data.courseId]: 'CANCELLED' } };
      default:
        return unhandled('event', event);
    }
  },
};

/**
 * ProficiencyAssessed schema 1 predates assessments raised by training: every assessment was made
 * by a person, and the event had no `source` or `courseId`. Read as schema 2.
 */
export const proficiencyAssessedV1ToV2: Upcaster = {
  type: 'ProficiencyAssessed',
  fromVersion: 1,
  toVersion: 2,
  upcast: (data) => ({ source: 'ASSESSMENT', courseId: null, ...(data as object) }),
};

export const WORKFORCE_UPCASTERS: Upcaster[] = [proficiencyAssessedV1ToV2];
