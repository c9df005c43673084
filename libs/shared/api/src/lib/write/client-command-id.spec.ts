import { InvalidInputError } from '@ledger/event-store-core';
import { newAggregateId } from './aggregate-id';
import { clientCommandId } from './client-command-id';
import { commandMetadataFor } from './command-metadata';

describe('the client commandId (idempotency key)', () => {
  const actor = { userId: 'u-1', roles: ['ADMIN' as const] };

  it.each(['', ' ', '   ', '\t', 'has space', 'x'.repeat(129), 'semi;colon', 'emoji-\u{1F600}', '\uD800'])('refuses %j as an idempotency key, everywhere it is read', (commandId) => {
    expect(() => clientCommandId(commandId)).toThrow(InvalidInputError);
    expect(() => commandMetadataFor(actor, { commandId })).toThrow(/commandId must be 1 to 128 letters/);
    expect(() => newAggregateId('procurement', commandId)).toThrow(InvalidInputError);
  });

  it('takes UUIDs and readable keys as they are, and picks a fresh one when none is sent', () => {
    expect(commandMetadataFor(actor, { commandId: '0b6f0c1e-3b9a-4c1e-9f6a-2a1d3c4b5e6f' }).commandId).toBe('0b6f0c1e-3b9a-4c1e-9f6a-2a1d3c4b5e6f');
    expect(commandMetadataFor(actor, { commandId: 'import-abc.12:3_x' }).commandId).toBe('import-abc.12:3_x');
    const fresh = [commandMetadataFor(actor).commandId, commandMetadataFor(actor, { commandId: null }).commandId];
    expect(fresh[0]).not.toBe(fresh[1]);
    expect(newAggregateId('procurement', 'retry-1')).toBe(newAggregateId('procurement', 'retry-1'));
  });
});
