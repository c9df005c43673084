import { randomUUID } from 'node:crypto';
import { CommandMetadata } from '@ledger/event-store-core';
import { Actor } from '../auth/actor';

/**
 * The metadata a command carries into its events. A client may supply the commandId (making
 * retries idempotent) and a correlation id (X-Correlation-Id) tying several commands together.
 */
export function commandMetadataFor(actor: Actor, options: { commandId?: string | null; correlationId?: string; now?: Date } = {}): CommandMetadata {
  const commandId = options.commandId ?? randomUUID();
  return {
    commandId,
    correlationId: options.correlationId ?? commandId,
    causationId: commandId,
    actorId: actor.userId,
    actorRoles: [...actor.roles],
    now: options.now ?? new Date(),
  };
}
