import { Projection, RecordedEvent } from '@ledger/event-store-core';
import { COMPETENCY_EVENT_TYPES, CompetencyEvent, ProficiencyAssessed, jobTitleKey } from '@ledger/workforce-domain';
import { COMPETENCIES, CompetencyDoc, SKILLS, SkillsDoc } from './collections';

/** The competency framework with its requirements per job title. */
export const competenciesProjection: Projection = {
  name: 'workforce.competencies',
  version: 1,
  collections: [COMPETENCIES],
  handles: COMPETENCY_EVENT_TYPES,
  async apply(recorded, tx) {
    const event = recorded as RecordedEvent<CompetencyEvent>;
    if (event.type === 'CompetencyDefined') {
      const { competencyId, name, category, levelDescriptors } = event.data;
      const doc: CompetencyDoc = { id: competencyId, name, category, levelDescriptors, requirements: [] };
      tx.put(COMPETENCIES, competencyId, doc);
      return;
    }
    const competency = await tx.get<CompetencyDoc>(COMPETENCIES, event.data.competencyId);
    if (!competency) return;
    const { jobTitle, requiredLevel } = event.data;
    const existing = competency.requirements.find((r) => jobTitleKey(r.jobTitle) === jobTitleKey(jobTitle));
    const requirements = existing
      ? competency.requirements.map((r) => (r === existing ? { jobTitle: r.jobTitle, requiredLevel } : r))
      : [...competency.requirements, { jobTitle, requiredLevel }];
    tx.put(COMPETENCIES, competency.id, { ...competency, requirements });
  },
};

/** Every assessment per person and competency: the matrix shows the latest, the history shows all. */
export const skillsProjection: Projection = {
  name: 'workforce.skills',
  version: 1,
  collections: [SKILLS],
  handles: ['ProficiencyAssessed'],
  async apply(recorded, tx) {
    const { data, metadata } = recorded as RecordedEvent<ProficiencyAssessed>;
    const doc = (await tx.get<SkillsDoc>(SKILLS, data.staffMemberId)) ?? { id: data.staffMemberId, cells: {} };
    const entry = {
      level: data.level,
      evidence: data.evidence,
      assessedBy: data.assessedBy,
      assessedOn: data.assessedOn,
      assessedAt: metadata.recordedAt,
      source: data.source,
      courseId: data.courseId,
    };
    tx.put(SKILLS, doc.id, { ...doc, cells: { ...doc.cells, [data.competencyId]: [...(doc.cells[data.competencyId] ?? []), entry] } });
  },
};
