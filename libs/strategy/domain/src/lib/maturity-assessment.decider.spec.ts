import { InvalidInputError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { MATURITY_LEVELS, REFERENCE_MATURITY_AREAS } from './maturity';
import { MaturityAssessmentCommand, MaturityAssessmentEvent, maturityAssessmentDecider } from './maturity-assessment';

const spec = DeciderSpecification(maturityAssessmentDecider, { now: new Date('2026-03-10T10:00:00Z'), actorId: 'lead-1' });
const areas = [...REFERENCE_MATURITY_AREAS, { name: 'Category management', theme: 'Behaving commercially' as const }];
const assess = (overrides: Partial<MaturityAssessmentCommand> = {}): MaturityAssessmentCommand => ({
  type: 'AssessMaturity',
  year: 2026,
  area: 'Developing talent',
  level: 'DEVELOPING',
  target: 'MATURE',
  evidence: '  Skills matrix in place for the whole team ',
  areas,
  ...overrides,
});
const assessed = (area: string, sequence: number, supersedes: number | null = null): MaturityAssessmentEvent => ({
  type: 'MaturityAssessed',
  data: { year: 2026, area, theme: 'Enablers', level: 'MINIMUM', target: null, evidence: 'x', assessedOn: '2026-02-01', assessedBy: 'lead-1', sequence, supersedes },
});

describe('maturity assessment decider', () => {
  it('records an area’s level, target and evidence with who and when', () => {
    spec
      .given([])
      .when(assess())
      .then([
        {
          type: 'MaturityAssessed',
          data: {
            year: 2026,
            area: 'Developing talent',
            theme: 'Enablers',
            level: 'DEVELOPING',
            target: 'MATURE',
            evidence: 'Skills matrix in place for the whole team',
            assessedOn: '2026-03-10',
            assessedBy: 'lead-1',
            sequence: 1,
            supersedes: null,
          },
        },
      ]);
  });

  it('records a re-assessment of an area as a new assessment superseding the earlier one', () => {
    spec
      .given([assessed('Developing talent', 1), assessed('Managing strategic risk', 2)])
      .when(assess({ level: 'MATURE' }))
      .then([expect.objectContaining({ data: expect.objectContaining({ area: 'Developing talent', level: 'MATURE', sequence: 3, supersedes: 1 }) })]);
  });

  it('supersedes the latest assessment of the area when there were several', () => {
    spec
      .given([assessed('Developing talent', 1), assessed('Developing talent', 2, 1)])
      .when(assess())
      .then([expect.objectContaining({ data: expect.objectContaining({ sequence: 3, supersedes: 2 }) })]);
  });

  it('names the area as the catalogue does, with its theme', () => {
    spec
      .given([])
      .when(assess({ area: 'category MANAGEMENT' }))
      .then([expect.objectContaining({ data: expect.objectContaining({ area: 'Category management', theme: 'Behaving commercially' }) })]);
  });

  it('refuses an area that is not in the catalogue', () => {
    spec.given([]).when(assess({ area: 'Resourcing levels' })).thenThrows(InvalidInputError, /"Resourcing levels" is not a maturity area/);
  });

  it('refuses an assessment without evidence', () => {
    spec.given([]).when(assess({ evidence: '   ' })).thenThrows(InvalidInputError, /evidence must not be empty/);
  });

  it.each([...MATURITY_LEVELS])('accepts the level %s', (level) => {
    spec
      .given([])
      .when(assess({ level }))
      .then([expect.objectContaining({ data: expect.objectContaining({ level }) })]);
  });

  it.each(['EXPERT', 'minimum', ''])('refuses the level %p', (level) => {
    spec.given([]).when(assess({ level })).thenThrows(InvalidInputError, /level must be one of MINIMUM, DEVELOPING, MATURE, LEADER, INNOVATOR/);
  });

  it('takes no target as none, and refuses an unknown one', () => {
    spec
      .given([])
      .when(assess({ target: null }))
      .then([expect.objectContaining({ data: expect.objectContaining({ target: null }) })]);
    spec
      .given([])
      .when(assess({ target: undefined }))
      .then([expect.objectContaining({ data: expect.objectContaining({ target: null }) })]);
    spec.given([]).when(assess({ target: 'BEST' })).thenThrows(InvalidInputError, /target must be one of/);
  });

  it.each([1999, 2101, 2025.5])('refuses the year %p', (year) => {
    spec.given([]).when(assess({ year })).thenThrows(InvalidInputError, /year must be a year from 2000 to 2100/);
  });

  it('assesses a past year, but not one that has not started', () => {
    spec
      .given([])
      .when(assess({ year: 2025 }))
      .then([expect.objectContaining({ data: expect.objectContaining({ year: 2025 }) })]);
    spec.given([]).when(assess({ year: 2027 })).thenThrows(RuleViolationError, /2027 has not started/);
  });

  it('goes by the UK calendar: 31 December 23:30 GMT is still the old year', () => {
    spec
      .given([])
      .when(assess({ year: 2027 }), { now: new Date('2027-01-01T00:00:00Z') })
      .then([expect.objectContaining({ data: expect.objectContaining({ year: 2027, assessedOn: '2027-01-01' }) })]);
    spec.given([]).when(assess({ year: 2027 }), { now: new Date('2026-12-31T23:30:00Z') }).thenThrows(RuleViolationError);
  });
});
