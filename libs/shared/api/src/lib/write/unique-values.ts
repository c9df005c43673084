import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  CommandMetadata,
  CommandResult,
  ConcurrencyConflictError,
  DomainEvent,
  EventStore,
  ForkedEventStore,
  RecordedEvent,
  UNIQUE_VALUE_STREAM_PREFIX,
  handleCommand,
} from '@ledger/event-store-core';
import { ACCOUNT_LOOKUP_KEY, EVENT_STORE } from '../tokens';
import { newAggregateId } from './aggregate-id';
import { CommandExecutor, PreparedCommand } from './command-executor';
import { UniquenessGuard } from './uniqueness-guard';

/** The values the ledger keeps unique across streams (ADR 0021); `demo-data` is the one demo load. */
export type UniqueValueKind = 'staff-email' | 'user-email' | 'competency-name' | 'social-value-measure' | 'demo-data';

/** A value held for one aggregate: recorded on the value's own reservation stream. */
export interface UniqueValueClaimed {
  type: 'UniqueValueClaimed';
  data: { kind: UniqueValueKind; ownerId: string; ownerStreamId: string };
}

/** The holder no longer holds the value: its own write failed, it was erased, or it never recorded anything. */
export interface UniqueValueReleased {
  type: 'UniqueValueReleased';
  data: { kind: UniqueValueKind; ownerId: string; reason: UniqueValueReleaseReason };
}

/** OWNER_CHANGED_VALUE: the holder moved to another value (a staff member's new email) and let this one go. */
export type UniqueValueReleaseReason = 'OWNER_WRITE_FAILED' | 'OWNER_ERASED' | 'OWNER_NEVER_RECORDED' | 'OWNER_CHANGED_VALUE';
export type UniqueValueEvent = UniqueValueClaimed | UniqueValueReleased;

/**
 * A reservation the owner never followed with its own first event (the process died between the
 * two appends) is taken over after this long; a younger one may still be in flight on another
 * instance, so it counts as taken.
 */
export const ABANDONED_RESERVATION_AFTER_MS = 60_000;

/** What a command that creates a unique value tells the reservation. */
export interface UniqueClaim<Command> {
  kind: UniqueValueKind;
  /** The value as the command will record it (normalised: trimmed, lower case). */
  value: string;
  ownerId: string;
  /** Events on the owner's stream after which it no longer holds the value (an erasure). */
  releasedBy?: readonly string[];
  /** The read model's answer, found by `prepare`: already taken, so nothing is reserved. */
  takenInReadModel(command: Command): boolean;
  /** The same command, told the value is taken, so the decider refuses it with its own words. */
  markedTaken(command: Command): Command;
}

interface ReservationState {
  revision: number;
  holder?: { ownerId: string; ownerStreamId: string; claimedAt: Date };
}

/**
 * Uniqueness enforced by the store, so it holds across processes and on every adapter (ADR 0021):
 * each unique value has a reservation stream, `unique-<kind>-<keyed hash of the value>`, and a
 * command that creates the value first appends `UniqueValueClaimed` there at the revision it read
 * (0 for a new value). Of two instances racing, one append wins; the other gets a concurrency
 * conflict, reads the winner and is refused by its decider as a duplicate. The reservation names
 * its owner, so a retry of the same command (same aggregate id) goes through. The in-process guard
 * still serialises requests within one instance, so most duplicates are found in the read model
 * without touching the reservation.
 */
@Injectable()
export class UniqueValues {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ACCOUNT_LOOKUP_KEY) private readonly lookupKey: Buffer,
    private readonly guard: UniquenessGuard,
    private readonly executor: CommandExecutor,
  ) {}

  /**
   * The reservation stream of a value. Keyed (HMAC under the account lookup key, ADR 0020): emails
   * are guessable, and a stream id outlives any erasure, so without the key nobody can test a
   * guessed email against the log.
   */
  streamIdOf(kind: UniqueValueKind, value: string): string {
    const digest = createHmac('sha256', this.lookupKey).update(`${kind}\u0000${value}`).digest('hex');
    return `${UNIQUE_VALUE_STREAM_PREFIX}${kind}-${digest}`;
  }

  /**
   * Prepares and runs a command that creates a unique value, one at a time per value in this
   * process, with the value reserved in the store before the aggregate's own append.
   */
  async run<Command, Event extends DomainEvent, State>(
    claim: UniqueClaim<Command>,
    metadata: CommandMetadata,
    prepare: () => Promise<PreparedCommand<Command, Event, State>>,
  ): Promise<CommandResult<State>> {
    const streamId = this.streamIdOf(claim.kind, claim.value);
    return this.guard.exclusively(streamId, async () => {
      const prepared = await prepare();
      // Taken by what the read model shows (or a value recorded before reservations existed): the
      // decider refuses, and nothing is written anywhere.
      if (claim.takenInReadModel(prepared.command)) return this.executor.run(prepared, metadata);
      // Rehearsed on a fork first: a command its decider refuses for another reason reserves nothing.
      await handleCommand(new ForkedEventStore(this.store), prepared.streamId, prepared.decider, prepared.command, metadata, prepared.options);
      const reserved = await this.reserve(streamId, claim, prepared.streamId, metadata);
      if (!reserved) return this.executor.run({ ...prepared, command: claim.markedTaken(prepared.command) }, metadata);
      try {
        return await this.executor.run(prepared, metadata);
      } catch (error) {
        await this.releaseIfNothingRecorded(streamId, claim, prepared.streamId, metadata);
        throw error;
      }
    });
  }

  /** Claims a value that is not a command's (the demo data set): true for the one caller that got it. */
  async claimOnce(kind: 'demo-data', ownerId: string, metadata: CommandMetadata): Promise<boolean> {
    const streamId = `${UNIQUE_VALUE_STREAM_PREFIX}${kind}`;
    const state = fold(await this.store.readStream(streamId));
    if (state.holder) return state.holder.ownerId === ownerId;
    try {
      await this.store.append(streamId, [claimed(kind, ownerId, ownerId)], { expectedRevision: state.revision, command: metadata });
      return true;
    } catch (error) {
      if (error instanceof ConcurrencyConflictError) return false;
      throw error;
    }
  }

  /** True when `ownerId` holds the value now (it did before, or it claimed it just now). */
  private async reserve<Command>(streamId: string, claim: UniqueClaim<Command>, ownerStreamId: string, metadata: CommandMetadata): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      const state = fold(await this.store.readStream(streamId));
      if (state.holder?.ownerId === claim.ownerId) return true;
      const released: UniqueValueReleased[] = [];
      if (state.holder) {
        const reason = await this.reasonToTakeOver(state.holder, claim, metadata);
        if (!reason) return false;
        released.push({ type: 'UniqueValueReleased', data: { kind: claim.kind, ownerId: state.holder.ownerId, reason } });
      }
      try {
        // A command id of its own per revision: the store's idempotency by command id must not
        // swallow a second claim by a retried command after its first one was released.
        const commandId = newAggregateId(`unique-claim-${state.revision}`, metadata.commandId);
        await this.store.append(streamId, [...released, claimed(claim.kind, claim.ownerId, ownerStreamId)], {
          expectedRevision: state.revision,
          command: { ...metadata, commandId },
        });
        return true;
      } catch (error) {
        // Another instance claimed (or released) it between our read and our append: read again.
        if (!(error instanceof ConcurrencyConflictError) || attempt >= 5) throw error;
      }
    }
  }

  /** Why a holder no longer holds the value, or undefined while it does. */
  private async reasonToTakeOver<Command>(holder: NonNullable<ReservationState['holder']>, claim: UniqueClaim<Command>, metadata: CommandMetadata): Promise<UniqueValueReleaseReason | undefined> {
    const ownerEvents = await this.store.readStream(holder.ownerStreamId);
    if (ownerEvents.length === 0) {
      const age = metadata.now.getTime() - holder.claimedAt.getTime();
      return age > ABANDONED_RESERVATION_AFTER_MS ? 'OWNER_NEVER_RECORDED' : undefined;
    }
    return ownerEvents.some((event) => claim.releasedBy?.includes(event.type)) ? 'OWNER_ERASED' : undefined;
  }

  /** After the owner's own write failed: frees the value, unless the owner recorded something after all. */
  private async releaseIfNothingRecorded<Command>(streamId: string, claim: UniqueClaim<Command>, ownerStreamId: string, metadata: CommandMetadata): Promise<void> {
    try {
      if ((await this.store.readStream(ownerStreamId)).length > 0) return;
      const state = fold(await this.store.readStream(streamId));
      if (state.holder?.ownerId !== claim.ownerId) return;
      const release: UniqueValueReleased = { type: 'UniqueValueReleased', data: { kind: claim.kind, ownerId: claim.ownerId, reason: 'OWNER_WRITE_FAILED' } };
      const commandId = newAggregateId(`unique-release-${state.revision}`, metadata.commandId);
      await this.store.append(streamId, [release], { expectedRevision: state.revision, command: { ...metadata, commandId } });
    } catch {
      // Best effort: a reservation left behind is taken over once it is abandoned (see reasonToTakeOver).
    }
  }
}

function claimed(kind: UniqueValueKind, ownerId: string, ownerStreamId: string): UniqueValueClaimed {
  return { type: 'UniqueValueClaimed', data: { kind, ownerId, ownerStreamId } };
}

function fold(events: readonly RecordedEvent[]): ReservationState {
  let state: ReservationState = { revision: 0 };
  for (const event of events) {
    const reservation = event as unknown as UniqueValueEvent;
    switch (reservation.type) {
      case 'UniqueValueClaimed':
        state = { revision: event.revision, holder: { ...reservation.data, claimedAt: new Date(event.metadata.recordedAt) } };
        break;
      case 'UniqueValueReleased':
        state = { revision: event.revision };
        break;
      default: {
        const unknown: never = reservation;
        throw new Error(`Unknown reservation event ${JSON.stringify(unknown)}`);
      }
    }
  }
  return state;
}
