import { RISK_SCORE_BANDS, riskScoreBand, riskScoreBandLabel } from './risk-bands';

describe('risk score bands', () => {
  it('cover every score of the 5×5 matrix, 1 to 25, once and in order', () => {
    const covered = RISK_SCORE_BANDS.flatMap((b) => Array.from({ length: b.to - b.from + 1 }, (_, i) => b.from + i));
    expect(covered).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it.each([
    [1, 'low', 'Low'],
    [4, 'low', 'Low'],
    [5, 'medium', 'Medium'],
    [9, 'medium', 'Medium'],
    [10, 'high', 'High'],
    [14, 'high', 'High'],
    [15, 'very-high', 'Very high'],
    [25, 'very-high', 'Very high'],
  ])('reads a score of %p as %s (%s)', (score, band, label) => {
    expect(riskScoreBand(score)).toBe(band);
    expect(riskScoreBandLabel(score)).toBe(label);
  });

  it('reads a score off the matrix as its nearest band', () => {
    expect(riskScoreBand(0)).toBe('low');
    expect(riskScoreBand(30)).toBe('very-high');
  });
});
