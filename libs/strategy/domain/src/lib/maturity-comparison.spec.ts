import { RecordedAssessment, compareMaturity } from './maturity-comparison';

const assessed = (year: number, area: string, level: RecordedAssessment['level'], target: RecordedAssessment['target'] = null): RecordedAssessment => ({
  year,
  area,
  theme: 'Enablers',
  level,
  target,
  evidence: `${area} ${year}`,
});

// The case: five areas assessed in 2025 (mean 1.8), only two re-assessed in 2026.
const HISTORY: RecordedAssessment[] = [
  assessed(2025, 'Developing talent', 'MINIMUM', 'MATURE'),
  assessed(2025, 'Exploiting digital technology', 'DEVELOPING', 'MATURE'),
  assessed(2025, 'Engaging councillors', 'DEVELOPING', 'LEADER'),
  assessed(2025, 'Managing strategic risk', 'MINIMUM', 'DEVELOPING'),
  assessed(2025, 'Obtaining social value', 'DEVELOPING', 'MATURE'),
  assessed(2026, 'Developing talent', 'MATURE'),
  assessed(2026, 'Exploiting digital technology', 'MATURE', 'LEADER'),
];

describe('maturity compared like with like', () => {
  const comparison = compareMaturity(2026, HISTORY);

  it('carries the areas not re-assessed forward with their level and target', () => {
    const risk = comparison.areas.find((a) => a.area === 'Managing strategic risk');
    expect(risk).toMatchObject({ level: 'MINIMUM', target: 'DEVELOPING', reassessed: false, assessedYear: 2025, previousLevel: 'MINIMUM', movement: 0 });
    expect(comparison.areas).toHaveLength(5);
    expect(comparison.reassessedAreas).toBe(2);
    expect(comparison.carriedForwardAreas).toBe(3);
  });

  it('carries a target forward when the new assessment names none', () => {
    expect(comparison.areas[0]).toMatchObject({ area: 'Developing talent', level: 'MATURE', target: 'MATURE', targetCarriedForward: true, reassessed: true, movement: 2 });
    expect(comparison.areas[1]).toMatchObject({ target: 'LEADER', targetCarriedForward: false });
  });

  it('computes the overall score over every area and the movement over the same areas', () => {
    // Now: 3 + 3 + 2 + 1 + 2 = 11 over 5 = 2.2; a year earlier: 1 + 2 + 2 + 1 + 2 = 8 over 5 = 1.6.
    expect(comparison.overallScore).toBe(2.2);
    expect(comparison.previousOverallScore).toBe(1.6);
    expect(comparison.comparable).toEqual({ areas: HISTORY.slice(0, 5).map((a) => a.area), scoreNow: 2.2, scorePrevious: 1.6 });
    expect(comparison.movement).toBe(0.6);
    // Not the mean of the two re-assessed areas (3.0) against the five-area mean: +1.4 would be dishonest.
    expect(comparison.movement).not.toBe(1.4);
  });

  it('leaves an area assessed for the first time out of the movement and names it', () => {
    const withNew = compareMaturity(2026, [...HISTORY, assessed(2026, 'Adding value', 'INNOVATOR')]);
    expect(withNew.overallScore).toBe(2.7);
    expect(withNew.newAreas).toEqual(['Adding value']);
    expect(withNew.comparable?.areas).toHaveLength(5);
    expect(withNew.movement).toBe(0.6);
  });

  it('takes the latest assessment of an area within a year', () => {
    const corrected = compareMaturity(2026, [...HISTORY, assessed(2026, 'Developing talent', 'DEVELOPING')]);
    expect(corrected.areas[0]).toMatchObject({ level: 'DEVELOPING', movement: 1 });
  });

  it('has no previous score and no movement in the first assessed year', () => {
    const first = compareMaturity(2025, HISTORY);
    expect(first).toMatchObject({ overallScore: 1.6, previousOverallScore: null, comparable: null, movement: null, reassessedAreas: 5, carriedForwardAreas: 0 });
  });

  it('orders areas by the catalogue it is given', () => {
    expect(compareMaturity(2026, HISTORY, ['Obtaining social value', 'Developing talent']).areas.map((a) => a.area).slice(0, 2)).toEqual(['Obtaining social value', 'Developing talent']);
  });
});
