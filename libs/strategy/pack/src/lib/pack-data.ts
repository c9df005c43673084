/**
 * Everything a strategy update pack shows, gathered from every context at one cut-off and log
 * position. Plain data, in a stable order, with no personal data: erasing a person later must
 * not change a pack's content or hash.
 */
export interface StrategyPackData {
  year: number;
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
  };
  skills: {
    people: number;
    competencies: number;
    totalGapAtStart: number;
    totalGapAtCutOff: number;
    cellsWithGapAtStart: number;
    cellsWithGapAtCutOff: number;
  };
  gateway: {
    decisionsInYear: number;
    byOutcome: { outcome: string; count: number }[];
    correctedInYear: number;
    basisChanged: number;
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
    register: { title: string; category: string; score: number; reviewsInYear: number; nextReviewDue: string; overdue: boolean }[];
  };
  maturity: {
    overallScore: number;
    previousOverallScore: number | null;
    movement: number | null;
    areas: { area: string; theme: string; level: string; score: number; target: string | null; previousLevel: string | null; movement: number | null; evidence: string }[];
  };
  actionPlan: { area: string; description: string; targetYear: number; targetLevel: string | null; percent: number; latestNote: string | null }[];
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
