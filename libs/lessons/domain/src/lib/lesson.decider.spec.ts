import { InvalidInputError, NotFoundError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { ACTION_TARGETS, LessonCommand, LessonEvent, lessonDecider } from './lesson';

const spec = DeciderSpecification(lessonDecider, { now: new Date('2026-01-15T09:00:00Z'), actorId: 'clerk-1' });

type RecordLesson = Extract<LessonCommand, { type: 'RecordLesson' }>;
type AssignLessonAction = Extract<LessonCommand, { type: 'AssignLessonAction' }>;

const recordLesson = (overrides: Partial<RecordLesson> = {}): RecordLesson => ({
  type: 'RecordLesson',
  lessonId: 'l1',
  title: '  Late TUPE information delayed award ',
  whatHappened: ' The incumbent supplied the employee list two weeks late ',
  effect: null,
  causes: null,
  earlyWarningIndicators: null,
  recommendation: ' Ask for TUPE data at the strategy gateway ',
  priority: 'HIGH',
  procurementId: null,
  gateway: null,
  ...overrides,
});
/** The owner is on the staff register unless a case says otherwise. */
const assign = (overrides: Partial<AssignLessonAction> = {}): AssignLessonAction => {
  const ownerStaffMemberId = overrides.ownerStaffMemberId ?? ' s7 ';
  return {
    type: 'AssignLessonAction',
    actionId: 'a1',
    description: ' Add a TUPE clause to the strategy template ',
    dueDate: '2026-03-31',
    target: 'TEMPLATE',
    targetReference: null,
    ...overrides,
    ownerStaffMemberId,
    people: overrides.people ?? { [ownerStaffMemberId]: 'REGISTERED' },
  };
};
const close = (actionId = 'a1', evidence = ' Template v4 published on the intranet '): LessonCommand => ({ type: 'CloseLessonAction', actionId, evidence });

const recorded = (loggedOn = '2026-01-15'): LessonEvent => ({
  type: 'LessonRecorded',
  data: {
    lessonId: 'l1',
    title: 'Late TUPE information delayed award',
    whatHappened: 'The incumbent supplied the employee list late',
    effect: null,
    causes: null,
    earlyWarningIndicators: null,
    recommendation: 'Ask for TUPE data early',
    priority: 'HIGH',
    procurementId: null,
    gateway: null,
    loggedBy: 'clerk-1',
    loggedOn,
  },
});
const assigned = (actionId = 'a1'): LessonEvent => ({
  type: 'LessonActionAssigned',
  data: { lessonId: 'l1', actionId, description: 'Update template', ownerStaffMemberId: 's7', dueDate: '2026-03-31', target: 'TEMPLATE', targetReference: null },
});
const closed = (actionId = 'a1'): LessonEvent => ({
  type: 'LessonActionClosed',
  data: { lessonId: 'l1', actionId, evidence: 'Published', closedOn: '2026-02-01', closedBy: 'clerk-1' },
});

describe('lesson decider', () => {
  describe('recording a lesson', () => {
    it('records a lesson with its text trimmed, logged by the acting user today', () => {
      spec
        .given([])
        .when(recordLesson())
        .then([
          {
            type: 'LessonRecorded',
            data: {
              lessonId: 'l1',
              title: 'Late TUPE information delayed award',
              whatHappened: 'The incumbent supplied the employee list two weeks late',
              effect: null,
              causes: null,
              earlyWarningIndicators: null,
              recommendation: 'Ask for TUPE data at the strategy gateway',
              priority: 'HIGH',
              procurementId: null,
              gateway: null,
              loggedBy: 'clerk-1',
              loggedOn: '2026-01-15',
            },
          },
        ]);
    });

    it('records the effect, causes and early warning indicators trimmed', () => {
      spec
        .given([])
        .when(recordLesson({ effect: ' Award slipped a month ', causes: ' No contractual duty to supply data early ', earlyWarningIndicators: ' Incumbent slow to reply ' }))
        .then([
          expect.objectContaining({
            data: expect.objectContaining({
              effect: 'Award slipped a month',
              causes: 'No contractual duty to supply data early',
              earlyWarningIndicators: 'Incumbent slow to reply',
            }),
          }),
        ]);
    });

    it('records a blank effect, causes or early warning indicators as not given', () => {
      spec
        .given([])
        .when(recordLesson({ effect: '   ', causes: '', earlyWarningIndicators: '\n\t' }))
        .then([expect.objectContaining({ data: expect.objectContaining({ effect: null, causes: null, earlyWarningIndicators: null }) })]);
    });

    it('records the lesson on the UK calendar day, whatever the server clock zone', () => {
      // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
      spec
        .given([])
        .when(recordLesson(), { now: new Date('2026-06-30T23:30:00Z') })
        .then([expect.objectContaining({ data: expect.objectContaining({ loggedOn: '2026-07-01' }) })]);
      // In winter the UK is on GMT: 23:30 UTC is still the same day.
      spec
        .given([])
        .when(recordLesson(), { now: new Date('2026-01-15T23:30:00Z') })
        .then([expect.objectContaining({ data: expect.objectContaining({ loggedOn: '2026-01-15' }) })]);
    });

    it('records the acting user as loggedBy', () => {
      spec
        .given([])
        .when(recordLesson(), { actorId: 'officer-3' })
        .then([expect.objectContaining({ data: expect.objectContaining({ loggedBy: 'officer-3' }) })]);
    });

    it.each(['title', 'whatHappened', 'recommendation'] as const)('refuses a lesson without %s', (field) => {
      spec
        .given([])
        .when(recordLesson({ [field]: '  ' }))
        .thenThrows(InvalidInputError, new RegExp(`${field} must not be empty`));
    });

    it.each(['LOW', 'MEDIUM', 'HIGH'])('records a priority of %s', (priority) => {
      spec
        .given([])
        .when(recordLesson({ priority }))
        .then([expect.objectContaining({ data: expect.objectContaining({ priority }) })]);
    });

    it('records the optional fields left out as not given, with a MEDIUM priority', () => {
      spec
        .given([])
        .when({ type: 'RecordLesson', lessonId: 'l1', title: 'Late TUPE data', whatHappened: 'Two weeks late', recommendation: 'Ask earlier' })
        .then([
          expect.objectContaining({
            data: expect.objectContaining({ effect: null, causes: null, earlyWarningIndicators: null, priority: 'MEDIUM', procurementId: null, gateway: null }),
          }),
        ]);
    });

    it('records a MEDIUM priority when none is given', () => {
      spec
        .given([])
        .when(recordLesson({ priority: undefined }))
        .then([expect.objectContaining({ data: expect.objectContaining({ priority: 'MEDIUM' }) })]);
    });

    it.each(['URGENT', 'high', ''])('refuses a priority of %p', (priority) => {
      spec.given([]).when(recordLesson({ priority })).thenThrows(InvalidInputError, /priority must be one of LOW, MEDIUM, HIGH/);
    });

    it('records the procurement and the gateway the lesson came from', () => {
      spec
        .given([])
        .when(recordLesson({ procurementId: 'pr1', gateway: 'G3_AWARD' }))
        .then([expect.objectContaining({ data: expect.objectContaining({ procurementId: 'pr1', gateway: 'G3_AWARD' }) })]);
    });

    it('records a procurement without a gateway', () => {
      spec
        .given([])
        .when(recordLesson({ procurementId: 'pr1', gateway: null }))
        .then([expect.objectContaining({ data: expect.objectContaining({ procurementId: 'pr1', gateway: null }) })]);
    });

    it('refuses a gateway without the procurement it belongs to', () => {
      spec
        .given([])
        .when(recordLesson({ procurementId: null, gateway: 'G3_AWARD' }))
        .thenThrows(InvalidInputError, /A gateway is given only with the procurement it belongs to/);
    });

    it('refuses to record the same lesson twice', () => {
      spec.given([recorded()]).when(recordLesson()).thenThrows(RuleViolationError, /Lesson l1 is already recorded/);
    });
  });

  describe('a lesson that was never recorded', () => {
    it.each<[string, LessonCommand]>([
      ['assign an action', assign()],
      ['close an action', close()],
    ])('refuses to %s', (_, command) => {
      spec.given([]).when(command).thenThrows(RuleViolationError, /No such lesson/);
    });
  });

  describe('assigning an action', () => {
    it('assigns an action with its description and owner trimmed', () => {
      spec
        .given([recorded()])
        .when(assign())
        .then([
          {
            type: 'LessonActionAssigned',
            data: {
              lessonId: 'l1',
              actionId: 'a1',
              description: 'Add a TUPE clause to the strategy template',
              ownerStaffMemberId: 's7',
              dueDate: '2026-03-31',
              target: 'TEMPLATE',
              targetReference: null,
            },
          },
        ]);
    });

    it('records the target reference trimmed, or not given when blank', () => {
      spec
        .given([recorded()])
        .when(assign({ targetReference: ' TPL-STRAT-004 ' }))
        .then([expect.objectContaining({ data: expect.objectContaining({ targetReference: 'TPL-STRAT-004' }) })]);
      spec
        .given([recorded()])
        .when(assign({ targetReference: '  ' }))
        .then([expect.objectContaining({ data: expect.objectContaining({ targetReference: null }) })]);
    });

    it.each([...ACTION_TARGETS])('assigns an action that changes a %s', (target) => {
      spec
        .given([recorded()])
        .when(assign({ target }))
        .then([expect.objectContaining({ data: expect.objectContaining({ target }) })]);
    });

    it.each(['WEBSITE', 'template', ''])('refuses a target of %p', (target) => {
      spec
        .given([recorded()])
        .when(assign({ target }))
        .thenThrows(InvalidInputError, /target must be one of TEMPLATE, GUIDANCE, TRAINING_COURSE, POLICY, OTHER/);
    });

    it.each(['2026-02-30', '31/03/2026', '2026-3-31', '2026-03-31T00:00:00Z', ''])('refuses a due date of %p', (dueDate) => {
      spec
        .given([recorded()])
        .when(assign({ dueDate }))
        .thenThrows(InvalidInputError, /dueDate must be a date written YYYY-MM-DD/);
    });

    it('accepts an action due on the day the lesson was logged', () => {
      spec
        .given([recorded('2026-01-15')])
        .when(assign({ dueDate: '2026-01-15' }))
        .then([expect.objectContaining({ data: expect.objectContaining({ dueDate: '2026-01-15' }) })]);
    });

    it('refuses an action due before the lesson was logged', () => {
      spec
        .given([recorded('2026-01-15')])
        .when(assign({ dueDate: '2026-01-14' }))
        .thenThrows(RuleViolationError, /An action cannot fall due before the lesson was logged/);
    });

    it('refuses an action without a description or an owner', () => {
      spec
        .given([recorded()])
        .when(assign({ description: '  ' }))
        .thenThrows(InvalidInputError, /description must not be empty/);
      spec
        .given([recorded()])
        .when(assign({ ownerStaffMemberId: '' }))
        .thenThrows(InvalidInputError, /ownerStaffMemberId must not be empty/);
    });

    it('refuses an owner who is not on the staff register', () => {
      spec
        .given([recorded()])
        .when(assign({ ownerStaffMemberId: 'x9', people: { x9: 'UNKNOWN' } }))
        .thenThrows(NotFoundError, /No staff member x9 to own the action/);
    });

    it('refuses an owner whose personal data was erased: nobody could answer for the action', () => {
      spec
        .given([recorded()])
        .when(assign({ ownerStaffMemberId: 's7', people: { s7: 'ERASED' } }))
        .thenThrows(NotFoundError, /No staff member s7 to own the action/);
    });

    it('refuses an action id already used on this lesson, open or closed', () => {
      spec
        .given([recorded(), assigned('a1')])
        .when(assign({ actionId: 'a1' }))
        .thenThrows(RuleViolationError, /Action a1 already exists/);
      spec
        .given([recorded(), assigned('a1'), closed('a1')])
        .when(assign({ actionId: 'a1' }))
        .thenThrows(RuleViolationError, /Action a1 already exists/);
    });

    it('assigns a second action under another id', () => {
      spec
        .given([recorded(), assigned('a1')])
        .when(assign({ actionId: 'a2' }))
        .then([expect.objectContaining({ data: expect.objectContaining({ actionId: 'a2' }) })]);
    });
  });

  describe('closing an action', () => {
    it('closes an open action with its evidence, today, by the acting user', () => {
      spec
        .given([recorded(), assigned('a1')])
        .when(close('a1'), { now: new Date('2026-04-02T08:00:00Z'), actorId: 'owner-7' })
        .then([
          {
            type: 'LessonActionClosed',
            data: { lessonId: 'l1', actionId: 'a1', evidence: 'Template v4 published on the intranet', closedOn: '2026-04-02', closedBy: 'owner-7' },
          },
        ]);
    });

    it('closes the action on the UK calendar day', () => {
      spec
        .given([recorded(), assigned('a1')])
        .when(close('a1'), { now: new Date('2026-05-10T23:15:00Z') })
        .then([expect.objectContaining({ data: expect.objectContaining({ closedOn: '2026-05-11' }) })]);
    });

    it('refuses to close an action the lesson does not have', () => {
      spec
        .given([recorded(), assigned('a1')])
        .when(close('a9'))
        .thenThrows(NotFoundError, /No action a9 on this lesson/);
    });

    it('refuses to close an action twice', () => {
      spec
        .given([recorded(), assigned('a1'), closed('a1')])
        .when(close('a1'))
        .thenThrows(RuleViolationError, /This action is already closed/);
    });

    it('refuses to close an action without evidence', () => {
      spec
        .given([recorded(), assigned('a1')])
        .when(close('a1', '  '))
        .thenThrows(InvalidInputError, /evidence must not be empty/);
    });

    it('closes one action and leaves the others open', () => {
      spec
        .given([recorded(), assigned('a1'), assigned('a2'), closed('a1')])
        .when(close('a2'))
        .then([expect.objectContaining({ type: 'LessonActionClosed', data: expect.objectContaining({ actionId: 'a2' }) })]);
    });
  });
});

describe('lesson references', () => {
  it('refuses an unknown gateway and treats a blank procurement as none', () => {
    spec.given([]).when(recordLesson({ procurementId: 'p1', gateway: 'G9_NONSENSE' })).thenThrows(InvalidInputError, /gateway must be one of/);
    spec.given([]).when(recordLesson({ procurementId: '  ', gateway: 'G3_AWARD' })).thenThrows(InvalidInputError, /only with the procurement/);
  });
});
