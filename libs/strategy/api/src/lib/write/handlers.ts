import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult, EventStore, NotFoundError, foldEvents } from '@ledger/event-store-core';
import { CommandExecutor, EVENT_STORE, PreparedCommand, prepareCommand } from '@ledger/shared-api';
import {
  ActionPlanCommand,
  ActionPlanEvent,
  ActionPlanItemState,
  MATURITY_AREAS_STREAM,
  MaturityArea,
  MaturityAreasCommand,
  MaturityAreasEvent,
  MaturityAreasState,
  MaturityAssessmentCommand,
  MaturityAssessmentEvent,
  MaturityAssessmentState,
  StrategyPackCommand,
  StrategyPackEvent,
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
import { ACTION_PLAN } from '../projections';
import { StrategyQueries } from '../read/strategy-queries';
import { ActionPlanCommandMessage, MaturityAreasCommandMessage, MaturityAssessmentCommandMessage, StrategyPackCommandMessage } from './messages';

/**
 * The area catalogue as the log has it now (not a read model that may lag): assessments and
 * action items are decided against it.
 */
async function currentAreas(store: EventStore): Promise<MaturityArea[]> {
  const events = (await store.readStream(MATURITY_AREAS_STREAM)) as unknown as MaturityAreasEvent[];
  return maturityAreasOf(foldEvents(maturityAreasDecider, events));
}

@CommandHandler(MaturityAreasCommandMessage)
export class MaturityAreasCommandHandler implements ICommandHandler<MaturityAreasCommandMessage, CommandResult<MaturityAreasState>> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute(message: MaturityAreasCommandMessage): Promise<CommandResult<MaturityAreasState>> {
    return this.executor.run(await this.prepare(message), message.metadata);
  }

  async prepare({ command }: MaturityAreasCommandMessage): Promise<PreparedCommand<MaturityAreasCommand, MaturityAreasEvent, MaturityAreasState>> {
    return prepareCommand(maturityAreasDecider, MATURITY_AREAS_STREAM, command);
  }
}

@CommandHandler(MaturityAssessmentCommandMessage)
export class MaturityAssessmentCommandHandler implements ICommandHandler<MaturityAssessmentCommandMessage, CommandResult<MaturityAssessmentState>> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute(message: MaturityAssessmentCommandMessage): Promise<CommandResult<MaturityAssessmentState>> {
    return this.executor.run(await this.prepare(message), message.metadata);
  }

  async prepare({ command }: MaturityAssessmentCommandMessage): Promise<PreparedCommand<MaturityAssessmentCommand, MaturityAssessmentEvent, MaturityAssessmentState>> {
    return prepareCommand(maturityAssessmentDecider, maturityStreamId(command.year), { ...command, areas: await currentAreas(this.store) });
  }
}

@CommandHandler(ActionPlanCommandMessage)
export class ActionPlanCommandHandler implements ICommandHandler<ActionPlanCommandMessage, CommandResult<ActionPlanItemState>> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queries: StrategyQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute(message: ActionPlanCommandMessage): Promise<CommandResult<ActionPlanItemState>> {
    return this.executor.run(await this.prepare(message), message.metadata);
  }

  async prepare({ itemId, command, expectedRevision }: ActionPlanCommandMessage): Promise<PreparedCommand<ActionPlanCommand, ActionPlanEvent, ActionPlanItemState>> {
    const prepared = (decided: ActionPlanCommand) => prepareCommand(actionPlanItemDecider, actionPlanItemStreamId(itemId), decided, { expectedRevision });
    switch (command.type) {
      case 'AddActionPlanItem':
        return prepared({ ...command, areas: await currentAreas(this.store) });
      case 'RecordActionProgress':
        if (!(await (await this.queries.reader()).get(ACTION_PLAN, itemId))) throw new NotFoundError(`No action plan item ${itemId}`);
        return prepared(command);
    }
  }
}

@CommandHandler(StrategyPackCommandMessage)
export class StrategyPackCommandHandler implements ICommandHandler<StrategyPackCommandMessage, CommandResult<StrategyPackState>> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute(message: StrategyPackCommandMessage): Promise<CommandResult<StrategyPackState>> {
    return this.executor.run(await this.prepare(message), message.metadata);
  }

  async prepare({ command }: StrategyPackCommandMessage): Promise<PreparedCommand<StrategyPackCommand, StrategyPackEvent, StrategyPackState>> {
    return prepareCommand(strategyPackDecider, strategyPackStreamId(command.year), command);
  }
}

export const STRATEGY_COMMAND_HANDLERS = [MaturityAreasCommandHandler, MaturityAssessmentCommandHandler, ActionPlanCommandHandler, StrategyPackCommandHandler];
