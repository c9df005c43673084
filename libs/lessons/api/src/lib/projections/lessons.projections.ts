import { Projection, RecordedEvent } from '@ledger/event-store-core';
import { ProcurementEvent, isPassing } from '@ledger/gateway-domain';
import { LESSON_EVENT_TYPES, LessonEvent } from '@ledger/lessons-domain';
import { peopleProjection } from '@ledger/shared-api';
import { LESSONS, LESSON_PEOPLE, LESSON_PROCUREMENTS, LessonDoc, LessonProcurementDoc } from './collections';

export const lessonsProjection: Projection = {
  name: 'lessons.log',
  version: 1,
  collections: [LESSONS],
  handles: LESSON_EVENT_TYPES,
  async apply(recorded, tx) {
    const event = recorded as RecordedEvent<LessonEvent>;
    if (event.type === 'LessonRecorded') {
      const { lessonId, ...fields } = event.data;
      const doc: LessonDoc = { ...fields, id: lessonId, recordedAt: event.metadata.recordedAt, actions: [] };
      tx.put(LESSONS, lessonId, doc);
      return;
    }
    const lesson = await tx.get<LessonDoc>(LESSONS, event.data.lessonId);
    if (!lesson) return;
    if (event.type === 'LessonActionAssigned') {
      const { actionId, description, ownerStaffMemberId, dueDate, target, targetReference } = event.data;
      lesson.actions.push({ id: actionId, description, ownerStaffMemberId, dueDate, target, targetReference, status: 'OPEN', evidence: null, closedOn: null });
    } else {
      const { actionId, evidence, closedOn } = event.data;
      lesson.actions = lesson.actions.map((a) => (a.id === actionId ? { ...a, status: 'CLOSED', evidence, closedOn } : a));
    }
    tx.put(LESSONS, lesson.id, lesson);
  },
};

/** Procurements and their award, from the gateway context's published events. */
export const lessonProcurementsProjection: Projection = {
  name: 'lessons.procurements',
  version: 1,
  collections: [LESSON_PROCUREMENTS],
  handles: ['ProcurementRegistered', 'GatewayDecisionRecorded', 'GatewayDecisionCorrected'],
  async apply(recorded, tx) {
    const event = recorded as RecordedEvent<ProcurementEvent>;
    if (event.type === 'ProcurementRegistered') {
      tx.put(LESSON_PROCUREMENTS, event.data.procurementId, { id: event.data.procurementId, title: event.data.title, awardedAt: null });
      return;
    }
    if (event.type !== 'GatewayDecisionRecorded' && event.type !== 'GatewayDecisionCorrected') return;
    if (event.data.gateway !== 'G3_AWARD') return;
    const procurement = await tx.get<LessonProcurementDoc>(LESSON_PROCUREMENTS, event.data.procurementId);
    if (!procurement) return;
    const awarded = isPassing(event.data.outcome);
    tx.put(LESSON_PROCUREMENTS, procurement.id, { ...procurement, awardedAt: awarded ? (procurement.awardedAt ?? event.metadata.recordedAt) : null });
  },
};

export const lessonPeopleProjection = peopleProjection('lessons.people', LESSON_PEOPLE);

export const LESSONS_PROJECTIONS = [lessonsProjection, lessonProcurementsProjection, lessonPeopleProjection];
