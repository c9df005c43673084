import { defineProjection, updateDocument, upsertDocument } from '@ledger/event-store-core';
import { CompetencyEvent, ProficiencyAssessed, jobTitleKey } from '@ledger/workforce-domain';
import { COMPETENCIES, CompetencyDoc, SKILLS, SkillsDoc } from './collections';

/** The competency framework with its requirements per job title. */
export const competenciesProjection = defineProjection<CompetencyEvent>({
  name: 'workforce.competencies',
  version: 1,
  collections: [COMPETENCIES],
  on: {
    CompetencyDefined({ data: { competencyId, name, category, levelDescriptors } }, tx) {
      tx.put(COMPETENCIES, competencyId, { id: competencyId, name, category, levelDescriptors, requirements: [] } satisfies CompetencyDoc);
    },
    RequirementSet: ({ data: { competencyId, jobTitle, requiredLevel } }, tx) =>
      updateDocument<CompetencyDoc>(tx, COMPETENCIES, competencyId, (competency) => {
        const existing = competency.requirements.find((r) => jobTitleKey(r.jobTitle) === jobTitleKey(jobTitle));
        const requirements = existing
          ? competency.requirements.map((r) => (r === existing ? { jobTitle: r.jobTitle, requiredLevel } : r))
          : [...competency.requirements, { jobTitle, requiredLevel }];
        return { ...competency, requirements };
      }),
  },
});

/** Every assessment per person and competency: the matrix shows the latest, the history shows all. */
export const skillsProjection = defineProjection<ProficiencyAssessed>({
  name: 'workforce.skills',
  version: 1,
  collections: [SKILLS],
  on: {
    ProficiencyAssessed: ({ data, metadata }, tx) =>
      upsertDocument<SkillsDoc>(tx, SKILLS, data.staffMemberId, { id: data.staffMemberId, cells: {} }, (doc) => {
        const { level, evidence, assessedBy, assessedOn, source, courseId } = data;
        const entry = { level, evidence, assessedBy, assessedOn, assessedAt: metadata.recordedAt, source, courseId };
        return { ...doc, cells: { ...doc.cells, [data.competencyId]: [...(doc.cells[data.competencyId] ?? []), entry] } };
      }),
  },
});
