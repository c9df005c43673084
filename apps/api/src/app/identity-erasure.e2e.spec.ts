import { existsSync, readFileSync } from 'node:fs';
import * as argon2 from 'argon2';
import { commandMetadata } from '@ledger/event-store-core/testing';
import { ReadSide, readTable } from '@ledger/shared-api';
import { STORES_UNDER_TEST, TestLedger, USER_PASSWORD, codeOf, startTestLedger } from '../testing/test-ledger';

/**
 * Erasable accounts (ADR 0020): a user's sign-in email and name are sealed with the account's own
 * key. Erasing a person who has an account erases the account too; an administrator can erase an
 * account that is not staff. Afterwards the name and email are nowhere: not in GraphQL answers, the
 * history, the exports, nor the store's own bytes; and the account cannot sign in.
 */
const USER = 'id email displayName roles disabled erased';
const Q = {
  registerStaff: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  eraseStaff: 'mutation($id: ID!) { erasePersonalData(staffMemberId: $id, reason: "Left the authority; retention period over") { id displayName erased } }',
  createUser: `mutation($email: String!, $displayName: String!, $password: String!, $roles: [Role!]!) { createUser(email: $email, displayName: $displayName, password: $password, roles: $roles) { ${USER} } }`,
  eraseUser: `mutation($userId: ID!, $commandId: ID) { eraseUserPersonalData(userId: $userId, reason: "Contract ended; asked to be forgotten", commandId: $commandId) { ${USER} } }`,
  users: `{ users { ${USER} } }`,
  me: `{ me { ${USER} } }`,
  history: 'query($from: String) { decisionHistory(limit: 1000, from: $from) { events { streamId type actorId data } nextFrom } }',
  timeline: 'query($id: ID!) { personTimeline(staffMemberId: $id) { events { type data } } }',
  changeRoles: 'mutation($userId: ID!) { changeUserRoles(userId: $userId, roles: [ADMIN]) { id } }',
  resetPassword: 'mutation($userId: ID!) { resetUserPassword(userId: $userId, newPassword: "another long passphrase") { id } }',
  login: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
};
const PRIYA = { name: 'Priya Ramaswamy', email: 'priya.ramaswamy@example.gov.uk' };
const OLU = { name: 'Olumide Contractor', email: 'olumide.contractor@example.gov.uk' };
const reveals = (text: string, who: { name: string; email: string }) => {
  const [first, last] = who.name.toLowerCase().split(' ');
  const lower = text.toLowerCase();
  return lower.includes(first) || lower.includes(last) || lower.includes(who.email);
};
const EXPORTS = [
  'workforce/exports/skills-matrix',
  'workforce/exports/training-register',
  'workforce/exports/establishment',
  'gateway/exports/gateway-log',
  'lessons/exports/lessons-log',
  'risks/exports/risk-register',
];

describe.each(STORES_UNDER_TEST)('erasable accounts on %s', (store) => {
  let ledger: TestLedger;
  let admin: string;
  let hr: string;
  let priyaStaffId: string;
  let priyaUserId: string;
  let oluUserId: string;

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    admin = await ledger.adminToken();
    hr = await ledger.tokenFor('HR_LEAD', 'hana.reed@example.gov.uk', 'Hana Reed');
    priyaStaffId = (await ledger.ok(Q.registerStaff, { input: { displayName: PRIYA.name, email: PRIYA.email, jobTitle: 'Procurement Officer', department: 'Procurement' } }, hr)).id;
    priyaUserId = (await ledger.ok(Q.createUser, { email: PRIYA.email, displayName: PRIYA.name, password: USER_PASSWORD, roles: ['STAFF'] }, admin)).id;
    oluUserId = (await ledger.ok(Q.createUser, { email: OLU.email, displayName: OLU.name, password: USER_PASSWORD, roles: ['AUDITOR'] }, admin)).id;
    // Both act once, so their ids are on the record as actors.
    const priya = await ledger.loginAs(PRIYA.email, USER_PASSWORD);
    expect((await ledger.ok(Q.me, {}, priya)).displayName).toBe(PRIYA.name);
    await ledger.ok('mutation { changeOwnPassword(currentPassword: "a long enough passphrase", newPassword: "a longer enough passphrase") }', {}, priya);
    await ledger.ok('mutation { changeOwnPassword(currentPassword: "a long enough passphrase", newPassword: "a longer enough passphrase") }', {}, await ledger.loginAs(OLU.email, USER_PASSWORD));
  }, 120_000);
  afterAll(async () => ledger?.close());

  /** Every event of the log as an auditor reads it over GraphQL, personal data opened. */
  const wholeHistory = async (): Promise<string> => {
    const pages: unknown[] = [];
    let from: string | null = null;
    do {
      const page: { events: unknown[]; nextFrom: string | null } = await ledger.ok(Q.history, { from }, admin);
      pages.push(...page.events);
      from = page.nextFrom;
    } while (from);
    return JSON.stringify(pages);
  };
  const download = async (path: string, format: 'csv' | 'xlsx') => {
    const response = await fetch(`${ledger.url}/api/${path}?format=${format}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(response.status).toBe(200);
    return JSON.stringify(await readTable(Buffer.from(await response.arrayBuffer()), format));
  };
  it('shows the accounts by name before erasure, yet records their email and name only sealed, with a lookup hash', async () => {
    const users = await ledger.ok(Q.users, {}, admin);
    expect(users.find((u: { id: string }) => u.id === priyaUserId)).toMatchObject({ email: PRIYA.email, displayName: PRIYA.name, erased: false, disabled: false });
    const [registered] = await ledger.stores.eventStore.readStream(`user-${priyaUserId}`);
    expect(registered.type).toBe('UserRegistered');
    expect(registered.data).toMatchObject({ email: expect.stringMatching(new RegExp(`^pii:v1:${priyaUserId}:`)), displayName: expect.stringMatching(/^pii:v1:/), emailLookup: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(reveals(JSON.stringify((await ledger.stores.eventStore.readAll()).map((e) => e.data)), PRIYA)).toBe(false);
    expect(reveals(JSON.stringify(await ledger.stores.readModels.list('identity.users')), PRIYA)).toBe(false);
  });

  it('erasing the person erases her account: disabled, shown as an erased user, the erasure on the record', async () => {
    expect(await ledger.ok(Q.eraseStaff, { id: priyaStaffId }, hr)).toMatchObject({ erased: true });
    const users = await ledger.ok(Q.users, {}, admin);
    expect(users.find((u: { id: string }) => u.id === priyaUserId)).toEqual({ id: priyaUserId, email: '', displayName: 'Erased user', roles: ['STAFF'], disabled: true, erased: true });
    expect(reveals(JSON.stringify(users), PRIYA)).toBe(false);
    const types = (await ledger.stores.eventStore.readStream(`user-${priyaUserId}`)).map((e) => e.type);
    expect(types.slice(-2)).toEqual(['UserPersonalDataErased', 'UserDisabled']);
  });

  it('refuses her sign-in, with the message every failed sign-in gets', async () => {
    const answer = await ledger.gql(Q.login, { email: PRIYA.email, password: 'a longer enough passphrase' });
    expect(codeOf(answer)).toBe('UNAUTHENTICATED');
  });

  it('an administrator erases an account that is not staff; nobody else may', async () => {
    expect(codeOf(await ledger.gql(Q.eraseUser, { userId: oluUserId }, hr))).toBe('FORBIDDEN');
    const erased = await ledger.ok(Q.eraseUser, { userId: oluUserId }, admin);
    expect(erased).toEqual({ id: oluUserId, email: '', displayName: 'Erased user', roles: ['AUDITOR'], disabled: true, erased: true });
    expect(codeOf(await ledger.gql(Q.login, { email: OLU.email, password: 'a longer enough passphrase' }))).toBe('UNAUTHENTICATED');
  });

  it('erasing an account again records nothing; its roles and password can no longer change', async () => {
    const before = await ledger.head();
    expect(await ledger.ok(Q.eraseUser, { userId: oluUserId }, admin)).toMatchObject({ erased: true });
    expect(await ledger.head()).toBe(before);
    await ledger.refused('RULE_VIOLATION', Q.changeRoles, { userId: oluUserId }, admin);
    await ledger.refused('RULE_VIOLATION', Q.resetPassword, { userId: oluUserId }, admin);
  });

  it('names neither of them in the users list, the history or the person timeline', async () => {
    const answers = [JSON.stringify(await ledger.ok(Q.users, {}, admin)), await wholeHistory(), JSON.stringify(await ledger.ok(Q.timeline, { id: priyaStaffId }, admin))];
    for (const answer of answers) {
      expect(reveals(answer, PRIYA)).toBe(false);
      expect(reveals(answer, OLU)).toBe(false);
    }
    // Their actions stay on the record, under their ids.
    const history = await wholeHistory();
    expect(history).toContain(priyaUserId);
    expect(history).toContain('UserPersonalDataErased');
  });

  it.each(EXPORTS)('names neither of them in the %s export, as CSV or XLSX', async (path) => {
    for (const format of ['csv', 'xlsx'] as const) {
      const table = await download(path, format);
      expect(reveals(table, PRIYA)).toBe(false);
      expect(reveals(table, OLU)).toBe(false);
    }
  });

  it('keeps them erased after a restart, when the read models are read back from the store', async () => {
    ledger = await ledger.restart();
    admin = await ledger.adminToken();
    const users = await ledger.ok(Q.users, {}, admin);
    expect(users.filter((u: { erased: boolean }) => u.erased).map((u: { id: string }) => u.id).sort()).toEqual([priyaUserId, oluUserId].sort());
    expect(reveals(JSON.stringify(users), PRIYA)).toBe(false);
    expect(codeOf(await ledger.gql(Q.login, { email: PRIYA.email, password: 'a longer enough passphrase' }))).toBe('UNAUTHENTICATED');
  });

  it('an account registered before sealing (email in clear) still signs in, and once erased is hidden in every answer', async () => {
    // As the log of an installation from before ADR 0020 holds it: no lookup hash, email and name in clear.
    const legacyId = 'legacy-0000-4000-8000-000000000001';
    const { position } = await ledger.stores.eventStore.append(
      `user-${legacyId}`,
      [{ type: 'UserRegistered', data: { userId: legacyId, email: 'oldfield.b@example.gov.uk', displayName: 'Oldfield Brackenbury', passwordHash: await argon2.hash(USER_PASSWORD, { type: argon2.argon2id }), roles: ['AUDITOR'] } }],
      { expectedRevision: 0, command: commandMetadata() },
    );
    await ledger.app.get(ReadSide).waitFor(position);
    const token = await ledger.loginAs('Oldfield.B@example.gov.uk', USER_PASSWORD);
    expect(await ledger.ok(Q.me, {}, token)).toMatchObject({ id: legacyId, email: 'oldfield.b@example.gov.uk', displayName: 'Oldfield Brackenbury', erased: false });

    await ledger.ok(Q.eraseUser, { userId: legacyId }, admin);
    // A session token issued before the erasure stops working at once (the guard reads the account on every request).
    expect(codeOf(await ledger.gql(Q.me, {}, token))).toBe('UNAUTHENTICATED');
    const OLD = { name: 'Oldfield Brackenbury', email: 'oldfield.b@example.gov.uk' };
    expect(codeOf(await ledger.gql(Q.login, { email: OLD.email, password: USER_PASSWORD }))).toBe('UNAUTHENTICATED');
    expect(reveals(JSON.stringify(await ledger.ok(Q.users, {}, admin)), OLD)).toBe(false);
    // The old event cannot be scrubbed from an immutable log (ADR 0020), but no answer shows it.
    expect(reveals(await wholeHistory(), OLD)).toBe(false);
    expect(reveals(JSON.stringify((await ledger.stores.eventStore.readStream(`user-${legacyId}`)).map((e) => e.data)), OLD)).toBe(true);
  });

  if (store === 'sqlite') {
    it('leaves neither name nor email in the SQLite files: only their sealed forms', async () => {
      const path = (ledger.stores.describe.match(/(\/\S+\.sqlite)/) ?? [])[1];
      expect(path).toBeDefined();
      const bytes = ['', '-wal', '-journal'].map((suffix) => `${path}${suffix}`).filter(existsSync).map((file) => readFileSync(file).toString('latin1')).join('\n');
      expect(bytes).toContain(`pii:v1:${priyaUserId}:`);
      expect(reveals(bytes, PRIYA)).toBe(false);
      expect(reveals(bytes, OLU)).toBe(false);
    });
  }
});
