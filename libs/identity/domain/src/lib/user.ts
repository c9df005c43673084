import { Decider, DomainEvent, ForbiddenError, InvalidInputError, NotFoundError, RuleViolationError } from '@ledger/domain-kernel';
import { ROLES, Role, isRole, normalisedEmail, requiredText } from '@ledger/shared-domain';

export type { Role };

/** A personal field as stored in an event: sealed with the user's own key (see PersonalDataVault). */
export type Sealed = string;

/** The text an erased account shows instead of its name, everywhere. */
export const ERASED_USER_NAME = 'Erased user';

// Events

/**
 * Since ADR 0020 the email and display name are sealed with the user's own key (a user is its own
 * subject) and `emailLookup` is the keyed hash sign-in finds the account by. Registrations recorded
 * before that hold both in clear and have no `emailLookup`: the log is immutable, so they stay
 * readable as they are (the users projection and queries handle both shapes).
 */
export type UserRegistered = DomainEvent<
  'UserRegistered',
  { userId: string; email: Sealed; displayName: Sealed; emailLookup?: string; passwordHash: string; roles: Role[] }
>;
/** GDPR erasure of an account: its key is destroyed, so its sealed name and email are gone for good. */
export type UserPersonalDataErased = DomainEvent<'UserPersonalDataErased', { userId: string; reason: string }>;
export type UserDisabled = DomainEvent<'UserDisabled', { userId: string; reason: string }>;
/** A disabled account may sign in again (with a password set afresh by an administrator or its old one). */
export type UserEnabled = DomainEvent<'UserEnabled', { userId: string; reason: string }>;
/** A new password hash: set by the user themselves, or reset by an administrator. */
export type UserPasswordChanged = DomainEvent<'UserPasswordChanged', { userId: string; passwordHash: string; byAdministrator: boolean }>;
export type UserRolesChanged = DomainEvent<'UserRolesChanged', { userId: string; roles: Role[] }>;
/**
 * The user was given a secret link to a calendar feed of their dates (ADR 0032). Only the SHA-256
 * of the link's token is recorded: the token itself is shown to the user once and kept nowhere, so
 * neither the log nor a read model nor a backup can give the feed away.
 */
export type CalendarFeedLinkIssued = DomainEvent<'CalendarFeedLinkIssued', { userId: string; tokenSha256: string }>;
/** Why a calendar link stopped working: revoked by its user, replaced by a new one, or its account was disabled. */
export type CalendarFeedLinkEnd = 'REVOKED' | 'REPLACED' | 'ACCOUNT_DISABLED';
export type CalendarFeedLinkRevoked = DomainEvent<'CalendarFeedLinkRevoked', { userId: string; tokenSha256: string; reason: CalendarFeedLinkEnd }>;
/**
 * A person signed in through the identity provider for the first time and no account held their
 * verified email (ADR 0033): an account with no password and no roles, until an administrator or
 * the role mapping gives some. The provider's issuer is recorded in clear; its subject (the
 * person's id there) is sealed with the user's key like the email, and found again by its keyed
 * lookup hash.
 */
export type UserRegisteredThroughProvider = DomainEvent<
  'UserRegisteredThroughProvider',
  { userId: string; email: Sealed; displayName: Sealed; emailLookup: string; issuer: string; subject: Sealed; subjectLookup: string }
>;
/** An existing account (found by its verified email) signed in through the identity provider for the first time. */
export type UserLinkedToProvider = DomainEvent<'UserLinkedToProvider', { userId: string; issuer: string; subject: Sealed; subjectLookup: string }>;
/** The user signed out: every session of the account ends, on every device (see the session version). */
export type UserSignedOut = DomainEvent<'UserSignedOut', { userId: string }>;

export type UserEvent =
  | UserRegistered
  | UserDisabled
  | UserEnabled
  | UserPasswordChanged
  | UserRolesChanged
  | UserPersonalDataErased
  | CalendarFeedLinkIssued
  | CalendarFeedLinkRevoked
  | UserRegisteredThroughProvider
  | UserLinkedToProvider
  | UserSignedOut;

export const USER_EVENT_TYPES: readonly UserEvent['type'][] = [
  'UserRegistered',
  'UserDisabled',
  'UserEnabled',
  'UserPasswordChanged',
  'UserRolesChanged',
  'UserPersonalDataErased',
  'CalendarFeedLinkIssued',
  'CalendarFeedLinkRevoked',
  'UserRegisteredThroughProvider',
  'UserLinkedToProvider',
  'UserSignedOut',
];

/** Why an erased account is disabled, on the record (the erasure's own reason is on its event). */
export const DISABLED_BY_ERASURE = 'Personal data erased';

// Commands

export interface RegisterUser {
  type: 'RegisterUser';
  userId: string;
  /** Plaintext, checked here; only the sealed copies and the lookup hash reach the event. */
  email: string;
  displayName: string;
  /** Resolved by the handler: the normalised email and trimmed name sealed with the user's key. */
  sealed: { email: Sealed; displayName: Sealed };
  /** Resolved by the handler: the keyed lookup hash of the normalised email. */
  emailLookup: string;
  /** Hashed before it reaches the domain: the decider never sees a password. */
  passwordHash: string;
  roles: readonly string[];
  /** Whether another user already holds this email (set-based check made by the handler). */
  emailTaken: boolean;
}

export interface EraseUserPersonalData {
  type: 'EraseUserPersonalData';
  userId: string;
  reason: string;
}

export interface DisableUser {
  type: 'DisableUser';
  userId: string;
  reason: string;
  /** Resolved by the handler: how many other active, unerased users hold ADMIN. */
  otherActiveAdministrators: number;
}

export interface EnableUser {
  type: 'EnableUser';
  userId: string;
  reason: string;
}

export interface ChangeUserPassword {
  type: 'ChangeUserPassword';
  userId: string;
  /** Hashed before it reaches the domain, like a registration's. */
  passwordHash: string;
  /**
   * True when the caller proved the account's current password (changeOwnPassword); an
   * administrator's reset of someone else's password proves none.
   */
  currentPasswordProven: boolean;
}

export interface ChangeUserRoles {
  type: 'ChangeUserRoles';
  userId: string;
  roles: readonly string[];
  /** Resolved by the handler: how many other active, unerased users hold ADMIN. */
  otherActiveAdministrators: number;
}

/** The signed-in user asks for a (new) calendar-feed link; the caller made the token and passes only its hash. */
export interface IssueCalendarFeedLink {
  type: 'IssueCalendarFeedLink';
  userId: string;
  /** SHA-256 of the link's random token, as 64 lower-case hex digits: never the token itself. */
  tokenSha256: string;
}

/** The user's calendar-feed link stops working. */
export interface RevokeCalendarFeedLink {
  type: 'RevokeCalendarFeedLink';
  userId: string;
}

/**
 * A person the identity provider vouched for (verified email) signs in for the first time and no
 * account holds that email: the account is created with no password and no roles.
 */
export interface RegisterUserThroughProvider {
  type: 'RegisterUserThroughProvider';
  userId: string;
  email: string;
  displayName: string;
  /** The provider's issuer URL. */
  issuer: string;
  /** Resolved by the handler: the email, name and provider subject sealed with the user's key. */
  sealed: { email: Sealed; displayName: Sealed; subject: Sealed };
  /** Resolved by the handler: the keyed lookup hashes of the email and of issuer + subject. */
  emailLookup: string;
  subjectLookup: string;
  /** Whether another user already holds this email (set-based check made by the handler). */
  emailTaken: boolean;
}

/** An existing account signs in through the provider: the provider's identity is linked to it once. */
export interface LinkUserToProvider {
  type: 'LinkUserToProvider';
  userId: string;
  issuer: string;
  /** Resolved by the handler: the subject sealed with the user's key, and its keyed lookup hash. */
  sealedSubject: Sealed;
  subjectLookup: string;
}

/**
 * At a sign-in through the provider, the roles the role mapping gives for the person's groups
 * (resolved by the handler from the recorded mapping) become their roles; ADMIN, which the mapping
 * never gives, stays as it was.
 */
export interface ApplyProviderRoles {
  type: 'ApplyProviderRoles';
  userId: string;
  mappedRoles: readonly string[];
}

/** The signed-in user ends their sessions. */
export interface SignOut {
  type: 'SignOut';
  userId: string;
}

export type UserCommand =
  | RegisterUser
  | DisableUser
  | EnableUser
  | ChangeUserPassword
  | ChangeUserRoles
  | EraseUserPersonalData
  | IssueCalendarFeedLink
  | RevokeCalendarFeedLink
  | RegisterUserThroughProvider
  | LinkUserToProvider
  | ApplyProviderRoles
  | SignOut;

/**
 * A user command as it is asked for: a registration or a password change carries the password,
 * which the handler checks against the policy and hashes; the handler finds out whether the email
 * is taken.
 */
export type UserRequest =
  | (Omit<RegisterUser, 'passwordHash' | 'emailTaken' | 'sealed' | 'emailLookup'> & { password: string })
  | Omit<DisableUser, 'otherActiveAdministrators'>
  | EnableUser
  | (Omit<ChangeUserPassword, 'passwordHash'> & { password: string })
  | Omit<ChangeUserRoles, 'otherActiveAdministrators'>
  | EraseUserPersonalData
  | IssueCalendarFeedLink
  | RevokeCalendarFeedLink
  | (Omit<RegisterUserThroughProvider, 'sealed' | 'emailLookup' | 'subjectLookup' | 'emailTaken'> & { subject: string })
  | (Omit<LinkUserToProvider, 'sealedSubject' | 'subjectLookup'> & { subject: string })
  | ApplyProviderRoles
  | SignOut;

// State and decider

export type UserState =
  | { status: 'unregistered' }
  | {
      status: 'active' | 'disabled';
      userId: string;
      roles: Role[];
      erased: boolean;
      /** The token hash of the calendar-feed link that works now, if any. */
      calendarFeed: string | null;
      /** The lookup hashes of the provider identities linked to the account (absent: none). */
      providerLinks?: readonly string[];
      /**
       * Whether the account has a password of its own here: false for one made through the identity
       * provider until an administrator sets one (break-glass). Absent (a state folded before this
       * field existed) counts as true: every account then was registered with a password.
       */
      hasLocalPassword?: boolean;
    };

export const userStreamId = (userId: string) => `user-${userId}`;

export const MIN_PASSWORD_LENGTH = 12;

/** Why a user with no password here cannot change it (an account made through the identity provider). */
export const NO_LOCAL_PASSWORD =
  'This account signs in through your organisation’s identity provider and has no password here: your password is managed there';

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

/** A registration's email and name as they will be sealed: the email normalised, the name trimmed. */
export function validAccountDetails(email: string, displayName: string): { email: string; displayName: string } {
  return { email: normalisedEmail(email), displayName: requiredText('displayName', displayName, 200) };
}

function validRoles(roles: readonly string[]): Role[] {
  if (roles.length === 0) throw new InvalidInputError('A user needs at least one role', { field: 'roles' });
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length > 0) {
    throw new InvalidInputError(`Unknown role(s) ${unknown.join(', ')}; roles are ${ROLES.join(', ')}`, { field: 'roles' });
  }
  return [...new Set(roles as Role[])];
}

/**
 * Whether a user record may change: an erased account is disabled for good, and nothing new is
 * recorded about it (no password, no roles).
 */
function assertNotErased(state: Extract<UserState, { erased: boolean }>): void {
  if (state.erased) throw new RuleViolationError('This account’s personal data was erased: it is closed for good and nothing new can be recorded about it');
}

/**
 * The ledger always keeps one way in: an active administrator who is the last one cannot lose ADMIN
 * or be disabled (make someone else an administrator first). Erasure is not held back by this: a
 * person's right to erasure comes first, and ADMIN_EMAIL or the CLI provisions a new administrator.
 */
function assertNotLastAdministrator(state: Extract<UserState, { erased: boolean }>, otherActiveAdministrators: number, change: string): void {
  const isActiveAdministrator = state.status === 'active' && !state.erased && state.roles.includes('ADMIN');
  if (isActiveAdministrator && otherActiveAdministrators <= 0) {
    throw new RuleViolationError(
      `This is the last active administrator: ${change} would leave nobody to manage users. Make someone else an administrator first`,
    );
  }
}

const TOKEN_SHA256 = /^[0-9a-f]{64}$/;

/** Only a hash reaches the log: anything else (a raw token above all) is refused. */
function tokenHash(value: string): string {
  if (typeof value !== 'string' || !TOKEN_SHA256.test(value)) {
    throw new InvalidInputError('tokenSha256 must be the SHA-256 of the link token, as 64 lower-case hex digits', { field: 'tokenSha256' });
  }
  return value;
}

/** Ending an account ends its calendar link with it, on the record. */
function calendarLinkEnded(state: Extract<UserState, { erased: boolean }>, reason: CalendarFeedLinkEnd): UserEvent[] {
  return state.calendarFeed === null ? [] : [{ type: 'CalendarFeedLinkRevoked', data: { userId: state.userId, tokenSha256: state.calendarFeed, reason } }];
}

/** An account a sign-in through the provider may use: registered, active and not erased. */
function signInAccount(state: UserState, userId: string): Extract<UserState, { erased: boolean }> {
  if (state.status === 'unregistered') throw new NotFoundError(`No user ${userId}`);
  assertNotErased(state);
  if (state.status === 'disabled') throw new RuleViolationError('This account is disabled: it cannot sign in');
  return state;
}

/** A person who signs in: registration with their roles, disabling, erasure of their personal data, and their calendar-feed link. */
export const userDecider: Decider<UserCommand, UserEvent, UserState> = {
  initialState: () => ({ status: 'unregistered' }),

  decide(command, state, context) {
    switch (command.type) {
      case 'RegisterUser': {
        if (state.status !== 'unregistered') throw new RuleViolationError(`User ${command.userId} is already registered`);
        const { email } = validAccountDetails(command.email, command.displayName);
        if (command.emailTaken) throw new RuleViolationError(`A user with email ${email} already exists`, { field: 'email' });
        return [
          {
            type: 'UserRegistered',
            data: {
              userId: command.userId,
              email: requiredText('sealed email', command.sealed.email, 2000),
              displayName: requiredText('sealed displayName', command.sealed.displayName, 2000),
              emailLookup: requiredText('emailLookup', command.emailLookup, 200),
              passwordHash: requiredText('passwordHash', command.passwordHash, 1000),
              roles: validRoles(command.roles),
            },
          },
        ];
      }
      case 'DisableUser': {
        if (state.status === 'unregistered') throw new NotFoundError(`No user ${command.userId}`);
        if (state.status === 'disabled') return [];
        assertNotLastAdministrator(state, command.otherActiveAdministrators, 'disabling it');
        // Like its sessions, a disabled account's calendar link ends for good: enabling it does not bring the link back.
        return [
          { type: 'UserDisabled', data: { userId: command.userId, reason: requiredText('reason', command.reason) } },
          ...calendarLinkEnded(state, 'ACCOUNT_DISABLED'),
        ];
      }
      case 'EnableUser': {
        if (state.status === 'unregistered') throw new NotFoundError(`No user ${command.userId}`);
        // An erased account is closed for good: its person is gone.
        assertNotErased(state);
        if (state.status === 'active') return [];
        return [{ type: 'UserEnabled', data: { userId: command.userId, reason: requiredText('reason', command.reason) } }];
      }
      case 'ChangeUserPassword': {
        if (state.status === 'unregistered') throw new NotFoundError(`No user ${command.userId}`);
        assertNotErased(state);
        if (state.status === 'disabled') throw new RuleViolationError('This user is disabled: a disabled account gets no new password');
        const byAdministrator = context.actorId !== command.userId;
        // An account made through the identity provider has no password here to change: the provider
        // holds it. An administrator may still set one (break-glass), which gives it a password.
        if (!byAdministrator && state.hasLocalPassword === false) throw new RuleViolationError(NO_LOCAL_PASSWORD);
        // Whoever holds a session of this account must still prove its password to change it: a
        // stolen token alone does not take the account over.
        if (!byAdministrator && !command.currentPasswordProven) {
          throw new ForbiddenError('To change your own password, give your current one (changeOwnPassword)');
        }
        return [
          {
            type: 'UserPasswordChanged',
            data: { userId: command.userId, passwordHash: requiredText('passwordHash', command.passwordHash, 1000), byAdministrator },
          },
        ];
      }
      case 'ChangeUserRoles': {
        if (state.status === 'unregistered') throw new NotFoundError(`No user ${command.userId}`);
        assertNotErased(state);
        const roles = validRoles(command.roles);
        // Checked first, so the last administrator taking ADMIN from themselves hears why it matters.
        if (!roles.includes('ADMIN')) assertNotLastAdministrator(state, command.otherActiveAdministrators, 'taking ADMIN away');
        // Nobody grants themselves roles, nor takes away their own way back in.
        if (context.actorId === command.userId) throw new ForbiddenError('Nobody changes their own roles: ask another administrator');
        const unchanged = roles.length === state.roles.length && roles.every((role) => state.roles.includes(role));
        return unchanged ? [] : [{ type: 'UserRolesChanged', data: { userId: command.userId, roles } }];
      }
      case 'EraseUserPersonalData': {
        if (state.status === 'unregistered') throw new NotFoundError(`No user ${command.userId}`);
        // A repeat finds nothing left to erase; the handler destroys the key again all the same.
        if (state.erased) return [];
        const erased: UserEvent = { type: 'UserPersonalDataErased', data: { userId: command.userId, reason: requiredText('reason', command.reason, 2000) } };
        // An account whose person is gone cannot be used again: it is disabled with its erasure.
        return state.status === 'active'
          ? [erased, { type: 'UserDisabled', data: { userId: command.userId, reason: DISABLED_BY_ERASURE } }, ...calendarLinkEnded(state, 'ACCOUNT_DISABLED')]
          : [erased];
      }
      case 'IssueCalendarFeedLink': {
        if (state.status === 'unregistered') throw new NotFoundError(`No user ${command.userId}`);
        assertNotErased(state);
        if (state.status === 'disabled') throw new RuleViolationError('This user is disabled: a disabled account gets no calendar link');
        // The link is a secret for its user alone: whoever issues it holds the token.
        if (context.actorId !== command.userId) throw new ForbiddenError('Only the user themselves may issue their calendar link');
        const tokenSha256 = tokenHash(command.tokenSha256);
        if (state.calendarFeed === tokenSha256) return [];
        const replaced: UserEvent[] =
          state.calendarFeed === null
            ? []
            : [{ type: 'CalendarFeedLinkRevoked', data: { userId: command.userId, tokenSha256: state.calendarFeed, reason: 'REPLACED' } }];
        return [...replaced, { type: 'CalendarFeedLinkIssued', data: { userId: command.userId, tokenSha256 } }];
      }
      case 'RevokeCalendarFeedLink': {
        if (state.status === 'unregistered') throw new NotFoundError(`No user ${command.userId}`);
        // Nothing to revoke is no error: a repeat (or a second tab) finds the link already gone.
        return calendarLinkEnded(state, 'REVOKED');
      }
      case 'RegisterUserThroughProvider': {
        if (state.status !== 'unregistered') throw new RuleViolationError(`User ${command.userId} is already registered`);
        const { email } = validAccountDetails(command.email, command.displayName);
        if (command.emailTaken) throw new RuleViolationError(`A user with email ${email} already exists`, { field: 'email' });
        return [
          {
            type: 'UserRegisteredThroughProvider',
            data: {
              userId: command.userId,
              email: requiredText('sealed email', command.sealed.email, 2000),
              displayName: requiredText('sealed displayName', command.sealed.displayName, 2000),
              emailLookup: requiredText('emailLookup', command.emailLookup, 200),
              issuer: requiredText('issuer', command.issuer, 500),
              subject: requiredText('sealed subject', command.sealed.subject, 2000),
              subjectLookup: requiredText('subjectLookup', command.subjectLookup, 200),
            },
          },
        ];
      }
      case 'LinkUserToProvider': {
        const account = signInAccount(state, command.userId);
        const subjectLookup = requiredText('subjectLookup', command.subjectLookup, 200);
        if ((account.providerLinks ?? []).includes(subjectLookup)) return [];
        return [
          {
            type: 'UserLinkedToProvider',
            data: {
              userId: command.userId,
              issuer: requiredText('issuer', command.issuer, 500),
              subject: requiredText('sealed subject', command.sealedSubject, 2000),
              subjectLookup,
            },
          },
        ];
      }
      case 'ApplyProviderRoles': {
        const account = signInAccount(state, command.userId);
        const mapped = validRoles(command.mappedRoles);
        if (mapped.includes('ADMIN')) throw new InvalidInputError('The identity provider never gives ADMIN', { field: 'roles' });
        // ADMIN is break-glass: granted and taken by an administrator only, never by the provider's groups.
        const roles: Role[] = account.roles.includes('ADMIN') ? ['ADMIN', ...mapped] : mapped;
        const unchanged = roles.length === account.roles.length && roles.every((role) => account.roles.includes(role));
        return unchanged ? [] : [{ type: 'UserRolesChanged', data: { userId: command.userId, roles } }];
      }
      case 'SignOut': {
        if (state.status === 'unregistered') throw new NotFoundError(`No user ${command.userId}`);
        if (context.actorId !== command.userId) throw new ForbiddenError('Only the user themselves signs out');
        return [{ type: 'UserSignedOut', data: { userId: command.userId } }];
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
        return { status: 'active', userId: event.data.userId, roles: event.data.roles, erased: false, calendarFeed: null, hasLocalPassword: true };
      case 'UserDisabled':
        return state.status === 'unregistered' ? state : { ...state, status: 'disabled' };
      case 'UserEnabled':
        return state.status === 'unregistered' ? state : { ...state, status: 'active' };
      case 'UserPasswordChanged':
        return state.status === 'unregistered' ? state : { ...state, hasLocalPassword: true };
      case 'UserRolesChanged':
        return state.status === 'unregistered' ? state : { ...state, roles: event.data.roles };
      case 'UserPersonalDataErased':
        return state.status === 'unregistered' ? state : { ...state, erased: true };
      case 'CalendarFeedLinkIssued':
        return state.status === 'unregistered' ? state : { ...state, calendarFeed: event.data.tokenSha256 };
      case 'CalendarFeedLinkRevoked':
        return state.status === 'unregistered' || state.calendarFeed !== event.data.tokenSha256 ? state : { ...state, calendarFeed: null };
      case 'UserRegisteredThroughProvider':
        return {
          status: 'active',
          userId: event.data.userId,
          roles: [],
          erased: false,
          calendarFeed: null,
          providerLinks: [event.data.subjectLookup],
          hasLocalPassword: false,
        };
      case 'UserLinkedToProvider':
        return state.status === 'unregistered' ? state : { ...state, providerLinks: [...(state.providerLinks ?? []), event.data.subjectLookup] };
      case 'UserSignedOut':
        return state;
      default: {
        const unknown: never = event;
        throw new Error(`Unknown event ${JSON.stringify(unknown)}`);
      }
    }
  },
};
