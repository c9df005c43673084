import { DomainEvent } from '@ledger/event-store-core';
import { ProjectionTestbed as Testbed, TEST_STORE_KINDS, openProjectionTestbed } from '@ledger/runtime/testing';
import { LESSONS, LESSONS_PROJECTIONS, LESSON_PROCUREMENTS } from './index';

describe.each(TEST_STORE_KINDS)('lessons projections on %s', (kind) => {
  let bed: Testbed;
  let stores: Testbed['stores'];
  let runner: Testbed['runner'];
  beforeEach(async () => {
    bed = await openProjectionTestbed(kind, LESSONS_PROJECTIONS);
    ({ stores, runner } = bed);
  });
  afterEach(async () => bed.close());
  const record = (streamId: string, event: DomainEvent) => bed.record(streamId, event);
  const lesson = {
    type: 'LessonRecorded',
    data: {
      lessonId: 'l1',
      title: 'Late market engagement',
      whatHappened: 'Two bids',
      effect: 'Weak competition',
      causes: null,
      earlyWarningIndicators: null,
      recommendation: 'Engage earlier',
      priority: 'HIGH',
      procurementId: 'p1',
      gateway: 'G3_AWARD',
      loggedBy: 'u1',
      loggedOn: '2026-03-01',
    },
  };

  it('LessonRecorded adds the PRINCE2 entry', async () => {
    await record('lesson-l1', lesson);
    expect(await stores.readModels.get(LESSONS, 'l1')).toMatchObject({ id: 'l1', title: 'Late market engagement', priority: 'HIGH', procurementId: 'p1', actions: [] });
  });

  it('LessonActionAssigned and LessonActionClosed track the action', async () => {
    await record('lesson-l1', lesson);
    await record('lesson-l1', { type: 'LessonActionAssigned', data: { lessonId: 'l1', actionId: 'a1', description: 'Update the ITT template', ownerStaffMemberId: 's1', dueDate: '2026-04-01', target: 'TEMPLATE', targetReference: 'ITT v3' } });
    await record('lesson-l1', { type: 'LessonActionClosed', data: { lessonId: 'l1', actionId: 'a1', evidence: 'Template v4 published', closedOn: '2026-03-20', closedBy: 'u1' } });
    expect((await stores.readModels.get<{ actions: unknown[] }>(LESSONS, 'l1'))?.actions).toEqual([
      expect.objectContaining({ id: 'a1', status: 'CLOSED', evidence: 'Template v4 published', closedOn: '2026-03-20' }),
    ]);
  });

  it('an award (G3 passed) marks the procurement awarded; a correction to REJECTED clears it', async () => {
    const decision = (type: string, outcome: string) => ({
      type,
      data: { procurementId: 'p1', reviewId: 'r3', gateway: 'G3_AWARD', outcome, conditions: [], rationale: 'x', deciders: [], recordedBy: 'c', basisPosition: '1', reason: 'r' },
    });
    await record('procurement-p1', { type: 'ProcurementRegistered', data: { procurementId: 'p1', title: 'Fleet', estimatedValue: 1, riskLevel: 'LOW', politicalInterest: false, policyVersion: 1, policy: {}, requiredGateways: [] } });
    expect(await stores.readModels.get(LESSON_PROCUREMENTS, 'p1')).toMatchObject({ awardedAt: null });
    await record('procurement-p1', decision('GatewayDecisionRecorded', 'APPROVED'));
    expect((await stores.readModels.get<{ awardedAt: string }>(LESSON_PROCUREMENTS, 'p1'))?.awardedAt).toEqual(expect.any(String));
    await record('procurement-p1', decision('GatewayDecisionCorrected', 'REJECTED'));
    expect(await stores.readModels.get(LESSON_PROCUREMENTS, 'p1')).toMatchObject({ awardedAt: null });
  });

  it('rebuilt from the log gives the same lessons as folded live', async () => {
    await record('lesson-l1', lesson);
    await record('lesson-l1', { type: 'LessonActionAssigned', data: { lessonId: 'l1', actionId: 'a1', description: 'x', ownerStaffMemberId: 's1', dueDate: '2026-04-01', target: 'GUIDANCE', targetReference: null } });
    const live = await stores.readModels.list(LESSONS);
    await runner.rebuild();
    expect(await stores.readModels.list(LESSONS)).toEqual(live);
  });
});
