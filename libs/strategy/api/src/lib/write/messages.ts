import { CommandMetadata } from '@ledger/event-store-core';
import { ActionPlanRequest, MaturityAreasCommand, MaturityAssessmentRequest, StrategyPackCommand } from '@ledger/strategy-domain';

// Commands on the CQRS bus, one message type per aggregate. The maturity areas are one stream, and
// an assessment or a pack is found by the year its command names: those messages carry no id.

export class MaturityAreasCommandMessage {
  constructor(
    readonly command: MaturityAreasCommand,
    readonly metadata: CommandMetadata,
  ) {}
}

export class MaturityAssessmentCommandMessage {
  constructor(
    readonly command: MaturityAssessmentRequest,
    readonly metadata: CommandMetadata,
  ) {}
}

export class ActionPlanCommandMessage {
  constructor(
    readonly itemId: string,
    readonly command: ActionPlanRequest,
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
