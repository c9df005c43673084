import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandMetadata, CommandResult, NotFoundError } from '@ledger/event-store-core';
import { RiskCommand, RiskState, riskDecider, riskStreamId } from '@ledger/risk-domain';
import { CommandExecutor, READ_MODEL_STORE } from '@ledger/shared-api';
import { Inject } from '@nestjs/common';
import type { ReadModelReader } from '@ledger/event-store-core';
import { RISKS } from './risk.projection';

export class RiskCommandMessage {
  constructor(
    readonly riskId: string,
    readonly command: RiskCommand,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}

@CommandHandler(RiskCommandMessage)
export class RiskCommandHandler implements ICommandHandler<RiskCommandMessage, CommandResult<RiskState>> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelReader,
  ) {}

  async execute({ riskId, command, metadata, expectedRevision }: RiskCommandMessage): Promise<CommandResult<RiskState>> {
    if (command.type === 'ReviewRisk' && !(await this.readModels.get(RISKS, riskId))) throw new NotFoundError(`No risk ${riskId}`);
    return this.executor.execute(riskStreamId(riskId), riskDecider, command, metadata, { expectedRevision });
  }
}
