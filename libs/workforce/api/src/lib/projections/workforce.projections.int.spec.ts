import { DomainEvent, ProjectionRunner } from '@ledger/event-store-core';
import { commandMetadata } from '@ledger/event-store-core/testing';
import { Stores } from '@ledger/runtime';
import { TEST_STORE_KINDS, openTestStores } from '@ledger/runtime/testing';
import { competencyStreamId, courseStreamId, postStreamId, staffMemberStreamId } from '@ledger/workforce-domain';
import { COMPETENCIES, COURSES, POSTS, SKILLS, SKILL_HISTORY_PAGE_SIZE, STAFF, TRAINING, WORKFORCE_PROJECTIONS, readSkillCellHistory, trainingRecordId } from './index';

const at = (iso: string) => commandMetadata({ now: new Date(iso) });

describe.each(TEST_STORE_KINDS)('workforce projections on %s', (kind) => {
  let stores: Stores;
  let runner: ProjectionRunner;
  const revisions = new Map<string, number>();

  beforeEach(async () => {
    stores = await openTestStores(kind);
    runner = new ProjectionRunner(stores.eventStore, stores.readModels, WORKFORCE_PROJECTIONS);
    revisions.clear();
  });
  afterEach(async () => stores.close());

  const record = async (streamId: string, event: DomainEvent, when = '2026-02-01T09:00:00.000Z') => {
    const expectedRevision = revisions.get(streamId) ?? 0;
    const result = await stores.eventStore.append(streamId, [event], { expectedRevision, command: at(when) });
    revisions.set(streamId, result.nextRevision);
    await runner.waitFor(result.position);
  };
  const doc = (collection: string, id: string) => stores.readModels.get<Record<string, unknown>>(collection, id);

  const propose = () => record(postStreamId('p1'), { type: 'PostProposed', data: { postId: 'p1', title: 'Contracts Manager', fte: 1, justification: 'Strategy 3.3', targetYear: 2024 } });
  const register = (id = 's1') =>
    record(staffMemberStreamId(id), { type: 'StaffMemberRegistered', data: { staffMemberId: id, displayName: 'pii:v1:sealed-name', email: 'pii:v1:sealed-email', jobTitle: 'Procurement Officer', department: 'Procurement' } });

  it('PostProposed adds a proposed post at revision 1', async () => {
    await propose();
    expect(await doc(POSTS, 'p1')).toMatchObject({ id: 'p1', status: 'PROPOSED', fte: 1, revision: 1, holderId: null });
  });

  it('PostApproved and PostRejected record the decision and its reason', async () => {
    await propose();
    await record(postStreamId('p1'), { type: 'PostApproved', data: { postId: 'p1', reason: 'Funded' } });
    expect(await doc(POSTS, 'p1')).toMatchObject({ status: 'APPROVED', decisionReason: 'Funded', revision: 2 });
    await record(postStreamId('p2'), { type: 'PostProposed', data: { postId: 'p2', title: 'Officer', fte: 0.5, justification: 'x', targetYear: 2024 } });
    await record(postStreamId('p2'), { type: 'PostRejected', data: { postId: 'p2', reason: 'No budget' } });
    expect(await doc(POSTS, 'p2')).toMatchObject({ status: 'REJECTED', decisionReason: 'No budget' });
  });

  it('PostFilled, PostVacated and PostWithdrawn move the holder and status', async () => {
    await propose();
    await record(postStreamId('p1'), { type: 'PostApproved', data: { postId: 'p1', reason: 'Funded' } });
    await record(postStreamId('p1'), { type: 'PostFilled', data: { postId: 'p1', staffMemberId: 's1', startDate: '2026-03-01' } });
    expect(await doc(POSTS, 'p1')).toMatchObject({ status: 'FILLED', holderId: 's1', startDate: '2026-03-01' });
    await record(postStreamId('p1'), { type: 'PostVacated', data: { postId: 'p1', staffMemberId: 's1', endDate: '2026-06-30', reason: 'Left' } });
    expect(await doc(POSTS, 'p1')).toMatchObject({ status: 'VACANT', holderId: null });
    await record(postStreamId('p1'), { type: 'PostWithdrawn', data: { postId: 'p1', reason: 'Restructure' } });
    expect(await doc(POSTS, 'p1')).toMatchObject({ status: 'WITHDRAWN', revision: 5 });
  });

  it('StaffMemberRegistered keeps the sealed fields; PersonalDataErased drops them', async () => {
    await register();
    expect(await doc(STAFF, 's1')).toMatchObject({ displayName: 'pii:v1:sealed-name', email: 'pii:v1:sealed-email', erased: false });
    await record(staffMemberStreamId('s1'), { type: 'PersonalDataErased', data: { staffMemberId: 's1', reason: 'Left' } });
    expect(await doc(STAFF, 's1')).toMatchObject({ displayName: '', email: '', erased: true, jobTitle: 'Procurement Officer' });
  });

  it('CompetencyDefined and RequirementSet build the framework; a new level for a title replaces the old, keeping the first spelling', async () => {
    await record(competencyStreamId('c1'), { type: 'CompetencyDefined', data: { competencyId: 'c1', name: 'Social value', category: 'Policy', levelDescriptors: ['0', '1', '2', '3', '4'] } });
    await record(competencyStreamId('c1'), { type: 'RequirementSet', data: { competencyId: 'c1', jobTitle: 'Procurement Officer', requiredLevel: 2 } });
    await record(competencyStreamId('c1'), { type: 'RequirementSet', data: { competencyId: 'c1', jobTitle: 'procurement officer', requiredLevel: 3 } });
    expect(await doc(COMPETENCIES, 'c1')).toMatchObject({ name: 'Social value', requirements: [{ jobTitle: 'Procurement Officer', requiredLevel: 3 }] });
  });

  it('ProficiencyAssessed keeps the latest assessment in the row and appends to the cell history, oldest first', async () => {
    await register();
    const assessed = (level: number, source: string) => ({
      type: 'ProficiencyAssessed',
      data: { staffMemberId: 's1', competencyId: 'c1', level, evidence: `e${level}`, assessedBy: 'u1', assessedOn: '2026-02-01', source, courseId: null },
    });
    await record(staffMemberStreamId('s1'), assessed(1, 'ASSESSMENT'), '2026-02-01T09:00:00.000Z');
    await record(staffMemberStreamId('s1'), assessed(2, 'TRAINING'), '2026-03-01T09:00:00.000Z');
    expect(await doc(SKILLS, 's1')).toEqual({
      id: 's1',
      cells: { c1: { level: 2, evidence: 'e2', assessedBy: 'u1', assessedOn: '2026-02-01', assessedAt: '2026-03-01T09:00:00.000Z', source: 'TRAINING', courseId: null, assessments: 2 } },
    });
    const history = await readSkillCellHistory(stores.readModels, 's1', 'c1');
    expect(history.map((e) => [e.level, e.source, e.assessedAt])).toEqual([
      [1, 'ASSESSMENT', '2026-02-01T09:00:00.000Z'],
      [2, 'TRAINING', '2026-03-01T09:00:00.000Z'],
    ]);
  });

  it('a cell history longer than a page reads back whole and in order, also when its pages are exactly full', async () => {
    await register();
    const stream = staffMemberStreamId('s1');
    const assessments = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => ({
        type: 'ProficiencyAssessed',
        data: { staffMemberId: 's1', competencyId: 'c1', level: (from + i) % 5, evidence: `e${from + i}`, assessedBy: 'u1', assessedOn: '2026-02-01', source: 'ASSESSMENT', courseId: null },
      }));
    const append = async (events: DomainEvent[]) => {
      const result = await stores.eventStore.append(stream, events, { expectedRevision: revisions.get(stream) ?? 0, command: at('2026-02-01T09:00:00.000Z') });
      revisions.set(stream, result.nextRevision);
      await runner.waitFor(result.position);
    };
    const evidence = async () => (await readSkillCellHistory(stores.readModels, 's1', 'c1')).map((e) => e.evidence);
    const expected = (count: number) => Array.from({ length: count }, (_, i) => `e${i}`);

    await append(assessments(0, SKILL_HISTORY_PAGE_SIZE));
    expect(await evidence()).toEqual(expected(SKILL_HISTORY_PAGE_SIZE));
    await append(assessments(SKILL_HISTORY_PAGE_SIZE, SKILL_HISTORY_PAGE_SIZE + 1));
    expect(await evidence()).toEqual(expected(2 * SKILL_HISTORY_PAGE_SIZE + 1));
    expect(await doc(SKILLS, 's1')).toMatchObject({ cells: { c1: { evidence: `e${2 * SKILL_HISTORY_PAGE_SIZE}`, assessments: 2 * SKILL_HISTORY_PAGE_SIZE + 1 } } });
    expect(await readSkillCellHistory(stores.readModels, 's1', 'c2')).toEqual([]);
  });

  it('CourseAdded adds to the catalogue', async () => {
    await record(courseStreamId('k1'), { type: 'CourseAdded', data: { courseId: 'k1', title: 'CM Foundation', provider: 'GCC', competencies: [{ competencyId: 'c1', raisesTo: 2 }], validityMonths: 24 } });
    expect(await doc(COURSES, 'k1')).toEqual({ id: 'k1', title: 'CM Foundation', provider: 'GCC', competencies: [{ competencyId: 'c1', raisesTo: 2 }], validityMonths: 24 });
  });

  it('TrainingPlanned and TrainingOutcomeRecorded keep the current status, the completion and the history', async () => {
    await register();
    const stream = staffMemberStreamId('s1');
    await record(stream, { type: 'TrainingPlanned', data: { staffMemberId: 's1', courseId: 'k1', plannedFor: '2026-04-01', reason: 'Strategy' } });
    await record(stream, { type: 'TrainingOutcomeRecorded', data: { staffMemberId: 's1', courseId: 'k1', status: 'COMPLETED', date: '2026-04-01', evidence: 'Cert', expiresOn: '2028-04-01' } });
    await record(stream, { type: 'TrainingOutcomeRecorded', data: { staffMemberId: 's1', courseId: 'k1', status: 'FAILED', date: '2026-05-01', evidence: null, expiresOn: null } });
    expect(await doc(TRAINING, trainingRecordId('s1', 'k1'))).toMatchObject({
      status: 'FAILED',
      plannedFor: '2026-04-01',
      completedOn: '2026-04-01',
      expiresOn: '2028-04-01',
      evidence: 'Cert',
      history: [expect.objectContaining({ status: 'PLANNED' }), expect.objectContaining({ status: 'COMPLETED' }), expect.objectContaining({ status: 'FAILED' })],
    });
  });

  it('gives the same registers when rebuilt from the log as when folded live', async () => {
    await propose();
    await record(postStreamId('p1'), { type: 'PostApproved', data: { postId: 'p1', reason: 'Funded' } });
    await register('s1');
    await register('s2');
    await record(postStreamId('p1'), { type: 'PostFilled', data: { postId: 'p1', staffMemberId: 's1', startDate: '2026-03-01' } });
    await record(staffMemberStreamId('s2'), { type: 'PersonalDataErased', data: { staffMemberId: 's2', reason: 'Left' } });
    await record(staffMemberStreamId('s1'), { type: 'TrainingPlanned', data: { staffMemberId: 's1', courseId: 'k1', plannedFor: '2026-04-01', reason: 'x' } });
    const snapshot = async () => Promise.all([POSTS, STAFF, TRAINING].map((c) => stores.readModels.list(c)));
    const live = await snapshot();
    await runner.rebuild();
    expect(await snapshot()).toEqual(live);
  });
});
