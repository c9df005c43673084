import { DomainEvent } from './domain-event';

/** What a decision may know about its circumstances: time and actor come in, never from globals. */
export interface DecisionContext {
  now: Date;
  actorId: string;
  actorRoles: readonly string[];
}

/**
 * A pure decider (after Emmett / EventSourcing.NodeJS): decide returns the events a command
 * produces in a state, or throws a domain error; evolve folds one event into the state.
 */
export interface Decider<Command, Event extends DomainEvent, State> {
  decide(command: Command, state: State, context: DecisionContext): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export function foldEvents<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  events: readonly Event[],
): State {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}
