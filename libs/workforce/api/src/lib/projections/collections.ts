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

/** Every assessment of one cell (person × competency), oldest first: read only when asked for. */
export interface SkillHistoryDoc extends Doc {
  id: string;
  entries: AssessmentEntry[];
}

export const skillCellId = (staffMemberId: string, competencyId: string) => `${staffMemberId}~${competencyId}`;

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
