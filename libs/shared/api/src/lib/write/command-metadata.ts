import { randomUUID } from 'node:crypto';
import { CommandMetadata } from '@ledger/event-store-core';
import { Actor } from '../auth/actor';
import { clientCommandId } from './client-command-id';

/**
 * The metadata a command carries into its events. A client may supply the commandId (making
 * retries idempotent) and, in the X-Correlation-Id request header (read by the AuthGuard onto the
 * actor), a correlation id tying several commands together; without one, the command is its own.
 */
export function commandMetadataFor(actor: Actor, options: { commandId?: string | null; correlationId?: string; now?: Date } = {}): CommandMetadata {
  const commandId = clientCommandId(options.commandId) ?? randomUUID();
  return {
    commandId,
    correlationId: options.correlationId ?? actor.correlationId ?? commandId,
    causationId: commandId,
    actorId: actor.userId,
    actorRoles: [...actor.roles],
    now: options.now ?? new Date(),
  };
}
