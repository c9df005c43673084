import { formatPounds } from '@ledger/contracts-domain';
import { StrategyPackData } from './pack-data';

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
  /** The only lines that depend on when and where in the log the pack was built. */
  provenance: string[];
  blocks: PackBlock[];
}

/** Numbers print the same everywhere: at most two decimals, no locale. */
export const num = (value: number) => String(Math.round(value * 100) / 100);
const signed = (value: number | null) => (value === null ? 'not assessed' : value > 0 ? `+${num(value)}` : num(value));
/** MODERN_SLAVERY -> "Modern slavery"; an acronym (GDPR) stays as it is. */
const label = (value: string) => (/^[A-Z]{2,4}$/.test(value) ? value : value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' '));
const levelText = (level: string | null) => (level ? label(level) : '-');
/** G2_PROCUREMENT_STRATEGY -> "G2 procurement strategy". */
const gatewayText = (gateway: string) => {
  const [code, ...words] = gateway.split('_');
  return `${code} ${words.join(' ').toLowerCase()}`;
};
const count = (n: number, noun: string, plural = `${noun}s`) => `${n} ${n === 1 ? noun : plural}`;

function maturityLine({ year, maturity }: StrategyPackData): string {
  const previous = maturity.previousOverallScore === null ? 'no assessment for the previous year' : `previous year ${num(maturity.previousOverallScore)}`;
  if (!maturity.areas.length) return `NPS maturity: ${year} not assessed yet (${previous})`;
  return `NPS maturity overall score: ${num(maturity.overallScore)} (${previous}${maturity.movement === null ? '' : `, movement ${signed(maturity.movement)}`})`;
}

export function packDocument(data: StrategyPackData): PackDocument {
  const { establishment: est, training, skills, gateway, lessons, risks, maturity, contracts } = data;
  const done = data.actionPlan.filter((item) => item.percent === 100).length;
  const blocks: PackBlock[] = [
    {
      kind: 'paragraph',
      text: 'Built from the ledger’s events recorded by the cut-off and at or before the log position above; building the pack again at that position gives the same document and the same sha256.',
    },
    { kind: 'heading', level: 2, text: '1. Summary' },
    {
      kind: 'bullets',
      items: [
        maturityLine(data),
        `Action plan: ${count(data.actionPlan.length, 'item')}, ${done} complete`,
        `Establishment: ${num(est.filledFte)} FTE filled of ${num(est.approvedFte)} approved; ${num(est.proposedFte)} FTE proposed`,
        `Training: ${count(training.completionsInYear, 'completion')} by ${count(training.peopleTrainedInYear, 'person', 'people')} in the year`,
        `Skills gaps: total gap ${skills.totalGapAtStart} at the start of the year, ${skills.totalGapAtCutOff} at the cut-off`,
        `Gateway decisions taken in the year: ${gateway.decisionsInYear}`,
        `Lessons recorded in the year: ${lessons.recordedInYear}; actions open ${lessons.actionsOpen}, closed ${lessons.actionsClosed}, overdue ${lessons.actionsOverdue}`,
        `Strategic risks: ${risks.total}; reviews done in the year ${risks.reviewsInYear}; reviews overdue ${risks.overdue}`,
        `Contracts: ${contracts.awardedInYear} awarded in the year, ${contracts.active} active at the cut-off; social value committed ${formatPounds(contracts.socialValue.committedValue)}, delivered ${formatPounds(contracts.socialValue.deliveredValue)}`,
      ],
    },
    { kind: 'heading', level: 2, text: '2. Maturity assessment (NPS 2022)' },
    {
      kind: 'paragraph',
      text: `Overall score ${num(maturity.overallScore)}: the mean of the scores of ${count(maturity.areas.length, 'assessed area')} (Minimum 1 to Innovator 5), one decimal. A design assumption: no public source gives the NPS formula.`,
    },
    {
      kind: 'table',
      columns: ['Theme', 'Area', 'Level', 'Score', 'Target', 'Previous year', 'Movement'],
      rows: maturity.areas.map((a) => [a.theme, a.area, levelText(a.level), String(a.score), levelText(a.target), levelText(a.previousLevel), a.previousLevel ? signed(a.movement) : '-']),
    },
    { kind: 'heading', level: 3, text: 'Evidence' },
    { kind: 'bullets', items: maturity.areas.map((a) => `${a.area}: ${a.evidence}`) },
    { kind: 'heading', level: 2, text: '3. Action plan' },
    {
      kind: 'table',
      columns: ['Area', 'Action', 'Target year', 'Target level', 'Progress', 'Latest note'],
      rows: data.actionPlan.map((i) => [i.area, i.description, String(i.targetYear), levelText(i.targetLevel), `${i.percent}%`, i.latestNote ?? '-']),
    },
    { kind: 'heading', level: 2, text: '4. Establishment against plan' },
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
    { kind: 'heading', level: 2, text: '5. Training delivered and skills gaps' },
    {
      kind: 'bullets',
      items: [
        `Completions in the year: ${training.completionsInYear}, by ${count(training.peopleTrainedInYear, 'person', 'people')}`,
        `Failed or no-show in the year: ${training.failedOrNoShowInYear}`,
        `Skills matrix: ${skills.people} people × ${skills.competencies} competencies`,
        `Total gap against required levels: ${skills.totalGapAtStart} at the start of the year, ${skills.totalGapAtCutOff} at the cut-off (${signed(skills.totalGapAtCutOff - skills.totalGapAtStart)})`,
        `Cells below the required level: ${skills.cellsWithGapAtStart} at the start of the year, ${skills.cellsWithGapAtCutOff} at the cut-off`,
      ],
    },
    { kind: 'table', columns: ['Course', 'Completions in the year'], rows: training.byCourse.map((c) => [c.course, String(c.completions)]) },
    { kind: 'heading', level: 2, text: '6. Gateway decisions taken in the year' },
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
      rows: gateway.decisions.map((d) => [d.decidedOn, d.procurement, gatewayText(d.gateway), label(d.outcome), d.basisChanged ? 'yes' : 'no']),
    },
    { kind: 'heading', level: 2, text: '7. Lessons learned and their actions' },
    {
      kind: 'bullets',
      items: [
        `Lessons on the log: ${lessons.total}; recorded in the year: ${lessons.recordedInYear}`,
        `Actions open: ${lessons.actionsOpen}; closed: ${lessons.actionsClosed}; overdue: ${lessons.actionsOverdue}`,
      ],
    },
    {
      kind: 'table',
      columns: ['Logged on', 'Lesson', 'Priority', 'Actions open', 'Closed', 'Overdue'],
      rows: lessons.inYear.map((l) => [l.loggedOn, l.title, label(l.priority), String(l.open), String(l.closed), String(l.overdue)]),
    },
    { kind: 'heading', level: 2, text: '8. Strategic risk reviews' },
    { kind: 'bullets', items: [`Risks on the register: ${risks.total}`, `Reviews done in the year: ${risks.reviewsInYear}`, `Reviews overdue at the cut-off: ${risks.overdue}`] },
    {
      kind: 'table',
      columns: ['Risk', 'Category', 'Residual score', 'Reviews in the year', 'Next review due', 'Overdue'],
      rows: risks.register.map((r) => [r.title, label(r.category), String(r.score), String(r.reviewsInYear), r.nextReviewDue, r.overdue ? 'yes' : 'no']),
    },
    ...contractsSection(data),
  ];
  return {
    title: `Strategy update pack ${data.year}`,
    provenance: [`Cut-off: ${data.cutOff}`, `Log position: ${data.position}`],
    blocks,
  };
}

/** RED is a rating, not an acronym: spelt like the other two. */
const ragText = (rating: string) => rating.charAt(0) + rating.slice(1).toLowerCase();

/** Strategy 3.9 and 3.10: the contracts register, change control, performance, savings and social value. */
function contractsSection({ contracts }: StrategyPackData): PackBlock[] {
  const sv = contracts.socialValue;
  const variations = contracts.variationsInYear.reduce((sum, v) => sum + v.count, 0);
  return [
    { kind: 'heading', level: 2, text: '9. Social value and contract management' },
    {
      kind: 'bullets',
      items: [
        `Contracts awarded in the year: ${contracts.awardedInYear}, awarded value ${formatPounds(contracts.awardedValueInYear)}`,
        `Active contracts at the cut-off: ${contracts.active}, current value ${formatPounds(contracts.activeCurrentValue)}; with a contract manager assigned: ${contracts.activeWithManager}`,
        `Variations recorded in the year: ${variations}, of which ${contracts.variationsNeedingApprovalInYear} over the policy threshold needed the procurement lead's approval`,
        `KPI reports for the year's quarters: ${contracts.kpiReportsInYear.map((k) => `${ragText(k.rating)} ${k.count}`).join(', ')}`,
        `Social value on the contracts awarded in the year: ${sv.contractsWithSocialValue} of ${sv.contractsAwarded} weighted it in evaluation (average weighting ${num(sv.averageWeightingPercent)}%); committed ${formatPounds(sv.committedValue)}, delivered ${formatPounds(sv.deliveredValue)}`,
        `Active contracts behind on social value delivery at the cut-off: ${contracts.underDelivering.length}`,
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
    { kind: 'heading', level: 3, text: 'Contracts under-delivering social value' },
    {
      kind: 'table',
      columns: ['Contract', 'Supplier', 'Social value committed', 'Delivered'],
      rows: contracts.underDelivering.map((c) => [c.contract, c.supplier, formatPounds(c.committedValue), formatPounds(c.deliveredValue)]),
    },
    { kind: 'heading', level: 3, text: 'Contracts awarded in the year or active at the cut-off' },
    {
      kind: 'table',
      columns: ['Awarded on', 'Contract', 'Supplier', 'Status', 'Current value', 'Social value weighting', 'Social value committed', 'Delivered', 'Behind'],
      rows: contracts.register.map((c) => [
        c.awardedOn,
        c.contract,
        c.supplier,
        label(c.status),
        formatPounds(c.currentValue),
        `${num(c.socialValueWeightingPercent)}%`,
        formatPounds(c.committedSocialValue),
        formatPounds(c.deliveredSocialValue),
        c.underDelivered ? 'yes' : 'no',
      ]),
    },
  ];
}
