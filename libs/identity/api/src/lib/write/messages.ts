import { CommandMetadata } from '@ledger/event-store-core';
import { UserRequest } from '@ledger/identity-domain';

/** A command on one user, on the CQRS bus: the handler hashes the password and checks the email, then decides. */
export class UserCommandMessage {
  constructor(
    readonly userId: string,
    readonly command: UserRequest,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}
