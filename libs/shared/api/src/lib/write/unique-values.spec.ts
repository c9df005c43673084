import { randomBytes, randomUUID } from 'node:crypto';
import { CommandMetadata, Decider, EventStore, InMemoryEventStore, RuleViolationError, handleCommand } from '@ledger/event-store-core';
import { CommandExecutor, prepareCommand } from './command-executor';
import { ABANDONED_RESERVATION_AFTER_MS, UniqueClaim, UniqueValues } from './unique-values';
import { UniquenessGuard } from './uniqueness-guard';

// A registration with a unique name, the shape of RegisterStaffMember / RegisterUser / DefineCompetency.
type ThingCommand = { type: 'Register'; name: string; nameTaken: boolean; valid?: boolean } | { type: 'Erase' };
type ThingEvent = { type: 'ThingRegistered'; data: { name: string } } | { type: 'ThingErased'; data: Record<string, never> };
type ThingState = { registered: boolean };
const thingDecider: Decider<ThingCommand, ThingEvent, ThingState> = {
  initialState: () => ({ registered: false }),
  evolve: (state, event) => (event.type === 'ThingRegistered' ? { registered: true } : state),
  decide: (command, state) => {
    switch (command.type) {
      case 'Register':
        if (command.valid === false) throw new RuleViolationError('Not a valid thing');
        if (command.nameTaken) throw new RuleViolationError(`A thing named ${command.name} already exists`);
        if (state.registered) throw new RuleViolationError('Already registered');
        return [{ type: 'ThingRegistered', data: { name: command.name } }];
      case 'Erase':
        return [{ type: 'ThingErased', data: {} }];
      default: {
        const unknown: never = command;
        throw new Error(`Unknown command ${JSON.stringify(unknown)}`);
      }
    }
  },
};

const key = randomBytes(32);
/** One API instance: its own in-process guard, the shared store. */
function instance(store: EventStore, failNextRun = false): UniqueValues {
  let fail = failNextRun;
  const executor = {
    run: async (prepared: Parameters<CommandExecutor['run']>[0], metadata: CommandMetadata) => {
      if (fail) {
        fail = false;
        throw new Error('The connection dropped');
      }
      return handleCommand(store, prepared.streamId, prepared.decider, prepared.command, metadata, prepared.options);
    },
  } as unknown as CommandExecutor;
  return new UniqueValues(store, key, new UniquenessGuard(), executor);
}

const metadataAt = (now = new Date('2026-11-30T10:00:00Z'), commandId = randomUUID()): CommandMetadata => ({
  commandId,
  correlationId: commandId,
  causationId: commandId,
  actorId: 'user-1',
  actorRoles: ['ADMIN'],
  now,
});

const claimOf = (ownerId: string, name = 'Contract management'): UniqueClaim<ThingCommand> => ({
  kind: 'competency-name',
  value: name.toLowerCase(),
  ownerId,
  releasedBy: ['ThingErased'],
  takenInReadModel: (command) => command.type === 'Register' && command.nameTaken,
  markedTaken: (command) => (command.type === 'Register' ? { ...command, nameTaken: true } : command),
});

const register = (values: UniqueValues, ownerId: string, metadata = metadataAt(), command: Partial<ThingCommand> = {}) =>
  values.run(claimOf(ownerId), metadata, async () => prepareCommand(thingDecider, `thing-${ownerId}`, { type: 'Register', name: 'Contract management', nameTaken: false, ...command } as ThingCommand));

describe('unique values reserved in the store', () => {
  it('accepts one of two instances racing for the same value and refuses the other with the decider rule', async () => {
    const store = new InMemoryEventStore();
    const [first, second] = [instance(store), instance(store)];
    const results = await Promise.allSettled([register(first, 'a'), register(second, 'b')]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(RuleViolationError);
    expect((refused.reason as Error).message).toMatch(/already exists/);
    const registered = (await store.readAll()).filter((event) => event.type === 'ThingRegistered');
    expect(registered).toHaveLength(1);
  });

  it('keys the reservation stream by a keyed hash: the value is not in the stream id', () => {
    const streamId = instance(new InMemoryEventStore()).streamIdOf('user-email', 'jo@example.gov.uk');
    expect(streamId).toMatch(/^unique-user-email-[0-9a-f]{64}$/);
    expect(streamId).not.toContain('jo');
  });

  it('lets a retry of the same command through as idempotent, not as "taken"', async () => {
    const store = new InMemoryEventStore();
    const metadata = metadataAt();
    const once = await register(instance(store), 'a', metadata);
    const again = await register(instance(store), 'a', metadata);
    expect(once.idempotent).toBe(false);
    expect(again.idempotent).toBe(true);
  });

  it('reserves nothing for a command its decider refuses for another reason', async () => {
    const store = new InMemoryEventStore();
    await expect(register(instance(store), 'a', metadataAt(), { valid: false })).rejects.toThrow(/Not a valid thing/);
    expect(await store.headPosition()).toBe(0n);
  });

  it('writes nothing when the read model already shows the value taken', async () => {
    const store = new InMemoryEventStore();
    await expect(register(instance(store), 'a', metadataAt(), { nameTaken: true })).rejects.toThrow(/already exists/);
    expect(await store.headPosition()).toBe(0n);
  });

  it('releases the value when the owner write fails after the reservation, so another can take it', async () => {
    const store = new InMemoryEventStore();
    await expect(register(instance(store, true), 'a')).rejects.toThrow(/connection dropped/);
    await expect(register(instance(store), 'b')).resolves.toMatchObject({ idempotent: false });
    const reservations = (await store.readAll()).filter((event) => event.streamId.startsWith('unique-')).map((event) => event.type);
    expect(reservations).toEqual(['UniqueValueClaimed', 'UniqueValueReleased', 'UniqueValueClaimed']);
  });

  it('frees the value of an erased owner', async () => {
    const store = new InMemoryEventStore();
    await register(instance(store), 'a');
    await handleCommand(store, 'thing-a', thingDecider, { type: 'Erase' }, metadataAt());
    await expect(register(instance(store), 'b')).resolves.toMatchObject({ idempotent: false });
  });

  it('counts a reservation whose owner recorded nothing as taken while it may be in flight, and takes it over once abandoned', async () => {
    const store = new InMemoryEventStore();
    const values = instance(store);
    const claimedAt = new Date();
    // An instance that died between its reservation and its own append.
    await store.append(values.streamIdOf('competency-name', 'contract management'), [{ type: 'UniqueValueClaimed', data: { kind: 'competency-name', ownerId: 'a', ownerStreamId: 'thing-a' } }], {
      expectedRevision: 0,
      command: metadataAt(claimedAt),
    });
    await expect(register(values, 'b', metadataAt(new Date(claimedAt.getTime() + 1000)))).rejects.toThrow(/already exists/);
    await expect(register(values, 'b', metadataAt(new Date(claimedAt.getTime() + ABANDONED_RESERVATION_AFTER_MS + 1000)))).resolves.toMatchObject({ idempotent: false });
  });

  it('lets exactly one of several instances claim the demo data', async () => {
    const store = new InMemoryEventStore();
    const claims = await Promise.all([instance(store), instance(store), instance(store)].map((values) => values.claimOnce('demo-data', randomUUID(), metadataAt())));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });
});
