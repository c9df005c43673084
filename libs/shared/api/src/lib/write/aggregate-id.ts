import { createHash, randomUUID } from 'node:crypto';
import { clientCommandId } from './client-command-id';

/**
 * A new aggregate's id. When the client sends a commandId the id is derived from it, so a retried
 * create lands on the same stream and is recognised as a retry instead of creating a twin.
 */
export function newAggregateId(kind: string, requestedCommandId?: string | null): string {
  const commandId = clientCommandId(requestedCommandId);
  if (!commandId) return randomUUID();
  const hex = createHash('sha256').update(`${kind}\u0000${commandId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
