import { RISK_SCORE_BANDS, RiskScoreBand, riskScoreBand, riskScoreBandLabel } from '@ledger/shared-domain';

import type { HeatMapCell } from '../governance.types';

/** Score bands of the 5×5 matrix (likelihood × impact, 1-25): the shared table in libs/shared/domain. */
export type ScoreBand = RiskScoreBand;

export const BANDS = RISK_SCORE_BANDS;

export const scoreBand = riskScoreBand;

export const bandLabel = riskScoreBandLabel;

/** How the ratings 1-5 read. */
export const LIKELIHOOD_LABELS: Readonly<Record<number, string>> = {
  1: 'Rare',
  2: 'Unlikely',
  3: 'Possible',
  4: 'Likely',
  5: 'Almost certain',
};

export const IMPACT_LABELS: Readonly<Record<number, string>> = {
  1: 'Minimal',
  2: 'Minor',
  3: 'Moderate',
  4: 'Major',
  5: 'Severe',
};

export const RATINGS = [1, 2, 3, 4, 5] as const;

export interface HeatCell {
  likelihood: number;
  impact: number;
  score: number;
  band: ScoreBand;
  count: number;
  riskIds: string[];
}

export interface HeatRow {
  likelihood: number;
  cells: HeatCell[];
}

/**
 * The 5×5 grid as it is read: likelihood rows from 5 (top) to 1, impact columns from 1 to 5,
 * each cell with its count (0 where the API sent none) and its score band.
 */
export function heatMapRows(cells: readonly HeatMapCell[]): HeatRow[] {
  const at = new Map(cells.map((cell) => [`${cell.likelihood}:${cell.impact}`, cell]));
  return [...RATINGS].reverse().map((likelihood) => ({
    likelihood,
    cells: RATINGS.map((impact) => {
      const cell = at.get(`${likelihood}:${impact}`);
      const score = likelihood * impact;
      return { likelihood, impact, score, band: scoreBand(score), count: cell?.count ?? 0, riskIds: cell?.riskIds ?? [] };
    }),
  }));
}
