import { InvalidInputError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { CompetencyCommand, CompetencyEvent, competencyDecider } from './competency';
import { assertLevel, skillGap } from './proficiency';

const spec = DeciderSpecification(competencyDecider, { now: new Date('2026-01-15T09:00:00Z'), actorId: 'hr-lead-1' });

type DefineCompetency = Extract<CompetencyCommand, { type: 'DefineCompetency' }>;

const descriptors = ['No knowledge', 'Aware', 'Practitioner', 'Skilled', 'Expert'];

const define = (overrides: Partial<DefineCompetency> = {}): DefineCompetency => ({
  type: 'DefineCompetency',
  competencyId: 'c1',
  name: '  Safeguarding adults ',
  category: ' Practice ',
  levelDescriptors: [' No knowledge', 'Aware ', ' Practitioner ', 'Skilled', 'Expert'],
  nameTaken: false,
  ...overrides,
});
const requirement = (jobTitle: string, requiredLevel: number): CompetencyCommand => ({ type: 'SetRequirement', jobTitle, requiredLevel });

const defined: CompetencyEvent = {
  type: 'CompetencyDefined',
  data: { competencyId: 'c1', name: 'Safeguarding adults', category: 'Practice', levelDescriptors: descriptors },
};
const requirementSet = (jobTitle: string, requiredLevel: number): CompetencyEvent => ({
  type: 'RequirementSet',
  data: { competencyId: 'c1', jobTitle, requiredLevel },
});

describe('competency decider', () => {
  describe('defining a competency', () => {
    it('defines a competency with its name, category and five level descriptors trimmed', () => {
      spec
        .given([])
        .when(define())
        .then([
          {
            type: 'CompetencyDefined',
            data: { competencyId: 'c1', name: 'Safeguarding adults', category: 'Practice', levelDescriptors: descriptors },
          },
        ]);
    });

    it.each([
      ['four', descriptors.slice(0, 4)],
      ['six', [...descriptors, 'Beyond expert']],
      ['no', []],
    ])('refuses %s level descriptors: exactly five are needed, for levels 0 to 4', (_count, levelDescriptors) => {
      spec.given([]).when(define({ levelDescriptors })).thenThrows(InvalidInputError, /exactly 5 descriptors/);
    });

    it('refuses a blank level descriptor, naming its level', () => {
      spec
        .given([])
        .when(define({ levelDescriptors: ['None', 'Aware', '  ', 'Skilled', 'Expert'] }))
        .thenThrows(InvalidInputError, /levelDescriptors\[2\] must not be empty/);
    });

    it('refuses a competency without a name or a category', () => {
      spec.given([]).when(define({ name: ' ' })).thenThrows(InvalidInputError, /name must not be empty/);
      spec.given([]).when(define({ category: '' })).thenThrows(InvalidInputError, /category must not be empty/);
    });

    it('refuses a name another competency already has', () => {
      spec.given([]).when(define({ nameTaken: true })).thenThrows(RuleViolationError, /A competency named "Safeguarding adults" already exists/);
    });

    it('refuses to define the same competency twice', () => {
      spec.given([defined]).when(define()).thenThrows(RuleViolationError, /Competency c1 is already defined/);
    });
  });

  describe('setting the level a job title requires', () => {
    it('sets a requirement with the job title trimmed and its inner spaces collapsed', () => {
      spec
        .given([defined])
        .when(requirement('  Senior   Social\tWorker ', 3))
        .then([requirementSet('Senior Social Worker', 3)]);
    });

    it('accepts the lowest and highest levels', () => {
      spec.given([defined]).when(requirement('Social Worker', 0)).then([requirementSet('Social Worker', 0)]);
      spec.given([defined]).when(requirement('Social Worker', 4)).then([requirementSet('Social Worker', 4)]);
    });

    it.each([-1, 5, 2.5, Number.NaN])('refuses a required level of %p', (level) => {
      spec.given([defined]).when(requirement('Social Worker', level)).thenThrows(InvalidInputError, /requiredLevel must be a whole number from 0 to 4/);
    });

    it('refuses a requirement without a job title', () => {
      spec.given([defined]).when(requirement('   ', 2)).thenThrows(InvalidInputError, /jobTitle must not be empty/);
    });

    it('records nothing when the same job title, however written, already requires that level', () => {
      spec.given([defined, requirementSet('Social Worker', 3)]).when(requirement('Social Worker', 3)).thenNothingHappens();
      spec.given([defined, requirementSet('Social Worker', 3)]).when(requirement('  SOCIAL   worker ', 3)).thenNothingHappens();
    });

    it('records a changed level for a job title that already has a requirement', () => {
      spec
        .given([defined, requirementSet('Social Worker', 3)])
        .when(requirement('Social Worker', 2))
        .then([requirementSet('Social Worker', 2)]);
    });

    it('keeps each job title’s requirement separate', () => {
      spec
        .given([defined, requirementSet('Social Worker', 3)])
        .when(requirement('Senior Social Worker', 3))
        .then([requirementSet('Senior Social Worker', 3)]);
    });

    it('refuses a requirement on a competency that was never defined', () => {
      spec.given([]).when(requirement('Social Worker', 2)).thenThrows(RuleViolationError, /No such competency/);
    });
  });
});

describe('proficiency levels', () => {
  it('accepts whole levels from 0 to 4 and returns them', () => {
    expect([0, 1, 2, 3, 4].map((level) => assertLevel('level', level))).toEqual([0, 1, 2, 3, 4]);
  });

  it.each([-1, 5, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses a level of %p, naming the field', (level) => {
    expect(() => assertLevel('raisesTo', level)).toThrow(InvalidInputError);
    expect(() => assertLevel('raisesTo', level)).toThrow(/raisesTo must be a whole number from 0 to 4/);
  });

  it('shows the gap as how far the assessed level is below the required one', () => {
    expect(skillGap(1, 3)).toBe(2);
    expect(skillGap(0, 4)).toBe(4);
    expect(skillGap(2, 2)).toBe(0);
  });

  it('never shows a negative gap for someone above the required level', () => {
    expect(skillGap(4, 1)).toBe(0);
  });
});
