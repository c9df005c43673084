import { CommandMetadata } from '@ledger/event-store-core';
import { ContractRequest, SocialValueMeasureRequest, VariationPolicyRequest } from '@ledger/contracts-domain';

/** A command on one contract: the domain command itself, for the contract it names. */
export class ContractCommandMessage {
  constructor(
    readonly contractId: string,
    readonly command: ContractRequest,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
    /**
     * The acting user's sign-in email: the link from a user to their staff record, from which the
     * handler resolves which staff member reports (a contract's manager or not). Absent for the system.
     */
    readonly actorEmail?: string,
  ) {}
}

/** A command on one of the authority's social value measures. */
export class SocialValueMeasureCommandMessage {
  constructor(
    readonly measureId: string,
    readonly command: SocialValueMeasureRequest,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}

/** A command on the variation policy: one stream holds every version, so there is no id to give. */
export class VariationPolicyCommandMessage {
  constructor(
    readonly command: VariationPolicyRequest,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}
