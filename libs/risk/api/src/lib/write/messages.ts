import { CommandMetadata } from '@ledger/event-store-core';
import { RiskRequest } from '@ledger/risk-domain';

/** A command on one risk of the register. */
export class RiskCommandMessage {
  constructor(
    readonly riskId: string,
    readonly command: RiskRequest,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}
