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
}

/** A calendar-feed link that works now, found by the SHA-256 of the token in its URL. */
export interface CalendarFeedDocument {
  [key: string]: unknown;
  /** The token's SHA-256 in hex. */
  id: string;
  userId: string;
  issuedAt: string;
}
