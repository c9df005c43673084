import { PersonDoc } from '@ledger/shared-api';
import { TrainingStatus } from '@ledger/workforce-domain';

/** The workforce read models: plain JSON documents, one collection per register. */
export const POSTS = 'workforce.posts';
export const STAFF = 'workforce.staff';
export const COMPETENCIES = 'workforce.competencies';
export const SKILLS = 'workforce.skills';
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

/** One person's assessments, per competency, oldest first. */
export interface SkillsDoc extends Doc {
  id: string;
  cells: Record<string, AssessmentEntry[]>;
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
