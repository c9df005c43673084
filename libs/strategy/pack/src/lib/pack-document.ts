import { formatPounds } from '@ledger/contracts-domain';
import { GATEWAYS, Gateway, gatewayName, riskScoreBandLabel, ukDateOf, ukLongDate } from '@ledger/shared-domain';
import { MATURITY_LEVELS, PACK_SECTIONS, PackLogo, PackSection, PackSectionId, maturityScore, packSectionHeading } from '@ledger/strategy-domain';
import { RiskMatrixCell, StrategyPackData } from './pack-data';

/**
 * A chart as data, independent of how it is drawn: the document says what a chart shows (its
 * figures and a sentence for those who cannot see it); the renderers draw it (ECharts' server-side
 * SVG, a PNG for Word) and the spreadsheet carries the figures behind it.
 */
export type PackChart =
  | {
      kind: 'bars';
      /** Stable and unique in a pack: names the spreadsheet sheet and the image (lower-case, hyphens). */
      id: string;
      title: string;
      /** Alternative text: what the chart shows, with its figures, in a sentence or two. */
      altText: string;
      /** The category axis (areas, competencies, quarters, outcomes...). */
      categories: string[];
      /** One bar per series in each category; a null value is drawn as no bar ("not assessed"). */
      series: { name: string; values: (number | null)[] }[];
      /** What the values measure, for the value axis ("Maturity score (1-5)", "Completions"). */
      valueAxis: string;
      /** Fixed axis range where the scale is defined (maturity 0-5); otherwise from the data. */
      min?: number;
      max?: number;
      /** Long category names read better down the page. */
      horizontal?: boolean;
    }
  | {
      kind: 'heatmap';
      id: string;
      title: string;
      altText: string;
      /** Column labels (impact 1-5) and row labels (likelihood 1-5), in drawing order. */
      xLabels: string[];
      yLabels: string[];
      xAxis: string;
      yAxis: string;
      /** [x index, y index, count]; a missing cell is 0. */
      cells: [number, number, number][];
    };

/** The pack as a format-neutral document: every rendering (Markdown, HTML, DOCX, PDF) is made from it. */
export type PackBlock =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; columns: string[]; rows: string[][] }
  | { kind: 'chart'; chart: PackChart };

export interface PackDocument {
  title: string;
  /** The authority the paper is for, with its logo when one was recorded (renderers draw it beside the title). */
  authority?: { name: string; logo?: PackLogo };
  /** The only lines that depend on when and where in the log the pack was built. */
  provenance: string[];
  blocks: PackBlock[];
}

/** Numbers print the same everywhere: at most two decimals, no locale. */
export const num = (value: number) => String(Math.round(value * 100) / 100);
/** A maturity score or mean always with one decimal: "2.0", not "2". */
const score1 = (value: number) => (Math.round(value * 10) / 10).toFixed(1);
const signed = (value: number | null) => (value === null ? 'not assessed' : value > 0 ? `+${num(value)}` : value < 0 ? `−${num(-value)}` : 'no change');
const signed1 = (value: number) => (value > 0 ? `+${score1(value)}` : value < 0 ? `−${score1(-value)}` : 'no change');
/** Codes that are acronyms, so they keep their capitals; every other code reads in sentence case. */
const ACRONYMS = new Set(['GDPR', 'KPI', 'NPS', 'SME', 'VCSE', 'FTE']);
/** MODERN_SLAVERY -> "Modern slavery", HIGH -> "High"; an acronym (GDPR) stays as it is. */
export const label = (value: string) => (ACRONYMS.has(value) ? value : value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' '));
const levelText = (level: string | null) => (level ? label(level) : '-');
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** G2_PROCUREMENT_STRATEGY -> "Procurement strategy gateway (G2)", as the rest of the product names it. */
export const gatewayText = (gateway: string) =>
  (GATEWAYS as readonly string[]).includes(gateway) ? capitalised(gatewayName(gateway as Gateway).replace(/^the /, '')) : label(gateway);
const count = (n: number, noun: string, plural = `${noun}s`) => `${n} ${n === 1 ? noun : plural}`;
/** "the overdue lesson action" for one, "the 3 overdue lesson actions" for more. */
const theCount = (n: number, noun: string, plural = `${noun}s`) => (n === 1 ? `the ${noun}` : `the ${n} ${plural}`);
/** A calendar date (YYYY-MM-DD) as the UK writes it: "31 December 2026"; "-" when there is none. */
export const ukDate = (date: string | null | undefined) => (date ? ukLongDate(date) : '-');

const ukClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
/** An instant as a UK date and time: "31 December 2025, 23:59:59 UK time" (GMT or BST as it was). */
export const ukDateTime = (iso: string) => {
  const instant = new Date(iso);
  return `${ukLongDate(ukDateOf(instant))}, ${ukClock.format(instant)} UK time`;
};

const paragraphs = (text: string): PackBlock[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph', text: p }));

/** The cut-off is the year's end (31 December 23:59:59 UK time, always GMT), not a moment while it ran. */
const yearEnded = ({ year, cutOff }: StrategyPackData) => new Date(cutOff).getTime() === Date.UTC(year, 11, 31, 23, 59, 59);
/** "the end of 2025" once the year is over, or "30 November 2026" while it runs. */
const atCutOff = (data: StrategyPackData) => (yearEnded(data) ? `the end of ${data.year}` : ukLongDate(ukDateOf(new Date(data.cutOff))));

function maturityHeadline({ year, maturity }: StrategyPackData): string {
  if (!maturity.areas.length) return `NPS maturity: no area assessed by the cut-off`;
  const basis = `across ${count(maturity.areas.length, 'area')} (${maturity.reassessedAreas} re-assessed in ${year}, ${maturity.carriedForwardAreas} not re-assessed and carried forward)`;
  if (maturity.movement === null || maturity.comparableScorePrevious === null || maturity.comparableScoreNow === null) {
    return `NPS maturity: ${score1(maturity.overallScore)} out of 5 ${basis}; no area had a level at the end of ${year - 1}, so there is no movement to report`;
  }
  const same = maturity.comparableAreas.length === maturity.areas.length ? `the same ${count(maturity.areas.length, 'area')}` : `the ${count(maturity.comparableAreas.length, 'area')} with a level at both dates`;
  return `NPS maturity: ${score1(maturity.overallScore)} out of 5 ${basis}; over ${same} ${score1(maturity.comparableScoreNow)} against ${score1(maturity.comparableScorePrevious)} at the end of ${year - 1} (${signed1(maturity.movement)})`;
}

function skillsGapLine({ skills }: StrategyPackData): string {
  if (!skills.existedAtStart || skills.totalGapAtStart === null) {
    return `Skills gaps: total gap ${skills.totalGapAtCutOff} across ${count(skills.cellsWithGapAtCutOff, 'cell')} at the cut-off; the matrix did not exist at the start of the year, so there is no earlier figure to compare with`;
  }
  return `Skills gaps: total gap ${skills.totalGapAtCutOff} at the cut-off against ${skills.totalGapAtStart} at the start of the year (${signed(skills.totalGapAtCutOff - skills.totalGapAtStart)})`;
}

const behindTarget = (data: StrategyPackData) => data.actionPlan.filter((item) => item.targetYear <= data.year && item.percent < 100);

function executiveSummary(data: StrategyPackData): PackBlock[] {
  const { establishment: est, training, gateway, lessons, risks, contracts } = data;
  const done = data.actionPlan.filter((item) => item.percent === 100).length;
  const sv = contracts.socialValue;
  return [
    {
      kind: 'bullets',
      items: [
        maturityHeadline(data),
        `Action plan: ${done} of ${count(data.actionPlan.length, 'action')} complete; ${behindTarget(data).length} due by ${data.year} and not complete`,
        `Establishment: ${num(est.filledFte)} of ${num(est.approvedFte)} approved FTE filled; ${num(est.proposedFte)} FTE proposed`,
        `Training: ${count(training.completionsInYear, 'course completion')} by ${count(training.peopleTrainedInYear, 'person', 'people')} in the year`,
        skillsGapLine(data),
        `Gateway decisions taken in the year: ${gateway.decisionsInYear} (${gateway.byOutcome.map((o) => `${label(o.outcome).toLowerCase()} ${o.count}`).join(', ')})`,
        `Strategic risks: ${risks.open} open, ${risks.openHighOrAbove} of them high or very high; reviews overdue at the cut-off: ${risks.overdue}`,
        `Lessons learned: ${lessons.recordedInYear} recorded in the year; actions open ${lessons.actionsOpen}, overdue ${lessons.actionsOverdue}`,
        `Contracts: ${contracts.awardedInYear} awarded in the year (${formatPounds(contracts.awardedValueInYear)}), ${contracts.active} active at the cut-off`,
        `Social value on the year's awards: ${formatPounds(sv.committedValue)} committed, ${formatPounds(sv.deliveredValue)} delivered`,
      ],
    },
  ];
}

/** What the board is asked to note or act on, from the action plan and the registers; in a fixed order. */
function recommendations(data: StrategyPackData): string[] {
  const items: string[] = [];
  for (const item of behindTarget(data)) {
    items.push(`Complete "${item.description}" (${item.area}): due in ${item.targetYear}${item.targetLevel ? ` for ${label(item.targetLevel)}` : ''}, ${item.percent}% done${item.latestNote ? `; latest note: ${item.latestNote}` : ''}`);
  }
  for (const area of data.maturity.areas) {
    if (area.target && maturityScore(area.target as (typeof MATURITY_LEVELS)[number]) > area.score) {
      items.push(`Raise ${area.area} from ${label(area.level)} to its target of ${label(area.target)}${area.reassessed ? '' : ` (not re-assessed since ${area.assessedYear})`}`);
    }
  }
  if (data.risks.overdue) items.push(`Review ${theCount(data.risks.overdue, 'strategic risk')} whose review is overdue`);
  if (data.lessons.actionsOverdue) items.push(`Close ${theCount(data.lessons.actionsOverdue, 'overdue lesson action')}`);
  if (data.contracts.underDelivering.length) items.push(`Agree a recovery plan with the supplier of ${theCount(data.contracts.underDelivering.length, 'contract')} behind on social value delivery`);
  return items;
}

function maturityChart(data: StrategyPackData): PackChart {
  const { year, maturity } = data;
  const areas = maturity.areas;
  const describe = (a: (typeof areas)[number]) =>
    `${a.area} ${a.score}${a.reassessed ? '' : ' (not re-assessed)'}, ${year - 1} ${a.previousLevel ? maturityScore(a.previousLevel as (typeof MATURITY_LEVELS)[number]) : 'none'}, target ${a.target ? maturityScore(a.target as (typeof MATURITY_LEVELS)[number]) : 'none'}`;
  return {
    kind: 'bars',
    id: 'maturity-by-area',
    title: `NPS maturity by area: ${year}, ${year - 1} and target`,
    altText: areas.length
      ? `Maturity score (1 Minimum to 5 Innovator) by area, ${year} against ${year - 1} and target: ${areas.map(describe).join('; ')}.`
      : `No area had been assessed by the cut-off.`,
    categories: areas.map((a) => a.area),
    series: [
      { name: String(year), values: areas.map((a) => a.score) },
      { name: String(year - 1), values: areas.map((a) => (a.previousLevel ? maturityScore(a.previousLevel as (typeof MATURITY_LEVELS)[number]) : null)) },
      { name: 'Target', values: areas.map((a) => (a.target ? maturityScore(a.target as (typeof MATURITY_LEVELS)[number]) : null)) },
    ],
    valueAxis: 'Maturity score (1-5)',
    min: 0,
    max: 5,
    horizontal: true,
  };
}

const LIKELIHOOD_IMPACT = ['1', '2', '3', '4', '5'];

function heatMapChart(id: string, title: string, when: string, cells: RiskMatrixCell[]): PackChart {
  const total = cells.reduce((sum, c) => sum + c.count, 0);
  const described = [...cells]
    .sort((a, b) => b.likelihood * b.impact - a.likelihood * a.impact || b.impact - a.impact || b.likelihood - a.likelihood)
    .map((c) => `${c.count} at impact ${c.impact} and likelihood ${c.likelihood} (${riskScoreBandLabel(c.likelihood * c.impact).toLowerCase()})`);
  return {
    kind: 'heatmap',
    id,
    title,
    altText: total ? `${count(total, 'open risk')} on the 5 by 5 matrix ${when}: ${described.join('; ')}.` : `No open risks ${when}.`,
    xLabels: LIKELIHOOD_IMPACT,
    yLabels: LIKELIHOOD_IMPACT,
    xAxis: 'Impact (1-5)',
    yAxis: 'Likelihood (1-5)',
    cells: cells.map((c) => [c.impact - 1, c.likelihood - 1, c.count]),
  };
}

function sectionMaturity(data: StrategyPackData, section: PackSectionId): PackBlock[] {
  const areas = data.maturity.areas.filter((a) => a.section === section);
  const actions = data.actionPlan.filter((a) => a.section === section);
  const blocks: PackBlock[] = [];
  if (areas.length) {
    blocks.push(
      { kind: 'heading', level: 3, text: 'Maturity' },
      {
        kind: 'table',
        columns: ['Area', 'Level', 'Target', `End of ${data.year - 1}`, 'Movement', 'Assessed'],
        rows: areas.map((a) => [
          a.area,
          levelText(a.level),
          a.target ? `${label(a.target)}${a.targetCarriedForward ? ' (carried forward)' : ''}` : '-',
          levelText(a.previousLevel),
          a.previousLevel ? signed(a.movement) : 'new area',
          a.reassessed ? `In ${data.year}` : `Not re-assessed (last in ${a.assessedYear})`,
        ]),
      },
    );
  }
  if (actions.length) {
    blocks.push(
      { kind: 'heading', level: 3, text: 'Action plan' },
      {
        kind: 'table',
        columns: ['Area', 'Action', 'Due', 'Target level', 'Progress', 'Latest note'],
        rows: actions.map((i) => [i.area, i.description, String(i.targetYear), levelText(i.targetLevel), `${i.percent}%`, i.latestNote ?? '-']),
      },
    );
  }
  if (!areas.length && !actions.length) blocks.push({ kind: 'paragraph', text: 'Maturity: no NPS area of this section has been assessed, and no action is planned for it.' });
  return blocks;
}

function commentaryBlocks(data: StrategyPackData, section: PackSectionId): PackBlock[] {
  const commentary = data.commentary.find((c) => c.section === section);
  return commentary ? [{ kind: 'heading', level: 3, text: 'Commentary from the procurement lead' }, ...paragraphs(commentary.text)] : [];
}

function capabilityAndTalent(data: StrategyPackData): PackBlock[] {
  const { establishment: est, training, skills } = data;
  const quarters = training.byQuarter;
  const coverage = skills.coverageByCompetency;
  return [
    { kind: 'heading', level: 3, text: 'Establishment against plan' },
    {
      kind: 'bullets',
      items: [
        `Filled: ${num(est.filledFte)} FTE`,
        `Approved (filled, vacant or to recruit): ${num(est.approvedFte)} FTE, of which vacant or not yet recruited ${num(est.vacantFte)} FTE`,
        `Proposed, awaiting approval: ${num(est.proposedFte)} FTE`,
        `Posts planned for ${data.year} or earlier and not filled: ${est.plannedNotFilled}`,
      ],
    },
    { kind: 'table', columns: ['Post', 'FTE', 'Status', 'Target year'], rows: est.posts.map((p) => [p.title, num(p.fte), label(p.status), String(p.targetYear)]) },
    { kind: 'heading', level: 3, text: 'Training delivered' },
    {
      kind: 'bullets',
      items: [
        `Course completions in the year: ${training.completionsInYear}, by ${count(training.peopleTrainedInYear, 'person', 'people')}`,
        `Failed or no-show in the year: ${training.failedOrNoShowInYear}`,
      ],
    },
    {
      kind: 'chart',
      chart: {
        kind: 'bars',
        id: 'training-by-quarter',
        title: `Training completions by quarter, ${data.year}`,
        altText: `Course completions in each quarter of ${data.year}: ${quarters.map((q) => `${q.quarter} ${q.completions}`).join(', ')}; ${training.completionsInYear} in all.`,
        categories: quarters.map((q) => q.quarter),
        series: [{ name: 'Completions', values: quarters.map((q) => q.completions) }],
        valueAxis: 'Completions',
        min: 0,
      },
    },
    { kind: 'table', columns: ['Course', 'Completions in the year'], rows: training.byCourse.map((c) => [c.course, String(c.completions)]) },
    { kind: 'heading', level: 3, text: 'Skills' },
    {
      kind: 'bullets',
      items: [
        `Skills matrix: ${count(skills.people, 'person', 'people')} × ${count(skills.competencies, 'competency', 'competencies')}`,
        skillsGapLine(data).replace(/^Skills gaps: t/, 'T'),
        skills.cellsWithGapAtStart === null
          ? `Cells below the required level at the cut-off: ${skills.cellsWithGapAtCutOff} (the matrix did not exist at the start of the year)`
          : `Cells below the required level: ${skills.cellsWithGapAtCutOff} at the cut-off against ${skills.cellsWithGapAtStart} at the start of the year`,
      ],
    },
    {
      kind: 'chart',
      chart: {
        kind: 'bars',
        id: 'skills-coverage',
        title: 'Skills coverage by competency',
        altText: coverage.length
          ? `People at or above the level their post requires, against people whose post requires the competency, at the cut-off: ${coverage.map((c) => `${c.competency} ${c.peopleAtOrAbove} of ${c.peopleRequired}`).join('; ')}.`
          : 'No competency was defined at the cut-off.',
        categories: coverage.map((c) => c.competency),
        series: [
          { name: 'At or above the required level', values: coverage.map((c) => c.peopleAtOrAbove) },
          { name: 'Required', values: coverage.map((c) => c.peopleRequired) },
        ],
        valueAxis: 'People',
        min: 0,
        horizontal: true,
      },
    },
  ];
}

function procurementHub(data: StrategyPackData): PackBlock[] {
  const { gateway, lessons } = data;
  return [
    { kind: 'heading', level: 3, text: 'Gateway decisions taken in the year' },
    {
      kind: 'chart',
      chart: {
        kind: 'bars',
        id: 'gateway-decisions',
        title: `Gateway decisions by outcome, ${data.year}`,
        altText: `${count(gateway.decisionsInYear, 'gateway decision')} taken in the year: ${gateway.byOutcome.map((o) => `${label(o.outcome).toLowerCase()} ${o.count}`).join(', ')}.`,
        categories: gateway.byOutcome.map((o) => label(o.outcome)),
        series: [{ name: 'Decisions', values: gateway.byOutcome.map((o) => o.count) }],
        valueAxis: 'Decisions',
        min: 0,
      },
    },
    {
      kind: 'table',
      columns: ['Outcome', 'Decisions'],
      rows: [...gateway.byOutcome.map((o) => [label(o.outcome), String(o.count)]), ['Total', String(gateway.decisionsInYear)]],
    },
    {
      kind: 'bullets',
      items: [`Earlier decisions corrected (superseded) in the year: ${gateway.correctedInYear}`, `Decisions whose basis changed since (value, risk or political interest): ${gateway.basisChanged}`],
    },
    {
      kind: 'table',
      columns: ['Decided on', 'Procurement', 'Gateway', 'Outcome', 'Basis changed'],
      rows: gateway.decisions.map((d) => [ukDate(d.decidedOn), d.procurement, gatewayText(d.gateway), label(d.outcome), d.basisChanged ? 'Yes' : 'No']),
    },
    { kind: 'heading', level: 3, text: 'Lessons learned and their actions' },
    {
      kind: 'bullets',
      items: [`Lessons on the log: ${lessons.total}; recorded in the year: ${lessons.recordedInYear}`, `Actions open: ${lessons.actionsOpen}; closed: ${lessons.actionsClosed}; overdue: ${lessons.actionsOverdue}`],
    },
    {
      kind: 'table',
      columns: ['Logged on', 'Lesson', 'Priority', 'Actions open', 'Closed', 'Overdue'],
      rows: lessons.inYear.map((l) => [ukDate(l.loggedOn), l.title, label(l.priority), String(l.open), String(l.closed), String(l.overdue)]),
    },
  ];
}

function strategicRisk(data: StrategyPackData): PackBlock[] {
  const { risks } = data;
  const now = `at ${atCutOff(data)}`;
  const yearAgo = `at ${ukLongDate(ukDateOf(new Date(risks.yearAgo)))}`;
  return [
    { kind: 'heading', level: 3, text: 'Strategic risk register' },
    {
      kind: 'bullets',
      items: [
        `Open risks: ${risks.open} (${risks.total} on the register, closed ones included); high or very high: ${risks.openHighOrAbove}`,
        `Reviews done in the year: ${risks.reviewsInYear}`,
        `Reviews overdue at the cut-off: ${risks.overdue}`,
      ],
    },
    { kind: 'chart', chart: heatMapChart('risk-heat-map-now', `Open risks by impact and likelihood ${now}`, now, risks.heatMapNow) },
    risks.heatMapYearAgo
      ? { kind: 'chart', chart: heatMapChart('risk-heat-map-year-ago', `Open risks by impact and likelihood a year earlier (${ukLongDate(ukDateOf(new Date(risks.yearAgo)))})`, yearAgo, risks.heatMapYearAgo) }
      : { kind: 'paragraph', text: `The risk register held no risks ${yearAgo}: the register did not exist then, so there is no earlier heat map to compare with.` },
    {
      kind: 'table',
      columns: ['Risk', 'Category', 'Residual score', 'Rating', 'Reviews in the year', 'Next review due', 'Overdue'],
      rows: risks.register.map((r) => [
        r.title,
        label(r.category),
        String(r.score),
        r.status === 'CLOSED' ? 'Closed' : riskScoreBandLabel(r.score),
        String(r.reviewsInYear),
        r.status === 'CLOSED' ? '-' : ukDate(r.nextReviewDue),
        r.overdue ? 'Yes' : 'No',
      ]),
    },
  ];
}

/** RED is a rating, not an acronym: spelt like the other two. */
const ragText = (rating: string) => rating.charAt(0) + rating.slice(1).toLowerCase();

/** Strategy 3.8: the contracts register, change control, performance, savings. */
function managingContracts({ contracts }: StrategyPackData): PackBlock[] {
  const variations = contracts.variationsInYear.reduce((sum, v) => sum + v.count, 0);
  return [
    { kind: 'heading', level: 3, text: 'Contracts register' },
    {
      kind: 'bullets',
      items: [
        `Contracts awarded in the year: ${contracts.awardedInYear}, awarded value ${formatPounds(contracts.awardedValueInYear)}`,
        `Active contracts at the cut-off: ${contracts.active}, current value ${formatPounds(contracts.activeCurrentValue)}; with a contract manager assigned: ${contracts.activeWithManager}`,
        `Variations recorded in the year: ${variations}, of which ${contracts.variationsNeedingApprovalInYear} over the policy threshold needed the procurement lead's approval`,
        `KPI reports for the year's quarters: ${contracts.kpiReportsInYear.map((k) => `${ragText(k.rating)} ${k.count}`).join(', ')}`,
      ],
    },
    { kind: 'heading', level: 3, text: 'Variations recorded in the year' },
    {
      kind: 'table',
      columns: ['Status at the cut-off', 'Variations', 'Value change'],
      rows: [...contracts.variationsInYear.map((v) => [label(v.status), String(v.count), formatPounds(v.valueChange)]), ['Total', String(variations), formatPounds(contracts.variationsInYear.reduce((sum, v) => sum + v.valueChange, 0))]],
    },
    { kind: 'heading', level: 3, text: 'Savings and benefits' },
    {
      kind: 'table',
      columns: ['Kind', 'Committed', 'Delivered to the cut-off', 'Delivered in the year'],
      rows: contracts.savings.map((s) => [label(s.kind), formatPounds(s.committed), formatPounds(s.delivered), formatPounds(s.deliveredInYear)]),
    },
    { kind: 'heading', level: 3, text: 'Contracts awarded in the year or active at the cut-off' },
    {
      kind: 'table',
      columns: ['Awarded on', 'Contract', 'Supplier', 'Status', 'Awarded value', 'Current value'],
      rows: contracts.register.map((c) => [ukDate(c.awardedOn), c.contract, c.supplier, label(c.status), formatPounds(c.awardedValue), formatPounds(c.currentValue)]),
    },
  ];
}

/** Strategy 3.10: social value committed at award and delivered since. */
function socialValue({ contracts }: StrategyPackData): PackBlock[] {
  const sv = contracts.socialValue;
  const withSocialValue = contracts.register.filter((c) => c.committedSocialValue > 0 || c.deliveredSocialValue > 0);
  const name = (c: (typeof withSocialValue)[number]) => `${c.contract} (${c.supplier})`;
  return [
    { kind: 'heading', level: 3, text: 'Social value' },
    {
      kind: 'bullets',
      items: [
        `Social value on the contracts awarded in the year: ${sv.contractsWithSocialValue} of ${sv.contractsAwarded} weighted it in evaluation (average weighting ${num(sv.averageWeightingPercent)}%); committed ${formatPounds(sv.committedValue)}, delivered ${formatPounds(sv.deliveredValue)}`,
        `Active contracts behind on social value delivery at the cut-off: ${contracts.underDelivering.length}`,
      ],
    },
    {
      kind: 'chart',
      chart: {
        kind: 'bars',
        id: 'social-value-by-contract',
        title: 'Social value committed and delivered by contract',
        altText: withSocialValue.length
          ? `Social value committed against delivered to the cut-off, by contract: ${withSocialValue.map((c) => `${name(c)} ${formatPounds(c.committedSocialValue)} committed, ${formatPounds(c.deliveredSocialValue)} delivered`).join('; ')}.`
          : 'No contract awarded in the year or active at the cut-off committed social value.',
        categories: withSocialValue.map(name),
        series: [
          { name: 'Committed', values: withSocialValue.map((c) => c.committedSocialValue) },
          { name: 'Delivered', values: withSocialValue.map((c) => c.deliveredSocialValue) },
        ],
        valueAxis: 'Social value (£)',
        min: 0,
        horizontal: true,
      },
    },
    { kind: 'heading', level: 3, text: 'Contracts under-delivering social value' },
    {
      kind: 'table',
      columns: ['Contract', 'Supplier', 'Social value committed', 'Delivered'],
      rows: contracts.underDelivering.map((c) => [c.contract, c.supplier, formatPounds(c.committedValue), formatPounds(c.deliveredValue)]),
    },
    { kind: 'heading', level: 3, text: 'Social value by contract' },
    {
      kind: 'table',
      columns: ['Contract', 'Supplier', 'Social value weighting', 'Committed', 'Delivered', 'Behind'],
      rows: contracts.register.map((c) => [c.contract, c.supplier, `${num(c.socialValueWeightingPercent)}%`, formatPounds(c.committedSocialValue), formatPounds(c.deliveredSocialValue), c.underDelivered ? 'Yes' : 'No']),
    },
  ];
}

/** Each section's own register figures, after its maturity and actions. */
function sectionFigures(data: StrategyPackData, section: PackSection): PackBlock[] {
  switch (section.id) {
    case 'executive-summary':
      return executiveSummary(data);
    case 'capability-and-talent':
      return capabilityAndTalent(data);
    case 'procurement-hub':
      return procurementHub(data);
    case 'managing-contracts':
      return managingContracts(data);
    case 'strategic-risk':
      return strategicRisk(data);
    case 'social-value':
      return socialValue(data);
    case 'digital-technology':
    case 'stakeholder-engagement':
    case 'behaving-commercially':
      return [];
    default: {
      const unknown: never = section;
      throw new Error(`Unknown pack section ${JSON.stringify(unknown)}`);
    }
  }
}

function overallMaturity(data: StrategyPackData): PackBlock[] {
  const { maturity, year } = data;
  const carried = maturity.areas.filter((a) => !a.reassessed);
  const blocks: PackBlock[] = [
    { kind: 'heading', level: 2, text: 'NPS maturity overall' },
    {
      kind: 'paragraph',
      text: `The overall score is the mean of the area scores (Minimum 1 to Innovator 5), to one decimal; no public source gives the NPS formula, so this is a design assumption. An area not re-assessed in ${year} keeps its last level and target, marked "not re-assessed", so no area drops out of the score; the movement is computed over the areas that had a level at both the end of ${year - 1} and ${atCutOff(data)}.`,
    },
    { kind: 'bullets', items: [maturityHeadline(data)] },
  ];
  const notes: string[] = [];
  if (maturity.comparableAreas.length) notes.push(`Areas compared: ${maturity.comparableAreas.join(', ')}`);
  if (carried.length) notes.push(`Not re-assessed in ${year}, carried forward: ${carried.map((a) => `${a.area} (${label(a.level)}, last assessed in ${a.assessedYear})`).join(', ')}`);
  if (maturity.newAreas.length) notes.push(`Assessed for the first time, outside the movement: ${maturity.newAreas.join(', ')}`);
  if (maturity.previousOverallScore !== null) notes.push(`Mean of every area with a level at the end of ${year - 1}: ${score1(maturity.previousOverallScore)}`);
  if (notes.length) blocks.push({ kind: 'bullets', items: notes });
  blocks.push(
    { kind: 'chart', chart: maturityChart(data) },
    {
      kind: 'table',
      columns: ['Theme', 'Area', 'Level', 'Score', 'Target', `End of ${year - 1}`, 'Movement', 'Assessed'],
      rows: maturity.areas.map((a) => [
        a.theme,
        a.area,
        levelText(a.level),
        String(a.score),
        a.target ? `${label(a.target)}${a.targetCarriedForward ? ' (carried forward)' : ''}` : '-',
        levelText(a.previousLevel),
        a.previousLevel ? signed(a.movement) : 'new area',
        a.reassessed ? `In ${year}` : `Not re-assessed (last in ${a.assessedYear})`,
      ]),
    },
    { kind: 'heading', level: 3, text: 'Evidence' },
    { kind: 'bullets', items: maturity.areas.map((a) => `${a.area}: ${a.evidence}`) },
  );
  return blocks;
}

export function packDocument(data: StrategyPackData): PackDocument {
  const period = yearEnded(data)
    ? `1 January to 31 December ${data.year}`
    : `1 January ${data.year} to ${ukLongDate(ukDateOf(new Date(data.cutOff)))} (the year was still running when this pack was generated)`;
  const blocks: PackBlock[] = [
    {
      kind: 'paragraph',
      text: `Annual update on the procurement strategy for ${data.authority ? data.authority.name : 'the authority'}, covering ${period}. Sections 3.3 to 3.10 follow the strategy's action plan.`,
    },
    {
      kind: 'paragraph',
      text: 'Built from the ledger’s events recorded by the cut-off and at or before the log position above; building the pack again at that position gives the same document and the same sha256.',
    },
  ];
  for (const section of PACK_SECTIONS) {
    blocks.push({ kind: 'heading', level: 2, text: packSectionHeading(section) });
    if (section.id === 'executive-summary') {
      blocks.push(...executiveSummary(data), ...commentaryBlocks(data, section.id));
      const recommended = recommendations(data);
      blocks.push({ kind: 'heading', level: 2, text: 'Recommendations' });
      blocks.push(recommended.length ? { kind: 'bullets', items: recommended } : { kind: 'paragraph', text: `No action plan item due by ${data.year} is incomplete, and no area is below its target.` });
      blocks.push(...overallMaturity(data));
      continue;
    }
    blocks.push(...sectionMaturity(data, section.id), ...sectionFigures(data, section), ...commentaryBlocks(data, section.id));
  }
  return {
    title: data.authority ? `${data.authority.name}: strategy update pack ${data.year}` : `Strategy update pack ${data.year}`,
    ...(data.authority ? { authority: data.authority } : {}),
    provenance: [`Cut-off: ${ukDateTime(data.cutOff)}`, `Log position: ${data.position}`],
    blocks,
  };
}
