import { ForbiddenError, InvalidInputError, NotFoundError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { RegisterUser, UserEvent, assertPasswordPolicy, userDecider } from './user';

const spec = DeciderSpecification(userDecider);

const register = (overrides: Partial<RegisterUser> = {}): RegisterUser => ({
  type: 'RegisterUser',
  userId: 'u1',
  email: '  Jo.Bloggs@Example.GOV.uk ',
  displayName: ' Jo Bloggs ',
  sealed: { email: 'pii:v1:u1:iv:tag:email', displayName: 'pii:v1:u1:iv:tag:name' },
  emailLookup: 'lookup-of-jo',
  passwordHash: '$argon2id$v=19$...',
  roles: ['HR_LEAD', 'STAFF', 'HR_LEAD'],
  emailTaken: false,
  ...overrides,
});

const registered: UserEvent = {
  type: 'UserRegistered',
  data: {
    userId: 'u1',
    email: 'pii:v1:u1:iv:tag:email',
    displayName: 'pii:v1:u1:iv:tag:name',
    emailLookup: 'lookup-of-jo',
    passwordHash: 'h',
    roles: ['HR_LEAD'],
  },
};
/** A registration recorded before ADR 0020: email and name in clear, no lookup hash. */
const registeredInClear: UserEvent = {
  type: 'UserRegistered',
  data: { userId: 'u1', email: 'jo.bloggs@example.gov.uk', displayName: 'Jo Bloggs', passwordHash: 'h', roles: ['HR_LEAD'] },
};
const erased: UserEvent = { type: 'UserPersonalDataErased', data: { userId: 'u1', reason: 'left; asked to be forgotten' } };
const disabledByErasure: UserEvent = { type: 'UserDisabled', data: { userId: 'u1', reason: 'Personal data erased' } };

describe('user decider', () => {
  it('registers a user with only the sealed email and name, the lookup hash and distinct roles', () => {
    spec
      .given([])
      .when(register())
      .then([
        {
          type: 'UserRegistered',
          data: {
            userId: 'u1',
            email: 'pii:v1:u1:iv:tag:email',
            displayName: 'pii:v1:u1:iv:tag:name',
            emailLookup: 'lookup-of-jo',
            passwordHash: '$argon2id$v=19$...',
            roles: ['HR_LEAD', 'STAFF'],
          },
        },
      ]);
  });

  it('refuses a registration whose email was not sealed or has no lookup hash', () => {
    spec
      .given([])
      .when(register({ sealed: { email: '', displayName: 'pii:v1:u1:iv:tag:name' } }))
      .thenThrows(InvalidInputError, /sealed email/);
    spec
      .given([])
      .when(register({ emailLookup: ' ' }))
      .thenThrows(InvalidInputError, /emailLookup/);
  });

  it('refuses to register the same user twice', () => {
    spec
      .given([registered])
      .when(register())
      .thenThrows(RuleViolationError, /already registered/);
  });

  it('refuses an email another user already holds', () => {
    spec
      .given([])
      .when(register({ emailTaken: true }))
      .thenThrows(RuleViolationError, /already exists/);
  });

  it('refuses a malformed email', () => {
    spec
      .given([])
      .when(register({ email: 'not-an-email' }))
      .thenThrows(InvalidInputError, /not a valid email/);
  });

  it('refuses an empty display name', () => {
    spec
      .given([])
      .when(register({ displayName: '   ' }))
      .thenThrows(InvalidInputError, /displayName/);
  });

  it('refuses unknown roles and an empty role list', () => {
    spec
      .given([])
      .when(register({ roles: ['ADMIN', 'KING'] }))
      .thenThrows(InvalidInputError, /KING/);
    spec
      .given([])
      .when(register({ roles: [] }))
      .thenThrows(InvalidInputError, /at least one role/);
  });

  it('disables an active user with a reason', () => {
    spec
      .given([registered])
      .when({ type: 'DisableUser', userId: 'u1', reason: 'left the authority', otherActiveAdministrators: 1 })
      .then([{ type: 'UserDisabled', data: { userId: 'u1', reason: 'left the authority' } }]);
  });

  it('disabling twice records nothing the second time', () => {
    spec
      .given([registered, { type: 'UserDisabled', data: { userId: 'u1', reason: 'left' } }])
      .when({ type: 'DisableUser', userId: 'u1', reason: 'again', otherActiveAdministrators: 1 })
      .thenNothingHappens();
  });

  it('cannot disable a user who was never registered', () => {
    spec.given([]).when({ type: 'DisableUser', userId: 'u1', reason: 'x', otherActiveAdministrators: 1 }).thenThrows(NotFoundError);
  });

  describe('enabling a disabled account', () => {
    const disabled: UserEvent = { type: 'UserDisabled', data: { userId: 'u1', reason: 'left' } };
    const enable = { type: 'EnableUser' as const, userId: 'u1', reason: ' came back from secondment ' };

    it('enables a disabled user with the reason', () => {
      spec
        .given([registered, disabled])
        .when(enable)
        .then([{ type: 'UserEnabled', data: { userId: 'u1', reason: 'came back from secondment' } }]);
    });

    it('records nothing for a user who is active already (a retry lands here too)', () => {
      spec.given([registered]).when(enable).thenNothingHappens();
    });

    it('needs a reason', () => {
      spec
        .given([registered, disabled])
        .when({ ...enable, reason: '  ' })
        .thenThrows(InvalidInputError);
    });

    it('never enables an erased account: it is closed for good', () => {
      spec.given([registered, erased, disabledByErasure]).when(enable).thenThrows(RuleViolationError);
    });

    it('cannot enable a user who was never registered', () => {
      spec.given([]).when(enable).thenThrows(NotFoundError);
    });

    it('lets an enabled user be disabled again', () => {
      spec
        .given([registered, disabled, { type: 'UserEnabled', data: { userId: 'u1', reason: 'back' } }])
        .when({ type: 'DisableUser', userId: 'u1', reason: 'left again', otherActiveAdministrators: 1 })
        .then([{ type: 'UserDisabled', data: { userId: 'u1', reason: 'left again' } }]);
    });
  });

  describe('erasure of an account', () => {
    const erase = { type: 'EraseUserPersonalData' as const, userId: 'u1', reason: 'left; asked to be forgotten' };

    it('erases an active account and disables it with the erasure', () => {
      spec.given([registered]).when(erase, { actorId: 'admin-1' }).then([erased, disabledByErasure]);
    });

    it('erases a disabled account without disabling it again', () => {
      spec
        .given([registered, { type: 'UserDisabled', data: { userId: 'u1', reason: 'left' } }])
        .when(erase)
        .then([erased]);
    });

    it('erases an account registered before sealing (email in clear) the same way', () => {
      spec.given([registeredInClear]).when(erase).then([erased, disabledByErasure]);
    });

    it('records nothing when the account was already erased', () => {
      spec.given([registered, erased, disabledByErasure]).when(erase).thenNothingHappens();
    });

    it('needs a reason, and an account that exists', () => {
      spec
        .given([registered])
        .when({ ...erase, reason: '  ' })
        .thenThrows(InvalidInputError, /reason/);
      spec.given([]).when(erase).thenThrows(NotFoundError);
    });

    it('records no new personal data for an erased account: it cannot be registered again', () => {
      spec
        .given([registered, erased, disabledByErasure])
        .when(register())
        .thenThrows(RuleViolationError, /already registered/);
    });

    it('gives an erased account no new password, not even from an administrator', () => {
      spec
        .given([registered, erased, disabledByErasure])
        .when({ type: 'ChangeUserPassword', userId: 'u1', passwordHash: '$argon2id$new', currentPasswordProven: false }, { actorId: 'admin-1' })
        .thenThrows(RuleViolationError, /erased/);
    });

    it('gives an erased account no new roles', () => {
      spec
        .given([registered, erased, disabledByErasure])
        .when({ type: 'ChangeUserRoles', userId: 'u1', roles: ['ADMIN'], otherActiveAdministrators: 1 }, { actorId: 'admin-1' })
        .thenThrows(RuleViolationError, /erased/);
    });

    it('disabling an erased account records nothing: it is disabled already', () => {
      spec
        .given([registered, erased, disabledByErasure])
        .when({ type: 'DisableUser', userId: 'u1', reason: 'again', otherActiveAdministrators: 1 })
        .thenNothingHappens();
    });
  });

  describe('passwords', () => {
    const change = { type: 'ChangeUserPassword' as const, userId: 'u1', passwordHash: '$argon2id$new', currentPasswordProven: true };

    it('records a user changing their own password, not as an administrator', () => {
      spec
        .given([registered])
        .when(change, { actorId: 'u1' })
        .then([{ type: 'UserPasswordChanged', data: { userId: 'u1', passwordHash: '$argon2id$new', byAdministrator: false } }]);
    });

    it("records an administrator resetting someone else's password as a reset", () => {
      spec
        .given([registered])
        .when(change, { actorId: 'admin-1' })
        .then([{ type: 'UserPasswordChanged', data: { userId: 'u1', passwordHash: '$argon2id$new', byAdministrator: true } }]);
    });

    it("refuses a change of one's own password that did not prove the current one (a session alone is not enough)", () => {
      spec
        .given([registered])
        .when({ ...change, currentPasswordProven: false }, { actorId: 'u1' })
        .thenThrows(ForbiddenError, /give your current one/);
    });

    it("lets an administrator reset another user's password without knowing it", () => {
      spec
        .given([registered])
        .when({ ...change, currentPasswordProven: false }, { actorId: 'admin-1' })
        .then([{ type: 'UserPasswordChanged', data: { userId: 'u1', passwordHash: '$argon2id$new', byAdministrator: true } }]);
    });

    it('gives no new password to a disabled or unknown user', () => {
      spec
        .given([registered, { type: 'UserDisabled', data: { userId: 'u1', reason: 'left' } }])
        .when(change)
        .thenThrows(RuleViolationError, /disabled/);
      spec.given([]).when(change).thenThrows(NotFoundError);
    });
  });

  describe('roles', () => {
    const toRoles = (roles: string[], otherActiveAdministrators = 1) => ({ type: 'ChangeUserRoles' as const, userId: 'u1', roles, otherActiveAdministrators });

    it("records another user's new roles, distinct", () => {
      spec
        .given([registered])
        .when(toRoles(['AUDITOR', 'STAFF', 'AUDITOR']), { actorId: 'admin-1' })
        .then([{ type: 'UserRolesChanged', data: { userId: 'u1', roles: ['AUDITOR', 'STAFF'] } }]);
    });

    it('lets nobody change their own roles, not even an administrator', () => {
      spec
        .given([registered])
        .when(toRoles(['ADMIN']), { actorId: 'u1' })
        .thenThrows(ForbiddenError, /Nobody changes their own roles/);
    });

    it('records nothing when the roles are the same, and refuses unknown or no roles', () => {
      spec
        .given([registered])
        .when(toRoles(['HR_LEAD']), { actorId: 'admin-1' })
        .thenNothingHappens();
      spec
        .given([registered])
        .when(toRoles(['KING']), { actorId: 'admin-1' })
        .thenThrows(InvalidInputError, /KING/);
      spec
        .given([registered])
        .when(toRoles([]), { actorId: 'admin-1' })
        .thenThrows(InvalidInputError, /at least one role/);
    });

    it('takes the latest roles into account after a change', () => {
      spec
        .given([registered, { type: 'UserRolesChanged', data: { userId: 'u1', roles: ['AUDITOR'] } }])
        .when(toRoles(['AUDITOR']), { actorId: 'admin-1' })
        .thenNothingHappens();
    });

    describe('the last administrator', () => {
      const registeredAdmin: UserEvent = {
        type: 'UserRegistered',
        data: {
          userId: 'u1',
          email: 'pii:v1:u1:iv:tag:email',
          displayName: 'pii:v1:u1:iv:tag:name',
          emailLookup: 'lookup-of-jo',
          passwordHash: 'h',
          roles: ['ADMIN'],
        },
      };

      it('keeps ADMIN while no other active administrator exists', () => {
        spec
          .given([registeredAdmin])
          .when(toRoles(['STAFF'], 0), { actorId: 'system' })
          .thenThrows(RuleViolationError, /last active administrator/);
      });

      it('tells the last administrator taking ADMIN from themselves why it is refused', () => {
        spec
          .given([registeredAdmin])
          .when(toRoles(['AUDITOR'], 0), { actorId: 'u1' })
          .thenThrows(RuleViolationError, /last active administrator/);
      });

      it('loses ADMIN when another active administrator remains', () => {
        spec
          .given([registeredAdmin])
          .when(toRoles(['STAFF'], 1), { actorId: 'admin-2' })
          .then([{ type: 'UserRolesChanged', data: { userId: 'u1', roles: ['STAFF'] } }]);
      });

      it('may gain other roles while keeping ADMIN, and a non-administrator may lose roles whatever the count', () => {
        spec
          .given([registeredAdmin])
          .when(toRoles(['ADMIN', 'AUDITOR'], 0), { actorId: 'system' })
          .then([{ type: 'UserRolesChanged', data: { userId: 'u1', roles: ['ADMIN', 'AUDITOR'] } }]);
        spec
          .given([registered])
          .when(toRoles(['STAFF'], 0), { actorId: 'admin-1' })
          .then([{ type: 'UserRolesChanged', data: { userId: 'u1', roles: ['STAFF'] } }]);
      });

      it('is not disabled, but another administrator is', () => {
        const disable = (otherActiveAdministrators: number) => ({
          type: 'DisableUser' as const,
          userId: 'u1',
          reason: 'left the authority',
          otherActiveAdministrators,
        });
        spec
          .given([registeredAdmin])
          .when(disable(0), { actorId: 'u1' })
          .thenThrows(RuleViolationError, /last active administrator/);
        spec
          .given([registeredAdmin])
          .when(disable(1), { actorId: 'admin-2' })
          .then([{ type: 'UserDisabled', data: { userId: 'u1', reason: 'left the authority' } }]);
      });

      it('a disabled administrator does not count: disabling them again records nothing', () => {
        spec
          .given([registeredAdmin, { type: 'UserDisabled', data: { userId: 'u1', reason: 'left' } }])
          .when({ type: 'DisableUser', userId: 'u1', reason: 'again', otherActiveAdministrators: 0 })
          .thenNothingHappens();
      });
    });

    it('cannot change the roles of a user who was never registered', () => {
      spec
        .given([])
        .when(toRoles(['STAFF']), { actorId: 'admin-1' })
        .thenThrows(NotFoundError);
    });
  });
});

describe('calendar-feed link', () => {
  const hashA = 'a'.repeat(64);
  const hashB = 'b'.repeat(64);
  const issue = (tokenSha256 = hashA) => ({ type: 'IssueCalendarFeedLink' as const, userId: 'u1', tokenSha256 });
  const revoke = { type: 'RevokeCalendarFeedLink' as const, userId: 'u1' };
  const issued = (tokenSha256 = hashA): UserEvent => ({ type: 'CalendarFeedLinkIssued', data: { userId: 'u1', tokenSha256 } });
  const revoked = (tokenSha256: string, reason: 'REVOKED' | 'REPLACED' | 'ACCOUNT_DISABLED'): UserEvent => ({
    type: 'CalendarFeedLinkRevoked',
    data: { userId: 'u1', tokenSha256, reason },
  });

  it('issues the user their own link, recording only the hash of its token', () => {
    spec.given([registered]).when(issue(), { actorId: 'u1' }).then([issued()]);
  });

  it('refuses anything but a SHA-256 in hex, so a raw token never reaches the log', () => {
    spec
      .given([registered])
      .when(issue('q7Z4c0mV9kq3sXo1H2y8J5tN6pR0aB1cD2eF3gH4iJ5'), { actorId: 'u1' })
      .thenThrows(InvalidInputError, /tokenSha256/);
    spec
      .given([registered])
      .when(issue('A'.repeat(64)), { actorId: 'u1' })
      .thenThrows(InvalidInputError, /tokenSha256/);
  });

  it('lets nobody issue a link for someone else, not even an administrator: whoever issues it holds the secret', () => {
    spec
      .given([registered])
      .when(issue(), { actorId: 'admin-1' })
      .thenThrows(ForbiddenError, /Only the user themselves/);
  });

  it('replaces an earlier link: the old one is revoked as replaced, on the record', () => {
    spec
      .given([registered, issued(hashA)])
      .when(issue(hashB), { actorId: 'u1' })
      .then([revoked(hashA, 'REPLACED'), issued(hashB)]);
  });

  it('records nothing when the same link is issued again (a retry)', () => {
    spec
      .given([registered, issued(hashA)])
      .when(issue(hashA), { actorId: 'u1' })
      .then([]);
  });

  it('gives no link to a disabled, erased or unknown user', () => {
    spec
      .given([registered, { type: 'UserDisabled', data: { userId: 'u1', reason: 'left' } }])
      .when(issue(), { actorId: 'u1' })
      .thenThrows(RuleViolationError, /disabled/);
    spec
      .given([registered, erased, disabledByErasure])
      .when(issue(), { actorId: 'u1' })
      .thenThrows(RuleViolationError, /erased/);
    spec
      .given([])
      .when(issue(), { actorId: 'u1' })
      .thenThrows(NotFoundError, /No user u1/);
  });

  it('revokes the link that works now', () => {
    spec
      .given([registered, issued(hashA)])
      .when(revoke, { actorId: 'u1' })
      .then([revoked(hashA, 'REVOKED')]);
  });

  it('records nothing when there is no link to revoke, also after a revocation or a replacement', () => {
    spec.given([registered]).when(revoke, { actorId: 'u1' }).then([]);
    spec
      .given([registered, issued(hashA), revoked(hashA, 'REVOKED')])
      .when(revoke, { actorId: 'u1' })
      .then([]);
    spec
      .given([registered, issued(hashA), revoked(hashA, 'REPLACED'), issued(hashB)])
      .when(revoke, { actorId: 'u1' })
      .then([revoked(hashB, 'REVOKED')]);
  });

  it('cannot revoke the link of a user who was never registered', () => {
    spec
      .given([])
      .when(revoke, { actorId: 'u1' })
      .thenThrows(NotFoundError, /No user u1/);
  });

  it('ends the link when the account is disabled, for good: enabling it again does not bring the link back', () => {
    spec
      .given([registered, issued(hashA)])
      .when({ type: 'DisableUser', userId: 'u1', reason: 'left', otherActiveAdministrators: 1 })
      .then([{ type: 'UserDisabled', data: { userId: 'u1', reason: 'left' } }, revoked(hashA, 'ACCOUNT_DISABLED')]);
    spec
      .given([
        registered,
        issued(hashA),
        { type: 'UserDisabled', data: { userId: 'u1', reason: 'left' } },
        revoked(hashA, 'ACCOUNT_DISABLED'),
        { type: 'UserEnabled', data: { userId: 'u1', reason: 'back' } },
      ])
      .when(revoke, { actorId: 'u1' })
      .then([]);
  });

  it('ends the link when the account is erased', () => {
    spec
      .given([registered, issued(hashA)])
      .when({ type: 'EraseUserPersonalData', userId: 'u1', reason: 'asked to be forgotten' })
      .then([
        { type: 'UserPersonalDataErased', data: { userId: 'u1', reason: 'asked to be forgotten' } },
        disabledByErasure,
        revoked(hashA, 'ACCOUNT_DISABLED'),
      ]);
  });
});

describe('password policy', () => {
  it('accepts a long passphrase and refuses a short one', () => {
    expect(() => assertPasswordPolicy('correct horse battery staple')).not.toThrow();
    expect(() => assertPasswordPolicy('short')).toThrow(InvalidInputError);
  });
});

describe('user decider: sign-in through the identity provider (ADR 0033)', () => {
  const throughProvider = {
    type: 'RegisterUserThroughProvider' as const,
    userId: 'u1',
    email: 'Jo.Bloggs@example.gov.uk',
    displayName: 'Jo Bloggs',
    issuer: 'https://login.example.com/tenant/v2.0',
    sealed: { email: 'pii:v1:u1:e', displayName: 'pii:v1:u1:n', subject: 'pii:v1:u1:s' },
    emailLookup: 'lookup-of-jo',
    subjectLookup: 'lookup-of-sub',
    emailTaken: false,
  };
  const registeredThroughProvider: UserEvent = {
    type: 'UserRegisteredThroughProvider',
    data: {
      userId: 'u1',
      email: 'pii:v1:u1:e',
      displayName: 'pii:v1:u1:n',
      emailLookup: 'lookup-of-jo',
      issuer: 'https://login.example.com/tenant/v2.0',
      subject: 'pii:v1:u1:s',
      subjectLookup: 'lookup-of-sub',
    },
  };
  const linked: UserEvent = {
    type: 'UserLinkedToProvider',
    data: { userId: 'u1', issuer: 'https://login.example.com/tenant/v2.0', subject: 'pii:v1:u1:s', subjectLookup: 'lookup-of-sub' },
  };
  const link = { type: 'LinkUserToProvider' as const, userId: 'u1', issuer: 'https://login.example.com/tenant/v2.0', sealedSubject: 'pii:v1:u1:s', subjectLookup: 'lookup-of-sub' };
  const admin: UserEvent = { ...registered, data: { ...(registered.data as object), roles: ['ADMIN', 'HR_LEAD'] } } as UserEvent;

  it('registers a person the provider vouched for with no password and no roles, recording the issuer and the sealed subject', () => {
    spec.given([]).when(throughProvider).then([registeredThroughProvider]);
  });

  it('refuses a registration through the provider whose email another account holds', () => {
    spec.given([]).when({ ...throughProvider, emailTaken: true }).thenThrows(RuleViolationError, /already exists/);
  });

  it('links an existing account to the provider once; a later sign-in with the same identity records nothing', () => {
    spec.given([registered]).when(link).then([linked]);
    spec.given([registered, linked]).when(link).thenNothingHappens();
    spec.given([registeredThroughProvider]).when(link).thenNothingHappens();
  });

  it('refuses to link a disabled or erased account', () => {
    spec.given([registered, { type: 'UserDisabled', data: { userId: 'u1', reason: 'left' } }]).when(link).thenThrows(RuleViolationError, /disabled/);
    spec.given([registered, erased, disabledByErasure]).when(link).thenThrows(RuleViolationError, /erased/);
  });

  it('gives the roles the mapping gives, recording a change only when they change', () => {
    spec
      .given([registeredThroughProvider])
      .when({ type: 'ApplyProviderRoles', userId: 'u1', mappedRoles: ['AUDITOR'] })
      .then([{ type: 'UserRolesChanged', data: { userId: 'u1', roles: ['AUDITOR'] } }]);
    spec
      .given([registeredThroughProvider, { type: 'UserRolesChanged', data: { userId: 'u1', roles: ['AUDITOR'] } }])
      .when({ type: 'ApplyProviderRoles', userId: 'u1', mappedRoles: ['AUDITOR'] })
      .thenNothingHappens();
  });

  it('replaces roles granted by hand with the mapped ones, but keeps ADMIN (break-glass)', () => {
    spec
      .given([admin])
      .when({ type: 'ApplyProviderRoles', userId: 'u1', mappedRoles: ['STAFF'] })
      .then([{ type: 'UserRolesChanged', data: { userId: 'u1', roles: ['ADMIN', 'STAFF'] } }]);
  });

  it('never gives ADMIN through the provider', () => {
    spec.given([registeredThroughProvider]).when({ type: 'ApplyProviderRoles', userId: 'u1', mappedRoles: ['ADMIN'] }).thenThrows(InvalidInputError, /never gives ADMIN/);
  });

  describe('an account made through the provider has no password here', () => {
    const ownChange = { type: 'ChangeUserPassword' as const, userId: 'u1', passwordHash: '$argon2id$new', currentPasswordProven: true };
    const reset: UserEvent = { type: 'UserPasswordChanged', data: { userId: 'u1', passwordHash: '$argon2id$reset', byAdministrator: true } };

    it('refuses its user a change of password, saying the provider manages it', () => {
      spec.given([registeredThroughProvider]).when(ownChange, { actorId: 'u1' }).thenThrows(RuleViolationError, /managed there/);
      // Said before the missing proof of a current password: there is none to prove.
      spec
        .given([registeredThroughProvider])
        .when({ ...ownChange, currentPasswordProven: false }, { actorId: 'u1' })
        .thenThrows(RuleViolationError, /managed there/);
    });

    it('lets an administrator set one (break-glass); its user may change it from then on', () => {
      spec
        .given([registeredThroughProvider])
        .when({ ...ownChange, currentPasswordProven: false }, { actorId: 'admin-1' })
        .then([{ type: 'UserPasswordChanged', data: { userId: 'u1', passwordHash: '$argon2id$new', byAdministrator: true } }]);
      spec
        .given([registeredThroughProvider, reset])
        .when(ownChange, { actorId: 'u1' })
        .then([{ type: 'UserPasswordChanged', data: { userId: 'u1', passwordHash: '$argon2id$new', byAdministrator: false } }]);
    });

    it('keeps the password of an existing account linked to the provider', () => {
      spec
        .given([registered, linked])
        .when(ownChange, { actorId: 'u1' })
        .then([{ type: 'UserPasswordChanged', data: { userId: 'u1', passwordHash: '$argon2id$new', byAdministrator: false } }]);
    });
  });

  it('ends every session of the account when its user signs out; nobody signs another out', () => {
    spec.given([registered]).when({ type: 'SignOut', userId: 'u1' }, { actorId: 'u1' }).then([{ type: 'UserSignedOut', data: { userId: 'u1' } }]);
    spec.given([registered]).when({ type: 'SignOut', userId: 'u1' }, { actorId: 'someone-else' }).thenThrows(ForbiddenError);
  });
});
