import { Inject, Injectable } from '@nestjs/common';
import {
  CommandMetadata,
  CommandResult,
  Decider,
  DomainEvent,
  EventStore,
  HandleCommandOptions,
  handleCommand,
} from '@ledger/event-store-core';
import { ReadSide } from '../read/read-side';
import { EVENT_STORE } from '../tokens';

/**
 * What every command handler calls: the one handleCommand, then a wait until the read models
 * show the result, so a query right after the mutation sees it.
 */
@Injectable()
export class CommandExecutor {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readSide: ReadSide,
  ) {}

  async execute<Command, Event extends DomainEvent, State>(
    streamId: string,
    decider: Decider<Command, Event, State>,
    command: Command,
    metadata: CommandMetadata,
    options: HandleCommandOptions = {},
  ): Promise<CommandResult<State>> {
    const result = await handleCommand(this.store, streamId, decider, command, metadata, options);
    await this.readSide.waitFor(result.position);
    return result;
  }
}
