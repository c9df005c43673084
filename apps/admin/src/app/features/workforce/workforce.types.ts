/**
 * The workforce answers as the pages use them: aliases of the types generated from
 * apps/api/schema.graphql and the operations in *.graphql (npx nx run admin:codegen).
 */
import type {
  CompetencyFieldsFragment,
  CourseFieldsFragment,
  PostFieldsFragment,
  RecordTrainingOutcomeInput,
  SkillCellHistoryQuery,
  SkillsMatrixPageQuery,
  StaffMemberFieldsFragment,
  TrainingRecordFieldsFragment,
  TrainingRegisterPageQuery,
} from '../../generated/graphql';

export type { PostStatus, TrainingStatus } from '../../generated/graphql';

/** What recordTrainingOutcome accepts (the API refuses PLANNED and EXPIRED there). */
export type TrainingOutcome = RecordTrainingOutcomeInput['status'];

export type StaffMember = StaffMemberFieldsFragment;
export type Post = PostFieldsFragment;
export type Competency = CompetencyFieldsFragment;

export type SkillsMatrix = SkillsMatrixPageQuery['skillsMatrix'];
export type SkillsRow = SkillsMatrix['rows'][number];
export type SkillCell = SkillsRow['cells'][number];
export type Assessment = SkillCellHistoryQuery['skillCellHistory'][number];

export type Course = CourseFieldsFragment;
export type CourseLevel = Course['levels'][number];
export type TrainingRecord = TrainingRecordFieldsFragment;
export type TrainingDue = NonNullable<TrainingRegisterPageQuery['trainingDue']>;
export type PersonTrainingCount = TrainingDue['belowTarget'][number];

/** Proficiency levels as the API counts them. */
export const LEVELS = [0, 1, 2, 3, 4] as const;
