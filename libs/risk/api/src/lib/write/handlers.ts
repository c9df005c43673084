import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult, NotFoundError } from '@ledger/event-store-core';
import { RiskCommand, RiskEvent, RiskState, riskDecider, riskStreamId } from '@ledger/risk-domain';
import { CommandExecutor, PreparedCommand, prepareCommand } from '@ledger/shared-api';
import { RiskQueries } from '../read/risk-queries';
import { RiskCommandMessage } from './messages';

@CommandHandler(RiskCommandMessage)
export class RiskCommandHandler implements ICommandHandler<RiskCommandMessage, CommandResult<RiskState>> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queries: RiskQueries,
  ) {}

  async execute(message: RiskCommandMessage): Promise<CommandResult<RiskState>> {
    return this.executor.run(await this.prepare(message), message.metadata);
  }

  /** The risk register resolves nothing: it only checks that a reviewed risk exists. */
  async prepare({ riskId, command, expectedRevision }: RiskCommandMessage): Promise<PreparedCommand<RiskCommand, RiskEvent, RiskState>> {
    if (command.type === 'ReviewRisk' && !(await this.queries.riskExists(riskId))) throw new NotFoundError(`No risk ${riskId}`);
    return prepareCommand(riskDecider, riskStreamId(riskId), command, { expectedRevision });
  }
}

export const RISK_COMMAND_HANDLERS = [RiskCommandHandler];
