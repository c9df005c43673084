import { graphql } from '../../../core/graphql/typed-document';
import type { ActionTarget, Gateway, Lesson, LessonDue, LessonPriority } from '../governance.types';

const PERSON = 'id displayName erased';
const LESSON_FIELDS = `
  id title whatHappened effect causes earlyWarningIndicators recommendation priority procurementId gateway
  loggedBy loggedOn recordedAt
  actions { id description dueDate target targetReference status overdue evidence closedOn owner { ${PERSON} } }
`;

/** A procurement a lesson can be about, as a picker offers it. */
export interface ProcurementChoice {
  id: string;
  title: string;
  requiredGateways: Gateway[];
}

export interface LessonsResult {
  lessons: Lesson[];
  lessonsDue: LessonDue[];
  /** Gateway readers only: STAFF and HR leads may not list procurements. */
  procurements?: ProcurementChoice[];
}

export const LESSONS_QUERY = graphql<LessonsResult, { asOf: string | null; withProcurements: boolean }>(`
  query LessonsPage($asOf: DateTime, $withProcurements: Boolean!) {
    lessons(asOf: $asOf) { ${LESSON_FIELDS} }
    lessonsDue(asOf: $asOf) { procurementId title awardedAt }
    procurements(asOf: $asOf) @include(if: $withProcurements) { id title requiredGateways }
  }
`);

export interface RecordLessonInput {
  title: string;
  whatHappened: string;
  effect: string | null;
  causes: string | null;
  earlyWarningIndicators: string | null;
  recommendation: string;
  priority: LessonPriority;
  procurementId: string | null;
  gateway: Gateway | null;
  commandId?: string;
}

export const RECORD_LESSON = graphql<{ recordLesson: Lesson }, { input: RecordLessonInput }>(`
  mutation RecordLesson($input: RecordLessonInput!) { recordLesson(input: $input) { ${LESSON_FIELDS} } }
`);

export interface AssignLessonActionInput {
  lessonId: string;
  description: string;
  ownerStaffMemberId: string;
  dueDate: string;
  target: ActionTarget;
  targetReference: string | null;
  commandId?: string;
}

export const ASSIGN_LESSON_ACTION = graphql<{ assignLessonAction: Lesson }, { input: AssignLessonActionInput }>(`
  mutation AssignLessonAction($input: AssignLessonActionInput!) { assignLessonAction(input: $input) { ${LESSON_FIELDS} } }
`);

export interface CloseLessonActionInput {
  lessonId: string;
  actionId: string;
  evidence: string;
  commandId?: string;
}

export const CLOSE_LESSON_ACTION = graphql<{ closeLessonAction: Lesson }, { input: CloseLessonActionInput }>(`
  mutation CloseLessonAction($input: CloseLessonActionInput!) { closeLessonAction(input: $input) { ${LESSON_FIELDS} } }
`);
