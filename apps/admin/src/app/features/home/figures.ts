import { type RiskScoreBand, riskScoreBand, riskScoreBandLabel } from '@ledger/shared-domain';

import type { ChartOption, ChartTable } from '../../shared/charts/chart';
import { MATURITY_LEVELS } from '../../shared/enum-labels';
import type { HomeRiskFiguresQuery, HomeWorkforceFiguresQuery } from '../../generated/graphql';

/**
 * The home page's headline figures, computed from the registers' own queries: pure functions, so
 * the sums are tested without drawing anything.
 */

const INK = '#0b0c0c';
const ACCENT = '#1d70b8';
const TARGET = '#505a5f';
/** The same colours as the risk register's heat map (.score-band in styles.css). */
const BAND_COLOURS: Readonly<Record<RiskScoreBand, string>> = {
  low: '#cce2d8',
  medium: '#fff2b3',
  high: '#fcc08f',
  'very-high': '#d4351c',
};

export interface ChartFigure {
  readonly caption: string;
  readonly option: ChartOption;
  readonly table: ChartTable;
  readonly height: number;
}

/** A bar for each category, read left to right: fits a phone when the names are long. */
function horizontalBars(
  categories: readonly string[],
  series: { name: string; values: readonly number[]; colour: string }[],
  max?: number,
): ChartOption {
  return {
    textStyle: { color: INK, fontFamily: 'Arial, Helvetica, sans-serif' },
    grid: { left: 8, right: 24, top: series.length > 1 ? 32 : 8, bottom: 8, containLabel: true },
    legend: series.length > 1 ? { top: 0, left: 0, textStyle: { color: INK } } : undefined,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', max, minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: [...categories],
      axisLabel: { width: 120, overflow: 'truncate', color: INK },
    },
    series: series.map((s) => ({ type: 'bar', name: s.name, data: [...s.values], itemStyle: { color: s.colour } })),
  };
}

const barsHeight = (categories: number, series: number) => 48 + categories * (16 + 12 * series) + (series > 1 ? 24 : 0);

// Skills coverage ----------------------------------------------------------------------------------

export interface Coverage {
  readonly competency: string;
  /** People whose job title requires the competency. */
  readonly required: number;
  /** Of them, those assessed at or above the required level. */
  readonly met: number;
  /** met / required as a whole percentage; 0 when nobody needs it. */
  readonly percent: number;
}

/** For each competency some job title requires: how many of the people who need it have it. */
export function skillsCoverage(matrix: HomeWorkforceFiguresQuery['skillsMatrix']): Coverage[] {
  return matrix.competencies
    .map((competency) => {
      const cells = matrix.rows.flatMap((row) =>
        row.cells.filter((cell) => cell.competency.id === competency.id && cell.requiredLevel > 0),
      );
      const met = cells.filter((cell) => cell.gap === 0).length;
      return {
        competency: competency.name,
        required: cells.length,
        met,
        percent: cells.length ? Math.round((met / cells.length) * 100) : 0,
      };
    })
    .filter((coverage) => coverage.required > 0);
}

export function skillsCoverageChart(coverage: readonly Coverage[]): ChartFigure {
  return {
    caption: 'Skills coverage by competency (% of people who need it assessed at the level required)',
    option: horizontalBars(
      coverage.map((c) => c.competency),
      [{ name: 'Coverage %', values: coverage.map((c) => c.percent), colour: ACCENT }],
      100,
    ),
    table: {
      columns: ['Competency', 'Coverage', 'People at the required level', 'People who need it'],
      rows: coverage.map((c) => [c.competency, `${c.percent}%`, c.met, c.required]),
    },
    height: barsHeight(coverage.length, 1),
  };
}

// Training completions -----------------------------------------------------------------------------

export interface QuarterCount {
  /** "Q1 2026" (Q1 is January to March). */
  readonly quarter: string;
  readonly completions: number;
}

const quarterOf = (year: number, month: number) => ({ year, quarter: Math.floor(month / 3) + 1 });

/**
 * Completed courses in each of the `quarters` calendar quarters up to and including today's,
 * oldest first; quarters with none count 0. A completion that later expired still counts.
 */
export function completionsByQuarter(records: HomeWorkforceFiguresQuery['trainingRegister'], today: string, quarters = 6): QuarterCount[] {
  const [year, month] = today.split('-').map(Number);
  const current = quarterOf(year, month - 1);
  const keys: { key: string; label: string }[] = [];
  for (let back = quarters - 1; back >= 0; back--) {
    const index = current.year * 4 + (current.quarter - 1) - back;
    const y = Math.floor(index / 4);
    const q = (index % 4) + 1;
    keys.push({ key: `${y}-${q}`, label: `Q${q} ${y}` });
  }
  const counts = new Map(keys.map(({ key }) => [key, 0]));
  for (const record of records) {
    if (!record.completedOn || (record.status !== 'COMPLETED' && record.status !== 'EXPIRED')) continue;
    const [y, m] = record.completedOn.split('-').map(Number);
    const { quarter } = quarterOf(y, m - 1);
    const key = `${y}-${quarter}`;
    if (counts.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return keys.map(({ key, label }) => ({ quarter: label, completions: counts.get(key) ?? 0 }));
}

export function completionsChart(counts: readonly QuarterCount[]): ChartFigure {
  return {
    caption: 'Training completions by quarter',
    option: {
      textStyle: { color: INK, fontFamily: 'Arial, Helvetica, sans-serif' },
      grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: counts.map((c) => c.quarter), axisLabel: { color: INK, interval: 0, hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: 'Completions', data: counts.map((c) => c.completions), itemStyle: { color: ACCENT } }],
    },
    table: { columns: ['Quarter', 'Courses completed'], rows: counts.map((c) => [c.quarter, c.completions]) },
    height: 240,
  };
}

// Risk heat map ------------------------------------------------------------------------------------

/** The 5×5 matrix: a cell for every likelihood × impact, coloured by its score band, showing how many risks sit there. */
export function riskHeatMapChart(cells: HomeRiskFiguresQuery['riskHeatMap']): ChartFigure {
  const count = (likelihood: number, impact: number) => cells.find((c) => c.likelihood === likelihood && c.impact === impact)?.count ?? 0;
  const ratings = [1, 2, 3, 4, 5];
  const data = ratings.flatMap((likelihood) =>
    ratings.map((impact) => ({
      value: [impact - 1, likelihood - 1, count(likelihood, impact)],
      itemStyle: { color: BAND_COLOURS[riskScoreBand(likelihood * impact)], borderColor: '#fff', borderWidth: 2 },
      label: { color: riskScoreBand(likelihood * impact) === 'very-high' ? '#fff' : INK },
    })),
  );
  return {
    caption: 'Risk heat map: risks by likelihood (1 to 5, upwards) and impact (1 to 5, across)',
    option: {
      textStyle: { color: INK, fontFamily: 'Arial, Helvetica, sans-serif' },
      grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: ratings.map(String),
        splitArea: { show: false },
      },
      yAxis: {
        type: 'category',
        data: ratings.map(String),
        splitArea: { show: false },
      },
      series: [
        {
          type: 'heatmap',
          name: 'Risks',
          data,
          label: {
            show: true,
            fontSize: 14,
            fontWeight: 'bold',
            formatter: (p: { value: number[] }) => (p.value[2] ? String(p.value[2]) : ''),
          },
        },
      ],
    },
    table: {
      columns: ['Likelihood', 'Impact', 'Score', 'Band', 'Risks'],
      rows: [...ratings]
        .reverse()
        .flatMap((likelihood) =>
          ratings.map((impact) => ({ likelihood, impact, score: likelihood * impact, risks: count(likelihood, impact) })),
        )
        .filter((cell) => cell.risks > 0)
        .map((cell) => [`Likelihood ${cell.likelihood}`, cell.impact, cell.score, riskScoreBandLabel(cell.score), cell.risks]),
    },
    height: 260,
  };
}

// Maturity -----------------------------------------------------------------------------------------

export type MaturityFigures = Pick<HomeRiskFiguresQuery['maturityAssessment'], 'year' | 'overallScore' | 'areas'>;

/** The year's assessment, or last year's while this year has none yet. */
export function latestMaturity(assessment: HomeRiskFiguresQuery['maturityAssessment']): MaturityFigures | null {
  if (assessment.areas.length > 0) return assessment;
  return assessment.previousYear && assessment.previousYear.areas.length > 0 ? assessment.previousYear : null;
}

const levelScore = (level: string | null) => (level ? MATURITY_LEVELS.indexOf(level as (typeof MATURITY_LEVELS)[number]) + 1 : 0);

export function maturityChart(maturity: MaturityFigures): ChartFigure {
  const areas = maturity.areas;
  return {
    caption: `Maturity by area against target, ${maturity.year} (1 Minimum to 5 Innovator)`,
    option: horizontalBars(
      areas.map((a) => a.area),
      [
        { name: 'Assessed', values: areas.map((a) => a.score), colour: ACCENT },
        { name: 'Target', values: areas.map((a) => levelScore(a.target)), colour: TARGET },
      ],
      5,
    ),
    table: {
      columns: ['Area', 'Assessed level', 'Target level'],
      rows: areas.map((a) => [a.area, a.score, a.target ? levelScore(a.target) : 'None set']),
    },
    height: barsHeight(areas.length, 2),
  };
}

/** The calendar year of a YYYY-MM-DD date. */
export const yearOf = (date: string) => Number(date.slice(0, 4));
