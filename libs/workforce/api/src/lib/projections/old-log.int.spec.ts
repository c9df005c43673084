import { ProjectionRunner, UpcastingEventStore } from '@ledger/event-store-core';
import { commandMetadata } from '@ledger/event-store-core/testing';
import { Stores } from '@ledger/runtime';
import { openTestStores } from '@ledger/runtime/testing';
import { WORKFORCE_UPCASTERS, staffMemberStreamId } from '@ledger/workforce-domain';
import { SKILLS, SkillsDoc, readSkillCellHistory, skillsProjection } from './index';

describe('a log written before assessments had a source (ProficiencyAssessed schema 1)', () => {
  let stores: Stores;
  beforeEach(async () => (stores = await openTestStores('sqlite')));
  afterEach(async () => stores.close());

  it('still replays: old assessments read as made by a person, new ones keep their source', async () => {
    const stream = staffMemberStreamId('s1');
    const v1 = { type: 'ProficiencyAssessed', schemaVersion: 1, data: { staffMemberId: 's1', competencyId: 'c1', level: 2, evidence: 'Observed', assessedBy: 'u1', assessedOn: '2024-05-01' } };
    await stores.eventStore.append(stream, [v1], { expectedRevision: 0, command: commandMetadata() });
    const store = new UpcastingEventStore(stores.eventStore, WORKFORCE_UPCASTERS);
    await store.append(
      stream,
      [{ type: 'ProficiencyAssessed', data: { staffMemberId: 's1', competencyId: 'c1', level: 3, evidence: 'Course', assessedBy: 'u1', assessedOn: '2026-01-01', source: 'TRAINING', courseId: 'k1' } }],
      { expectedRevision: 1, command: commandMetadata() },
    );
    expect((await stores.eventStore.readStream(stream)).map((e) => e.metadata.schemaVersion)).toEqual([1, 2]);
    await new ProjectionRunner(store, stores.readModels, [skillsProjection]).catchUp();
    const history = await readSkillCellHistory(stores.readModels, 's1', 'c1');
    const skills = (await stores.readModels.get<SkillsDoc>(SKILLS, 's1')) as SkillsDoc;
    expect(skills.cells['c1']).toMatchObject({ level: 3, source: 'TRAINING', assessments: 2 });
    expect(history.map((e) => [e.level, e.source, e.courseId])).toEqual([
      [2, 'ASSESSMENT', null],
      [3, 'TRAINING', 'k1'],
    ]);
  });
});
