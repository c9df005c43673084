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
 * A command ready for handleCommand: which stream, which decider, the domain command. Handlers
 * build it (looking up references in read models), so the same preparation serves a real run and
 * a dry run against a ForkedEventStore. The command is typed by the decider, so a misspelt command
 * type or field fails to compile instead of failing at run time.
 */
export interface PreparedCommand<Command, Event extends DomainEvent, State> {
  streamId: string;
  decider: Decider<Command, Event, State>;
  command: NoInfer<Command>;
  options?: HandleCommandOptions;
}

/** Builds a PreparedCommand whose command type is inferred from the decider, never from the command. */
export function prepareCommand<Command, Event extends DomainEvent, State>(
  decider: Decider<Command, Event, State>,
  streamId: string,
  command: NoInfer<Command>,
  options?: HandleCommandOptions,
): PreparedCommand<Command, Event, State> {
  return { streamId, decider, command, options };
}

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

  /** Runs a command that a handler prepared (resolved references, sealed personal data). */
  run<Command, Event extends DomainEvent, State>(
    prepared: PreparedCommand<Command, Event, State>,
    metadata: CommandMetadata,
  ): Promise<CommandResult<State>> {
    return this.execute(prepared.streamId, prepared.decider, prepared.command, metadata, prepared.options);
  }

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
