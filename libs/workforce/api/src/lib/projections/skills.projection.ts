import { defineProjection, updateDocument, upsertDocument } from '@ledger/event-store-core';
import { CompetencyEvent, ProficiencyAssessed, jobTitleKey } from '@ledger/workforce-domain';
import { AssessmentEntry, COMPETENCIES, CompetencyDoc, SKILLS, SKILL_HISTORY, SkillHistoryDoc, SkillsDoc, skillCellId } from './collections';

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

/**
 * The skills matrix: per person, the latest assessment of each competency (SKILLS, what the
 * register shows), and per cell every assessment, oldest first (SKILL_HISTORY, read one cell at a
 * time). Version 2 split the history out of the row document.
 */
export const skillsProjection = defineProjection<ProficiencyAssessed>({
  name: 'workforce.skills',
  version: 2,
  collections: [SKILLS, SKILL_HISTORY],
  on: {
    async ProficiencyAssessed({ data, metadata }, tx) {
      const { staffMemberId, competencyId, level, evidence, assessedBy, assessedOn, source, courseId } = data;
      const entry: AssessmentEntry = { level, evidence, assessedBy, assessedOn, assessedAt: metadata.recordedAt, source, courseId };
      const cellId = skillCellId(staffMemberId, competencyId);
      const history = (await tx.get<SkillHistoryDoc>(SKILL_HISTORY, cellId)) ?? { id: cellId, entries: [] };
      tx.put(SKILL_HISTORY, cellId, { ...history, entries: [...history.entries, entry] } satisfies SkillHistoryDoc);
      await upsertDocument<SkillsDoc>(tx, SKILLS, staffMemberId, { id: staffMemberId, cells: {} }, (doc) => ({
        ...doc,
        cells: { ...doc.cells, [competencyId]: { ...entry, assessments: history.entries.length + 1 } },
      }));
    },
  },
});
