import { PERMISSIONS } from '@ledger/shared-domain';

// Who may do what lives in the shared permissions map (libs/shared/domain); these name its lines.
export const LESSON_READERS = PERMISSIONS.readLessons;
export const LESSON_RECORDERS = PERMISSIONS.recordLessons;
export const LESSON_ACTION_MANAGERS = PERMISSIONS.manageLessonActions;
