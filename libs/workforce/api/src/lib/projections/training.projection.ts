import { ProjectionTx, defineProjection, upsertDocument } from '@ledger/event-store-core';
import { CourseEvent, TrainingCancelled, TrainingOutcomeRecorded, TrainingPlanned } from '@ledger/workforce-domain';
import { COURSES, CourseDoc, TRAINING, TrainingDoc, trainingRecordId } from './collections';

/** The training catalogue. */
export const coursesProjection = defineProjection<CourseEvent>({
  name: 'workforce.courses',
  version: 1,
  collections: [COURSES],
  on: {
    CourseAdded({ data: { courseId, title, provider, competencies, validityMonths } }, tx) {
      tx.put(COURSES, courseId, { id: courseId, title, provider, competencies, validityMonths } satisfies CourseDoc);
    },
  },
});

/** Changes a person's record for one course, starting from a blank plan. */
const changeTrainingRecord = (tx: ProjectionTx, staffMemberId: string, courseId: string, change: (record: TrainingDoc) => TrainingDoc) => {
  const id = trainingRecordId(staffMemberId, courseId);
  const blank: TrainingDoc = { id, staffMemberId, courseId, status: 'PLANNED', plannedFor: null, completedOn: null, expiresOn: null, evidence: null, lastDate: null, history: [] };
  return upsertDocument(tx, TRAINING, id, blank, change);
};

/** The training register: per person and course, the current plan or outcome and how it got there. */
export const trainingRegisterProjection = defineProjection<TrainingPlanned | TrainingOutcomeRecorded | TrainingCancelled>({
  name: 'workforce.training-register',
  version: 1,
  collections: [TRAINING],
  on: {
    TrainingPlanned: ({ data: { staffMemberId, courseId, plannedFor, reason }, metadata }, tx) =>
      changeTrainingRecord(tx, staffMemberId, courseId, (record) => ({
        ...record,
        status: 'PLANNED',
        plannedFor,
        lastDate: plannedFor,
        history: [...record.history, { status: 'PLANNED', date: plannedFor, recordedAt: metadata.recordedAt, evidence: null, reason }],
      })),
    TrainingOutcomeRecorded: ({ data: { staffMemberId, courseId, status, date, evidence, expiresOn }, metadata }, tx) =>
      changeTrainingRecord(tx, staffMemberId, courseId, (record) => {
        const completed = status === 'COMPLETED';
        return {
          ...record,
          status,
          // A booking is for a date: it replaces the planned one (and settles an overdue plan).
          plannedFor: status === 'BOOKED' ? date : record.plannedFor,
          lastDate: date,
          // A new completion replaces the old one; other outcomes leave a previous completion on the record.
          completedOn: completed ? date : record.completedOn,
          expiresOn: completed ? expiresOn : record.expiresOn,
          evidence: completed ? evidence : record.evidence,
          history: [...record.history, { status, date, recordedAt: metadata.recordedAt, evidence, reason: null }],
        };
      }),
    // The plan or booking is withdrawn; its date and any earlier completion stay on the record.
    TrainingCancelled: ({ data: { staffMemberId, courseId, reason, cancelledOn }, metadata }, tx) =>
      changeTrainingRecord(tx, staffMemberId, courseId, (record) => ({
        ...record,
        status: 'CANCELLED',
        lastDate: cancelledOn,
        history: [...record.history, { status: 'CANCELLED', date: cancelledOn, recordedAt: metadata.recordedAt, evidence: null, reason }],
      })),
  },
});
