import type { AuditSubjects, RecordedEvent, RegistersSnapshot } from '../app/features/audit/audit.types';
import { heatMapFor, risk } from './governance-fixtures';

/** Small builders for the audit API's answers; each takes the fields a test cares about. */

const hex = (digit: string) => digit.repeat(64);

export const recordedEvent = (fields: Partial<RecordedEvent> = {}): RecordedEvent => ({
  position: '1',
  streamId: 'procurement-proc-1',
  revision: 1,
  type: 'ProcurementRegistered',
  recordedAt: '2026-02-02T10:15:30.000Z',
  actorId: 'user-1',
  actorName: null,
  actorRoles: ['ADMIN'],
  commandId: 'cmd-1',
  correlationId: 'corr-1',
  causationId: 'cause-1',
  schemaVersion: 1,
  data: JSON.stringify({ procurementId: 'proc-1', title: 'Highways maintenance', estimatedValue: 250000 }),
  prevHash: hex('0'),
  hash: hex('a'),
  ...fields,
});

/** Events at consecutive positions from `first`, each its own revision of one stream. */
export const eventsFrom = (first: number, count: number, fields: Partial<RecordedEvent> = {}): RecordedEvent[] =>
  Array.from({ length: count }, (_, i) =>
    recordedEvent({ position: String(first + i), revision: i + 1, commandId: `cmd-${first + i}`, ...fields }),
  );

export const subjects = (fields: Partial<AuditSubjects> = {}): AuditSubjects => ({
  procurements: [
    { id: 'proc-1', title: 'Highways maintenance' },
    { id: 'proc-2', title: 'Office cleaning' },
  ],
  staffMembers: [
    { id: 'staff-1', displayName: 'Sam Patel', jobTitle: 'Procurement Officer', erased: false },
    { id: 'staff-9', displayName: 'Erased person', jobTitle: '', erased: true },
  ],
  users: [
    { id: 'user-1', displayName: 'Alex Reid', erased: false },
    { id: 'user-5', displayName: 'Chris Okafor', erased: false },
    { id: 'user-7', displayName: 'Erased user', erased: true },
  ],
  eventTypes: ['GatewayDecisionRecorded', 'PostFilled', 'ProcurementRegistered'],
  ...fields,
});

/** Every register empty, as before anything was recorded. */
export const emptySnapshot = (asOf = '2020-01-01T09:00:00.000Z'): RegistersSnapshot => ({
  asOf,
  establishment: { filledFte: 0, approvedFte: 0, proposedFte: 0, vacantFte: 0, posts: [] },
  skillsMatrix: { rows: [] },
  trainingRegister: [],
  procurements: [],
  gatewayLog: [],
  lessons: [],
  risks: [],
  riskHeatMap: heatMapFor([]),
});

const RISKS = [
  risk({ id: 'risk-1', title: 'Key supplier insolvency', likelihood: 3, impact: 4, score: 12 }),
  risk({ id: 'risk-2', title: 'Cyber attack on a key supplier', likelihood: 4, impact: 5, score: 20 }),
  risk({ id: 'risk-3', title: 'Late payment to SMEs', likelihood: 2, impact: 2, score: 4 }),
  risk({ id: 'risk-4', title: 'Modern slavery in the supply chain', likelihood: 3, impact: 4, score: 12 }),
];

/** A year's worth of registers: numbers chosen so that every total is different. */
export const snapshot = (asOf = '2026-03-01T10:00:00.000Z'): RegistersSnapshot => ({
  asOf,
  establishment: {
    filledFte: 3.5,
    approvedFte: 5,
    proposedFte: 1,
    vacantFte: 1.5,
    posts: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }, { id: 'p4' }, { id: 'p5' }],
  },
  skillsMatrix: {
    rows: [
      { totalGap: 0, staffMember: { id: 'staff-1' } },
      { totalGap: 7, staffMember: { id: 'staff-2' } },
      { totalGap: 3, staffMember: { id: 'staff-3' } },
    ],
  },
  trainingRegister: [
    { id: 't1', status: 'PLANNED' },
    { id: 't2', status: 'COMPLETED' },
    { id: 't3', status: 'PLANNED' },
    { id: 't4', status: 'EXPIRED' },
  ],
  procurements: [{ id: 'proc-1' }, { id: 'proc-2' }],
  gatewayLog: [
    { id: 'r1', outcome: 'APPROVED' },
    { id: 'r2', outcome: 'DEFERRED' },
    { id: 'r3', outcome: 'APPROVED' },
  ],
  lessons: [
    {
      id: 'lesson-1',
      actions: [
        { id: 'a1', status: 'OPEN', overdue: true },
        { id: 'a2', status: 'CLOSED', overdue: false },
      ],
    },
    { id: 'lesson-2', actions: [{ id: 'a3', status: 'OPEN', overdue: false }] },
  ],
  risks: RISKS.map(({ id, title, score }) => ({ id, title, score })),
  riskHeatMap: heatMapFor(RISKS),
});
