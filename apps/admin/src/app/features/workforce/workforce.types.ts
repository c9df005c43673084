/** The workforce part of the API's schema, as the pages ask for it (see apps/api/schema.graphql). */

/** A calendar date, YYYY-MM-DD. */
export type IsoDate = string;

export type PostStatus = 'PROPOSED' | 'APPROVED' | 'REJECTED' | 'FILLED' | 'VACANT' | 'WITHDRAWN';

export type TrainingStatus = 'PLANNED' | 'BOOKED' | 'ATTENDED' | 'COMPLETED' | 'FAILED' | 'NO_SHOW' | 'EXPIRED';

/** What recordTrainingOutcome accepts: PLANNED comes from planTraining, EXPIRED from the calendar. */
export type TrainingOutcome = 'BOOKED' | 'ATTENDED' | 'COMPLETED' | 'FAILED' | 'NO_SHOW';

export interface StaffMember {
  id: string;
  /** "Erased person" once their personal data was erased. */
  displayName: string;
  jobTitle: string;
  department: string;
  erased: boolean;
}

export interface Post {
  id: string;
  title: string;
  fte: number;
  status: PostStatus;
  holder: Pick<StaffMember, 'id' | 'displayName' | 'erased'> | null;
  startDate: IsoDate | null;
  targetYear: number;
  justification: string | null;
  decisionReason: string | null;
  /** The post stream's version: sent back as expectedRevision. */
  revision: number;
}

export interface JobRequirement {
  jobTitle: string;
  requiredLevel: number;
}

export interface Competency {
  id: string;
  name: string;
  category: string;
  /** Levels 0 (none) to 4 (expert). */
  levelDescriptors: string[];
  requirements: JobRequirement[];
}

export interface Assessment {
  level: number;
  evidence: string;
  assessedOn: IsoDate;
  /** ASSESSMENT by a person, or TRAINING: raised by a completed course with evidence. */
  source: string;
  recordedAt: string;
}

export interface SkillCell {
  competency: { id: string };
  level: number;
  requiredLevel: number;
  gap: number;
  history: Assessment[];
}

export interface SkillsRow {
  staffMember: StaffMember;
  cells: SkillCell[];
  totalGap: number;
}

export interface SkillsMatrix {
  competencies: Competency[];
  rows: SkillsRow[];
}

export interface CourseLevel {
  competency: { id: string; name: string };
  raisesTo: number | null;
}

export interface Course {
  id: string;
  title: string;
  provider: string;
  validityMonths: number | null;
  levels: CourseLevel[];
}

export interface TrainingRecord {
  id: string;
  staffMember: Pick<StaffMember, 'id' | 'displayName' | 'erased'>;
  course: { id: string; title: string };
  status: TrainingStatus;
  plannedFor: IsoDate | null;
  completedOn: IsoDate | null;
  expiresOn: IsoDate | null;
  evidence: string | null;
}

export interface PersonTrainingCount {
  staffMember: Pick<StaffMember, 'id' | 'displayName' | 'erased'>;
  courses: number;
}

export interface TrainingDue {
  overduePlans: TrainingRecord[];
  expiring: TrainingRecord[];
  belowTarget: PersonTrainingCount[];
  target: number;
}

/** Proficiency levels as the API counts them. */
export const LEVELS = [0, 1, 2, 3, 4] as const;
