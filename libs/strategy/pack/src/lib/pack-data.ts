import { PackLogo, PackSectionId } from '@ledger/strategy-domain';

/** A cell of the 5×5 risk matrix and how many open risks sit in it (cells with none are left out). */
export interface RiskMatrixCell {
  likelihood: number;
  impact: number;
  count: number;
}

/**
 * Everything a strategy update pack shows, gathered from every context at one cut-off and log
 * position. Plain data, in a stable order, with no personal data: erasing a person later must
 * not change a pack's content or hash.
 */
export interface StrategyPackData {
  year: number;
  /**
   * The authority the pack is for, as recorded on the pack's own event (ADR 0029); null for packs
   * recorded before the event carried it.
   */
  authority: { name: string; logo?: PackLogo } | null;
  /** ISO instant: 31 December 23:59:59 UK time, or the generation time while the year runs. */
  cutOff: string;
  /** The global log position the pack was built at (decimal). */
  position: string;
  establishment: {
    filledFte: number;
    approvedFte: number;
    proposedFte: number;
    vacantFte: number;
    /** Posts planned for this year or earlier that are not filled at the cut-off. */
    plannedNotFilled: number;
    posts: { title: string; fte: number; status: string; targetYear: number }[];
  };
  training: {
    completionsInYear: number;
    peopleTrainedInYear: number;
    failedOrNoShowInYear: number;
    byCourse: { course: string; completions: number }[];
    /** Completions in each quarter of the calendar year (Q1 = January to March), all four in order. */
    byQuarter: { quarter: 'Q1' | 'Q2' | 'Q3' | 'Q4'; completions: number }[];
  };
  skills: {
    people: number;
    competencies: number;
    /**
     * Whether the matrix measured anything on 1 January (someone held a post with a required
     * level). When it did not, the start-of-year gaps are null: "did not exist", not zero.
     */
    existedAtStart: boolean;
    totalGapAtStart: number | null;
    totalGapAtCutOff: number;
    cellsWithGapAtStart: number | null;
    cellsWithGapAtCutOff: number;
    /** Per competency, in the framework's order: people whose post requires it, and those at or above the level required. */
    coverageByCompetency: { competency: string; peopleRequired: number; peopleAtOrAbove: number }[];
  };
  gateway: {
    decisionsInYear: number;
    byOutcome: { outcome: string; count: number }[];
    correctedInYear: number;
    basisChanged: number;
    /** decidedOn is the UK calendar date (YYYY-MM-DD). */
    decisions: { procurement: string; gateway: string; outcome: string; decidedOn: string; basisChanged: boolean }[];
  };
  lessons: {
    total: number;
    recordedInYear: number;
    actionsOpen: number;
    actionsClosed: number;
    actionsOverdue: number;
    inYear: { title: string; priority: string; loggedOn: string; open: number; closed: number; overdue: number }[];
  };
  risks: {
    total: number;
    reviewsInYear: number;
    overdue: number;
    /** Open at the cut-off (closed risks leave the heat map). */
    open: number;
    /** Open risks with a residual score of 10 or more (High or Very high). */
    openHighOrAbove: number;
    register: { title: string; category: string; score: number; reviewsInYear: number; nextReviewDue: string; overdue: boolean; status: string; likelihood: number; impact: number }[];
    /** Open risks by residual likelihood and impact at the cut-off. */
    heatMapNow: RiskMatrixCell[];
    /**
     * The same a year earlier: at the previous year's cut-off (31 December), at the same log
     * position. Null when the register held no risk then (it did not exist).
     */
    heatMapYearAgo: RiskMatrixCell[] | null;
    /** The instant of heatMapYearAgo (ISO). */
    yearAgo: string;
  };
  /**
   * The NPS maturity compared like with like (compareMaturity): areas not re-assessed in the year
   * keep their last level and target; the movement is over the areas with a level at both ends.
   */
  maturity: {
    /** Mean over every area with a level at the cut-off, re-assessed or carried forward. */
    overallScore: number;
    /** Mean over every area with a level at the end of the previous year. */
    previousOverallScore: number | null;
    /** comparableScoreNow - comparableScorePrevious; null without a comparable area. */
    movement: number | null;
    reassessedAreas: number;
    carriedForwardAreas: number;
    /** The areas the movement is computed over, and their mean now and a year earlier. */
    comparableAreas: string[];
    comparableScoreNow: number | null;
    comparableScorePrevious: number | null;
    /** Assessed now, not a year earlier: outside the movement. */
    newAreas: string[];
    areas: {
      area: string;
      theme: string;
      level: string;
      score: number;
      target: string | null;
      previousLevel: string | null;
      movement: number | null;
      evidence: string;
      /** Assessed in the year; false: carried forward from assessedYear ("not re-assessed"). */
      reassessed: boolean;
      assessedYear: number;
      targetCarriedForward: boolean;
      section: PackSectionId;
    }[];
  };
  actionPlan: { area: string; description: string; targetYear: number; targetLevel: string | null; percent: number; latestNote: string | null; section: PackSectionId }[];
  /** The procurement lead's latest commentary per section recorded at or before the pack's position, in section order. */
  commentary: { section: PackSectionId; text: string }[];
  /** Strategy 3.9/3.10: contracts after award, change control, performance, savings and social value. */
  contracts: {
    awardedInYear: number;
    awardedValueInYear: number;
    /** Active at the cut-off. */
    active: number;
    activeCurrentValue: number;
    activeWithManager: number;
    /** Variations recorded in the year, by status at the cut-off (EFFECTIVE, PENDING, APPROVED, REJECTED, LAPSED). */
    variationsInYear: { status: string; count: number; valueChange: number }[];
    /** Of the year's variations, those over the policy threshold that needed the procurement lead's approval. */
    variationsNeedingApprovalInYear: number;
    /** KPI reports for the year's quarters, by RAG rating (GREEN, AMBER, RED). */
    kpiReportsInYear: { rating: string; count: number }[];
    /** Savings and benefits in GBP, committed and delivered to the cut-off (all periods), delivered in the year's quarters. */
    savings: { kind: string; committed: number; delivered: number; deliveredInYear: number }[];
    /** The FOI figures for the contracts awarded in the year (socialValueSummary). */
    socialValue: { contractsAwarded: number; contractsWithSocialValue: number; averageWeightingPercent: number; committedValue: number; deliveredValue: number };
    /** Active contracts whose social value delivery is behind its pro rata expectation at the cut-off. */
    underDelivering: { contract: string; supplier: string; committedValue: number; deliveredValue: number }[];
    /** Contracts awarded in the year or active at the cut-off, oldest award first. */
    register: {
      contract: string;
      supplier: string;
      awardedOn: string;
      status: string;
      awardedValue: number;
      currentValue: number;
      socialValueWeightingPercent: number;
      committedSocialValue: number;
      deliveredSocialValue: number;
      underDelivered: boolean;
    }[];
  };
}
