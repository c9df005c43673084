import { AREAS, type Area } from '../../areas';
import { formatFte } from '../../shared/format/format';
import { OUTCOMES, type GatewayOutcome } from '../governance/governance.types';
import { OUTCOME_LABELS, TRAINING_STATUS_LABELS } from '../../shared/enum-labels';
import { BANDS, bandLabel, scoreBand, type ScoreBand } from '../governance/risks/heat-map';
import type { TrainingStatus } from '../workforce/workforce.types';
import type { RegistersSnapshot } from './audit.types';

/** One figure of a register: "Filled FTE: 3", or a few lines ("4 × 5: 1", …). */
export interface SummaryFact {
  /** For tests and styling: data-count. */
  key: string;
  label: string;
  value: string;
  lines?: string[];
}

/** What the auditor sees of one register at a glance, and the way to its page. */
export interface SummaryCard {
  key: string;
  title: string;
  facts: SummaryFact[];
  /** A short ranked list under the facts (the highest risks). */
  ranked?: { heading: string; items: string[] };
  link: { area: Area; label: string };
}

const fact = (key: string, label: string, value: number | string): SummaryFact => ({ key, label, value: String(value) });
const lines = (key: string, label: string, items: string[]): SummaryFact => ({
  key,
  label,
  value: items.length ? '' : 'None',
  lines: items,
});

/** "Planned 6, Completed 2": how many of `items` fall under each key, in the order of `keys`, the empty ones left out. */
function tally<K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>, items: readonly K[]): string {
  const counts = keys.map((key) => ({ label: labels[key], count: items.filter((item) => item === key).length }));
  return (
    counts
      .filter((c) => c.count > 0)
      .map((c) => `${c.label} ${c.count}`)
      .join(', ') || 'None'
  );
}

const AWAITING = 'AWAITING';
const OUTCOME_NAMES: Record<GatewayOutcome | typeof AWAITING, string> = { ...OUTCOME_LABELS, [AWAITING]: 'Awaiting decision' };
const BAND_LABELS = Object.fromEntries(BANDS.map((b) => [b.band, b.label])) as Record<ScoreBand, string>;
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Every register as at one instant, as the cards of the audit page show them. */
export function summaryCards(snapshot: RegistersSnapshot): SummaryCard[] {
  const { establishment, skillsMatrix, trainingRegister, gatewayLog, lessons, risks } = snapshot;
  const gap = sum(skillsMatrix.rows.map((row) => row.totalGap));
  const openActions = lessons.flatMap((lesson) => lesson.actions).filter((action) => action.status !== 'CLOSED');
  const overdue = openActions.filter((action) => action.overdue).length;
  const cells = snapshot.riskHeatMap
    .filter((cell) => cell.count > 0)
    .sort((a, b) => b.likelihood * b.impact - a.likelihood * a.impact || b.likelihood - a.likelihood);
  const top = [...risks].sort((a, b) => b.score - a.score).slice(0, 3);

  return [
    {
      key: 'establishment',
      title: AREAS.establishment.title,
      facts: [
        fact('posts', 'Posts', establishment.posts.length),
        fact('filled-fte', 'Filled FTE', formatFte(establishment.filledFte)),
        fact('approved-fte', 'Approved FTE', formatFte(establishment.approvedFte)),
        fact('proposed-fte', 'Proposed FTE', formatFte(establishment.proposedFte)),
        fact('vacant-fte', 'Vacant FTE', formatFte(establishment.vacantFte)),
      ],
      link: { area: AREAS.establishment, label: 'Open the establishment' },
    },
    {
      key: 'skills-matrix',
      title: AREAS.skillsMatrix.title,
      facts: [
        fact('people', 'People', skillsMatrix.rows.length),
        fact('total-gap', 'Total skills gap', `${gap} ${gap === 1 ? 'level' : 'levels'}`),
      ],
      link: { area: AREAS.skillsMatrix, label: 'Open the skills matrix' },
    },
    {
      key: 'training-register',
      title: AREAS.trainingRegister.title,
      facts: [
        fact('records', 'Records', trainingRegister.length),
        fact(
          'by-status',
          'By status',
          tally(
            Object.keys(TRAINING_STATUS_LABELS) as TrainingStatus[],
            TRAINING_STATUS_LABELS,
            trainingRegister.map((r) => r.status),
          ),
        ),
      ],
      link: { area: AREAS.trainingRegister, label: 'Open the training register' },
    },
    {
      key: 'gateway',
      title: AREAS.gatewayDecisions.title,
      facts: [
        fact('procurements', 'Procurements', snapshot.procurements.length),
        fact('decisions', 'Decisions in force', gatewayLog.filter((review) => review.outcome !== null).length),
        fact(
          'by-outcome',
          'By outcome',
          tally(
            [...OUTCOMES, AWAITING],
            OUTCOME_NAMES,
            gatewayLog.map((review) => review.outcome ?? AWAITING),
          ),
        ),
      ],
      link: { area: AREAS.gatewayDecisions, label: 'Open gateway decisions' },
    },
    {
      key: 'lessons',
      title: AREAS.lessonsLearned.title,
      facts: [
        fact('lessons', 'Lessons', lessons.length),
        fact('open-actions', 'Open actions', overdue ? `${openActions.length}, ${overdue} overdue` : openActions.length),
      ],
      link: { area: AREAS.lessonsLearned, label: 'Open the lessons log' },
    },
    {
      key: 'risks',
      title: AREAS.strategicRisks.title,
      facts: [fact('risks', 'Risks', risks.length)],
      ranked: top.length
        ? { heading: 'Highest scores', items: top.map((risk) => `${risk.title}: ${risk.score} (${bandLabel(risk.score)})`) }
        : undefined,
      link: { area: AREAS.strategicRisks, label: 'Open the risk register' },
    },
    {
      key: 'heat-map',
      title: 'Risk heat map',
      facts: [
        fact('placed', 'Risks placed', sum(cells.map((cell) => cell.count))),
        fact(
          'by-band',
          'By band',
          tally(
            BANDS.map((b) => b.band),
            BAND_LABELS,
            cells.flatMap((cell) => Array<ScoreBand>(cell.count).fill(scoreBand(cell.likelihood * cell.impact))),
          ),
        ),
        lines(
          'cells',
          'Cells (L × I)',
          cells.map((cell) => `${cell.likelihood} × ${cell.impact}: ${cell.count}`),
        ),
      ],
      link: { area: AREAS.strategicRisks, label: 'Open the heat map' },
    },
  ];
}
