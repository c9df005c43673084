import { InvalidInputError } from '@ledger/event-store-core';

/** Letters, digits and . _ : - (a UUID fits): an idempotency key that is visibly one, never blank. */
const COMMAND_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The client's commandId, checked: absent means "no retries expected" (the server picks one); a
 * blank or malformed one is refused, because as an idempotency key it would silently swallow a
 * later, different command sent with the same blank id.
 */
export function clientCommandId(commandId: string | null | undefined): string | undefined {
  if (commandId === undefined || commandId === null) return undefined;
  if (!COMMAND_ID.test(commandId)) {
    throw new InvalidInputError('commandId must be 1 to 128 letters, digits or the characters . _ : - (a UUID is best)', { field: 'commandId' });
  }
  return commandId;
}
