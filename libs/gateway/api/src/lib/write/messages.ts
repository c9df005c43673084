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
    /**
     * The acting user's sign-in email: the link from a user to their staff record, from which the
     * handler resolves who is declaring a conflict or recording a decision. Absent for the system.
     */
    readonly actorEmail?: string,
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
