import { DeciderSpecification } from '../testing';
import { Decider, foldEvents } from './decider';
import { DomainEvent } from './domain-event';
import { ConcurrencyConflictError, RuleViolationError } from './errors';

type CounterEvent = DomainEvent<'Incremented', { by: number }>;
type CounterCommand = { type: 'Increment'; by: number };

const counter: Decider<CounterCommand, CounterEvent, number> = {
  decide(command, total) {
    if (total + command.by > 10) throw new RuleViolationError('A counter never passes 10');
    return [{ type: 'Incremented', data: { by: command.by } }];
  },
  evolve: (total, event) => total + event.data.by,
  initialState: () => 0,
};

describe('the domain kernel', () => {
  it('folds events from the initial state in order', () => {
    expect(foldEvents(counter, [])).toBe(0);
    expect(foldEvents(counter, [{ type: 'Incremented', data: { by: 2 } }, { type: 'Incremented', data: { by: 3 } }])).toBe(5);
  });

  it('decides on the folded state (given / when / then)', () => {
    const spec = DeciderSpecification(counter);
    spec.given([{ type: 'Incremented', data: { by: 4 } }]).when({ type: 'Increment', by: 6 }).then([{ type: 'Incremented', data: { by: 6 } }]);
    spec.given([{ type: 'Incremented', data: { by: 4 } }]).when({ type: 'Increment', by: 7 }).thenThrows(RuleViolationError, /never passes 10/);
  });

  it('names errors after their class and carries the contract code', () => {
    const conflict = new ConcurrencyConflictError('post-1', 2, 3);
    expect(conflict.name).toBe('ConcurrencyConflictError');
    expect(conflict.code).toBe('CONFLICT');
    expect(conflict.details).toEqual({ streamId: 'post-1', expectedRevision: 2, actualRevision: 3 });
  });
});
