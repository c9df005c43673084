import { InvalidInputError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { REFERENCE_MATURITY_AREAS } from './maturity';
import { ActionPlanCommand, ActionPlanEvent, actionPlanItemDecider } from './action-plan';

const spec = DeciderSpecification(actionPlanItemDecider, { now: new Date('2026-03-10T10:00:00Z'), actorId: 'lead-1' });
type Add = Extract<ActionPlanCommand, { type: 'AddActionPlanItem' }>;
const add = (overrides: Partial<Add> = {}): Add => ({
  type: 'AddActionPlanItem',
  itemId: 'a1',
  area: 'managing strategic risk',
  description: ' Extend the strategy to the five risk categories ',
  targetYear: 2026,
  targetLevel: 'DEVELOPING',
  areas: REFERENCE_MATURITY_AREAS,
  ...overrides,
});
const progress = (percent: number, note = ' Register kept for all five categories '): ActionPlanCommand => ({ type: 'RecordActionProgress', percent, note });
const added: ActionPlanEvent = {
  type: 'ActionPlanItemAdded',
  data: { itemId: 'a1', area: 'Managing strategic risk', theme: 'Behaving commercially', description: 'x', targetYear: 2026, targetLevel: null, addedOn: '2026-01-05', addedBy: 'lead-1' },
};

describe('action plan item decider', () => {
  it('adds an item for an area with its target year and level', () => {
    spec
      .given([])
      .when(add())
      .then([
        {
          type: 'ActionPlanItemAdded',
          data: {
            itemId: 'a1',
            area: 'Managing strategic risk',
            theme: 'Behaving commercially',
            description: 'Extend the strategy to the five risk categories',
            targetYear: 2026,
            targetLevel: 'DEVELOPING',
            addedOn: '2026-03-10',
            addedBy: 'lead-1',
          },
        },
      ]);
  });

  it('takes no target level as none', () => {
    spec
      .given([])
      .when(add({ targetLevel: null }))
      .then([expect.objectContaining({ data: expect.objectContaining({ targetLevel: null }) })]);
    spec
      .given([])
      .when(add({ targetLevel: undefined }))
      .then([expect.objectContaining({ data: expect.objectContaining({ targetLevel: null }) })]);
  });

  it('refuses an unknown area, an empty description, a bad target year or level', () => {
    spec.given([]).when(add({ area: 'Spend data' })).thenThrows(InvalidInputError, /is not a maturity area/);
    spec.given([]).when(add({ description: '' })).thenThrows(InvalidInputError, /description must not be empty/);
    spec.given([]).when(add({ targetYear: 26 })).thenThrows(InvalidInputError, /targetYear must be a year/);
    spec.given([]).when(add({ targetLevel: 'GREAT' })).thenThrows(InvalidInputError, /targetLevel must be one of/);
  });

  it('refuses to add the same item twice', () => {
    spec.given([added]).when(add()).thenThrows(RuleViolationError, /already exists/);
  });

  it('records progress as a percentage with a note', () => {
    spec
      .given([added])
      .when(progress(60))
      .then([{ type: 'ActionProgressRecorded', data: { itemId: 'a1', percent: 60, note: 'Register kept for all five categories', recordedOn: '2026-03-10', recordedBy: 'lead-1' } }]);
  });

  it.each([0, 100])('accepts %p percent', (percent) => {
    spec
      .given([added])
      .when(progress(percent))
      .then([expect.objectContaining({ data: expect.objectContaining({ percent }) })]);
  });

  it.each([-1, 101, 50.5, Number.NaN])('refuses %p percent', (percent) => {
    spec.given([added]).when(progress(percent)).thenThrows(InvalidInputError, /percent must be a whole number from 0 to 100/);
  });

  it('refuses progress without a note', () => {
    spec.given([added]).when(progress(10, ' ')).thenThrows(InvalidInputError, /note must not be empty/);
  });

  it('refuses progress on an item that was never added', () => {
    spec.given([]).when(progress(10)).thenThrows(RuleViolationError, /No such action plan item/);
  });
});
