/**
 * The bands of a risk score (likelihood × impact on the 5×5 matrix, 1-25): how the register, the
 * admin's heat map and legend read a score. Bounds are inclusive.
 */
export const RISK_SCORE_BANDS = [
  { band: 'low', label: 'Low', from: 1, to: 4 },
  { band: 'medium', label: 'Medium', from: 5, to: 9 },
  { band: 'high', label: 'High', from: 10, to: 14 },
  { band: 'very-high', label: 'Very high', from: 15, to: 25 },
] as const;

export type RiskScoreBand = (typeof RISK_SCORE_BANDS)[number]['band'];

/** The band of a score; a score off the matrix reads as its nearest band. */
export function riskScoreBand(score: number): RiskScoreBand {
  return RISK_SCORE_BANDS.find((b) => score >= b.from && score <= b.to)?.band ?? (score > 25 ? 'very-high' : 'low');
}

/** "Very high" for 16. */
export function riskScoreBandLabel(score: number): string {
  const band = riskScoreBand(score);
  return RISK_SCORE_BANDS.find((b) => b.band === band)?.label ?? band;
}
