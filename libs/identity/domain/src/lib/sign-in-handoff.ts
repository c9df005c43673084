import { Decider, DomainEvent, InvalidInputError, RuleViolationError } from '@ledger/domain-kernel';

/**
 * The one-time code that hands a single sign-on from the API's callback to the admin UI (ADR 0033).
 * Redeeming it is a claim: the stream is named by the code's SHA-256 and is appended to with the
 * expected revision "no stream", so across every instance a code opens one session at most.
 */

export type SignInHandoffRedeemed = DomainEvent<'SignInHandoffRedeemed', { userId: string }>;

export type SignInHandoffEvent = SignInHandoffRedeemed;
export const SIGN_IN_HANDOFF_EVENT_TYPES: readonly SignInHandoffEvent['type'][] = ['SignInHandoffRedeemed'];

export interface RedeemSignInHandoff {
  type: 'RedeemSignInHandoff';
  /** The user the code was issued for (read from the sealed code by the caller). */
  userId: string;
}

export type SignInHandoffCommand = RedeemSignInHandoff;
export type SignInHandoffRequest = SignInHandoffCommand;

export interface SignInHandoffState {
  redeemedBy: string | null;
}

const CODE_SHA256 = /^[0-9a-f]{64}$/;

/** A code's stream: named by its SHA-256, never by the code itself. */
export function signInHandoffStreamId(codeSha256: string): string {
  if (!CODE_SHA256.test(codeSha256)) throw new InvalidInputError('A hand-off is named by the SHA-256 of its code', { field: 'handoff' });
  return `sign-in-handoff-${codeSha256}`;
}

export const signInHandoffDecider: Decider<SignInHandoffCommand, SignInHandoffEvent, SignInHandoffState> = {
  initialState: () => ({ redeemedBy: null }),

  decide(command, state) {
    switch (command.type) {
      case 'RedeemSignInHandoff': {
        if (state.redeemedBy !== null) throw new RuleViolationError('This sign-in was already completed: sign in again');
        if (!command.userId?.trim()) throw new InvalidInputError('userId must not be empty', { field: 'userId' });
        return [{ type: 'SignInHandoffRedeemed', data: { userId: command.userId } }];
      }
      default: {
        const unknown: never = command.type;
        throw new Error(`Unknown command ${JSON.stringify(unknown)}`);
      }
    }
  },

  evolve(_state, event) {
    switch (event.type) {
      case 'SignInHandoffRedeemed':
        return { redeemedBy: event.data.userId };
      default: {
        const unknown: never = event.type;
        throw new Error(`Unknown event ${JSON.stringify(unknown)}`);
      }
    }
  },
};
