import { Decider, DomainEvent } from '@ledger/domain-kernel';

/**
 * Who may sign in with a local password (ADR 0033). Once the identity provider signs staff in, an
 * authority may keep local passwords for administrators only: a break-glass way in when the
 * provider is down or misconfigured, and nobody else's password to steal. The setting is on the
 * record: who changed it and when.
 */

export type LocalPasswordPolicyChanged = DomainEvent<'LocalPasswordPolicyChanged', { administratorsOnly: boolean }>;

export type LocalPasswordPolicyEvent = LocalPasswordPolicyChanged;
export const LOCAL_PASSWORD_POLICY_EVENT_TYPES: readonly LocalPasswordPolicyEvent['type'][] = ['LocalPasswordPolicyChanged'];

export interface SetLocalPasswordPolicy {
  type: 'SetLocalPasswordPolicy';
  /** True: only users holding ADMIN may sign in with a password; everyone else signs in through the provider. */
  administratorsOnly: boolean;
}

export type LocalPasswordPolicyCommand = SetLocalPasswordPolicy;
export type LocalPasswordPolicyRequest = LocalPasswordPolicyCommand;

export interface LocalPasswordPolicyState {
  administratorsOnly: boolean;
}

export const LOCAL_PASSWORD_POLICY_STREAM_ID = 'local-password-policy-installation';

export const localPasswordPolicyDecider: Decider<LocalPasswordPolicyCommand, LocalPasswordPolicyEvent, LocalPasswordPolicyState> = {
  // Until someone decides otherwise, everyone keeps their password: the product runs as before.
  initialState: () => ({ administratorsOnly: false }),

  decide(command, state) {
    switch (command.type) {
      case 'SetLocalPasswordPolicy': {
        const administratorsOnly = command.administratorsOnly === true;
        return administratorsOnly === state.administratorsOnly ? [] : [{ type: 'LocalPasswordPolicyChanged', data: { administratorsOnly } }];
      }
      default: {
        const unknown: never = command.type;
        throw new Error(`Unknown command ${JSON.stringify(unknown)}`);
      }
    }
  },

  evolve(_state, event) {
    switch (event.type) {
      case 'LocalPasswordPolicyChanged':
        return { administratorsOnly: event.data.administratorsOnly };
      default: {
        const unknown: never = event.type;
        throw new Error(`Unknown event ${JSON.stringify(unknown)}`);
      }
    }
  },
};
