import { Decider, DomainEvent, InvalidInputError, NotFoundError, RuleViolationError, unhandled } from '@ledger/domain-kernel';
import { DistributiveOmit, GATEWAYS, PeopleStatuses, assertIsoDate, requiredText, ukDateOf } from '@ledger/shared-domain';

export const PRIORITIES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type LessonPriority = (typeof PRIORITIES)[number];
export const ACTION_TARGETS = ['TEMPLATE', 'GUIDANCE', 'TRAINING_COURSE', 'POLICY', 'OTHER'] as const;
export type ActionTarget = (typeof ACTION_TARGETS)[number];

/** The PRINCE2 lessons log entry. */
export interface LessonFields {
  title: string;
  /** What happened (PRINCE2: event). */
  whatHappened: string;
  effect: string | null;
  causes: string | null;
  earlyWarningIndicators: string | null;
  recommendation: string;
  priority: LessonPriority;
  procurementId: string | null;
  gateway: string | null;
}

export type LessonRecorded = DomainEvent<'LessonRecorded', LessonFields & { lessonId: string; loggedBy: string; loggedOn: string }>;
export type LessonActionAssigned = DomainEvent<
  'LessonActionAssigned',
  { lessonId: string; actionId: string; description: string; ownerStaffMemberId: string; dueDate: string; target: ActionTarget; targetReference: string | null }
>;
export type LessonActionClosed = DomainEvent<'LessonActionClosed', { lessonId: string; actionId: string; evidence: string; closedOn: string; closedBy: string }>;
export type LessonEvent = LessonRecorded | LessonActionAssigned | LessonActionClosed;
export const LESSON_EVENT_TYPES: readonly LessonEvent['type'][] = ['LessonRecorded', 'LessonActionAssigned', 'LessonActionClosed'];

/** The optional fields may be left out: the lesson records them as null, and its priority as MEDIUM. */
export type RecordLesson = {
  type: 'RecordLesson';
  lessonId: string;
  title: string;
  whatHappened: string;
  recommendation: string;
  effect?: string | null;
  causes?: string | null;
  earlyWarningIndicators?: string | null;
  priority?: string | null;
  procurementId?: string | null;
  gateway?: string | null;
};
/** `people` is resolved by the handler: the register status of the owner named. */
export type AssignLessonAction = {
  type: 'AssignLessonAction';
  actionId: string;
  description: string;
  ownerStaffMemberId: string;
  dueDate: string;
  target: string;
  targetReference?: string | null;
  people: PeopleStatuses;
};
export type CloseLessonAction = { type: 'CloseLessonAction'; actionId: string; evidence: string };
export type LessonCommand = RecordLesson | AssignLessonAction | CloseLessonAction;
/** A lesson command as sent: without the facts the handler resolves (people). */
export type LessonRequest = DistributiveOmit<LessonCommand, 'people'>;

export interface LessonState {
  recorded: boolean;
  lessonId: string;
  loggedOn: string;
  actions: Record<string, 'OPEN' | 'CLOSED'>;
}

export const lessonStreamId = (lessonId: string) => `lesson-${lessonId}`;

const optionalText = (field: string, value: string | null | undefined) => (value?.trim() ? requiredText(field, value, 8000) : null);
/** Lessons learned and the actions that carry them into templates, guidance and training. */
export const lessonDecider: Decider<LessonCommand, LessonEvent, LessonState> = {
  initialState: () => ({ recorded: false, lessonId: '', loggedOn: '', actions: {} }),

  decide(command, state, context) {
    const today = ukDateOf(context.now);
    if (command.type === 'RecordLesson') {
      if (state.recorded) throw new RuleViolationError(`Lesson ${command.lessonId} is already recorded`);
      const priority = (command.priority ?? 'MEDIUM') as LessonPriority;
      if (!PRIORITIES.includes(priority)) throw new InvalidInputError(`priority must be one of ${PRIORITIES.join(', ')}`, { field: 'priority' });
      const procurementId = command.procurementId?.trim() || null;
      if (command.gateway && !procurementId) throw new InvalidInputError('A gateway is given only with the procurement it belongs to', { field: 'gateway' });
      if (command.gateway && !(GATEWAYS as readonly string[]).includes(command.gateway)) throw new InvalidInputError(`gateway must be one of ${GATEWAYS.join(', ')}`, { field: 'gateway' });
      return [
        {
          type: 'LessonRecorded',
          data: {
            lessonId: command.lessonId,
            title: requiredText('title', command.title, 300),
            whatHappened: requiredText('whatHappened', command.whatHappened, 8000),
            effect: optionalText('effect', command.effect),
            causes: optionalText('causes', command.causes),
            earlyWarningIndicators: optionalText('earlyWarningIndicators', command.earlyWarningIndicators),
            recommendation: requiredText('recommendation', command.recommendation, 8000),
            priority,
            procurementId,
            gateway: command.gateway ?? null,
            loggedBy: context.actorId,
            loggedOn: today,
          },
        },
      ];
    }
    if (!state.recorded) throw new RuleViolationError('No such lesson');
    switch (command.type) {
      case 'AssignLessonAction': {
        // Someone must answer for the action: a person on the staff register who keeps their personal data.
        if ((command.people[command.ownerStaffMemberId] ?? 'UNKNOWN') !== 'REGISTERED') {
          throw new NotFoundError(`No staff member ${command.ownerStaffMemberId} to own the action`);
        }
        if (state.actions[command.actionId]) throw new RuleViolationError(`Action ${command.actionId} already exists`);
        const target = command.target as ActionTarget;
        if (!ACTION_TARGETS.includes(target)) throw new InvalidInputError(`target must be one of ${ACTION_TARGETS.join(', ')}`, { field: 'target' });
        const dueDate = assertIsoDate('dueDate', command.dueDate);
        if (dueDate < state.loggedOn) throw new RuleViolationError('An action cannot fall due before the lesson was logged');
        return [
          {
            type: 'LessonActionAssigned',
            data: {
              lessonId: state.lessonId,
              actionId: command.actionId,
              description: requiredText('description', command.description, 4000),
              ownerStaffMemberId: requiredText('ownerStaffMemberId', command.ownerStaffMemberId, 100),
              dueDate,
              target,
              targetReference: optionalText('targetReference', command.targetReference),
            },
          },
        ];
      }
      case 'CloseLessonAction': {
        const status = state.actions[command.actionId];
        if (!status) throw new NotFoundError(`No action ${command.actionId} on this lesson`);
        if (status === 'CLOSED') throw new RuleViolationError('This action is already closed');
        return [
          { type: 'LessonActionClosed', data: { lessonId: state.lessonId, actionId: command.actionId, evidence: requiredText('evidence', command.evidence, 4000), closedOn: today, closedBy: context.actorId } },
        ];
      }
      default:
        return unhandled('command', command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'LessonRecorded':
        return { ...state, recorded: true, lessonId: event.data.lessonId, loggedOn: event.data.loggedOn };
      case 'LessonActionAssigned':
        return { ...state, actions: { ...state.actions, [event.data.actionId]: 'OPEN' } };
      case 'LessonActionClosed':
        return { ...state, actions: { ...state.actions, [event.data.actionId]: 'CLOSED' } };
      default:
        return unhandled('event', event);
    }
  },
};
