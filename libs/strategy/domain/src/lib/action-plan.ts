import { Decider, DomainEvent, InvalidInputError, RuleViolationError, unhandled } from '@ledger/domain-kernel';
import { DistributiveOmit, requiredText, ukDateOf } from '@ledger/shared-domain';
import { MaturityArea, MaturityLevel, MaturityTheme, knownArea, maturityLevel, reviewYear } from './maturity';

export const actionPlanItemStreamId = (itemId: string) => `maturity-action-${itemId}`;

export type ActionPlanItemAdded = DomainEvent<
  'ActionPlanItemAdded',
  { itemId: string; area: string; theme: MaturityTheme; description: string; targetYear: number; targetLevel: MaturityLevel | null; addedOn: string; addedBy: string }
>;
export type ActionProgressRecorded = DomainEvent<'ActionProgressRecorded', { itemId: string; percent: number; note: string; recordedOn: string; recordedBy: string }>;
export type ActionPlanEvent = ActionPlanItemAdded | ActionProgressRecorded;
export const ACTION_PLAN_EVENT_TYPES: readonly ActionPlanEvent['type'][] = ['ActionPlanItemAdded', 'ActionProgressRecorded'];

export type ActionPlanCommand =
  | { type: 'AddActionPlanItem'; itemId: string; area: string; description: string; targetYear: number; targetLevel?: string | null; areas: readonly MaturityArea[] }
  | { type: 'RecordActionProgress'; percent: number; note: string };

/** An action plan command as asked for: the handler adds the area catalogue as the log has it. */
export type ActionPlanRequest = DistributiveOmit<ActionPlanCommand, 'areas'>;

export interface ActionPlanItemState {
  itemId: string | null;
}

/** An item of the maturity action plan: what an area will do by a target year, and its progress. */
export const actionPlanItemDecider: Decider<ActionPlanCommand, ActionPlanEvent, ActionPlanItemState> = {
  initialState: () => ({ itemId: null }),

  decide(command, state, context) {
    const today = ukDateOf(context.now);
    if (command.type === 'AddActionPlanItem') {
      if (state.itemId) throw new RuleViolationError(`Action plan item ${state.itemId} already exists`);
      const area = knownArea('area', command.area, command.areas);
      return [
        {
          type: 'ActionPlanItemAdded',
          data: {
            itemId: command.itemId,
            area: area.name,
            theme: area.theme,
            description: requiredText('description', command.description, 2000),
            targetYear: reviewYear('targetYear', command.targetYear),
            targetLevel: command.targetLevel === null || command.targetLevel === undefined ? null : maturityLevel('targetLevel', command.targetLevel),
            addedOn: today,
            addedBy: context.actorId,
          },
        },
      ];
    }
    if (!state.itemId) throw new RuleViolationError('No such action plan item');
    if (!Number.isInteger(command.percent) || command.percent < 0 || command.percent > 100) {
      throw new InvalidInputError('percent must be a whole number from 0 to 100', { field: 'percent' });
    }
    return [{ type: 'ActionProgressRecorded', data: { itemId: state.itemId, percent: command.percent, note: requiredText('note', command.note, 4000), recordedOn: today, recordedBy: context.actorId } }];
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ActionPlanItemAdded':
        return { itemId: event.data.itemId };
      case 'ActionProgressRecorded':
        return state;
      default:
        return unhandled('event', event);
    }
  },
};
