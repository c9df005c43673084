import { CommandMetadata } from '@ledger/event-store-core';

/**
 * Sent on the command bus by the workforce context when it erases a person: the identity context
 * erases the personal data of the account with the same sign-in email, if there is one (ADR 0020).
 * The email was opened before the person's key was destroyed and travels in memory only; it is
 * never recorded. Resolves to the id of the account erased, or null when the person had none.
 */
export class AccountErasureCommandMessage {
  constructor(
    readonly email: string,
    readonly reason: string,
    readonly metadata: CommandMetadata,
  ) {}
}
