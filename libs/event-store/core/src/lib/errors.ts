import { LedgerError } from '@ledger/domain-kernel';

// The domain errors (LedgerError, ErrorCode, InvalidInputError, ...) live in the domain kernel; the
// ones below are the store's own.

/** The same commandId was already used for a different stream: a client bug, never retried. */
export class CommandIdReusedError extends LedgerError {
  readonly code = 'CONFLICT' as const;
}

/** Anything a store refuses that is not the caller's fault (tampered log, broken import). */
export class StoreIntegrityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreIntegrityError';
  }
}
