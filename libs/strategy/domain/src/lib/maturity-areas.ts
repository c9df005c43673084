import { Decider, DomainEvent, InvalidInputError, RuleViolationError, unhandled } from '@ledger/domain-kernel';
import { requiredText } from '@ledger/shared-domain';
import { MATURITY_THEMES, MaturityArea, MaturityTheme, REFERENCE_MATURITY_AREAS, areaKey } from './maturity';

/** One stream holds the areas added to the reference list, so a name can be checked for uniqueness. */
export const MATURITY_AREAS_STREAM = 'maturity-areas';

export type MaturityAreaAdded = DomainEvent<'MaturityAreaAdded', { name: string; theme: MaturityTheme; addedBy: string }>;
export type MaturityAreasEvent = MaturityAreaAdded;
export const MATURITY_AREAS_EVENT_TYPES: readonly MaturityAreasEvent['type'][] = ['MaturityAreaAdded'];

export type MaturityAreasCommand = { type: 'AddMaturityArea'; name: string; theme: string };

export interface MaturityAreasState {
  added: MaturityArea[];
}

/** Every area an assessment or action may name: the reference list, then those added, in order. */
export const maturityAreasOf = (state: MaturityAreasState): MaturityArea[] => [...REFERENCE_MATURITY_AREAS, ...state.added];

export const maturityAreasDecider: Decider<MaturityAreasCommand, MaturityAreasEvent, MaturityAreasState> = {
  initialState: () => ({ added: [] }),

  decide(command, state, context) {
    const name = requiredText('name', command.name, 120).replace(/\s+/g, ' ');
    if (!(MATURITY_THEMES as readonly string[]).includes(command.theme)) throw new InvalidInputError(`theme must be one of ${MATURITY_THEMES.join(', ')}`, { field: 'theme' });
    const existing = maturityAreasOf(state).find((area) => areaKey(area.name) === areaKey(name));
    if (existing) throw new RuleViolationError(`"${existing.name}" is already a maturity area`);
    return [{ type: 'MaturityAreaAdded', data: { name, theme: command.theme as MaturityTheme, addedBy: context.actorId } }];
  },

  evolve(state, event) {
    switch (event.type) {
      case 'MaturityAreaAdded':
        return { added: [...state.added, { name: event.data.name, theme: event.data.theme }] };
      default:
        return unhandled('event', event.type);
    }
  },
};
