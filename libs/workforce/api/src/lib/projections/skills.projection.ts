import { defineProjection, updateDocument } from '@ledger/event-store-core';
import { CompetencyEvent, ProficiencyAssessed, jobTitleKey } from '@ledger/workforce-domain';
import { AssessmentEntry, COMPETENCIES, CompetencyDoc, SKILLS, SKILL_HISTORY, SKILL_HISTORY_PAGE_SIZE, SkillCellDoc, SkillHistoryDoc, SkillsDoc, skillHistoryPageId } from './collections';

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
 * The skills matrix: per person, the latest assessment of each competency and how many there were
 * (SKILLS, what the register shows), and per cell every assessment, oldest first, in pages of
 * SKILL_HISTORY_PAGE_SIZE (SKILL_HISTORY, read one cell at a time with readSkillCellHistory).
 * Version 2 split the history out of the row document; version 3 split it into pages, so that an
 * assessment copies at most one page rather than the cell's whole history.
 */
export const skillsProjection = defineProjection<ProficiencyAssessed>({
  name: 'workforce.skills',
  version: 3,
  collections: [SKILLS, SKILL_HISTORY],
  on: {
    async ProficiencyAssessed({ data, metadata }, tx) {
      const { staffMemberId, competencyId, level, evidence, assessedBy, assessedOn, source, courseId } = data;
      const entry: AssessmentEntry = { level, evidence, assessedBy, assessedOn, assessedAt: metadata.recordedAt, source, courseId };
      const row = (await tx.get<SkillsDoc>(SKILLS, staffMemberId)) ?? { id: staffMemberId, cells: {} };
      // The row counts the cell's assessments, which says which page the new one goes on.
      const before = row.cells[competencyId]?.assessments ?? 0;
      const pageId = skillHistoryPageId(staffMemberId, competencyId, Math.floor(before / SKILL_HISTORY_PAGE_SIZE));
      // A count that fills whole pages starts a new one: nothing to read.
      const page = before % SKILL_HISTORY_PAGE_SIZE === 0 ? undefined : await tx.get<SkillHistoryDoc>(SKILL_HISTORY, pageId);
      tx.put(SKILL_HISTORY, pageId, { id: pageId, entries: [...(page?.entries ?? []), entry] } satisfies SkillHistoryDoc);
      // Written out rather than `{ ...entry, assessments }`: a spread that adds a key takes V8's slow
      // path (about 1 µs against 0.2 µs), and most events of a large log are assessments.
      const cell: SkillCellDoc = { level, evidence, assessedBy, assessedOn, assessedAt: entry.assessedAt, source, courseId, assessments: before + 1 };
      tx.put(SKILLS, staffMemberId, { ...row, cells: { ...row.cells, [competencyId]: cell } } satisfies SkillsDoc);
    },
  },
});
