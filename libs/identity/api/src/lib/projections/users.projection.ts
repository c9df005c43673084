import { defineProjection, updateDocument } from '@ledger/event-store-core';
import { SignInHandoffEvent, UserEvent } from '@ledger/identity-domain';
import { CALENDAR_FEEDS, CalendarFeedDocument, USERS, UserDocument } from './collections';

/**
 * The users read model. Names and emails stay sealed here and are opened when presented
 * (IdentityQueries); registrations recorded before sealing are kept as recorded, in clear. On
 * erasure the personal fields and the lookup hash are dropped, and the password hash with them.
 */
export const usersProjection = defineProjection<UserEvent | SignInHandoffEvent>({
  name: 'identity.users',
  // 4: sessionVersion counts password changes (see UserDocument). 5: UserEnabled. 6: calendar-feed links.
  // 7: single sign-on (registration through the provider, linking, signing out).
  version: 7,
  collections: [USERS, CALENDAR_FEEDS],
  on: {
    UserRegistered({ data: { userId, email, displayName, emailLookup, passwordHash, roles }, metadata }, tx) {
      const doc: UserDocument = {
        id: userId,
        email,
        displayName,
        emailLookup: emailLookup ?? null,
        roles,
        passwordHash,
        disabled: false,
        erased: false,
        registeredAt: metadata.recordedAt,
        sessionVersion: 0,
      };
      tx.put(USERS, userId, doc);
    },
    UserRegisteredThroughProvider({ data: { userId, email, displayName, emailLookup }, metadata }, tx) {
      const doc: UserDocument = {
        id: userId,
        email,
        displayName,
        emailLookup,
        roles: [],
        // No password: this account signs in through the identity provider only.
        passwordHash: '',
        disabled: false,
        erased: false,
        registeredAt: metadata.recordedAt,
        sessionVersion: 0,
        signsInThroughProvider: true,
      };
      tx.put(USERS, userId, doc);
    },
    UserLinkedToProvider: ({ data: { userId } }, tx) => updateDocument<UserDocument>(tx, USERS, userId, (doc) => ({ ...doc, signsInThroughProvider: true })),
    // Signing out ends every session of the account: tokens carry the version they were issued under.
    UserSignedOut: ({ data: { userId } }, tx) =>
      updateDocument<UserDocument>(tx, USERS, userId, (doc) => ({ ...doc, sessionVersion: (doc.sessionVersion ?? 0) + 1 })),
    // When the account last completed a single sign-on (the hand-off redeemed for it).
    SignInHandoffRedeemed: ({ data: { userId }, metadata }, tx) =>
      updateDocument<UserDocument>(tx, USERS, userId, (doc) => ({ ...doc, lastSingleSignOnAt: metadata.recordedAt })),
    UserDisabled: ({ data: { userId } }, tx) => updateDocument<UserDocument>(tx, USERS, userId, (doc) => ({ ...doc, disabled: true })),
    // Sessions from before the disabling stay ended: enabling starts a new session version.
    UserEnabled: ({ data: { userId } }, tx) =>
      updateDocument<UserDocument>(tx, USERS, userId, (doc) => ({ ...doc, disabled: false, sessionVersion: (doc.sessionVersion ?? 0) + 1 })),
    UserPasswordChanged: ({ data: { userId, passwordHash } }, tx) =>
      updateDocument<UserDocument>(tx, USERS, userId, (doc) => ({ ...doc, passwordHash, sessionVersion: (doc.sessionVersion ?? 0) + 1 })),
    UserRolesChanged: ({ data: { userId, roles } }, tx) => updateDocument<UserDocument>(tx, USERS, userId, (doc) => ({ ...doc, roles })),
    UserPersonalDataErased: ({ data: { userId } }, tx) =>
      updateDocument<UserDocument>(tx, USERS, userId, (doc) => ({
        ...doc,
        email: null,
        displayName: null,
        emailLookup: null,
        passwordHash: '',
        disabled: true,
        erased: true,
      })),
    async CalendarFeedLinkIssued({ data: { userId, tokenSha256 }, metadata }, tx) {
      const feed: CalendarFeedDocument = { id: tokenSha256, userId, issuedAt: metadata.recordedAt };
      tx.put(CALENDAR_FEEDS, tokenSha256, feed);
      await updateDocument<UserDocument>(tx, USERS, userId, (doc) => ({ ...doc, calendarFeed: { tokenSha256, issuedAt: metadata.recordedAt } }));
    },
    async CalendarFeedLinkRevoked({ data: { userId, tokenSha256 } }, tx) {
      tx.delete(CALENDAR_FEEDS, tokenSha256);
      await updateDocument<UserDocument>(tx, USERS, userId, (doc) => (doc.calendarFeed?.tokenSha256 === tokenSha256 ? { ...doc, calendarFeed: null } : doc));
    },
  },
});
