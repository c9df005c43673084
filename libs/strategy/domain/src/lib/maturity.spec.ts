import { InvalidInputError } from '@ledger/domain-kernel';
import { MATURITY_LEVELS, REFERENCE_MATURITY_AREAS, knownArea, maturityScore, overallMaturityScore } from './maturity';

describe('maturity levels and the overall score', () => {
  it('scores MINIMUM 1 to INNOVATOR 5', () => {
    expect(MATURITY_LEVELS.map(maturityScore)).toEqual([1, 2, 3, 4, 5]);
  });

  it('takes the mean of the assessed areas, rounded to one decimal (the seed baseline: 1.8)', () => {
    expect(overallMaturityScore(['MINIMUM', 'DEVELOPING', 'DEVELOPING', 'DEVELOPING', 'DEVELOPING'])).toBe(1.8);
    expect(overallMaturityScore(['MINIMUM', 'DEVELOPING', 'MATURE'])).toBe(2);
    expect(overallMaturityScore(['MINIMUM', 'MINIMUM', 'DEVELOPING'])).toBe(1.3);
    expect(overallMaturityScore(['LEADER'])).toBe(4);
  });

  it('rounds a mean ending in 5 up: 1.25 -> 1.3, 2.35 -> 2.4', () => {
    expect(overallMaturityScore(['MINIMUM', 'MINIMUM', 'MINIMUM', 'DEVELOPING'])).toBe(1.3);
    const twentyAreas = [...Array(13).fill('DEVELOPING'), ...Array(7).fill('MATURE')];
    expect(overallMaturityScore(twentyAreas)).toBe(2.4);
  });

  it('is 0 when no area is assessed', () => {
    expect(overallMaturityScore([])).toBe(0);
  });

  it('lists the fourteen reference areas under their four themes', () => {
    expect(REFERENCE_MATURITY_AREAS).toHaveLength(14);
    expect(new Set(REFERENCE_MATURITY_AREAS.map((a) => a.theme))).toEqual(new Set(['Showing leadership', 'Behaving commercially', 'Achieving community benefits', 'Enablers']));
  });

  it('finds an area whatever its case and spacing, and names the known ones otherwise', () => {
    expect(knownArea('area', '  developing   TALENT ', REFERENCE_MATURITY_AREAS)).toEqual({ name: 'Developing talent', theme: 'Enablers' });
    expect(() => knownArea('area', 'Resourcing levels', REFERENCE_MATURITY_AREAS)).toThrow(InvalidInputError);
    expect(() => knownArea('area', 'Resourcing levels', REFERENCE_MATURITY_AREAS)).toThrow(/"Resourcing levels" is not a maturity area.*Engaging councillors/);
    expect(() => knownArea('area', ' ', REFERENCE_MATURITY_AREAS)).toThrow(InvalidInputError);
  });
});
