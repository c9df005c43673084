import { CommandMetadata } from '@ledger/event-store-core';
import { GatewayPolicyRules, ProcurementBasis } from '@ledger/gateway-domain';

export interface DecisionIntent {
  reviewId: string;
  outcome: string;
  conditions: string[];
  rationale: string;
  deciders: string[];
}

export type ProcurementIntent =
  | ({ type: 'Register'; title: string } & ProcurementBasis)
  | ({ type: 'ChangeBasis'; reason: string } & ProcurementBasis)
  | { type: 'DeclareConflictOfInterest'; staffMemberId: string; nature: string }
  | { type: 'RequestGatewayReview'; reviewId: string; gateway: string; summary: string }
  | ({ type: 'RecordGatewayDecision' } & DecisionIntent)
  | ({ type: 'CorrectGatewayDecision'; reason: string } & DecisionIntent)
  | { type: 'DischargeCondition'; reviewId: string; conditionIndex: number; evidence: string };

/** A command on one procurement; review commands carry the review id, the handler finds the procurement. */
export class ProcurementCommandMessage {
  constructor(
    readonly procurementId: string | null,
    readonly intent: ProcurementIntent,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}

export class AdoptGatewayPolicyMessage {
  constructor(
    readonly rules: GatewayPolicyRules,
    readonly reason: string,
    readonly metadata: CommandMetadata,
  ) {}
}
