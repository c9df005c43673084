import { randomBytes } from 'node:crypto';
import { CommandMetadata, DomainEvent, EventStore, Projection, ReadModelStore, SnapshotMaintainer, foldAsOf, foldAsOfFromSnapshot } from '@ledger/event-store-core';
import { GATEWAY_PROJECTIONS } from '@ledger/gateway-api';
import { DEFAULT_GATEWAY_POLICY } from '@ledger/gateway-domain';
import { usersProjection } from '@ledger/identity-api';
import { LESSONS_PROJECTIONS } from '@ledger/lessons-api';
import { riskRegisterProjection } from '@ledger/risk-api';
import { WORKFORCE_PROJECTIONS } from '@ledger/workforce-api';
import { summarise, timed } from './measure';

export const ALL_PROJECTIONS: Projection[] = [usersProjection, ...WORKFORCE_PROJECTIONS, ...GATEWAY_PROJECTIONS, ...LESSONS_PROJECTIONS, riskRegisterProjection];

const EPOCH = Date.parse('2024-01-01T00:00:00Z');
const STEP_MS = 5 * 60_000;

/**
 * A realistic mixed log: 1,000 people, 40 competencies, 300 posts, 500 procurements with reviews
 * and decisions, 200 risks reviewed quarterly, and the rest assessments and training outcomes,
 * one event every five minutes from 2024.
 */
/** The span of a log written by writeMixedLog, from its length (one event every five minutes): for a kept log file. */
export const mixedLogSpan = (events: number): { first: Date; last: Date } => ({ first: new Date(EPOCH), last: new Date(EPOCH + events * STEP_MS) });

export async function writeMixedLog(store: EventStore, total: number): Promise<{ first: Date; last: Date }> {
  const revisions = new Map<string, number>();
  let n = 0;
  const write = async (streamId: string, events: DomainEvent[]) => {
    const now = new Date(EPOCH + n * STEP_MS);
    const commandId = randomBytes(8).toString('hex');
    const command: CommandMetadata = { commandId, correlationId: commandId, causationId: commandId, actorId: 'bench', actorRoles: ['ADMIN'], now };
    const result = await store.append(streamId, events, { expectedRevision: revisions.get(streamId) ?? 0, command });
    revisions.set(streamId, result.nextRevision);
    n += events.length;
  };
  for (let p = 0; p < 1000; p++) {
    await write(`staff-s${p}`, [{ type: 'StaffMemberRegistered', data: { staffMemberId: `s${p}`, displayName: `pii:v1:s${p}:iv:tag:name`, email: `pii:v1:s${p}:iv:tag:mail`, jobTitle: `Job ${p % 12}`, department: `Dept ${p % 9}` } }]);
  }
  for (let c = 0; c < 40; c++) {
    await write(`competency-c${c}`, [{ type: 'CompetencyDefined', data: { competencyId: `c${c}`, name: `Competency ${c}`, category: `Category ${c % 5}`, levelDescriptors: ['0', '1', '2', '3', '4'] } }]);
    for (let j = 0; j < 12; j++) await write(`competency-c${c}`, [{ type: 'RequirementSet', data: { competencyId: `c${c}`, jobTitle: `Job ${j}`, requiredLevel: (c + j) % 5 } }]);
  }
  for (let k = 0; k < 60; k++) await write(`course-k${k}`, [{ type: 'CourseAdded', data: { courseId: `k${k}`, title: `Course ${k}`, provider: 'Provider', competencies: [{ competencyId: `c${k % 40}`, raisesTo: 2 }], validityMonths: 24 } }]);
  for (let p = 0; p < 300; p++) {
    await write(`post-p${p}`, [{ type: 'PostProposed', data: { postId: `p${p}`, title: `Post ${p}`, fte: 1, justification: 'Establishment', targetYear: 2024 } }]);
    await write(`post-p${p}`, [{ type: 'PostApproved', data: { postId: `p${p}`, reason: 'Funded' } }]);
    await write(`post-p${p}`, [{ type: 'PostFilled', data: { postId: `p${p}`, staffMemberId: `s${p}`, startDate: '2024-04-01' } }]);
  }
  for (let r = 0; r < 200; r++) {
    await write(`risk-r${r}`, [{ type: 'RiskIdentified', data: { riskId: `r${r}`, title: `Risk ${r}`, category: 'OTHER', owner: null, inherent: { likelihood: 5, impact: 5 }, residual: { likelihood: 3, impact: 3 }, appetite: 'CAUTIOUS', treatment: 'TREAT', controls: [], reviewEveryMonths: 3, identifiedOn: '2024-01-01', nextReviewDue: '2024-04-01' } }]);
  }
  let i = 0;
  while (n < total) {
    i += 1;
    const person = i % 1000;
    if (i % 50 === 0) {
      const pr = (i / 50) % 500;
      const stream = `procurement-q${pr}`;
      const revision = revisions.get(stream) ?? 0;
      if (revision === 0) {
        await write(stream, [{ type: 'ProcurementRegistered', data: { procurementId: `q${pr}`, title: `Procurement ${pr}`, estimatedValue: 250000, riskLevel: 'MEDIUM', politicalInterest: false, policyVersion: 1, policy: DEFAULT_GATEWAY_POLICY, requiredGateways: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'] } }]);
      } else if (revision < 5) {
        const gateway = revision < 3 ? 'G2_PROCUREMENT_STRATEGY' : 'G3_AWARD';
        await write(stream, [
          revision % 2 === 1
            ? { type: 'GatewayReviewRequested', data: { procurementId: `q${pr}`, reviewId: `q${pr}-${revision}`, gateway, summary: 'Review' } }
            : { type: 'GatewayDecisionRecorded', data: { procurementId: `q${pr}`, reviewId: `q${pr}-${revision - 1}`, gateway, outcome: 'APPROVED', conditions: [], rationale: 'Sound', deciders: ['s1', 's2', 's3'], recordedBy: 'bench', basisPosition: String(n) } },
        ]);
      } else {
        await write(`staff-s${person}`, [{ type: 'TrainingPlanned', data: { staffMemberId: `s${person}`, courseId: `k${i % 60}`, plannedFor: '2025-01-01', reason: 'Plan' } }]);
      }
    } else if (i % 97 === 0) {
      await write(`risk-r${i % 200}`, [{ type: 'RiskReviewed', data: { riskId: `r${i % 200}`, residual: { likelihood: 2 + (i % 3), impact: 3 }, notes: 'Quarterly review', reviewedOn: '2024-06-01', reviewedBy: 'bench', nextReviewDue: '2024-09-01' } }]);
    } else if (i % 7 === 0) {
      await write(`staff-s${person}`, [{ type: 'TrainingOutcomeRecorded', data: { staffMemberId: `s${person}`, courseId: `k${i % 60}`, status: 'COMPLETED', date: '2024-06-01', evidence: 'Certificate', expiresOn: '2026-06-01' } }]);
    } else {
      await write(`staff-s${person}`, [{ type: 'ProficiencyAssessed', data: { staffMemberId: `s${person}`, competencyId: `c${i % 40}`, level: i % 5, evidence: 'Observed', assessedBy: 'bench', assessedOn: '2024-06-01', source: 'ASSESSMENT', courseId: null } }]);
    }
  }
  return { first: new Date(EPOCH), last: new Date(EPOCH + n * STEP_MS) };
}

export interface AsOfResult {
  events: number;
  snapshots: number;
  snapshotMs: number;
  withSnapshots: ReturnType<typeof summarise>;
  fullReplay: ReturnType<typeof summarise>;
}

/** Every register (all projections) as at random past instants: from snapshots, and by full replay. */
export async function measureAsOf(store: EventStore, readModels: ReadModelStore, span: { first: Date; last: Date }, runs = 40): Promise<AsOfResult> {
  const [snapshots, snapshotMs] = await timed(() => new SnapshotMaintainer(store, ALL_PROJECTIONS, readModels, 5000).update());
  const instant = (k: number) => new Date(span.first.getTime() + ((k * 7919) % 1000) / 1000 * (span.last.getTime() - span.first.getTime()));
  const samples: number[] = [];
  for (let k = 1; k <= runs; k++) samples.push((await timed(() => foldAsOfFromSnapshot(store, ALL_PROJECTIONS, instant(k), readModels)))[1]);
  const full: number[] = [];
  for (let k = 1; k <= 3; k++) full.push((await timed(() => foldAsOf(store, ALL_PROJECTIONS, instant(k))))[1]);
  return { events: Number(await store.headPosition()), snapshots, snapshotMs, withSnapshots: summarise(samples), fullReplay: summarise(full) };
}
