import { CommandMetadata } from '@ledger/event-store-core';
import { GatewayPolicyRequest, ProcurementRequest } from '@ledger/gateway-domain';

/**
 * A command on one procurement. Review commands name only their review: procurementId is null and
 * the handler finds the procurement the review belongs to.
 */
export class ProcurementCommandMessage {
  constructor(
    readonly procurementId: string | null,
    readonly command: ProcurementRequest,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}

/** A command on the gateway policy: one stream holds every version, so there is no id to give. */
export class GatewayPolicyCommandMessage {
  constructor(
    readonly command: GatewayPolicyRequest,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}
