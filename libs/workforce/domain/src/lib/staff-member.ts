import { Decider, DomainEvent, InvalidInputError, RuleViolationError, Upcaster, unhandled } from '@ledger/domain-kernel';
import { DistributiveOmit, normalisedEmail, requiredText } from '@ledger/shared-domain';
import { IsoDate, addMonths, assertIsoDate, ukDateOf } from '@ledger/shared-domain';
import { CourseCompetency } from './course';
import { assertLevel } from './proficiency';

/** A personal field as stored in an event: sealed with the person's key (see PersonalDataVault). */
export type Sealed = string;

export type TrainingOutcome = 'BOOKED' | 'ATTENDED' | 'COMPLETED' | 'FAILED' | 'NO_SHOW';
export const TRAINING_OUTCOMES: readonly TrainingOutcome[] = ['BOOKED', 'ATTENDED', 'COMPLETED', 'FAILED', 'NO_SHOW'];
export type TrainingStatus = 'PLANNED' | TrainingOutcome | 'EXPIRED';

export type StaffMemberRegistered = DomainEvent<
  'StaffMemberRegistered',
  { staffMemberId: string; displayName: Sealed; email: Sealed; jobTitle: string; department: string }
>;
export type PersonalDataErased = DomainEvent<'PersonalDataErased', { staffMemberId: string; reason: string }>;
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
export type StaffMemberEvent = StaffMemberRegistered | PersonalDataErased | ProficiencyAssessed | TrainingPlanned | TrainingOutcomeRecorded;
export const STAFF_MEMBER_EVENT_TYPES: readonly StaffMemberEvent['type'][] = [
  'StaffMemberRegistered',
  'PersonalDataErased',
  'ProficiencyAssessed',
  'TrainingPlanned',
  'TrainingOutcomeRecorded',
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
  | { type: 'ErasePersonalData'; reason: string }
  | { type: 'AssessProficiency'; competencyId: string; level: number; evidence: string }
  | { type: 'PlanTraining'; courseId: string; plannedFor: string; reason: string }
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
export type StaffMemberRequest = DistributiveOmit<StaffMemberCommand, 'sealed' | 'emailTaken' | 'course'>;

export interface StaffMemberState {
  status: 'NONE' | 'ACTIVE' | 'ERASED';
  staffMemberId: string;
  levels: Record<string, number>;
  training: Record<string, TrainingStatus>;
}

export const staffMemberStreamId = (staffMemberId: string) => `staff-${staffMemberId}`;

/** Checks and normalises the plaintext personal details: the handler seals what this returns. */
export function validPersonalDetails(displayName: string, email: string): { displayName: string; email: string } {
  return { displayName: requiredText('displayName', displayName, 200), email: normalisedEmail(email) };
}

const isFinished = (status: TrainingStatus | undefined) => status === undefined || ['COMPLETED', 'FAILED', 'NO_SHOW', 'EXPIRED'].includes(status);

/** A person: their registration and erasure, their assessed proficiency, their training plan and record. */
export const staffMemberDecider: Decider<StaffMemberCommand, StaffMemberEvent, StaffMemberState> = {
  initialState: () => ({ status: 'NONE', staffMemberId: '', levels: {}, training: {} }),

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
            jobTitle: requiredText('jobTitle', command.jobTitle, 200).replace(/\s+/g, ' '),
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
        return { ...state, status: 'ACTIVE', staffMemberId: event.data.staffMemberId };
      case 'PersonalDataErased':
        return { ...state, status: 'ERASED' };
      case 'ProficiencyAssessed':
        return { ...state, levels: { ...state.levels, [event.data.competencyId]: event.data.level } };
      case 'TrainingPlanned':
        return { ...state, training: { ...state.training, [event.data.courseId]: 'PLANNED' } };
      case 'TrainingOutcomeRecorded':
        return { ...state, training: { ...state.training, [event.data.courseId]: event.data.status } };
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
