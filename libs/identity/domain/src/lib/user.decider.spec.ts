import { InvalidInputError, NotFoundError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { RegisterUser, UserEvent, assertPasswordPolicy, userDecider } from './user';

const spec = DeciderSpecification(userDecider);

const register = (overrides: Partial<RegisterUser> = {}): RegisterUser => ({
  type: 'RegisterUser',
  userId: 'u1',
  email: '  Jo.Bloggs@Example.GOV.uk ',
  displayName: ' Jo Bloggs ',
  passwordHash: '$argon2id$v=19$...',
  roles: ['HR_LEAD', 'STAFF', 'HR_LEAD'],
  emailTaken: false,
  ...overrides,
});

const registered: UserEvent = {
  type: 'UserRegistered',
  data: { userId: 'u1', email: 'jo.bloggs@example.gov.uk', displayName: 'Jo Bloggs', passwordHash: 'h', roles: ['HR_LEAD'] },
};

describe('user decider', () => {
  it('registers a user with a normalised email, trimmed name and distinct roles', () => {
    spec
      .given([])
      .when(register())
      .then([
        {
          type: 'UserRegistered',
          data: {
            userId: 'u1',
            email: 'jo.bloggs@example.gov.uk',
            displayName: 'Jo Bloggs',
            passwordHash: '$argon2id$v=19$...',
            roles: ['HR_LEAD', 'STAFF'],
          },
        },
      ]);
  });

  it('refuses to register the same user twice', () => {
    spec.given([registered]).when(register()).thenThrows(RuleViolationError, /already registered/);
  });

  it('refuses an email another user already holds', () => {
    spec.given([]).when(register({ emailTaken: true })).thenThrows(RuleViolationError, /already exists/);
  });

  it('refuses a malformed email', () => {
    spec.given([]).when(register({ email: 'not-an-email' })).thenThrows(InvalidInputError, /not a valid email/);
  });

  it('refuses an empty display name', () => {
    spec.given([]).when(register({ displayName: '   ' })).thenThrows(InvalidInputError, /displayName/);
  });

  it('refuses unknown roles and an empty role list', () => {
    spec.given([]).when(register({ roles: ['ADMIN', 'KING'] })).thenThrows(InvalidInputError, /KING/);
    spec.given([]).when(register({ roles: [] })).thenThrows(InvalidInputError, /at least one role/);
  });

  it('disables an active user with a reason', () => {
    spec
      .given([registered])
      .when({ type: 'DisableUser', userId: 'u1', reason: 'left the authority' })
      .then([{ type: 'UserDisabled', data: { userId: 'u1', reason: 'left the authority' } }]);
  });

  it('disabling twice records nothing the second time', () => {
    spec
      .given([registered, { type: 'UserDisabled', data: { userId: 'u1', reason: 'left' } }])
      .when({ type: 'DisableUser', userId: 'u1', reason: 'again' })
      .thenNothingHappens();
  });

  it('cannot disable a user who was never registered', () => {
    spec.given([]).when({ type: 'DisableUser', userId: 'u1', reason: 'x' }).thenThrows(NotFoundError);
  });
});

describe('password policy', () => {
  it('accepts a long passphrase and refuses a short one', () => {
    expect(() => assertPasswordPolicy('correct horse battery staple')).not.toThrow();
    expect(() => assertPasswordPolicy('short')).toThrow(InvalidInputError);
  });
});
