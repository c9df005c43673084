import { ProjectionRunner } from '@ledger/event-store-core';
import { commandMetadata } from '@ledger/event-store-core/testing';
import { Stores } from '@ledger/runtime';
import { TEST_STORE_KINDS, openTestStores } from '@ledger/runtime/testing';
import { UserEvent, userStreamId } from '@ledger/identity-domain';
import { CALENDAR_FEEDS, USERS } from './collections';
import { usersProjection } from './users.projection';

/** As registrations are recorded since ADR 0020: sealed email and name, and the lookup hash. */
const registered = (userId: string, email: string): UserEvent => ({
  type: 'UserRegistered',
  data: { userId, email: `pii:v1:${userId}:iv:tag:${Buffer.from(email).toString('base64url')}`, displayName: `pii:v1:${userId}:iv:tag:name`, emailLookup: `lookup-${userId}`, passwordHash: 'hash', roles: ['STAFF'] },
});
/** As registrations were recorded before: email and name in clear, no lookup hash. */
const registeredInClear = (userId: string, email: string): UserEvent => ({
  type: 'UserRegistered',
  data: { userId, email, displayName: `User ${userId}`, passwordHash: 'hash', roles: ['STAFF'] },
});

describe.each(TEST_STORE_KINDS)('users projection on %s', (kind) => {
  let stores: Stores;
  let runner: ProjectionRunner;
  beforeEach(async () => {
    stores = await openTestStores(kind);
    runner = new ProjectionRunner(stores.eventStore, stores.readModels, [usersProjection]);
  });
  afterEach(async () => stores.close());

  const record = async (userId: string, events: UserEvent[], expectedRevision: number) => {
    const { position } = await stores.eventStore.append(userStreamId(userId), events, { expectedRevision, command: commandMetadata() });
    await runner.waitFor(position);
  };

  it('UserRegistered adds an active user with sealed email and name, the lookup hash, roles and the time it was recorded', async () => {
    await record('u1', [registered('u1', 'jo@example.gov.uk')], 0);
    expect(await stores.readModels.get(USERS, 'u1')).toEqual({
      id: 'u1',
      email: `pii:v1:u1:iv:tag:${Buffer.from('jo@example.gov.uk').toString('base64url')}`,
      displayName: 'pii:v1:u1:iv:tag:name',
      emailLookup: 'lookup-u1',
      roles: ['STAFF'],
      passwordHash: 'hash',
      disabled: false,
      erased: false,
      registeredAt: '2026-03-01T10:00:00.000Z',
      sessionVersion: 0,
    });
  });

  it('a UserRegistered recorded before sealing is kept as recorded, with no lookup hash', async () => {
    await record('u1', [registeredInClear('u1', 'jo@example.gov.uk')], 0);
    expect(await stores.readModels.get(USERS, 'u1')).toMatchObject({ email: 'jo@example.gov.uk', displayName: 'User u1', emailLookup: null, erased: false });
  });

  it('UserPersonalDataErased drops the email, name, lookup hash and password hash, and disables the user', async () => {
    await record('u1', [registered('u1', 'jo@example.gov.uk')], 0);
    await record('u1', [{ type: 'UserPersonalDataErased', data: { userId: 'u1', reason: 'asked' } }, { type: 'UserDisabled', data: { userId: 'u1', reason: 'Personal data erased' } }], 1);
    expect(await stores.readModels.get(USERS, 'u1')).toMatchObject({ id: 'u1', email: null, displayName: null, emailLookup: null, passwordHash: '', disabled: true, erased: true, roles: ['STAFF'] });
  });

  it('UserPasswordChanged and UserRolesChanged update the user', async () => {
    await record('u1', [registered('u1', 'jo@example.gov.uk')], 0);
    await record('u1', [{ type: 'UserPasswordChanged', data: { userId: 'u1', passwordHash: 'new', byAdministrator: true } }, { type: 'UserRolesChanged', data: { userId: 'u1', roles: ['AUDITOR'] } }], 1);
    expect(await stores.readModels.get(USERS, 'u1')).toMatchObject({ passwordHash: 'new', roles: ['AUDITOR'], sessionVersion: 1 });
  });

  it('UserDisabled marks the user disabled and keeps the record', async () => {
    await record('u1', [registered('u1', 'jo@example.gov.uk')], 0);
    await record('u1', [{ type: 'UserDisabled', data: { userId: 'u1', reason: 'left' } }], 1);
    expect(await stores.readModels.get(USERS, 'u1')).toMatchObject({ id: 'u1', disabled: true });
  });

  it('CalendarFeedLinkIssued makes the link findable by its token hash; CalendarFeedLinkRevoked (revoked, replaced or account disabled) drops it', async () => {
    const [a, b] = ['a'.repeat(64), 'b'.repeat(64)];
    await record('u1', [registered('u1', 'jo@example.gov.uk')], 0);
    await record('u1', [{ type: 'CalendarFeedLinkIssued', data: { userId: 'u1', tokenSha256: a } }], 1);
    expect(await stores.readModels.get(CALENDAR_FEEDS, a)).toEqual({ id: a, userId: 'u1', issuedAt: '2026-03-01T10:00:00.000Z' });
    expect(await stores.readModels.get(USERS, 'u1')).toMatchObject({ calendarFeed: { tokenSha256: a, issuedAt: '2026-03-01T10:00:00.000Z' } });
    await record(
      'u1',
      [
        { type: 'CalendarFeedLinkRevoked', data: { userId: 'u1', tokenSha256: a, reason: 'REPLACED' } },
        { type: 'CalendarFeedLinkIssued', data: { userId: 'u1', tokenSha256: b } },
      ],
      2,
    );
    expect(await stores.readModels.get(CALENDAR_FEEDS, a)).toBeUndefined();
    expect(await stores.readModels.get(CALENDAR_FEEDS, b)).toMatchObject({ userId: 'u1' });
    await record('u1', [{ type: 'UserDisabled', data: { userId: 'u1', reason: 'left' } }, { type: 'CalendarFeedLinkRevoked', data: { userId: 'u1', tokenSha256: b, reason: 'ACCOUNT_DISABLED' } }], 4);
    expect(await stores.readModels.list(CALENDAR_FEEDS)).toEqual([]);
    expect(await stores.readModels.get(USERS, 'u1')).toMatchObject({ disabled: true, calendarFeed: null });
  });

  it('rebuilt from the log gives the same users as folded live', async () => {
    for (let i = 0; i < 5; i++) await record(`u${i}`, [(i % 2 ? registered : registeredInClear)(`u${i}`, `user${i}@example.gov.uk`)], 0);
    await record('u2', [{ type: 'UserDisabled', data: { userId: 'u2', reason: 'left' } }], 1);
    await record('u3', [{ type: 'UserPersonalDataErased', data: { userId: 'u3', reason: 'asked' } }], 1);
    const live = await stores.readModels.list(USERS);
    await runner.rebuild();
    expect(await stores.readModels.list(USERS)).toEqual(live);
    expect(live).toHaveLength(5);
  });
});
