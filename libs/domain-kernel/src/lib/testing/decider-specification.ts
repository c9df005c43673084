import { DecisionContext, Decider, foldEvents } from '../decider';
import { DomainEvent } from '../domain-event';

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
          const run = () => decider.decide(command, foldEvents(decider, events), { ...context, ...overrides });
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
