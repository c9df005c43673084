import { InMemoryEventStore, InMemoryReadModelStore, SnapshotMaintainer, foldAsOfFromSnapshot, projectionsFingerprint } from '@ledger/event-store-core';
import { commandMetadata } from '@ledger/event-store-core/testing';
import { staffMemberStreamId } from '@ledger/workforce-domain';
import { SKILL_HISTORY_PAGE_SIZE, readSkillCellHistory, skillsProjection } from './index';

// A cell's history is kept in pages (version 3). As-of answers come from snapshots plus the events
// after them: a page changed between two snapshots travels as a patch, a new page as a whole
// document. Snapshots every 7 events fall inside pages as well as on their edges.
describe('a skills cell history as at past instants, from as-of snapshots', () => {
  const SNAPSHOT_EVERY = 7;
  const ASSESSMENTS = 2 * SKILL_HISTORY_PAGE_SIZE + 9;
  const instantAfter = (count: number) => new Date(Date.UTC(2026, 0, 1, 9, count));

  it('reads the same assessments, in order, as were recorded up to each instant', async () => {
    const store = new InMemoryEventStore();
    for (let i = 0; i < ASSESSMENTS; i++) {
      const data = { staffMemberId: 's1', competencyId: 'c1', level: i % 5, evidence: `e${i}`, assessedBy: 'u1', assessedOn: '2026-01-01', source: 'ASSESSMENT', courseId: null };
      await store.append(staffMemberStreamId('s1'), [{ type: 'ProficiencyAssessed', data }], { expectedRevision: i, command: commandMetadata({ now: instantAfter(i + 1) }) });
    }
    const snapshots = new InMemoryReadModelStore();
    expect(await new SnapshotMaintainer(store, [skillsProjection], snapshots, SNAPSHOT_EVERY).update()).toBe(Math.floor(ASSESSMENTS / SNAPSHOT_EVERY));

    for (const count of [1, SNAPSHOT_EVERY, SKILL_HISTORY_PAGE_SIZE - 1, SKILL_HISTORY_PAGE_SIZE, SKILL_HISTORY_PAGE_SIZE + 1, 2 * SKILL_HISTORY_PAGE_SIZE, ASSESSMENTS]) {
      const asOf = await foldAsOfFromSnapshot(store, [skillsProjection], instantAfter(count), snapshots);
      const history = await readSkillCellHistory(asOf, 's1', 'c1');
      expect(history.map((entry) => entry.evidence)).toEqual(Array.from({ length: count }, (_, i) => `e${i}`));
    }
    expect((await snapshots.latestSnapshot(projectionsFingerprint([skillsProjection])))?.position).toBe(BigInt(ASSESSMENTS - (ASSESSMENTS % SNAPSHOT_EVERY)));
  });
});
