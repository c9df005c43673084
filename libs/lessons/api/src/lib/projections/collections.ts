import { LessonFields } from '@ledger/lessons-domain';

export const LESSONS = 'lessons.lessons';
export const LESSON_PROCUREMENTS = 'lessons.procurements';
export const LESSON_PEOPLE = 'lessons.people';

export interface ActionDoc {
  id: string;
  description: string;
  ownerStaffMemberId: string;
  dueDate: string;
  target: string;
  targetReference: string | null;
  status: 'OPEN' | 'CLOSED';
  evidence: string | null;
  closedOn: string | null;
}

export interface LessonDoc extends LessonFields {
  [key: string]: unknown;
  id: string;
  loggedBy: string;
  loggedOn: string;
  recordedAt: string;
  actions: ActionDoc[];
}

/** What lessons need to know of a procurement: that it exists, and when its award (G3) was passed. */
export interface LessonProcurementDoc {
  [key: string]: unknown;
  id: string;
  title: string;
  awardedAt: string | null;
}
