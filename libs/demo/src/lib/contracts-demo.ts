import { ContractCommandMessage, SocialValueMeasureCommandMessage } from '@ledger/contracts-api';
import { ContractRequest, Quarter, quarterEnd, quarterOf, quartersBetween } from '@ledger/contracts-domain';
import { IsoDate, addDays, addMonths } from '@ledger/shared-domain';
import { DemoStory } from './demo-timeline';

/**
 * Contracts after award (strategy 3.8 and 3.10): the authority's own social value measures, along
 * the lines of the government's Social Value Model themes, with proxy values that are ILLUSTRATIVE
 * ONLY (the demo says so on each measure: an authority sets its own, e.g. from a national TOMs
 * calculator it licenses); the adult skills contract with its manager, KPIs, commitments,
 * quarterly reports and variations; and a small contract nearing its end.
 */
const ILLUSTRATIVE = ' (demo: illustrative proxy value)';
const MEASURES: { key: string; theme: string; outcome: string; unit: string; proxyValuePerUnit: number | null }[] = [
  {
    key: 'local-jobs',
    theme: 'Tackling economic inequality',
    outcome: `Local people employed on the contract${ILLUSTRATIVE}`,
    unit: 'FTE years',
    proxyValuePerUnit: 24_000,
  },
  {
    key: 'apprenticeships',
    theme: 'Tackling economic inequality',
    outcome: `Apprenticeships on the contract${ILLUSTRATIVE}`,
    unit: 'apprenticeship weeks',
    proxyValuePerUnit: 250,
  },
  { key: 'carbon', theme: 'Fighting climate change', outcome: `Greenhouse gas emissions avoided${ILLUSTRATIVE}`, unit: 'tCO2e', proxyValuePerUnit: 250 },
  {
    key: 'learners',
    theme: 'Equal opportunity',
    outcome: `Training for people furthest from the labour market${ILLUSTRATIVE}`,
    unit: 'learner weeks',
    proxyValuePerUnit: 120,
  },
  { key: 'volunteering', theme: 'Wellbeing', outcome: `Volunteering by supplier staff in the community${ILLUSTRATIVE}`, unit: 'hours', proxyValuePerUnit: 18 },
  {
    key: 'local-spend',
    theme: 'Tackling economic inequality',
    outcome: 'Spend with local SMEs and VCSEs in the supply chain',
    unit: 'GBP spent',
    proxyValuePerUnit: null,
  },
];

const send = (story: DemoStory, contractKey: string, command: ContractRequest) =>
  story.send((meta) => new ContractCommandMessage(story.idOf('contract', contractKey), command, meta));

/** The social value calculator the FOI answer said the authority lacked: its own measures. */
export async function socialValueMeasuresAdopted(story: DemoStory): Promise<void> {
  for (const measure of MEASURES) {
    const measureId = story.idOf('measure', measure.key);
    const { theme, outcome, unit, proxyValuePerUnit } = measure;
    await story.send(
      (meta) => new SocialValueMeasureCommandMessage(measureId, { type: 'DefineSocialValueMeasure', measureId, theme, outcome, unit, proxyValuePerUnit }, meta),
    );
  }
}

const SKILLS_COMMITMENTS: [measure: string, quantity: number, perQuarter: number][] = [
  ['learners', 480, 32],
  ['apprenticeships', 208, 10],
  ['local-jobs', 6, 0.5],
  ['volunteering', 300, 30],
  ['local-spend', 60_000, 6_000],
];

/** The adult skills framework call-off, awarded once its award gateway passed; reports start next quarter. */
export async function adultSkillsContractAwarded(story: DemoStory): Promise<void> {
  const contractId = story.idOf('contract', 'skills');
  const startDate = adultSkillsStartDate(story.timeline.today());
  await send(story, 'skills', {
    type: 'AwardContract',
    contractId,
    procurementId: story.idOf('procurement', 'skills'),
    supplierName: 'Fenland Skills Partnership Ltd',
    supplierDetails: { companyNumber: '09876543', postcode: 'PE15 8AB', sme: true, vcse: false },
    awardedValue: 438_500,
    startDate,
    endDate: addDays(addMonths(startDate, 36), -1),
    extensionMonthsAvailable: 12,
    noticePeriodDays: 90,
    socialValueWeightingPercent: 10,
  });
  await send(story, 'skills', { type: 'AddKpi', kpiId: story.idOf('kpi', 'completion'), name: 'Learners completing their course', target: '85% of starters' });
  await send(story, 'skills', {
    type: 'AddKpi',
    kpiId: story.idOf('kpi', 'progression'),
    name: 'Learners into work or further study within six months',
    target: '60% of completers',
  });
  for (const [measure, committedQuantity] of SKILLS_COMMITMENTS) {
    await send(story, 'skills', {
      type: 'CommitSocialValue',
      commitmentId: story.idOf('commitment', `skills:${measure}`),
      measureId: story.idOf('measure', measure),
      committedQuantity,
    });
  }
  await send(story, 'skills', {
    type: 'RecordSavingOrBenefit',
    entryId: story.idOf('saving', 'skills:committed'),
    kind: 'SAVING',
    stage: 'COMMITTED',
    amount: 21_500,
    period: quarterOf(startDate),
    note: 'Framework rates below the previous contract',
  });
}

export async function contractManagerAssigned(story: DemoStory): Promise<void> {
  for (const contract of ['skills', 'bootcamp']) {
    await send(story, contract, { type: 'AssignContractManager', staffMemberId: story.idOf('staff', 'contracts') });
  }
}

/**
 * One quarter's reports on the adult skills contract, made a fortnight after the quarter ended.
 * `complete: false` leaves the progression KPI unreported (overdue when the demo is loaded).
 */
export async function adultSkillsQuarterReported(story: DemoStory, quarter: Quarter, index: number, complete: boolean): Promise<void> {
  const completionRating = index === 1 ? 'AMBER' : 'GREEN';
  await send(story, 'skills', {
    type: 'ReportKpi',
    kpiId: story.idOf('kpi', 'completion'),
    period: quarter,
    rating: completionRating,
    note: completionRating === 'AMBER' ? '78% completed: a tutor vacancy in Wisbech; filled in the following month' : 'On target',
  });
  if (complete) {
    await send(story, 'skills', {
      type: 'ReportKpi',
      kpiId: story.idOf('kpi', 'progression'),
      period: quarter,
      rating: 'GREEN',
      note: 'Destinations survey at six months',
    });
  }
  for (const [measure, , perQuarter] of SKILLS_COMMITMENTS) {
    // Apprenticeships start slowly: the supplier delivers half the expected weeks, which the contract page shows as under-delivery.
    const quantity = measure === 'apprenticeships' ? perQuarter / 2 : perQuarter;
    await send(story, 'skills', {
      type: 'ReportSocialValueDelivery',
      commitmentId: story.idOf('commitment', `skills:${measure}`),
      period: quarter,
      quantity,
      evidence: `Supplier's quarterly social value return for ${quarter}, checked against payroll and enrolment records`,
    });
  }
  if (index === 2) {
    await send(story, 'skills', {
      type: 'RecordSavingOrBenefit',
      entryId: story.idOf('saving', 'skills:delivered'),
      kind: 'SAVING',
      stage: 'DELIVERED',
      amount: 9_800,
      period: quarter,
      note: 'Invoiced rates against the previous contract, first half year',
    });
  }
}

/** The quarters of the adult skills contract that ended before the demo is loaded, each with the instant it was reported. */
export function adultSkillsReportingQuarters(startDate: IsoDate, loadDay: IsoDate): { quarter: Quarter; reportOn: IsoDate }[] {
  const lastEnded = quarterOf(addDays(firstDayOfQuarter(loadDay), -1));
  if (lastEnded < quarterOf(startDate)) return [];
  return quartersBetween(quarterOf(startDate), lastEnded)
    .map((quarter) => ({ quarter, reportOn: addDays(quarterEnd(quarter), 14) }))
    .filter(({ reportOn }) => reportOn < loadDay);
}

export async function adultSkillsVariedWithinThreshold(story: DemoStory): Promise<void> {
  await send(story, 'skills', {
    type: 'VaryContract',
    variationId: story.idOf('variation', 'wisbech'),
    description: 'Forty more learner places in Wisbech',
    valueChange: 25_000,
    reason: 'Demand above the forecast in the north of the area',
  });
}

/** Over the policy threshold together with the first: waits for the procurement lead when the demo is loaded. */
export async function adultSkillsVariedOverThreshold(story: DemoStory): Promise<void> {
  await send(story, 'skills', {
    type: 'VaryContract',
    variationId: story.idOf('variation', 'esol'),
    description: 'English for speakers of other languages added to the provision',
    valueChange: 40_000,
    reason: 'Skills strategy refresh: ESOL demand in Peterborough',
  });
}

/** A small contract (no gateway required under £100k) that ends within three months of the demo being loaded. */
export async function bootcampContractAwarded(story: DemoStory): Promise<void> {
  const startDate = addDays(story.timeline.today(), 14);
  await send(story, 'bootcamp', {
    type: 'AwardContract',
    contractId: story.idOf('contract', 'bootcamp'),
    procurementId: story.idOf('procurement', 'bootcamp'),
    supplierName: 'Code Your Future CIC',
    supplierDetails: { companyNumber: '11223344', postcode: 'CB1 2AB', sme: true, vcse: true },
    awardedValue: 78_000,
    startDate,
    endDate: addDays(addMonths(startDate, 11), -1),
    extensionMonthsAvailable: 0,
    noticePeriodDays: 30,
    socialValueWeightingPercent: 5,
  });
}

/** The adult skills contract starts on the first of the month after its award. */
export function adultSkillsStartDate(awardDay: IsoDate): IsoDate {
  return addMonths(`${awardDay.slice(0, 7)}-01`, 1);
}

function firstDayOfQuarter(day: IsoDate): IsoDate {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
}
