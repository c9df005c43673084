import { InvalidInputError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { CourseCommand, CourseEvent, courseDecider } from './course';

const spec = DeciderSpecification(courseDecider, { now: new Date('2026-01-15T09:00:00Z'), actorId: 'hr-lead-1' });

const add = (overrides: Partial<CourseCommand> = {}): CourseCommand => ({
  type: 'AddCourse',
  courseId: 'k1',
  title: '  Safeguarding adults level 2 ',
  provider: ' County Learning ',
  competencyIds: ['c1', 'c2'],
  levels: [{ competencyId: 'c1', raisesTo: 2 }],
  validityMonths: 36,
  ...overrides,
});

const added: CourseEvent = {
  type: 'CourseAdded',
  data: { courseId: 'k1', title: 'Safeguarding adults level 2', provider: 'County Learning', competencies: [], validityMonths: 36 },
};

describe('course decider', () => {
  it('adds a course with its title and provider trimmed, its competencies and its validity', () => {
    spec
      .given([])
      .when(add())
      .then([
        {
          type: 'CourseAdded',
          data: {
            courseId: 'k1',
            title: 'Safeguarding adults level 2',
            provider: 'County Learning',
            competencies: [
              { competencyId: 'c1', raisesTo: 2 },
              { competencyId: 'c2', raisesTo: null },
            ],
            validityMonths: 36,
          },
        },
      ]);
  });

  it('adds a course that never expires when validityMonths is empty', () => {
    spec
      .given([])
      .when(add({ validityMonths: null }))
      .then([expect.objectContaining({ type: 'CourseAdded', data: expect.objectContaining({ validityMonths: null }) })]);
    spec
      .given([])
      .when(add({ validityMonths: undefined }))
      .then([expect.objectContaining({ type: 'CourseAdded', data: expect.objectContaining({ validityMonths: null }) })]);
  });

  it('covers competencies without a level when no levels are given', () => {
    spec
      .given([])
      .when(add({ levels: undefined }))
      .then([
        expect.objectContaining({
          data: expect.objectContaining({
            competencies: [
              { competencyId: 'c1', raisesTo: null },
              { competencyId: 'c2', raisesTo: null },
            ],
          }),
        }),
      ]);
  });

  it('refuses levels for a competency the course does not cover', () => {
    spec
      .given([])
      .when(add({ competencyIds: ['c1'], levels: [{ competencyId: 'c2', raisesTo: 2 }] }))
      .thenThrows(InvalidInputError, /levels may only name competencies listed in competencyIds/);
  });

  it('accepts a validity from 1 to 120 months', () => {
    spec
      .given([])
      .when(add({ validityMonths: 1 }))
      .then([expect.objectContaining({ data: expect.objectContaining({ validityMonths: 1 }) })]);
    spec
      .given([])
      .when(add({ validityMonths: 120 }))
      .then([expect.objectContaining({ data: expect.objectContaining({ validityMonths: 120 }) })]);
  });

  it.each([0, -12, 121, 1.5, Number.NaN])('refuses a validity of %p months', (validityMonths) => {
    spec.given([]).when(add({ validityMonths })).thenThrows(InvalidInputError, /validityMonths must be a whole number of months from 1 to 120/);
  });

  it('refuses a course that lists the same competency twice', () => {
    spec
      .given([])
      .when(add({ competencyIds: ['c1', 'c1'], levels: [{ competencyId: 'c1', raisesTo: 3 }] }))
      .thenThrows(InvalidInputError, /A competency is listed twice/);
  });

  it('accepts a raised level from 0 to 4', () => {
    spec
      .given([])
      .when(
        add({
          levels: [
            { competencyId: 'c1', raisesTo: 0 },
            { competencyId: 'c2', raisesTo: 4 },
          ],
        }),
      )
      .then([
        expect.objectContaining({
          data: expect.objectContaining({
            competencies: [
              { competencyId: 'c1', raisesTo: 0 },
              { competencyId: 'c2', raisesTo: 4 },
            ],
          }),
        }),
      ]);
  });

  it.each([-1, 5, 2.5])('refuses a raised level of %p', (raisesTo) => {
    spec
      .given([])
      .when(add({ levels: [{ competencyId: 'c1', raisesTo }] }))
      .thenThrows(InvalidInputError, /raisesTo must be a whole number from 0 to 4/);
  });

  it('refuses a course without a title or a provider', () => {
    spec.given([]).when(add({ title: '  ' })).thenThrows(InvalidInputError, /title must not be empty/);
    spec.given([]).when(add({ provider: '' })).thenThrows(InvalidInputError, /provider must not be empty/);
  });

  it('refuses to add the same course twice', () => {
    spec.given([added]).when(add()).thenThrows(RuleViolationError, /Course k1 already exists/);
  });
});
