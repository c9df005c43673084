import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { EventStore, NotFoundError, foldEvents } from '@ledger/event-store-core';
import { EVENT_STORE, PreparedCommandHandler, prepareCommand } from '@ledger/shared-api';
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
export class MaturityAreasCommandHandler extends PreparedCommandHandler<MaturityAreasCommandMessage, MaturityAreasCommand, MaturityAreasEvent, MaturityAreasState> {
  async prepare({ command }: MaturityAreasCommandMessage) {
    return prepareCommand(maturityAreasDecider, MATURITY_AREAS_STREAM, command);
  }
}

@CommandHandler(MaturityAssessmentCommandMessage)
export class MaturityAssessmentCommandHandler extends PreparedCommandHandler<
  MaturityAssessmentCommandMessage,
  MaturityAssessmentCommand,
  MaturityAssessmentEvent,
  MaturityAssessmentState
> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    super();
  }

  async prepare({ command }: MaturityAssessmentCommandMessage) {
    return prepareCommand(maturityAssessmentDecider, maturityStreamId(command.year), { ...command, areas: await currentAreas(this.store) });
  }
}

@CommandHandler(ActionPlanCommandMessage)
export class ActionPlanCommandHandler extends PreparedCommandHandler<ActionPlanCommandMessage, ActionPlanCommand, ActionPlanEvent, ActionPlanItemState> {
  constructor(
    private readonly queries: StrategyQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    super();
  }

  async prepare({ itemId, command, expectedRevision }: ActionPlanCommandMessage) {
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
export class StrategyPackCommandHandler extends PreparedCommandHandler<StrategyPackCommandMessage, StrategyPackCommand, StrategyPackEvent, StrategyPackState> {
  async prepare({ command }: StrategyPackCommandMessage) {
    return prepareCommand(strategyPackDecider, strategyPackStreamId(command.year), command);
  }
}

export const STRATEGY_COMMAND_HANDLERS = [MaturityAreasCommandHandler, MaturityAssessmentCommandHandler, ActionPlanCommandHandler, StrategyPackCommandHandler];
