import { Projection, RecordedEvent } from '@ledger/event-store-core';
import { CourseEvent, StaffMemberEvent } from '@ledger/workforce-domain';
import { COURSES, CourseDoc, TRAINING, TrainingDoc, trainingRecordId } from './collections';

/** The training catalogue. */
export const coursesProjection: Projection = {
  name: 'workforce.courses',
  version: 1,
  collections: [COURSES],
  handles: ['CourseAdded'],
  async apply(recorded, tx) {
    const { data } = recorded as RecordedEvent<CourseEvent>;
    const doc: CourseDoc = { id: data.courseId, title: data.title, provider: data.provider, competencies: data.competencies, validityMonths: data.validityMonths };
    tx.put(COURSES, data.courseId, doc);
  },
};

type Planned = Extract<StaffMemberEvent, { type: 'TrainingPlanned' }>;
type Outcome = Extract<StaffMemberEvent, { type: 'TrainingOutcomeRecorded' }>;

/** The training register: per person and course, the current plan or outcome and how it got there. */
export const trainingRegisterProjection: Projection = {
  name: 'workforce.training-register',
  version: 1,
  collections: [TRAINING],
  handles: ['TrainingPlanned', 'TrainingOutcomeRecorded'],
  async apply(recorded, tx) {
    const event = recorded as RecordedEvent<Planned | Outcome>;
    const { staffMemberId, courseId } = event.data;
    const id = trainingRecordId(staffMemberId, courseId);
    const existing = await tx.get<TrainingDoc>(TRAINING, id);
    const base: TrainingDoc = existing ?? {
      id,
      staffMemberId,
      courseId,
      status: 'PLANNED',
      plannedFor: null,
      completedOn: null,
      expiresOn: null,
      evidence: null,
      lastDate: null,
      history: [],
    };
    const recordedAt = event.metadata.recordedAt;
    if (event.type === 'TrainingPlanned') {
      const { plannedFor, reason } = (event as RecordedEvent<Planned>).data;
      tx.put(TRAINING, id, {
        ...base,
        status: 'PLANNED',
        plannedFor,
        lastDate: plannedFor,
        history: [...base.history, { status: 'PLANNED', date: plannedFor, recordedAt, evidence: null, reason }],
      });
      return;
    }
    const { status, date, evidence, expiresOn } = (event as RecordedEvent<Outcome>).data;
    const completed = status === 'COMPLETED';
    tx.put(TRAINING, id, {
      ...base,
      status,
      // A booking is for a date: it replaces the planned one (and settles an overdue plan).
      plannedFor: status === 'BOOKED' ? date : base.plannedFor,
      lastDate: date,
      // A new completion replaces the old one; other outcomes leave a previous completion on the record.
      completedOn: completed ? date : base.completedOn,
      expiresOn: completed ? expiresOn : base.expiresOn,
      evidence: completed ? evidence : base.evidence,
      history: [...base.history, { status, date, recordedAt, evidence, reason: null }],
    });
  },
};
