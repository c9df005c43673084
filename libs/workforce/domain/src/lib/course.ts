import { Decider, DomainEvent, InvalidInputError, RuleViolationError } from '@ledger/domain-kernel';
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

/** The level a completion with evidence proves in one competency the course covers. */
export interface CourseLevel {
  competencyId: string;
  raisesTo: number;
}

export type CourseCommand = {
  type: 'AddCourse';
  courseId: string;
  title: string;
  provider: string;
  /** The competencies the course covers. */
  competencyIds: string[];
  /** Levels a completion with evidence proves, for some of the covered competencies. */
  levels?: CourseLevel[] | null;
  /** Months a completion stays valid; empty for no expiry. */
  validityMonths?: number | null;
};

export type CourseState = { added: boolean };

export const courseStreamId = (courseId: string) => `course-${courseId}`;

/** The training catalogue: what a course covers and how long a completion stays valid. */
export const courseDecider: Decider<CourseCommand, CourseEvent, CourseState> = {
  initialState: () => ({ added: false }),

  decide(command, state) {
    if (state.added) throw new RuleViolationError(`Course ${command.courseId} already exists`);
    const validityMonths = command.validityMonths ?? null;
    if (validityMonths !== null && (!Number.isInteger(validityMonths) || validityMonths < 1 || validityMonths > 120)) {
      throw new InvalidInputError('validityMonths must be a whole number of months from 1 to 120, or empty for no expiry', { field: 'validityMonths' });
    }
    const ids = command.competencyIds;
    if (new Set(ids).size !== ids.length) throw new InvalidInputError('A competency is listed twice', { field: 'competencyIds' });
    const levels = new Map((command.levels ?? []).map((level) => [level.competencyId, level.raisesTo]));
    if ([...levels.keys()].some((id) => !ids.includes(id))) {
      throw new InvalidInputError('levels may only name competencies listed in competencyIds', { field: 'levels' });
    }
    const competencies: CourseCompetency[] = ids.map((competencyId) => ({ competencyId, raisesTo: levels.get(competencyId) ?? null }));
    return [
      {
        type: 'CourseAdded',
        data: {
          courseId: command.courseId,
          title: requiredText('title', command.title, 300),
          provider: requiredText('provider', command.provider, 200),
          competencies: competencies.map((c) => ({
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
