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
}
