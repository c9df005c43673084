import { CommandMetadata } from '@ledger/event-store-core';
import { LocalPasswordPolicyRequest, RoleMappingRequest, SignInHandoffRequest, UserRequest } from '@ledger/identity-domain';

/** A command on one user, on the CQRS bus: the handler hashes the password and checks the email, then decides. */
export class UserCommandMessage {
  constructor(
    readonly userId: string,
    readonly command: UserRequest,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}

/** A change to the role mapping (ADR 0033). */
export class RoleMappingCommandMessage {
  constructor(
    readonly roleMappingId: string,
    readonly command: RoleMappingRequest,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}

/** A change to who may sign in with a local password (ADR 0033). */
export class LocalPasswordPolicyCommandMessage {
  constructor(
    readonly localPasswordPolicyId: string,
    readonly command: LocalPasswordPolicyRequest,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {}
}

/** Redeems a single sign-on's one-time hand-off code: a claim, named by the code's SHA-256. */
export class SignInHandoffCommandMessage {
  constructor(
    readonly signInHandoffId: string,
    readonly command: SignInHandoffRequest,
    readonly metadata: CommandMetadata,
  ) {}
}
