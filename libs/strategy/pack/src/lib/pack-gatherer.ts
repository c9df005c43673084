import { Injectable } from '@nestjs/common';
import { ContractsQueries } from '@ledger/contracts-api';
import { KPI_RATINGS, SAVING_KINDS, VariationStatus } from '@ledger/contracts-domain';
import { GatewayQueries } from '@ledger/gateway-api';
import { LessonsQueries } from '@ledger/lessons-api';
import { RiskQueries } from '@ledger/risk-api';
import { InstantAtPosition } from '@ledger/shared-api';
import { OUTCOMES, riskScoreBand, ukDateOf } from '@ledger/shared-domain';
import { StrategyQueries } from '@ledger/strategy-api';
import { compareMaturity, packSectionOfArea, reviewYearStart, strategyReviewCutOff } from '@ledger/strategy-domain';
import { WorkforceQueries } from '@ledger/workforce-api';
import { RiskMatrixCell, StrategyPackData } from './pack-data';

const POST_ORDER = ['FILLED', 'VACANT', 'APPROVED', 'PROPOSED', 'REJECTED', 'WITHDRAWN'];
const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const VARIATION_STATUSES: readonly VariationStatus[] = ['EFFECTIVE', 'PENDING', 'APPROVED', 'REJECTED', 'LAPSED'];
const round2 = (value: number) => Math.round(value * 100) / 100;
const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;
/**
 * Commentary on a year is written after it ends, so it is read at the pack's log position only:
 * what was recorded by then, whenever in time that was (ADR 0029).
 */
const END_OF_TIME = new Date(Date.UTC(9999, 11, 31, 23, 59, 59));

/** Open risks counted by cell of the 5×5 matrix, in a stable order (likelihood, then impact). */
function heatMap(risks: readonly { status: string; likelihood: number; impact: number }[]): RiskMatrixCell[] {
  const counts = new Map<string, RiskMatrixCell>();
  for (const risk of risks.filter((r) => r.status === 'OPEN')) {
    const key = `${risk.likelihood}x${risk.impact}`;
    const cell = counts.get(key) ?? { likelihood: risk.likelihood, impact: risk.impact, count: 0 };
    counts.set(key, { ...cell, count: cell.count + 1 });
  }
  return [...counts.values()].sort((a, b) => a.likelihood - b.likelihood || a.impact - b.impact);
}

/** The authority as recorded on the pack; gathered data never reads today's configuration. */
export type PackAuthority = StrategyPackData['authority'];

/**
 * Reads every context's registers as at the review's cut-off AND the recorded log position
 * (through each context's published queries, never its read models), and reduces them to the
 * pack's data. The same (year, cut-off, position) always gives the same data.
 */
@Injectable()
export class StrategyPackGatherer {
  constructor(
    private readonly workforce: WorkforceQueries,
    private readonly gateway: GatewayQueries,
    private readonly lessonsLog: LessonsQueries,
    private readonly riskRegister: RiskQueries,
    private readonly strategy: StrategyQueries,
    private readonly contractsRegister: ContractsQueries,
  ) {}

  async gather(year: number, cutOff: Date, position: bigint, authority: PackAuthority = null): Promise<StrategyPackData> {
    const at = new InstantAtPosition(cutOff, position);
    const start = new InstantAtPosition(reviewYearStart(year), position);
    // A year ago: the previous year's cut-off, read at the same log position as everything else.
    const yearAgoInstant = strategyReviewCutOff(year - 1, cutOff);
    const yearAgo = new InstantAtPosition(yearAgoInstant, position);
    const inYear = (instant: Date) => instant.getTime() >= start.getTime() && instant.getTime() <= cutOff.getTime();
    const firstDay = `${year}-01-01`;
    const lastDay = ukDateOf(cutOff);
    const dayInYear = (date: string | null | undefined) => !!date && date >= firstDay && date <= lastDay;

    const [establishment, register, matrixNow, matrixAtStart, procurements, lessons, risks, risksYearAgo, maturityHistory, actionPlan, contracts, socialValue, commentary] = await Promise.all([
      this.workforce.establishment(at),
      this.workforce.trainingRegister(at),
      this.workforce.skillsMatrix(at),
      this.workforce.skillsMatrix(start),
      this.gateway.procurements(at),
      this.lessonsLog.lessons(at),
      this.riskRegister.risks(at),
      this.riskRegister.risks(yearAgo),
      this.strategy.maturityHistory(year, at),
      this.strategy.actionPlan(at),
      this.contractsRegister.contracts(at),
      this.contractsRegister.socialValueSummary(year, at),
      this.strategy.packCommentary(year, new InstantAtPosition(END_OF_TIME, position)),
    ]);
    const maturity = compareMaturity(year, maturityHistory.assessments, maturityHistory.areaOrder);

    const completions = register.filter((r) => (r.status === 'COMPLETED' || r.status === 'EXPIRED') && dayInYear(r.completedOn));
    const byCourse = new Map<string, number>();
    for (const record of completions) byCourse.set(record.course.title, (byCourse.get(record.course.title) ?? 0) + 1);
    const gaps = (matrix: typeof matrixNow) => ({
      total: matrix.rows.reduce((sum, row) => sum + row.cells.reduce((s, cell) => s + cell.gap, 0), 0),
      cells: matrix.rows.reduce((sum, row) => sum + row.cells.filter((cell) => cell.gap > 0).length, 0),
    });
    const gapNow = gaps(matrixNow);
    const gapAtStart = gaps(matrixAtStart);
    // Nothing was measured on 1 January unless someone's post required a level then.
    const matrixExistedAtStart = matrixAtStart.rows.some((row) => row.cells.some((cell) => cell.requiredLevel > 0));
    const coverageByCompetency = matrixNow.competencies.map((competency) => {
      const required = matrixNow.rows.flatMap((row) => row.cells.filter((cell) => cell.competency.id === competency.id && cell.requiredLevel > 0));
      return { competency: competency.name, peopleRequired: required.length, peopleAtOrAbove: required.filter((cell) => cell.level >= cell.requiredLevel).length };
    });
    const quarterOf = (date: string) => QUARTERS[Math.floor((Number(date.slice(5, 7)) - 1) / 3)];

    const decisions = procurements
      .flatMap((p) => p.reviews.filter((r) => r.outcome && r.decidedAt && inYear(r.decidedAt)).map((r) => ({ procurement: p.title, gateway: r.gateway, outcome: r.outcome as string, decidedAt: r.decidedAt as Date, basisChanged: r.basisChanged, id: r.id })))
      .sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime() || text(a.procurement, b.procurement) || text(a.gateway, b.gateway) || text(a.id, b.id));
    const corrected = procurements.flatMap((p) => p.reviews.flatMap((r) => r.superseded)).filter((d) => inYear(d.decidedAt)).length;

    const actions = lessons.flatMap((l) => l.actions);
    const lessonsInYear = lessons
      .filter((l) => inYear(l.recordedAt))
      .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime() || text(a.title, b.title) || text(a.id, b.id));

    const reviewsInYear = (risk: (typeof risks)[number]) => risk.reviews.filter((r) => inYear(r.reviewedAt)).length;
    const riskRows = [...risks].sort((a, b) => b.score - a.score || text(a.title, b.title) || text(a.id, b.id));

    // Contracts come oldest award first with id tie-breaks (ContractsQueries.contracts).
    const awardedInYear = contracts.filter((c) => c.awardedOn.startsWith(`${year}-`));
    const active = contracts.filter((c) => c.status === 'ACTIVE');
    const variationsInYear = contracts.flatMap((c) => c.variations).filter((v) => inYear(v.recordedAt));
    const inYearQuarter = (period: string) => period.startsWith(`${year}-Q`);
    const kpiReports = contracts.flatMap((c) => c.kpis.flatMap((k) => k.reports)).filter((r) => inYearQuarter(r.period));
    const savings = contracts.flatMap((c) => c.savings);
    const savingsOf = (kind: string, stage: string, period?: (p: string) => boolean) =>
      round2(savings.filter((s) => s.kind === kind && s.stage === stage && (!period || period(s.period))).reduce((sum, s) => sum + s.amount, 0));
    const contractRows = contracts.filter((c) => c.status === 'ACTIVE' || c.awardedOn.startsWith(`${year}-`));

    return {
      year,
      authority,
      cutOff: cutOff.toISOString(),
      position: position.toString(),
      establishment: {
        filledFte: establishment.filledFte,
        approvedFte: establishment.approvedFte,
        proposedFte: establishment.proposedFte,
        vacantFte: establishment.vacantFte,
        plannedNotFilled: establishment.posts.filter((p) => p.targetYear <= year && ['APPROVED', 'PROPOSED', 'VACANT'].includes(p.status)).length,
        posts: [...establishment.posts]
          .sort((a, b) => POST_ORDER.indexOf(a.status) - POST_ORDER.indexOf(b.status) || text(a.title, b.title) || text(a.id, b.id))
          .map((p) => ({ title: p.title, fte: p.fte, status: p.status, targetYear: p.targetYear })),
      },
      training: {
        completionsInYear: completions.length,
        peopleTrainedInYear: new Set(completions.map((r) => r.staffMember.id)).size,
        failedOrNoShowInYear: register.filter((r) => (r.status === 'FAILED' || r.status === 'NO_SHOW') && dayInYear(r.lastDate)).length,
        byCourse: [...byCourse.entries()].sort(([a, x], [b, y]) => y - x || text(a, b)).map(([course, count]) => ({ course, completions: count })),
        byQuarter: QUARTERS.map((quarter) => ({ quarter, completions: completions.filter((r) => quarterOf(r.completedOn as string) === quarter).length })),
      },
      skills: {
        people: matrixNow.rows.length,
        competencies: matrixNow.competencies.length,
        existedAtStart: matrixExistedAtStart,
        totalGapAtStart: matrixExistedAtStart ? gapAtStart.total : null,
        totalGapAtCutOff: gapNow.total,
        cellsWithGapAtStart: matrixExistedAtStart ? gapAtStart.cells : null,
        cellsWithGapAtCutOff: gapNow.cells,
        coverageByCompetency,
      },
      gateway: {
        decisionsInYear: decisions.length,
        byOutcome: OUTCOMES.map((outcome) => ({ outcome, count: decisions.filter((d) => d.outcome === outcome).length })),
        correctedInYear: corrected,
        basisChanged: decisions.filter((d) => d.basisChanged).length,
        decisions: decisions.map((d) => ({ procurement: d.procurement, gateway: d.gateway, outcome: d.outcome, decidedOn: ukDateOf(d.decidedAt), basisChanged: d.basisChanged })),
      },
      lessons: {
        total: lessons.length,
        recordedInYear: lessonsInYear.length,
        actionsOpen: actions.filter((a) => a.status === 'OPEN').length,
        actionsClosed: actions.filter((a) => a.status === 'CLOSED').length,
        actionsOverdue: actions.filter((a) => a.overdue).length,
        inYear: lessonsInYear.map((l) => ({
          title: l.title,
          priority: l.priority,
          loggedOn: l.loggedOn,
          open: l.actions.filter((a) => a.status === 'OPEN').length,
          closed: l.actions.filter((a) => a.status === 'CLOSED').length,
          overdue: l.actions.filter((a) => a.overdue).length,
        })),
      },
      risks: {
        total: risks.length,
        reviewsInYear: risks.reduce((sum, risk) => sum + reviewsInYear(risk), 0),
        overdue: risks.filter((r) => r.overdue).length,
        open: risks.filter((r) => r.status === 'OPEN').length,
        openHighOrAbove: risks.filter((r) => r.status === 'OPEN' && ['high', 'very-high'].includes(riskScoreBand(r.score))).length,
        register: riskRows.map((r) => ({
          title: r.title,
          category: r.category,
          score: r.score,
          reviewsInYear: reviewsInYear(r),
          nextReviewDue: r.nextReviewDue,
          overdue: r.overdue,
          status: r.status,
          likelihood: r.likelihood,
          impact: r.impact,
        })),
        heatMapNow: heatMap(risks),
        heatMapYearAgo: risksYearAgo.length ? heatMap(risksYearAgo) : null,
        yearAgo: yearAgoInstant.toISOString(),
      },
      maturity: {
        overallScore: maturity.overallScore,
        previousOverallScore: maturity.previousOverallScore,
        movement: maturity.movement,
        reassessedAreas: maturity.reassessedAreas,
        carriedForwardAreas: maturity.carriedForwardAreas,
        comparableAreas: maturity.comparable?.areas ?? [],
        comparableScoreNow: maturity.comparable?.scoreNow ?? null,
        comparableScorePrevious: maturity.comparable?.scorePrevious ?? null,
        newAreas: maturity.newAreas,
        areas: maturity.areas.map((a) => ({
          area: a.area,
          theme: a.theme,
          level: a.level,
          score: a.score,
          target: a.target,
          previousLevel: a.previousLevel,
          movement: a.movement,
          evidence: a.evidence ?? '',
          reassessed: a.reassessed,
          assessedYear: a.assessedYear,
          targetCarriedForward: a.targetCarriedForward,
          section: packSectionOfArea({ name: a.area, theme: a.theme }),
        })),
      },
      actionPlan: actionPlan.map((item) => ({
        area: item.area,
        description: item.description,
        targetYear: item.targetYear,
        targetLevel: item.targetLevel,
        percent: item.percent,
        latestNote: item.progress.at(-1)?.note ?? null,
        section: packSectionOfArea({ name: item.area, theme: item.theme }),
      })),
      commentary: commentary.filter((c) => c.text).map((c) => ({ section: c.section as StrategyPackData['commentary'][number]['section'], text: c.text as string })),
      contracts: {
        awardedInYear: awardedInYear.length,
        awardedValueInYear: round2(awardedInYear.reduce((sum, c) => sum + c.awardedValue, 0)),
        active: active.length,
        activeCurrentValue: round2(active.reduce((sum, c) => sum + c.currentValue, 0)),
        activeWithManager: active.filter((c) => c.managers.length > 0).length,
        variationsInYear: VARIATION_STATUSES.map((status) => {
          const matching = variationsInYear.filter((v) => v.status === status);
          return { status, count: matching.length, valueChange: round2(matching.reduce((sum, v) => sum + v.valueChange, 0)) };
        }),
        variationsNeedingApprovalInYear: variationsInYear.filter((v) => v.approvalRequiredBecause !== null).length,
        kpiReportsInYear: KPI_RATINGS.map((rating) => ({ rating, count: kpiReports.filter((r) => r.rating === rating).length })),
        savings: SAVING_KINDS.map((kind) => ({ kind, committed: savingsOf(kind, 'COMMITTED'), delivered: savingsOf(kind, 'DELIVERED'), deliveredInYear: savingsOf(kind, 'DELIVERED', inYearQuarter) })),
        socialValue: {
          contractsAwarded: socialValue.contractsAwarded,
          contractsWithSocialValue: socialValue.contractsWithSocialValue,
          averageWeightingPercent: socialValue.averageWeightingPercent,
          committedValue: socialValue.committedValue,
          deliveredValue: socialValue.deliveredValue,
        },
        underDelivering: active
          .filter((c) => c.socialValueUnderDelivered)
          .map((c) => ({ contract: c.title, supplier: c.supplierName, committedValue: c.committedSocialValue, deliveredValue: c.deliveredSocialValue })),
        register: contractRows.map((c) => ({
          contract: c.title,
          supplier: c.supplierName,
          awardedOn: c.awardedOn,
          status: c.status,
          awardedValue: c.awardedValue,
          currentValue: c.currentValue,
          socialValueWeightingPercent: c.socialValueWeightingPercent,
          committedSocialValue: c.committedSocialValue,
          deliveredSocialValue: c.deliveredSocialValue,
          underDelivered: c.socialValueUnderDelivered,
        })),
      },
    };
  }
}
