import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { PersonalDataVault } from '@ledger/event-store-core';
import { commandMetadata } from '@ledger/event-store-core/testing';
import { UserEvent, userStreamId } from '@ledger/identity-domain';
import { ProjectionRegistry, ReadSide } from '@ledger/shared-api';
import { Stores, openStores } from '@ledger/runtime';
import { TEST_STORE_KINDS, TestStoreKind } from '@ledger/runtime/testing';
import { AccountLookup } from '../auth/account-lookup';
import { sessionSubject } from '../auth/session-subject';
import { IDENTITY_PROJECTIONS } from '../projections';
import { IdentityQueries } from './identity-queries';

/** One API instance as the AuthGuard sees it: its own connections, read side (with its cache) and vault. */
interface Instance {
  stores: Stores;
  readSide: ReadSide;
  vault: PersonalDataVault;
  queries: IdentityQueries;
}

async function openInstance(config: Parameters<typeof openStores>[0]): Promise<Instance> {
  const stores = await openStores(config);
  const registry = new ProjectionRegistry();
  registry.register(...IDENTITY_PROJECTIONS);
  const readSide = new ReadSide(stores.eventStore, stores.readModels, registry);
  const vault = new PersonalDataVault(stores.personalDataKeys);
  return { stores, readSide, vault, queries: new IdentityQueries(readSide, vault, new AccountLookup(stores.keys.accountLookup.key)) };
}

const EMAIL = 'jo.bloggs@example.gov.uk';

// The guard asks IdentityQueries on every request, and the answer is kept in the read side's cache
// (ADR 0035). Two instances on one store (ADR 0021; on SQLite, a second connection to the file as
// the CLI opens): every change that must end or narrow a session reaches the next request on both,
// straight after the writer's read-your-writes, with both caches primed beforehand.
describe.each(TEST_STORE_KINDS)('IdentityQueries for the AuthGuard, two instances on one %s store', (kind: TestStoreKind) => {
  let dir: string;
  let schema: string;
  let first: Instance;
  let second: Instance;
  let revision: number;
  const userId = 'u-guarded';

  /** Recorded through the first instance, which returns once its read models show the events. */
  const record = async (...events: UserEvent[]) => {
    const { position, nextRevision } = await first.stores.eventStore.append(userStreamId(userId), events, { expectedRevision: revision, command: commandMetadata() });
    revision = nextRevision;
    await first.readSide.waitFor(position);
  };
  const actorOn = (instance: Instance, sessionVersion = 0) => instance.queries.findActiveActor(sessionSubject(userId, sessionVersion));
  /** Both instances answer, twice: the second answer comes from each one's cache. */
  const primeBoth = async (sessionVersion = 0) => {
    for (const instance of [first, second, first, second]) expect(await actorOn(instance, sessionVersion)).toBeDefined();
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-identity-queries-'));
    schema = `t_${randomBytes(6).toString('hex')}`;
    const config = {
      EVENT_STORE: kind,
      SQLITE_PATH: join(dir, 'ledger.sqlite'),
      DATABASE_URL: process.env['LEDGER_TEST_DATABASE_URL'],
      POSTGRES_SCHEMA: schema,
      EVENTSTOREDB_URL: undefined,
      LEDGER_KEYS_DIR: dir,
    };
    first = await openInstance(config);
    second = await openInstance(config);
    revision = 0;
    const lookup = new AccountLookup(first.stores.keys.accountLookup.key);
    await record({
      type: 'UserRegistered',
      data: {
        userId,
        email: await first.vault.seal(userId, EMAIL),
        displayName: await first.vault.seal(userId, 'Jo Bloggs'),
        emailLookup: lookup.hashOf(EMAIL),
        passwordHash: 'hash',
        roles: ['STAFF'],
      },
    });
  });
  afterEach(async () => {
    await second?.stores.close();
    await first?.stores.close();
    rmSync(dir, { recursive: true, force: true });
    if (kind === 'postgres') {
      const pool = new Pool({ connectionString: process.env['LEDGER_TEST_DATABASE_URL'] });
      await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await pool.end();
    }
  });

  it('answers a repeated check from the cache: no document read and no key looked up while the users are unchanged', async () => {
    expect(await actorOn(first)).toEqual({ userId, roles: ['STAFF'], email: EMAIL });
    const documentReads = jest.spyOn(first.stores.readModels, 'get');
    const keyLookups = jest.spyOn(first.stores.personalDataKeys, 'keysFor');
    expect(await actorOn(first)).toEqual({ userId, roles: ['STAFF'], email: EMAIL });
    expect(await first.queries.findById(userId)).toMatchObject({ email: EMAIL, displayName: 'Jo Bloggs' });
    expect({ documentReads: documentReads.mock.calls.length, keyLookups: keyLookups.mock.calls.length }).toEqual({ documentReads: 0, keyLookups: 0 });

    await record({ type: 'UserRolesChanged', data: { userId, roles: ['AUDITOR'] } });
    expect(await actorOn(first)).toEqual({ userId, roles: ['AUDITOR'], email: EMAIL });
    expect(keyLookups).toHaveBeenCalled();
  });

  it('gives both instances the new roles on the next check after a role change', async () => {
    await primeBoth();
    await record({ type: 'UserRolesChanged', data: { userId, roles: ['AUDITOR'] } });
    expect((await actorOn(first))?.roles).toEqual(['AUDITOR']);
    expect((await actorOn(second))?.roles).toEqual(['AUDITOR']);
  });

  it('refuses a disabled account on both instances at once', async () => {
    await primeBoth();
    await record({ type: 'UserDisabled', data: { userId, reason: 'left' } });
    expect(await actorOn(first)).toBeUndefined();
    expect(await actorOn(second)).toBeUndefined();
  });

  it('refuses the sessions from before a password change, a sign-out or a re-enabling on both instances, and accepts the new one', async () => {
    await primeBoth(0);
    await record({ type: 'UserPasswordChanged', data: { userId, passwordHash: 'new', byAdministrator: true } });
    for (const instance of [first, second]) {
      expect(await actorOn(instance, 0)).toBeUndefined();
      expect(await actorOn(instance, 1)).toBeDefined();
    }
    await record({ type: 'UserSignedOut', data: { userId } });
    for (const instance of [first, second]) expect(await actorOn(instance, 1)).toBeUndefined();
    await primeBoth(2);
    await record({ type: 'UserDisabled', data: { userId, reason: 'on secondment' } }, { type: 'UserEnabled', data: { userId, reason: 'back' } });
    for (const instance of [first, second]) {
      expect(await actorOn(instance, 2)).toBeUndefined();
      expect(await actorOn(instance, 3)).toBeDefined();
    }
  });

  it('refuses an erased account on both instances once the erasure is recorded, before and after its key is destroyed, and opens nothing of it', async () => {
    await primeBoth();
    for (const instance of [first, second]) expect(await instance.queries.findById(userId)).toMatchObject({ email: EMAIL, displayName: 'Jo Bloggs' });
    // As the erasure's handler does: the event (read-your-writes), then the key.
    await record({ type: 'UserPersonalDataErased', data: { userId, reason: 'asked' } }, { type: 'UserDisabled', data: { userId, reason: 'Personal data erased' } });
    for (const instance of [first, second]) expect(await actorOn(instance)).toBeUndefined();
    await first.vault.erase(userId, new Date());
    for (const instance of [first, second]) {
      expect(await actorOn(instance)).toBeUndefined();
      expect(await instance.queries.findById(userId)).toMatchObject({ email: '', displayName: 'Erased user', erased: true, disabled: true });
      expect(await instance.queries.findByEmail(EMAIL)).toBeUndefined();
    }
  });

  it('ends a calendar-feed link on both instances when it is revoked', async () => {
    const tokenSha256 = 'c'.repeat(64);
    await record({ type: 'CalendarFeedLinkIssued', data: { userId, tokenSha256 } });
    for (const instance of [first, second, first, second]) expect(await instance.queries.calendarFeedOwner(tokenSha256)).toMatchObject({ userId });
    await record({ type: 'CalendarFeedLinkRevoked', data: { userId, tokenSha256, reason: 'REVOKED' } });
    for (const instance of [first, second]) expect(await instance.queries.calendarFeedOwner(tokenSha256)).toBeUndefined();
  });
});
