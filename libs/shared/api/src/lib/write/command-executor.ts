import { Inject, Injectable } from '@nestjs/common';
import {
  CommandMetadata,
  CommandResult,
  Decider,
  DomainEvent,
  EventStore,
  FoldedStreams,
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
  /** States folded by earlier commands on this store, so a command reads only newer events. */
  private readonly foldedStreams = new FoldedStreams();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readSide: ReadSide,
  ) {}

  /** Runs a command that a handler prepared (resolved references, sealed personal data). */
  async run<Command, Event extends DomainEvent, State>(
    { streamId, decider, command, options }: PreparedCommand<Command, Event, State>,
    metadata: CommandMetadata,
  ): Promise<CommandResult<State>> {
    const result = await handleCommand(this.store, streamId, decider, command, metadata, { ...options, foldedStreams: this.foldedStreams });
    await this.readSide.waitFor(result.position);
    return result;
  }
}

/**
 * What every command handler is: `prepare` builds the PreparedCommand (resolving the facts the
 * decider must be told), which the importers' dry runs use too; `execute` runs it. A handler that
 * must do more around the run (hold a uniqueness lock, carry out an erasure) overrides `execute`
 * and calls `super.execute`. The executor is injected here, so a handler's constructor names only
 * what its own preparation needs.
 */
export abstract class PreparedCommandHandler<Message extends { readonly metadata: CommandMetadata }, Command, Event extends DomainEvent, State> {
  @Inject(CommandExecutor) protected readonly executor!: CommandExecutor;

  abstract prepare(message: Message): Promise<PreparedCommand<Command, Event, State>>;

  async execute(message: Message): Promise<CommandResult<State>> {
    return this.executor.run(await this.prepare(message), message.metadata);
  }
}
