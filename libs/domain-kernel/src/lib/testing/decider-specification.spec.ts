import { Decider } from '../decider';
import { DomainEvent } from '../domain-event';
import { DeciderSpecification } from './decider-specification';

type Tallied = DomainEvent & { type: 'Tallied'; data: { item: string } };
type Tally = { type: 'Tally'; item: string };
interface State {
  items: string[];
}

const pure: Decider<Tally, Tallied, State> = {
  initialState: () => ({ items: [] }),
  evolve: (state, event) => ({ items: [...state.items, event.data.item] }),
  decide: (command, state) => (state.items.includes(command.item) ? [] : [{ type: 'Tallied', data: { item: command.item } } as Tallied]),
};

// The write path keeps folded states between commands, so a decider that changes a state in place
// would corrupt the next command's state: every spec must catch it.
const mutatingEvolve: Decider<Tally, Tallied, State> = {
  ...pure,
  evolve: (state, event) => {
    state.items.push(event.data.item);
    return state;
  },
};

const mutatingDecide: Decider<Tally, Tallied, State> = {
  ...pure,
  decide: (command, state) => {
    state.items.push(command.item);
    return [];
  },
};

describe('DeciderSpecification', () => {
  const tallied = { type: 'Tallied', data: { item: 'a' } } as Tallied;

  it('passes a pure decider', () => {
    DeciderSpecification(pure).given([tallied]).when({ type: 'Tally', item: 'b' }).then([{ type: 'Tallied', data: { item: 'b' } } as Tallied]);
  });

  it('fails a decider whose evolve changes the state in place', () => {
    expect(() => DeciderSpecification(mutatingEvolve).given([tallied]).when({ type: 'Tally', item: 'b' }).then([])).toThrow(TypeError);
  });

  it('fails a decider whose decide changes the state in place', () => {
    expect(() => DeciderSpecification(mutatingDecide).given([tallied]).when({ type: 'Tally', item: 'b' }).thenNothingHappens()).toThrow(TypeError);
  });
});
