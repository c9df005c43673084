import type {
  ConflictOfInterest,
  GatewayPolicy,
  GatewayReview,
  HeatMapCell,
  Lesson,
  LessonAction,
  PersonRef,
  Procurement,
  ProcurementListItem,
  Risk,
  ScoreEntry,
} from '../app/features/governance/governance.types';

/** Small builders for the governance API's answers; each takes the fields a test cares about. */

export const personRef = (fields: Partial<PersonRef> = {}): PersonRef => ({
  id: 'staff-1',
  displayName: 'Ann Lee',
  erased: false,
  jobTitle: 'Head of Finance',
  ...fields,
});

export const ANN = personRef();
export const BOB = personRef({ id: 'staff-2', displayName: 'Bob Khan', jobTitle: 'Legal Counsel' });
export const CAT = personRef({ id: 'staff-3', displayName: 'Cat Jones', jobTitle: 'Director of Place' });
export const DEV = personRef({ id: 'staff-4', displayName: 'Dev Rao', jobTitle: 'Audit Manager' });

export const policy = (fields: Partial<GatewayPolicy> = {}): GatewayPolicy => ({
  version: 1,
  adoptedAt: '2026-01-05T09:00:00.000Z',
  reason: 'Default policy adopted when the first procurement was registered',
  quorum: 3,
  committee: null,
  valueThresholds: [
    { minValue: 100000, gateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'] },
    {
      minValue: 500000,
      gateways: ['G1_BUSINESS_CASE', 'G2_PROCUREMENT_STRATEGY', 'G3_AWARD', 'G4_CONTRACT_MOBILISATION', 'G5_POST_CONTRACT_REVIEW'],
    },
  ],
  highRiskGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
  politicalInterestGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
  ...fields,
});

export const review = (fields: Partial<GatewayReview> = {}): GatewayReview => ({
  id: 'review-1',
  gateway: 'G2_PROCUREMENT_STRATEGY',
  summary: 'Open procedure in four lots',
  requestedAt: '2026-02-02T10:00:00.000Z',
  outcome: null,
  conditionStatus: [],
  rationale: null,
  decidedAt: null,
  decidedBy: [],
  recordedBy: null,
  basisPosition: null,
  correctionReason: null,
  superseded: [],
  basisChanged: false,
  ...fields,
});

/** A decided review: approved by Ann, Bob and Dev. */
export const decided = (fields: Partial<GatewayReview> = {}): GatewayReview =>
  review({
    outcome: 'APPROVED',
    rationale: 'A sound strategy',
    decidedAt: '2026-02-10T15:00:00.000Z',
    decidedBy: [ANN, BOB, DEV],
    recordedBy: 'user-1',
    basisPosition: '42',
    ...fields,
  });

export const conflict = (fields: Partial<ConflictOfInterest> = {}): ConflictOfInterest => ({
  staffMember: CAT,
  nature: 'Spouse works for a bidder',
  declaredAt: '2026-02-03T09:00:00.000Z',
  onBehalf: false,
  onBehalfReason: null,
  declaredBy: CAT,
  ...fields,
});

export const procurementSummary = (fields: Partial<ProcurementListItem> = {}): ProcurementListItem => ({
  id: 'proc-1',
  title: 'Highways maintenance',
  estimatedValue: 250000,
  riskLevel: 'MEDIUM',
  politicalInterest: false,
  requiredGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
  outstandingGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
  policyVersion: 1,
  revision: 1,
  reviews: [],
  ...fields,
});

export const procurement = (fields: Partial<Procurement> = {}): Procurement => ({
  ...procurementSummary(),
  reviews: [],
  conflicts: [],
  lessons: [],
  ...fields,
});

export const action = (fields: Partial<LessonAction> = {}): LessonAction => ({
  id: 'action-1',
  description: 'Add market engagement to the strategy template',
  owner: ANN,
  dueDate: '2026-06-30',
  target: 'TEMPLATE',
  targetReference: 'PT-04',
  status: 'OPEN',
  overdue: false,
  evidence: null,
  closedOn: null,
  ...fields,
});

export const lesson = (fields: Partial<Lesson> = {}): Lesson => ({
  id: 'lesson-1',
  title: 'Market engagement came too late',
  whatHappened: 'Suppliers heard of the tender a week before it opened.',
  effect: 'Two bids instead of the six expected.',
  causes: 'No market engagement step in the plan.',
  earlyWarningIndicators: 'Few questions at the bidders’ day.',
  recommendation: 'Engage the market six months ahead.',
  priority: 'HIGH',
  procurementId: 'proc-1',
  gateway: 'G3_AWARD',
  loggedBy: 'user-4',
  loggedOn: '2026-03-01',
  recordedAt: '2026-03-01T10:00:00.000Z',
  actions: [],
  ...fields,
});

export const scoreEntry = (fields: Partial<ScoreEntry> = {}): ScoreEntry => ({
  likelihood: 3,
  impact: 4,
  score: 12,
  notes: 'Identified',
  reviewedAt: '2026-01-10T09:00:00.000Z',
  reviewedBy: 'user-5',
  ...fields,
});

export const risk = (fields: Partial<Risk> = {}): Risk => ({
  id: 'risk-1',
  title: 'Key supplier insolvency',
  category: 'SUPPLY_CHAIN_AND_CONTRACTOR_FAILURE',
  owner: 'Director of Resources',
  likelihood: 3,
  impact: 4,
  score: 12,
  inherentLikelihood: 4,
  inherentImpact: 5,
  inherentScore: 20,
  appetite: 'CAUTIOUS',
  treatment: 'TREAT',
  controls: ['Quarterly credit checks'],
  reviewEveryMonths: 3,
  nextReviewDue: '2026-04-10',
  overdue: false,
  status: 'OPEN',
  closedOn: null,
  closeReason: null,
  scoreHistory: [scoreEntry()],
  revision: 1,
  ...fields,
});

/** The API's 25 cells (likelihood 5 to 1, impact 1 to 5) with these risks placed by residual rating. */
export function heatMapFor(risks: readonly Risk[]): HeatMapCell[] {
  const cells: HeatMapCell[] = [];
  for (let likelihood = 5; likelihood >= 1; likelihood--) {
    for (let impact = 1; impact <= 5; impact++) {
      const here = risks.filter((r) => r.likelihood === likelihood && r.impact === impact);
      cells.push({ likelihood, impact, count: here.length, riskIds: here.map((r) => r.id) });
    }
  }
  return cells;
}
