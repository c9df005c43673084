import { Decider, DomainEvent, ForbiddenError, InvalidInputError, NotFoundError, RuleViolationError } from '@ledger/domain-kernel';
import { ROLES, Role, isRole, normalisedEmail, requiredText } from '@ledger/shared-domain';

export type { Role };

// Events

export type UserRegistered = DomainEvent<
  'UserRegistered',
  { userId: string; email: string; displayName: string; passwordHash: string; roles: Role[] }
>;
export type UserDisabled = DomainEvent<'UserDisabled', { userId: string; reason: string }>;
/** A new password hash: set by the user themselves, or reset by an administrator. */
export type UserPasswordChanged = DomainEvent<'UserPasswordChanged', { userId: string; passwordHash: string; byAdministrator: boolean }>;
export type UserRolesChanged = DomainEvent<'UserRolesChanged', { userId: string; roles: Role[] }>;

export type UserEvent = UserRegistered | UserDisabled | UserPasswordChanged | UserRolesChanged;

export const USER_EVENT_TYPES: readonly UserEvent['type'][] = ['UserRegistered', 'UserDisabled', 'UserPasswordChanged', 'UserRolesChanged'];

// Commands

export interface RegisterUser {
  type: 'RegisterUser';
  userId: string;
  email: string;
  displayName: string;
  /** Hashed before it reaches the domain: the decider never sees a password. */
  passwordHash: string;
  roles: readonly string[];
  /** Whether another user already holds this email (set-based check made by the handler). */
  emailTaken: boolean;
}

export interface DisableUser {
  type: 'DisableUser';
  userId: string;
  reason: string;
}

export interface ChangeUserPassword {
  type: 'ChangeUserPassword';
  userId: string;
  /** Hashed before it reaches the domain, like a registration's. */
  passwordHash: string;
}

export interface ChangeUserRoles {
  type: 'ChangeUserRoles';
  userId: string;
  roles: readonly string[];
}

export type UserCommand = RegisterUser | DisableUser | ChangeUserPassword | ChangeUserRoles;

/**
 * A user command as it is asked for: a registration or a password change carries the password,
 * which the handler checks against the policy and hashes; the handler finds out whether the email
 * is taken.
 */
export type UserRequest =
  | (Omit<RegisterUser, 'passwordHash' | 'emailTaken'> & { password: string })
  | DisableUser
  | (Omit<ChangeUserPassword, 'passwordHash'> & { password: string })
  | ChangeUserRoles;

// State and decider

export type UserState =
  | { status: 'unregistered' }
  | { status: 'active' | 'disabled'; userId: string; email: string; roles: Role[] };

export const userStreamId = (userId: string) => `user-${userId}`;

export const MIN_PASSWORD_LENGTH = 12;

/**
 * NCSC guidance: length over complexity rules. A password is checked here before it is hashed;
 * only the hash ever reaches an event, so this rule runs before the decider, not in it.
 */
export function assertPasswordPolicy(password: string): void {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    throw new InvalidInputError(`A password needs at least ${MIN_PASSWORD_LENGTH} characters`, { field: 'password' });
  }
  if (password.length > 256) throw new InvalidInputError('A password may have at most 256 characters', { field: 'password' });
}

function validRoles(roles: readonly string[]): Role[] {
  if (roles.length === 0) throw new InvalidInputError('A user needs at least one role', { field: 'roles' });
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length > 0) {
    throw new InvalidInputError(`Unknown role(s) ${unknown.join(', ')}; roles are ${ROLES.join(', ')}`, { field: 'roles' });
  }
  return [...new Set(roles as Role[])];
}

/** A person who signs in: registration with their roles, and disabling. */
export const userDecider: Decider<UserCommand, UserEvent, UserState> = {
  initialState: () => ({ status: 'unregistered' }),

  decide(command, state, context) {
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
      case 'ChangeUserPassword': {
        if (state.status === 'unregistered') throw new NotFoundError(`No user ${command.userId}`);
        if (state.status === 'disabled') throw new RuleViolationError('This user is disabled: a disabled account gets no new password');
        const byAdministrator = context.actorId !== command.userId;
        return [{ type: 'UserPasswordChanged', data: { userId: command.userId, passwordHash: requiredText('passwordHash', command.passwordHash, 1000), byAdministrator } }];
      }
      case 'ChangeUserRoles': {
        if (state.status === 'unregistered') throw new NotFoundError(`No user ${command.userId}`);
        // Nobody grants themselves roles, nor takes away their own last way back in.
        if (context.actorId === command.userId) throw new ForbiddenError('Nobody changes their own roles: ask another administrator');
        const roles = validRoles(command.roles);
        const unchanged = roles.length === state.roles.length && roles.every((role) => state.roles.includes(role));
        return unchanged ? [] : [{ type: 'UserRolesChanged', data: { userId: command.userId, roles } }];
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
      case 'UserPasswordChanged':
        return state;
      case 'UserRolesChanged':
        return state.status === 'unregistered' ? state : { ...state, roles: event.data.roles };
      default: {
        const unknown: never = event;
        throw new Error(`Unknown event ${JSON.stringify(unknown)}`);
      }
    }
  },
};
