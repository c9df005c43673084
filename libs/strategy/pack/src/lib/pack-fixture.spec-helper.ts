import { StrategyPackData } from './pack-data';

/** A small pack's data for the rendering specs. */
export const PACK_DATA: StrategyPackData = {
  year: 2025,
  cutOff: '2025-12-31T23:59:59.000Z',
  position: '1234',
  establishment: {
    filledFte: 3,
    approvedFte: 4,
    proposedFte: 2,
    vacantFte: 1,
    plannedNotFilled: 2,
    posts: [
      { title: 'Procurement & Contracts Manager', fte: 1, status: 'FILLED', targetYear: 2024 },
      { title: 'Procurement Officer', fte: 0.5, status: 'PROPOSED', targetYear: 2025 },
    ],
  },
  training: { completionsInYear: 4, peopleTrainedInYear: 3, failedOrNoShowInYear: 1, byCourse: [{ course: 'Contract law basics', completions: 4 }] },
  skills: { people: 3, competencies: 5, totalGapAtStart: 9, totalGapAtCutOff: 4, cellsWithGapAtStart: 6, cellsWithGapAtCutOff: 3 },
  gateway: {
    decisionsInYear: 2,
    byOutcome: [
      { outcome: 'APPROVED', count: 1 },
      { outcome: 'APPROVED_WITH_CONDITIONS', count: 0 },
      { outcome: 'DEFERRED', count: 1 },
      { outcome: 'REJECTED', count: 0 },
    ],
    correctedInYear: 0,
    basisChanged: 1,
    decisions: [{ procurement: 'Fleet | vans', gateway: 'G2_PROCUREMENT_STRATEGY', outcome: 'APPROVED', decidedOn: '2025-03-01', basisChanged: true }],
  },
  lessons: { total: 2, recordedInYear: 1, actionsOpen: 1, actionsClosed: 1, actionsOverdue: 1, inYear: [{ title: 'Late *market* engagement', priority: 'HIGH', loggedOn: '2025-04-01', open: 1, closed: 1, overdue: 1 }] },
  risks: { total: 1, reviewsInYear: 3, overdue: 0, register: [{ title: 'Modern slavery <supply chain>', category: 'MODERN_SLAVERY', score: 12, reviewsInYear: 3, nextReviewDue: '2026-02-01', overdue: false }] },
  maturity: {
    overallScore: 1.8,
    previousOverallScore: null,
    movement: null,
    areas: [{ area: 'Developing talent', theme: 'Enablers', level: 'MINIMUM', score: 1, target: 'MATURE', previousLevel: null, movement: null, evidence: 'No skills matrix\nno training register' }],
  },
  actionPlan: [{ area: 'Developing talent', description: 'Create a skills matrix', targetYear: 2025, targetLevel: 'DEVELOPING', percent: 50, latestNote: null }],
};
