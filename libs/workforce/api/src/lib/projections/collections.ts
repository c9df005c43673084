import type { ReadModelReader } from '@ledger/event-store-core';
import { PersonDoc } from '@ledger/shared-api';
import { TrainingStatus } from '@ledger/workforce-domain';

/** The workforce read models: plain JSON documents, one collection per register. */
export const POSTS = 'workforce.posts';
export const STAFF = 'workforce.staff';
export const COMPETENCIES = 'workforce.competencies';
export const SKILLS = 'workforce.skills';
export const SKILL_HISTORY = 'workforce.skill-history';
export const COURSES = 'workforce.courses';
export const TRAINING = 'workforce.training';

type Doc = Record<string, unknown>;

export interface PostDoc extends Doc {
  id: string;
  title: string;
  fte: number;
  status: 'PROPOSED' | 'APPROVED' | 'REJECTED' | 'FILLED' | 'VACANT' | 'WITHDRAWN';
  justification: string;
  targetYear: number;
  holderId: string | null;
  startDate: string | null;
  decisionReason: string | null;
  revision: number;
  proposedAt: string;
}

/** Name and email are sealed with the person's key; opened only when presented. */
export interface StaffDoc extends PersonDoc {
  registeredAt: string;
}

export interface CompetencyDoc extends Doc {
  id: string;
  name: string;
  category: string;
  levelDescriptors: string[];
  /** Required level per job title; a title is shown as first written (matched case- and space-insensitively). */
  requirements: { jobTitle: string; requiredLevel: number }[];
}

export interface AssessmentEntry {
  level: number;
  evidence: string;
  assessedBy: string;
  assessedOn: string;
  assessedAt: string;
  source: 'ASSESSMENT' | 'TRAINING';
  courseId: string | null;
}

/**
 * What the matrix shows of one cell: the latest assessment and how many there were. The earlier
 * ones live in SKILL_HISTORY, so a person's row stays the same size however often a cell is
 * re-assessed (the matrix answer used to grow with the log).
 */
export interface SkillCellDoc extends AssessmentEntry {
  assessments: number;
}

/** One person's row of the matrix: the latest assessment per competency. */
export interface SkillsDoc extends Doc {
  id: string;
  cells: Record<string, SkillCellDoc>;
}

/**
 * One page of a cell's assessments (person × competency), oldest first: page 0 holds the first
 * SKILL_HISTORY_PAGE_SIZE, page 1 the next, and so on; read only when asked for. A cell's history
 * in one document was copied whole by every assessment, so a replay slowed as the log grew (and
 * every as-of snapshot diffed the whole list): an assessment now copies at most one page.
 */
export interface SkillHistoryDoc extends Doc {
  id: string;
  entries: AssessmentEntry[];
}

/** Assessments per SKILL_HISTORY page: only the last, partly filled page of a cell ever changes. */
export const SKILL_HISTORY_PAGE_SIZE = 50;

export const skillCellId = (staffMemberId: string, competencyId: string) => `${staffMemberId}~${competencyId}`;

/** The id of a page of a cell's history (0 is the oldest). */
export const skillHistoryPageId = (staffMemberId: string, competencyId: string, page: number) => `${skillCellId(staffMemberId, competencyId)}#${page}`;

/** Every assessment of one cell, oldest first: its pages in order, up to the first one not full. */
export async function readSkillCellHistory(reader: ReadModelReader, staffMemberId: string, competencyId: string): Promise<AssessmentEntry[]> {
  const entries: AssessmentEntry[] = [];
  for (let page = 0; ; page++) {
    const doc = await reader.get<SkillHistoryDoc>(SKILL_HISTORY, skillHistoryPageId(staffMemberId, competencyId, page));
    if (!doc) return entries;
    entries.push(...doc.entries);
    if (doc.entries.length < SKILL_HISTORY_PAGE_SIZE) return entries;
  }
}

export interface CourseDoc extends Doc {
  id: string;
  title: string;
  provider: string;
  competencies: { competencyId: string; raisesTo: number | null }[];
  validityMonths: number | null;
}

/** A person's record for one course: the latest plan or outcome, with its history. */
export interface TrainingDoc extends Doc {
  id: string;
  staffMemberId: string;
  courseId: string;
  status: Exclude<TrainingStatus, 'EXPIRED'>;
  plannedFor: string | null;
  completedOn: string | null;
  expiresOn: string | null;
  evidence: string | null;
  /** The date of the latest plan, booking or outcome. */
  lastDate: string | null;
  history: { status: string; date: string; recordedAt: string; evidence: string | null; reason: string | null }[];
}

export const trainingRecordId = (staffMemberId: string, courseId: string) => `${staffMemberId}~${courseId}`;
