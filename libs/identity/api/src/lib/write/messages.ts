import { CommandMetadata } from '@ledger/event-store-core';
import { Role } from '@ledger/shared-domain';

export class RegisterUserCommand {
  constructor(
    readonly input: { userId: string; email: string; displayName: string; password: string; roles: Role[] },
    readonly metadata: CommandMetadata,
  ) {}
}

export class DisableUserCommand {
  constructor(
    readonly input: { userId: string; reason: string },
    readonly metadata: CommandMetadata,
  ) {}
}
