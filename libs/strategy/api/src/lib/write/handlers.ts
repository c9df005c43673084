import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandMetadata, CommandResult, EventStore, NotFoundError, foldEvents } from '@ledger/event-store-core';
import { CommandExecutor, EVENT_STORE } from '@ledger/shared-api';
import {
  ActionPlanCommand,
  ActionPlanItemState,
  MATURITY_AREAS_STREAM,
  MaturityArea,
  MaturityAreasCommand,
  MaturityAreasEvent,
  MaturityAreasState,
  MaturityAssessmentCommand,
  MaturityAssessmentState,
  StrategyPackCommand,
  StrategyPackState,
  actionPlanItemDecider,
  actionPlanItemStreamId,
  maturityAreasDecider,
  maturityAreasOf,
  maturityAssessmentDecider,
  maturityStreamId,
  strategyPackDecider,
  strategyPackStreamId,
} from '@ledger/strategy-domain';
import { ACTION_PLAN } from './strategy.projections';
import { StrategyQueries } from './strategy-queries';

type WithoutAreas<C> = C extends { areas: readonly MaturityArea[] } ? Omit<C, 'areas'> : C;

export class MaturityAreaCommandMessage {
  constructor(
    readonly command: MaturityAreasCommand,
    readonly metadata: CommandMetadata,
  ) {}
}

export class MaturityAssessmentCommandMessage {
  constructor(
    readonly command: WithoutAreas<MaturityAssessmentCommand>,
    readonly metadata: CommandMetadata,
  ) {}
}

export class ActionPlanCommandMessage {
  constructor(
    readonly itemId: string,
    readonly command: WithoutAreas<ActionPlanCommand>,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}

export class StrategyPackCommandMessage {
  constructor(
    readonly command: StrategyPackCommand,
    readonly metadata: CommandMetadata,
  ) {}
}

/**
 * The area catalogue as the log has it now (not a read model that may lag): assessments and
 * action items are decided against it.
 */
async function currentAreas(store: EventStore): Promise<MaturityArea[]> {
  const events = (await store.readStream(MATURITY_AREAS_STREAM)) as unknown as MaturityAreasEvent[];
  return maturityAreasOf(foldEvents(maturityAreasDecider, events));
}

@CommandHandler(MaturityAreaCommandMessage)
export class MaturityAreaCommandHandler implements ICommandHandler<MaturityAreaCommandMessage, CommandResult<MaturityAreasState>> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ command, metadata }: MaturityAreaCommandMessage): Promise<CommandResult<MaturityAreasState>> {
    return this.executor.execute(MATURITY_AREAS_STREAM, maturityAreasDecider, command, metadata);
  }
}

@CommandHandler(MaturityAssessmentCommandMessage)
export class MaturityAssessmentCommandHandler implements ICommandHandler<MaturityAssessmentCommandMessage, CommandResult<MaturityAssessmentState>> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ command, metadata }: MaturityAssessmentCommandMessage): Promise<CommandResult<MaturityAssessmentState>> {
    const areas = await currentAreas(this.store);
    return this.executor.execute(maturityStreamId(command.year), maturityAssessmentDecider, { ...command, areas } as MaturityAssessmentCommand, metadata);
  }
}

@CommandHandler(ActionPlanCommandMessage)
export class ActionPlanCommandHandler implements ICommandHandler<ActionPlanCommandMessage, CommandResult<ActionPlanItemState>> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queries: StrategyQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ itemId, command, metadata, expectedRevision }: ActionPlanCommandMessage): Promise<CommandResult<ActionPlanItemState>> {
    if (command.type === 'RecordActionProgress' && !(await (await this.queries.reader()).get(ACTION_PLAN, itemId))) throw new NotFoundError(`No action plan item ${itemId}`);
    const full = (command.type === 'AddActionPlanItem' ? { ...command, areas: await currentAreas(this.store) } : command) as ActionPlanCommand;
    return this.executor.execute(actionPlanItemStreamId(itemId), actionPlanItemDecider, full, metadata, { expectedRevision });
  }
}

@CommandHandler(StrategyPackCommandMessage)
export class StrategyPackCommandHandler implements ICommandHandler<StrategyPackCommandMessage, CommandResult<StrategyPackState>> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ command, metadata }: StrategyPackCommandMessage): Promise<CommandResult<StrategyPackState>> {
    return this.executor.execute(strategyPackStreamId(command.year), strategyPackDecider, command, metadata);
  }
}

export const STRATEGY_COMMAND_HANDLERS = [MaturityAreaCommandHandler, MaturityAssessmentCommandHandler, ActionPlanCommandHandler, StrategyPackCommandHandler];
