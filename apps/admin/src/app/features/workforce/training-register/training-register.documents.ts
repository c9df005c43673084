import { graphql } from '../../../core/graphql/typed-document';
import type { Course, StaffMember, TrainingDue, TrainingOutcome, TrainingRecord } from '../workforce.types';

const RECORD_FIELDS = `
  id status plannedFor completedOn expiresOn evidence staffMember { id displayName erased } course { id title }
`;
const COURSE_FIELDS = 'id title provider validityMonths levels { competency { id name } raisesTo }';

/** How far ahead the "Due" panel looks for expiring qualifications. */
export const DUE_WITHIN_DAYS = 90;

export interface TrainingResult {
  trainingRegister: TrainingRecord[];
  courses: Course[];
  /** Readers only: STAFF may not ask. */
  trainingDue?: TrainingDue;
  /** Writers only: the people and competencies the forms offer. */
  staffMembers?: StaffMember[];
  competencies?: { id: string; name: string; category: string }[];
}

export const TRAINING_QUERY = graphql<
  TrainingResult,
  { asOf: string | null; withinDays: number; withDue: boolean; withForms: boolean }
>(`
  query TrainingRegisterPage($asOf: DateTime, $withinDays: Int!, $withDue: Boolean!, $withForms: Boolean!) {
    trainingRegister(asOf: $asOf) { ${RECORD_FIELDS} }
    courses(asOf: $asOf) { ${COURSE_FIELDS} }
    trainingDue(asOf: $asOf, withinDays: $withinDays) @include(if: $withDue) {
      target
      overduePlans { ${RECORD_FIELDS} }
      expiring { ${RECORD_FIELDS} }
      belowTarget { courses staffMember { id displayName erased } }
    }
    staffMembers(asOf: $asOf) @include(if: $withForms) { id displayName jobTitle department erased }
    competencies(asOf: $asOf) @include(if: $withForms) { id name category }
  }
`);

export interface AddCourseInput {
  title: string;
  provider: string;
  competencyIds: string[];
  /** The level a completion with evidence proves, per competency (only those it proves). */
  levels: { competencyId: string; raisesTo: number }[];
  validityMonths: number | null;
  commandId?: string;
}

export const ADD_COURSE = graphql<{ addCourse: Course }, { input: AddCourseInput }>(`
  mutation AddCourse($input: AddCourseInput!) { addCourse(input: $input) { ${COURSE_FIELDS} } }
`);

export interface PlanTrainingInput {
  staffMemberId: string;
  courseId: string;
  plannedFor: string;
  reason: string;
}

export const PLAN_TRAINING = graphql<{ planTraining: TrainingRecord }, { input: PlanTrainingInput }>(`
  mutation PlanTraining($input: PlanTrainingInput!) { planTraining(input: $input) { ${RECORD_FIELDS} } }
`);

export interface RecordTrainingOutcomeInput {
  staffMemberId: string;
  courseId: string;
  status: TrainingOutcome;
  date: string;
  evidence: string | null;
}

export const RECORD_TRAINING_OUTCOME = graphql<{ recordTrainingOutcome: TrainingRecord }, { input: RecordTrainingOutcomeInput }>(`
  mutation RecordTrainingOutcome($input: RecordTrainingOutcomeInput!) {
    recordTrainingOutcome(input: $input) { ${RECORD_FIELDS} }
  }
`);
