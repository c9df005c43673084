import { Role } from '@ledger/shared-domain';

export const USERS = 'identity.users';
/** The calendar-feed links that work now, by the SHA-256 of their token (ADR 0032). */
export const CALENDAR_FEEDS = 'identity.calendar-feeds';

/**
 * A user in the read model. Since ADR 0020 the email and name are sealed with the user's own key
 * and `emailLookup` is the keyed hash sign-in finds them by; an account registered before that
 * holds both in clear and has no lookup hash. Erasure drops all three (`erased`).
 */
export interface UserDocument {
  [key: string]: unknown;
  id: string;
  /** Sealed (pii:v1:…), or in clear for a registration recorded before sealing; null once erased. */
  email: string | null;
  displayName: string | null;
  /** HMAC-SHA256 of the normalised email under the account lookup key; null before sealing and once erased. */
  emailLookup: string | null;
  roles: Role[];
  passwordHash: string;
  disabled: boolean;
  erased: boolean;
  registeredAt: string;
  /**
   * How many times the password was changed or reset. Session tokens carry the count they were
   * issued under, so a change ends every session opened before it. Absent (0) in documents folded
   * before it existed.
   */
  sessionVersion?: number;
  /** The calendar-feed link that works now: its token's hash and when it was issued; absent or null without one. */
  calendarFeed?: { tokenSha256: string; issuedAt: string } | null;
  /** True once the account signed in through the identity provider (ADR 0033); absent before. */
  signsInThroughProvider?: boolean;
  /** When the account last completed a single sign-on; absent before its first. */
  lastSingleSignOnAt?: string;
}

/** A calendar-feed link that works now, found by the SHA-256 of the token in its URL. */
export interface CalendarFeedDocument {
  [key: string]: unknown;
  /** The token's SHA-256 in hex. */
  id: string;
  userId: string;
  issuedAt: string;
}

/** The recorded single sign-on settings (ADR 0033): two documents, the role mapping and the local-password policy. */
export const SIGN_IN_SETTINGS = 'identity.sign-in-settings';
export const ROLE_MAPPING_DOCUMENT = 'role-mapping';
export const LOCAL_PASSWORD_POLICY_DOCUMENT = 'local-password-policy';

export interface RoleMappingDocument {
  [key: string]: unknown;
  id: typeof ROLE_MAPPING_DOCUMENT;
  /** Provider group -> the roles it gives. */
  entries: Record<string, Role[]>;
  /** The mapping stream's revision: what a change states as its expected revision. */
  revision: number;
  changedAt: string | null;
}

export interface LocalPasswordPolicyDocument {
  [key: string]: unknown;
  id: typeof LOCAL_PASSWORD_POLICY_DOCUMENT;
  administratorsOnly: boolean;
  changedAt: string;
}
