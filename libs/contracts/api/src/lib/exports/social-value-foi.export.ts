import { Injectable } from '@nestjs/common';
import { InvalidInputError } from '@ledger/event-store-core';
import { formatPounds } from '@ledger/contracts-domain';
import { Sheet } from '@ledger/shared-api';
import { ContractType, SocialValueMeasureType } from '../graphql/contracts.types';
import { ContractsQueries } from '../read/contracts-queries';

/**
 * What the training register and skills matrix hold on social value (FOI question 9). The
 * contracts context does not read the workforce context; whoever composes the export (the
 * strategy pack library, ADR 0015) reads it and passes it in.
 */
export interface SocialValueTrainingRecord {
  /** Competencies in the skills matrix whose name mentions social value. */
  competencies: string[];
  /** Courses in the training register whose title mentions social value. */
  courses: string[];
  /** Completions of those courses in the year. */
  completionsInYear: number;
  /** Different people who completed one of them in the year. */
  peopleTrainedInYear: number;
}

/** The seed authority's FOI request on social value (ref CA279), question by question, as asked. */
export const SOCIAL_VALUE_FOI_QUESTIONS = [
  "A copy or link to the Authority's social value policy, strategy, framework or similar document, and latest annual report/annual statement, or update, if available.",
  'Has the Authority applied the concept of social value more widely than the revised best value guidance? And if so, details about how.',
  "The percentage of the Authority's tenders over the past 12 months where the Public Services (Social Value) Act has been applied where it could have been applied.",
  'Where social value is included in contracts, the average weighting that it is given in scoring across those contracts.',
  "A copy or link to any evaluation or estimation of social value commitment made at both the contracting stage and at social value delivery stage, as a result of the Authority's application of the Social Value Act.",
  'What calculator(s) has the Authority adopted to calculate social value?',
  'What proportion of council spend is used to draw down social value?',
  'Where does responsibility for social value sit within the Authority? Which departments have staff whose role includes "social value" outside the procurement department?',
  'Has training taken place for staff? Are there toolkits and resources for staff on social value?',
  'Please provide a list of all suppliers of council goods, services and works last financial year (company registration number, postcode/location, sector; VCSE or SME where held).',
] as const;

/** The answer to a question the ledger does not record: said plainly, never guessed. */
export const NOT_HELD = 'Not held in the ledger';

/** `year` of an FOI export: a whole year from 2000 to 2100 (BAD_USER_INPUT otherwise). */
export function parseFoiYearParam(value: string | undefined): number {
  const year = Number(value);
  if (!value || !/^\d{4}$/.test(value.trim()) || year < 2000 || year > 2100) {
    throw new InvalidInputError(`year must be a year from 2000 to 2100, such as 2026${value ? ` (not "${value}")` : ''}`, { field: 'year' });
  }
  return year;
}

const yesNo = (value: boolean | null) => (value === null ? null : value ? 'yes' : 'no');

/** The supplier's identity as the FOI answer and the contracts register both list it (blank where not recorded). */
export const supplierCells = (c: ContractType) => [c.supplierCompanyNumber, c.supplierPostcode, yesNo(c.supplierSme), yesNo(c.supplierVcse)];
const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);
const count = (n: number, noun: string, plural = `${noun}s`) => `${n} ${n === 1 ? noun : plural}`;
const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The seed's FOI questions on social value answered one by one from the record, for the contracts
 * awarded in a year (by their award date, UK calendar), as the record stood at an instant: one row per
 * question, then the contracts behind the figures and the measures the authority values with.
 */
@Injectable()
export class SocialValueFoiExporter {
  constructor(private readonly queries: ContractsQueries) {}

  async sheets(year: number, asOf: Date | null | undefined, training: SocialValueTrainingRecord | null): Promise<Sheet[]> {
    const [summary, contracts, measures] = await Promise.all([this.queries.socialValueSummary(year, asOf), this.queries.contracts(asOf), this.queries.socialValueMeasures(asOf)]);
    // By the award date (the one stated at award, or else the day it was recorded), as the summary counts them.
    const awarded = contracts.filter((c) => c.awardedOn.startsWith(`${year}-`));
    const answers = foiAnswers(year, awarded, contracts, measures, summary, training);
    return [
      {
        name: 'FOI answers',
        columns: ['Question', 'Asked', 'Answer from the record', 'Figures'],
        rows: answers.map((a, index) => [index + 1, SOCIAL_VALUE_FOI_QUESTIONS[index], a.answer, a.figures]),
      },
      {
        name: `Contracts awarded ${year}`,
        columns: [
          'Contract',
          'Supplier',
          'Company number',
          'Postcode',
          'SME',
          'VCSE',
          'Awarded on',
          'Awarded value (GBP)',
          'Current value (GBP)',
          'Status',
          'Social value weighting (%)',
          'Commitments',
          'Committed social value (GBP)',
          'Delivered social value (GBP)',
          'Under-delivered',
          'Contract managers',
        ],
        rows: awarded.map((c) => [
          c.title,
          c.supplierName,
          ...supplierCells(c),
          c.awardedOn,
          c.awardedValue,
          c.currentValue,
          c.status,
          c.socialValueWeightingPercent,
          c.socialValueCommitments
            .map((s) => `${s.measure.outcome}: ${s.deliveredQuantity} of ${s.committedQuantity} ${s.measure.unit}${s.underDelivered ? ' (behind)' : ''}`)
            .join('; '),
          c.committedSocialValue,
          c.deliveredSocialValue,
          c.socialValueUnderDelivered ? 'yes' : 'no',
          c.managers.length,
        ]),
      },
      {
        name: 'Social value measures',
        columns: ['Theme', 'Outcome', 'Unit', 'Proxy value per unit (GBP)', 'Retired'],
        rows: measures.map((m) => [m.theme, m.outcome, m.unit, m.proxyValuePerUnit, m.retired ? 'yes' : 'no']),
      },
    ];
  }
}

interface Answer {
  answer: string;
  figures: string;
}

function foiAnswers(
  year: number,
  awarded: readonly ContractType[],
  all: readonly ContractType[],
  measures: readonly SocialValueMeasureType[],
  summary: { contractsAwarded: number; contractsWithSocialValue: number; averageWeightingPercent: number; committedValue: number; deliveredValue: number },
  training: SocialValueTrainingRecord | null,
): Answer[] {
  const withSocialValue = awarded.filter((c) => c.socialValueWeightingPercent > 0);
  const share = percent(summary.contractsWithSocialValue, summary.contractsAwarded);
  const awardedValue = awarded.reduce((sum, c) => sum + c.awardedValue, 0);
  const awardedWithSocialValue = withSocialValue.reduce((sum, c) => sum + c.awardedValue, 0);
  const commitments = awarded.flatMap((c) => c.socialValueCommitments);
  const unvalued = commitments.filter((c) => c.committedValue === null).length;
  const underDelivering = awarded.filter((c) => c.socialValueUnderDelivered);
  const activeMeasures = measures.filter((m) => !m.retired);
  const active = all.filter((c) => c.status === 'ACTIVE');
  const managed = active.filter((c) => c.managers.length > 0);
  const managerDepartments = [...new Set(all.filter((c) => c.socialValueCommitments.length).flatMap((c) => c.managers.map((m) => m.department)))].sort(text);
  const none = summary.contractsAwarded === 0;
  const noAwards = `No contract awarded in ${year} is on the record.`;

  return [
    { answer: `${NOT_HELD}: the ledger records contracts, measures, commitments and deliveries, not policy documents or annual statements.`, figures: '' },
    { answer: `${NOT_HELD}.`, figures: '' },
    {
      answer: none
        ? noAwards
        : `${summary.contractsWithSocialValue} of the ${count(summary.contractsAwarded, 'contract')} awarded in ${year} (${share}%) gave social value a weighting in the tender's evaluation. The ledger records awarded contracts, not whether the Act could have applied to a tender.`,
      figures: `Contracts awarded: ${summary.contractsAwarded}; with social value weighted: ${summary.contractsWithSocialValue}; share: ${share}%`,
    },
    {
      answer: summary.contractsWithSocialValue
        ? `The average social value weighting across the ${count(summary.contractsWithSocialValue, 'contract')} awarded in ${year} that applied it was ${summary.averageWeightingPercent}%.`
        : none
          ? noAwards
          : `None of the contracts awarded in ${year} gave social value a weighting.`,
      figures: `Average weighting: ${summary.averageWeightingPercent}%`,
    },
    {
      answer: none
        ? noAwards
        : `Social value committed at award on the contracts awarded in ${year}: ${formatPounds(summary.committedValue)}; delivered to date: ${formatPounds(summary.deliveredValue)} (valued at the proxy value of each measure when committed${unvalued ? `; ${count(unvalued, 'commitment')} without a proxy value counted in units only` : ''}). ${underDelivering.length} of them behind their pro rata expectation. Contract by contract on the sheet "Contracts awarded ${year}".`,
      figures: `Committed (GBP): ${summary.committedValue}; delivered (GBP): ${summary.deliveredValue}; commitments: ${commitments.length}; contracts under-delivering: ${underDelivering.length}`,
    },
    {
      answer: measures.length
        ? `The authority's own social value measures (theme, outcome, unit and proxy value per unit), listed on the sheet "Social value measures": ${activeMeasures.map((m) => `${m.outcome} (${m.unit}${m.proxyValuePerUnit === null ? ', no proxy value' : `, ${formatPounds(m.proxyValuePerUnit)} per unit`})`).join('; ') || 'all retired'}.`
        : `${NOT_HELD}: no social value measures are recorded.`,
      figures: `Measures in use: ${activeMeasures.length}; with a proxy value: ${activeMeasures.filter((m) => m.proxyValuePerUnit !== null).length}; retired: ${measures.length - activeMeasures.length}`,
    },
    {
      answer: none
        ? `${NOT_HELD}: the ledger holds contract values, not spend. ${noAwards}`
        : `${NOT_HELD}: the ledger holds contract values, not spend. Of the value awarded in ${year} (${formatPounds(awardedValue)}), ${formatPounds(awardedWithSocialValue)} (${percent(awardedWithSocialValue, awardedValue)}%) was awarded with social value weighted.`,
      figures: `Awarded value (GBP): ${awardedValue}; with social value weighted (GBP): ${awardedWithSocialValue}`,
    },
    {
      answer: `The procurement lead keeps the social value measures, awards contracts with their commitments and approves variations over the policy threshold; each contract's managers report its social value delivery. ${managed.length} of the ${count(active.length, 'active contract')} have a contract manager assigned.${managerDepartments.length ? ` Departments of the managers of contracts with social value commitments: ${managerDepartments.join('; ')}.` : ''}`,
      figures: `Active contracts: ${active.length}; with a contract manager: ${managed.length}`,
    },
    {
      answer: trainingAnswer(year, training),
      figures: training ? `Courses: ${training.courses.length}; competencies: ${training.competencies.length}; completions in ${year}: ${training.completionsInYear}; people trained: ${training.peopleTrainedInYear}` : '',
    },
    {
      answer: none
        ? noAwards
        : `The suppliers of the ${count(summary.contractsAwarded, 'contract')} awarded in ${year}, with company number, postcode, SME and VCSE where recorded, are on the sheet "Contracts awarded ${year}". Sector and spend are not held in the ledger.`,
      figures: `Suppliers: ${new Set(awarded.map((c) => c.supplierName)).size}`,
    },
  ];
}

function trainingAnswer(year: number, training: SocialValueTrainingRecord | null): string {
  if (!training) return `${NOT_HELD}.`;
  if (!training.courses.length && !training.competencies.length) {
    return 'Not recorded: no course in the training register and no competency in the skills matrix concerns social value. Toolkits and resources are not held in the ledger.';
  }
  const parts = [
    training.courses.length ? `Courses on social value: ${training.courses.join('; ')}; ${count(training.completionsInYear, 'completion')} in ${year} by ${count(training.peopleTrainedInYear, 'person', 'people')}.` : '',
    training.competencies.length ? `Competencies in the skills matrix: ${training.competencies.join('; ')}.` : '',
    'Toolkits and resources are not held in the ledger.',
  ];
  return parts.filter(Boolean).join(' ');
}
