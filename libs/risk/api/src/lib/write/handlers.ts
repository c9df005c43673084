import { CommandHandler } from '@nestjs/cqrs';
import { NotFoundError } from '@ledger/event-store-core';
import { RiskCommand, RiskEvent, RiskState, riskDecider, riskStreamId } from '@ledger/risk-domain';
import { PreparedCommandHandler, prepareCommand } from '@ledger/shared-api';
import { RiskQueries } from '../read/risk-queries';
import { RiskCommandMessage } from './messages';

@CommandHandler(RiskCommandMessage)
export class RiskCommandHandler extends PreparedCommandHandler<RiskCommandMessage, RiskCommand, RiskEvent, RiskState> {
  constructor(private readonly queries: RiskQueries) {
    super();
  }

  /** The risk register resolves nothing: it only checks that a reviewed risk exists. */
  async prepare({ riskId, command, expectedRevision }: RiskCommandMessage) {
    if (command.type === 'ReviewRisk' && !(await this.queries.riskExists(riskId))) throw new NotFoundError(`No risk ${riskId}`);
    return prepareCommand(riskDecider, riskStreamId(riskId), command, { expectedRevision });
  }
}

export const RISK_COMMAND_HANDLERS = [RiskCommandHandler];
