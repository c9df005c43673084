import { Decider, DomainEvent, InvalidInputError, RuleViolationError } from '@ledger/event-store-core';
import { requiredText } from '@ledger/shared-domain';
import { assertLevel } from './proficiency';

/** A competency a course covers and, when it carries evidence, the level its completion proves. */
export interface CourseCompetency {
  competencyId: string;
  /** A completion with evidence raises the person's assessed level to this, if lower. Null: covered, no level. */
  raisesTo: number | null;
}

export type CourseAdded = DomainEvent<
  'CourseAdded',
  { courseId: string; title: string; provider: string; competencies: CourseCompetency[]; validityMonths: number | null }
>;
export type CourseEvent = CourseAdded;
export const COURSE_EVENT_TYPES: readonly CourseEvent['type'][] = ['CourseAdded'];

export type CourseCommand = {
  type: 'AddCourse';
  courseId: string;
  title: string;
  provider: string;
  competencies: CourseCompetency[];
  validityMonths: number | null;
};

export type CourseState = { added: boolean };

export const courseStreamId = (courseId: string) => `course-${courseId}`;

/** The training catalogue: what a course covers and how long a completion stays valid. */
export const courseDecider: Decider<CourseCommand, CourseEvent, CourseState> = {
  initialState: () => ({ added: false }),

  decide(command, state) {
    if (state.added) throw new RuleViolationError(`Course ${command.courseId} already exists`);
    const { validityMonths } = command;
    if (validityMonths !== null && (!Number.isInteger(validityMonths) || validityMonths < 1 || validityMonths > 120)) {
      throw new InvalidInputError('validityMonths must be a whole number of months from 1 to 120, or empty for no expiry', { field: 'validityMonths' });
    }
    const ids = command.competencies.map((c) => c.competencyId);
    if (new Set(ids).size !== ids.length) throw new InvalidInputError('A competency is listed twice', { field: 'competencyIds' });
    return [
      {
        type: 'CourseAdded',
        data: {
          courseId: command.courseId,
          title: requiredText('title', command.title, 300),
          provider: requiredText('provider', command.provider, 200),
          competencies: command.competencies.map((c) => ({
            competencyId: c.competencyId,
            raisesTo: c.raisesTo === null ? null : assertLevel('raisesTo', c.raisesTo),
          })),
          validityMonths,
        },
      },
    ];
  },

  evolve: () => ({ added: true }),
};
