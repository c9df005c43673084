import { Decider, InvalidInputError, NotFoundError, RuleViolationError } from '@ledger/event-store-core';
import { ROLES, Role, isRole, normalisedEmail, requiredText } from '@ledger/shared-domain';
import { UserCommand } from './user-commands';
import { UserEvent } from './user-events';

export type UserState =
  | { status: 'unregistered' }
  | { status: 'active' | 'disabled'; userId: string; email: string; roles: Role[] };

function validRoles(roles: readonly string[]): Role[] {
  if (roles.length === 0) throw new InvalidInputError('A user needs at least one role', { field: 'roles' });
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length > 0) {
    throw new InvalidInputError(`Unknown role(s) ${unknown.join(', ')}; roles are ${ROLES.join(', ')}`, { field: 'roles' });
  }
  return [...new Set(roles as Role[])];
}

export const userDecider: Decider<UserCommand, UserEvent, UserState> = {
  initialState: () => ({ status: 'unregistered' }),

  decide(command, state) {
    switch (command.type) {
      case 'RegisterUser': {
        if (state.status !== 'unregistered') throw new RuleViolationError(`User ${command.userId} is already registered`);
        const email = normalisedEmail(command.email);
        if (command.emailTaken) throw new RuleViolationError(`A user with email ${email} already exists`, { field: 'email' });
        return [
          {
            type: 'UserRegistered',
            data: {
              userId: command.userId,
              email,
              displayName: requiredText('displayName', command.displayName, 200),
              passwordHash: requiredText('passwordHash', command.passwordHash, 1000),
              roles: validRoles(command.roles),
            },
          },
        ];
      }
      case 'DisableUser': {
        if (state.status === 'unregistered') throw new NotFoundError(`No user ${command.userId}`);
        if (state.status === 'disabled') return [];
        return [{ type: 'UserDisabled', data: { userId: command.userId, reason: requiredText('reason', command.reason) } }];
      }
      default: {
        const unknown: never = command;
        throw new Error(`Unknown command ${JSON.stringify(unknown)}`);
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'UserRegistered':
        return { status: 'active', userId: event.data.userId, email: event.data.email, roles: event.data.roles };
      case 'UserDisabled':
        return state.status === 'unregistered' ? state : { ...state, status: 'disabled' };
      default: {
        const unknown: never = event;
        throw new Error(`Unknown event ${JSON.stringify(unknown)}`);
      }
    }
  },
};
