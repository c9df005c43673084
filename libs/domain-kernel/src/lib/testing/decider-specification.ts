import { DecisionContext, Decider } from '../decider';
import { DomainEvent } from '../domain-event';

/**
 * Freezes a value and everything it holds, so that a decider that changes its state or an event in
 * place fails its spec with a TypeError. The write path caches folded states between commands
 * (handleCommand's FoldedStreams): that is only safe because evolve and decide never mutate.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  if (value instanceof Date) return value;
  Object.freeze(value);
  if (value instanceof Map) {
    for (const [key, item] of value) {
      deepFreeze(key);
      deepFreeze(item);
    }
  } else if (value instanceof Set) for (const item of value) deepFreeze(item);
  else for (const item of Object.values(value)) deepFreeze(item);
  return value;
}

/** Folds like the write path, with every state and event frozen (see deepFreeze). */
function foldFrozen<Event extends DomainEvent, State>(decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>, events: readonly Event[]): State {
  return events.reduce((state, event) => deepFreeze(decider.evolve(state, deepFreeze(structuredClone(event)))), deepFreeze(decider.initialState()));
}

/**
 * given / when / then for deciders, without a store:
 *   spec.given([PostProposed]).when(approvePost).then([PostApproved])
 *   spec.given([]).when(fillPost).thenThrows(RuleViolationError, /not approved/)
 */
export function DeciderSpecification<Command, Event extends DomainEvent, State>(
  decider: Decider<Command, Event, State>,
  defaultContext: Partial<DecisionContext> = {},
) {
  const context: DecisionContext = {
    now: new Date('2026-01-15T09:00:00.000Z'),
    actorId: 'test-actor',
    actorRoles: ['ADMIN'],
    ...defaultContext,
  };
  return {
    given(events: readonly Event[]) {
      return {
        when(command: Command, overrides: Partial<DecisionContext> = {}) {
          const run = () => decider.decide(deepFreeze(structuredClone(command)), foldFrozen(decider, events), { ...context, ...overrides });
          return {
            then(expected: readonly Event[]): void {
              expect(run()).toEqual(expected);
            },
            thenThrows(errorType: abstract new (...args: never[]) => Error, message?: RegExp): void {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(errorType);
              if (message) expect((thrown as Error).message).toMatch(message);
            },
            thenNothingHappens(): void {
              expect(run()).toEqual([]);
            },
          };
        },
      };
    },
  };
}
