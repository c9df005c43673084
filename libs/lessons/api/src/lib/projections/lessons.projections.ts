import { ProjectionTx, RecordedEvent, defineProjection, updateDocument } from '@ledger/event-store-core';
import { GatewayDecisionCorrected, GatewayDecisionRecorded, ProcurementRegistered, isPassing } from '@ledger/gateway-domain';
import { LessonEvent } from '@ledger/lessons-domain';
import { peopleProjection } from '@ledger/shared-api';
import { LESSONS, LESSON_PEOPLE, LESSON_PROCUREMENTS, LessonDoc, LessonProcurementDoc } from './collections';

export const lessonsProjection = defineProjection<LessonEvent>({
  name: 'lessons.log',
  version: 1,
  collections: [LESSONS],
  on: {
    LessonRecorded({ data: { lessonId, ...fields }, metadata }, tx) {
      tx.put(LESSONS, lessonId, { ...fields, id: lessonId, recordedAt: metadata.recordedAt, actions: [] } satisfies LessonDoc);
    },
    LessonActionAssigned: ({ data: { lessonId, actionId, description, ownerStaffMemberId, dueDate, target, targetReference } }, tx) =>
      updateDocument<LessonDoc>(tx, LESSONS, lessonId, (lesson) => ({
        ...lesson,
        actions: [...lesson.actions, { id: actionId, description, ownerStaffMemberId, dueDate, target, targetReference, status: 'OPEN', evidence: null, closedOn: null }],
      })),
    LessonActionClosed: ({ data: { lessonId, actionId, evidence, closedOn } }, tx) =>
      updateDocument<LessonDoc>(tx, LESSONS, lessonId, (lesson) => ({
        ...lesson,
        actions: lesson.actions.map((a) => (a.id === actionId ? { ...a, status: 'CLOSED', evidence, closedOn } : a)),
      })),
  },
});

/** A decision at the award gateway awards the procurement (the first passing one's time is kept); a failing one withdraws the award. */
const awardDecided = ({ data, metadata }: RecordedEvent<GatewayDecisionRecorded | GatewayDecisionCorrected>, tx: ProjectionTx) =>
  data.gateway !== 'G3_AWARD'
    ? undefined
    : updateDocument<LessonProcurementDoc>(tx, LESSON_PROCUREMENTS, data.procurementId, (procurement) => ({
        ...procurement,
        awardedAt: isPassing(data.outcome) ? (procurement.awardedAt ?? metadata.recordedAt) : null,
      }));

/** Procurements and their award, from the gateway context's published events. */
export const lessonProcurementsProjection = defineProjection<ProcurementRegistered | GatewayDecisionRecorded | GatewayDecisionCorrected>({
  name: 'lessons.procurements',
  version: 1,
  collections: [LESSON_PROCUREMENTS],
  on: {
    ProcurementRegistered({ data: { procurementId, title } }, tx) {
      tx.put(LESSON_PROCUREMENTS, procurementId, { id: procurementId, title, awardedAt: null });
    },
    GatewayDecisionRecorded: awardDecided,
    GatewayDecisionCorrected: awardDecided,
  },
});

export const lessonPeopleProjection = peopleProjection('lessons.people', LESSON_PEOPLE);

export const LESSONS_PROJECTIONS = [lessonsProjection, lessonProcurementsProjection, lessonPeopleProjection];
