import { Sheet } from '@ledger/shared-api';
import { StrategyPackData } from './pack-data';
import { PackChart, PackDocument } from './pack-document';

/** The pack's data as spreadsheet tables (one sheet per section), for the board's analysts. */
export function packSheets(data: StrategyPackData): Sheet[] {
  const { establishment: est, training, skills, gateway, lessons, risks, maturity, contracts } = data;
  const sv = contracts.socialValue;
  return [
    {
      name: 'Summary',
      columns: ['Measure', 'Value'],
      rows: [
        ['Year', data.year],
        ['Cut-off', data.cutOff],
        ['Log position', data.position],
        ['Maturity overall score', maturity.overallScore],
        ['Previous year overall score', maturity.previousOverallScore],
        ['Movement', maturity.movement],
        ['Filled FTE', est.filledFte],
        ['Approved FTE', est.approvedFte],
        ['Proposed FTE', est.proposedFte],
        ['Vacant or to recruit FTE', est.vacantFte],
        ['Posts planned and not filled', est.plannedNotFilled],
        ['Training completions in the year', training.completionsInYear],
        ['People trained in the year', training.peopleTrainedInYear],
        ['Failed or no-show in the year', training.failedOrNoShowInYear],
        ['Total skills gap at the start of the year', skills.totalGapAtStart],
        ['Total skills gap at the cut-off', skills.totalGapAtCutOff],
        ['Gateway decisions in the year', gateway.decisionsInYear],
        ['Gateway decisions corrected in the year', gateway.correctedInYear],
        ['Gateway decisions whose basis changed', gateway.basisChanged],
        ['Lessons on the log', lessons.total],
        ['Lessons recorded in the year', lessons.recordedInYear],
        ['Lesson actions open', lessons.actionsOpen],
        ['Lesson actions closed', lessons.actionsClosed],
        ['Lesson actions overdue', lessons.actionsOverdue],
        ['Risks on the register', risks.total],
        ['Risk reviews in the year', risks.reviewsInYear],
        ['Risk reviews overdue', risks.overdue],
        ['Contracts awarded in the year', contracts.awardedInYear],
        ['Value awarded in the year (GBP)', contracts.awardedValueInYear],
        ['Active contracts at the cut-off', contracts.active],
        ['Current value of active contracts (GBP)', contracts.activeCurrentValue],
        ['Active contracts with a contract manager', contracts.activeWithManager],
        ['Variations recorded in the year', contracts.variationsInYear.reduce((sum, v) => sum + v.count, 0)],
        ['Variations in the year needing approval', contracts.variationsNeedingApprovalInYear],
        ...contracts.kpiReportsInYear.map((k): [string, number] => [`KPI reports ${k.rating} for the year's quarters`, k.count]),
        ['Contracts awarded in the year weighting social value', sv.contractsWithSocialValue],
        ['Average social value weighting (%)', sv.averageWeightingPercent],
        ["Social value committed on the year's awards (GBP)", sv.committedValue],
        ["Social value delivered on the year's awards (GBP)", sv.deliveredValue],
        ['Active contracts under-delivering social value', contracts.underDelivering.length],
      ],
    },
    {
      name: 'Maturity',
      columns: ['Theme', 'Area', 'Level', 'Score', 'Target', 'Previous year', 'Movement', 'Evidence'],
      rows: maturity.areas.map((a) => [a.theme, a.area, a.level, a.score, a.target, a.previousLevel, a.movement, a.evidence]),
    },
    {
      name: 'Action plan',
      columns: ['Area', 'Action', 'Target year', 'Target level', 'Percent complete', 'Latest note'],
      rows: data.actionPlan.map((i) => [i.area, i.description, i.targetYear, i.targetLevel, i.percent, i.latestNote]),
    },
    { name: 'Establishment', columns: ['Post', 'FTE', 'Status', 'Target year'], rows: est.posts.map((p) => [p.title, p.fte, p.status, p.targetYear]) },
    { name: 'Training', columns: ['Course', 'Completions in the year'], rows: training.byCourse.map((c) => [c.course, c.completions]) },
    {
      name: 'Gateway decisions',
      columns: ['Decided on', 'Procurement', 'Gateway', 'Outcome', 'Basis changed'],
      rows: gateway.decisions.map((d) => [d.decidedOn, d.procurement, d.gateway, d.outcome, d.basisChanged ? 'yes' : 'no']),
    },
    {
      name: 'Lessons',
      columns: ['Logged on', 'Lesson', 'Priority', 'Actions open', 'Actions closed', 'Actions overdue'],
      rows: lessons.inYear.map((l) => [l.loggedOn, l.title, l.priority, l.open, l.closed, l.overdue]),
    },
    {
      name: 'Risks',
      columns: ['Risk', 'Category', 'Residual score', 'Reviews in the year', 'Next review due', 'Overdue'],
      rows: risks.register.map((r) => [r.title, r.category, r.score, r.reviewsInYear, r.nextReviewDue, r.overdue ? 'yes' : 'no']),
    },
    {
      name: 'Contracts',
      columns: ['Awarded on', 'Contract', 'Supplier', 'Status', 'Awarded value (GBP)', 'Current value (GBP)', 'Social value weighting (%)', 'Social value committed (GBP)', 'Social value delivered (GBP)', 'Under-delivered'],
      rows: contracts.register.map((c) => [c.awardedOn, c.contract, c.supplier, c.status, c.awardedValue, c.currentValue, c.socialValueWeightingPercent, c.committedSocialValue, c.deliveredSocialValue, c.underDelivered ? 'yes' : 'no']),
    },
    {
      name: 'Contract variations',
      columns: ['Status at the cut-off', 'Variations recorded in the year', 'Value change (GBP)'],
      rows: contracts.variationsInYear.map((v) => [v.status, v.count, v.valueChange]),
    },
    {
      name: 'Savings and benefits',
      columns: ['Kind', 'Committed (GBP)', 'Delivered to the cut-off (GBP)', 'Delivered in the year (GBP)'],
      rows: contracts.savings.map((s) => [s.kind, s.committed, s.delivered, s.deliveredInYear]),
    },
  ];
}

/** Excel refuses these in a sheet name, and a name has at most 31 characters. */
const sheetName = (title: string, taken: Set<string>) => {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31).trim() || 'Chart';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
};

/** The figures behind one chart: categories down, one column per series; a heat map's cells as rows. */
function chartTable(chart: PackChart): Pick<Sheet, 'columns' | 'rows'> {
  switch (chart.kind) {
    case 'bars':
      return { columns: ['', ...chart.series.map((s) => s.name)], rows: chart.categories.map((category, i) => [category, ...chart.series.map((s) => s.values[i] ?? null)]) };
    case 'heatmap': {
      const counts = new Map(chart.cells.map(([x, y, count]) => [`${x},${y}`, count]));
      return {
        columns: [chart.yAxis, chart.xAxis, 'Count'],
        rows: chart.yLabels.flatMap((yLabel, y) => chart.xLabels.map((xLabel, x) => [yLabel, xLabel, counts.get(`${x},${y}`) ?? 0])),
      };
    }
    default: {
      const unknown: never = chart;
      throw new Error(`Unknown chart ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * A sheet per chart of the document, with the figures it draws, after the data sheets. Made
 * from the document's chart blocks, so every chart the paper shows has its data here.
 */
export function chartSheets(document: PackDocument, taken: Iterable<string> = []): Sheet[] {
  const names = new Set([...taken].map((name) => name.toLowerCase()));
  return document.blocks.flatMap((block) => {
    if (block.kind !== 'chart') return [];
    const { columns, rows } = chartTable(block.chart);
    return [{ name: sheetName(`Chart ${block.chart.title}`, names), columns: columns.map((c, i) => (i === 0 && c === '' ? categoryHeader(block.chart) : c)), rows }];
  });
}

const categoryHeader = (chart: PackChart) => (chart.kind === 'bars' ? 'Category' : chart.xAxis);
