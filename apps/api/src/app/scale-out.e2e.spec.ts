import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LedgerConfig } from '@ledger/runtime';
import { ADMIN, GraphQLResponse, StoreUnderTest, TestLedger, codeOf, startTestLedger } from '../testing/test-ledger';

// Two API instances on one store: how a user scales out or adds a standby (ADR 0021). On PostgreSQL
// they share the schema; on EventStoreDB they share the server's streams (one namespace) and keep
// their read models and personal-data keys in one PostgreSQL schema (ADR 0040). They also share the
// key files (the KEK is checked against the store) and the JWT secret, so a token from one is good
// on the other, as behind a load balancer.

const Q = {
  register: `mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id email } }`,
  define: 'mutation($input: DefineCompetencyInput!) { defineCompetency(input: $input) { id name } }',
  createUser: `mutation($email: String!, $displayName: String!, $password: String!, $roles: [Role!]!) {
    createUser(email: $email, displayName: $displayName, password: $password, roles: $roles) { id email }
  }`,
  staff: '{ staffMembers { id email } }',
  competencies: '{ competencies { id name } }',
  users: '{ users { id email roles } }',
  change: 'mutation($input: ChangeStaffMemberDetailsInput!) { changeStaffMemberDetails(input: $input) { id jobTitle } }',
  erase: 'mutation($id: ID!) { erasePersonalData(staffMemberId: $id, reason: "Left the authority") { id } }',
};
const DESCRIPTORS = ['None', 'Aware', 'Supported', 'Unaided', 'Expert'];
const ROUNDS = 20;
/** Fewer for accounts: each registration hashes a password, deliberately slow. */
const USER_ROUNDS = 10;

function sharedStore(): { overrides: Partial<LedgerConfig>; dispose(): void } {
  const keysDir = mkdtempSync(join(tmpdir(), 'ledger-scale-out-keys-'));
  const id = randomBytes(5).toString('hex');
  return {
    overrides: { POSTGRES_SCHEMA: `e2e_${id}`, EVENTSTOREDB_NAMESPACE: `scale-out-${id}-`, LEDGER_KEYS_DIR: keysDir, JWT_SECRET: randomBytes(32).toString('hex') },
    dispose: () => rmSync(keysDir, { recursive: true, force: true }),
  };
}

/** Exactly one of two racing answers was accepted; the other was refused with `code`. */
function expectOneAccepted(answers: GraphQLResponse[], code: string): void {
  const accepted = answers.filter((answer) => !answer.errors && answer.data);
  const refused = answers.filter((answer) => answer.errors);
  expect({ accepted: accepted.length, refused: refused.map(codeOf) }).toEqual({ accepted: 1, refused: [code] });
}

/** EventStoreDB cannot run on every machine: its run is reported skipped, with the reason, unless EVENTSTOREDB_URL names a server. */
const RUNS: { store: StoreUnderTest; name: string; runs: boolean }[] = [
  { store: 'postgres', name: 'two instances on one PostgreSQL schema', runs: true },
  {
    store: 'eventstoredb',
    name: `two instances on one EventStoreDB, read models and keys in one PostgreSQL schema${process.env['EVENTSTOREDB_URL'] ? '' : ' (skipped: set EVENTSTOREDB_URL to run)'}`,
    runs: !!process.env['EVENTSTOREDB_URL'],
  },
];

for (const { store, name, runs } of RUNS) (runs ? describe : describe.skip)(name, () => {

  describe('racing the same unique value at both', () => {
    const shared = sharedStore();
    let first: TestLedger;
    let second: TestLedger;
    let token: string;

    beforeAll(async () => {
      first = await startTestLedger(store, shared.overrides);
      second = await startTestLedger(store, shared.overrides);
      token = await first.adminToken();
    }, 180_000);
    afterAll(async () => {
      await second?.close();
      await first?.close();
      shared.dispose();
    });

    it(`accepts a staff email once in ${ROUNDS} rounds; the other is refused as RULE_VIOLATION`, async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const email = `race.${round}.${randomBytes(3).toString('hex')}@example.gov.uk`;
        const input = (displayName: string) => ({ displayName, email, jobTitle: 'Procurement Officer', department: 'Procurement' });
        // The same address in another case is the same address.
        expectOneAccepted(await Promise.all([first.gql(Q.register, { input: input('Jo Bloggs') }, token), second.gql(Q.register, { input: { ...input('Jo Blogs'), email: email.toUpperCase() } }, token)]), 'RULE_VIOLATION');
      }
      const emails = ((await second.ok(Q.staff, {}, token)) as { email: string }[]).map((person) => person.email).filter((email) => email.startsWith('race.'));
      expect(emails).toHaveLength(ROUNDS);
      expect(new Set(emails).size).toBe(ROUNDS);
    });

    it(`accepts a user email once in ${USER_ROUNDS} rounds, and that user signs in through either instance`, async () => {
      const emails: string[] = [];
      for (let round = 0; round < USER_ROUNDS; round++) {
        const email = `race.user.${round}.${randomBytes(3).toString('hex')}@example.gov.uk`;
        emails.push(email);
        const user = (password: string) => ({ email, displayName: 'Racing User', password, roles: ['STAFF'] });
        expectOneAccepted(await Promise.all([first.gql(Q.createUser, user('first passphrase is long'), token), second.gql(Q.createUser, user('second passphrase is long'), token)]), 'RULE_VIOLATION');
      }
      const users = ((await first.ok(Q.users, {}, token)) as { email: string }[]).filter((user) => emails.includes(user.email));
      expect(users).toHaveLength(USER_ROUNDS);
      // A duplicated email used to leave its account unable to sign in: exactly one password works.
      const last = emails[USER_ROUNDS - 1];
      const signIns = await Promise.all(
        ['first passphrase is long', 'second passphrase is long'].flatMap((password) => [first, second].map((ledger) => ledger.loginAs(last, password).then(() => password, () => null))),
      );
      const accepted = signIns.filter((password) => password !== null);
      expect(accepted).toHaveLength(2);
      expect(new Set(accepted).size).toBe(1);
    }, 180_000);

    it(`accepts a competency name once in ${ROUNDS} rounds`, async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const name = `Racing competency ${round} ${randomBytes(3).toString('hex')}`;
        const input = (category: string) => ({ name, category, levelDescriptors: DESCRIPTORS });
        expectOneAccepted(await Promise.all([first.gql(Q.define, { input: input('First') }, token), second.gql(Q.define, { input: { ...input('Second'), name: `  ${name.toLowerCase()} ` } }, token)]), 'RULE_VIOLATION');
      }
      const names = ((await first.ok(Q.competencies, {}, token)) as { name: string }[]).filter((competency) => competency.name.toLowerCase().startsWith('racing competency'));
      expect(names).toHaveLength(ROUNDS);
    });

    it('still refuses a duplicate sent to one instance after the other recorded the value, writing nothing', async () => {
      const email = `sequential.${randomBytes(3).toString('hex')}@example.gov.uk`;
      await first.ok(Q.register, { input: { displayName: 'Pat Lee', email, jobTitle: 'Buyer', department: 'Procurement' } }, token);
      await second.refused('RULE_VIOLATION', Q.register, { input: { displayName: 'Pat Lee', email, jobTitle: 'Buyer', department: 'Procurement' } }, token);
    });

    it('reads its own writes through the other instance, straight after the mutation', async () => {
      for (const [writer, reader] of [
        [first, second],
        [second, first],
      ]) {
        const email = `ryw.${randomBytes(4).toString('hex')}@example.gov.uk`;
        const written = await writer.ok(Q.register, { input: { displayName: 'Read Your Writes', email, jobTitle: 'Buyer', department: 'Procurement' } }, token);
        // The writer waited for the shared read models; the reader sees what the writer's runner (or its own) folded.
        const seen = (await reader.ok(Q.staff, {}, token)) as { id: string }[];
        expect(seen.map((person) => person.id)).toContain(written.id);
      }
    });

    it('never answers from a cached page after the other instance changed it: an edit, then an erasure (ADR 0035)', async () => {
      const email = `cached.${randomBytes(4).toString('hex')}@example.gov.uk`;
      const person = (await first.ok(Q.register, { input: { displayName: 'Cached Person', email, jobTitle: 'Buyer', department: 'Procurement' } }, token)) as { id: string };
      const page = `{ skillsMatrix(limit: 500, department: "Procurement") { rows { staffMember { id displayName email erased jobTitle } } } }`;
      const rowOf = async (ledger: TestLedger) =>
        ((await ledger.ok(page, {}, token)) as { rows: { staffMember: { id: string; displayName: string; email: string | null; erased: boolean; jobTitle: string } }[] }).rows.find(
          (row) => row.staffMember.id === person.id,
        )?.staffMember;
      // The second instance reads the page twice: the second answer comes from its cache.
      expect(await rowOf(second)).toMatchObject({ displayName: 'Cached Person', email, jobTitle: 'Buyer' });
      expect(await rowOf(second)).toMatchObject({ displayName: 'Cached Person', email, jobTitle: 'Buyer' });
      await first.ok(Q.change, { input: { staffMemberId: person.id, jobTitle: 'Senior Buyer', reason: 'Promoted' } }, token);
      expect(await rowOf(second)).toMatchObject({ jobTitle: 'Senior Buyer' });
      await first.ok(Q.erase, { id: person.id }, token);
      const erased = await rowOf(second);
      expect(erased).toMatchObject({ erased: true, email: null });
      expect(JSON.stringify(await second.ok(page, {}, token))).not.toContain(email);
    });
    it("refuses a signed-in user's token on the other instance at the very next request after they are disabled there, and shows new roles at once (the guard's cached account)", async () => {
      const { id, token: userToken } = await first.userFor('STAFF', `guarded.${randomBytes(4).toString('hex')}@example.gov.uk`);
      const me = '{ me { id roles } }';
      // Twice on the second instance: the second check answers from its cached account.
      expect(await second.ok(me, {}, userToken)).toEqual({ id, roles: ['STAFF'] });
      expect(await second.ok(me, {}, userToken)).toEqual({ id, roles: ['STAFF'] });
      await first.ok('mutation($userId: ID!, $roles: [Role!]!) { changeUserRoles(userId: $userId, roles: $roles) { id } }', { userId: id, roles: ['STAFF', 'AUDITOR'] }, token);
      expect(((await second.ok(me, {}, userToken)) as { roles: string[] }).roles.sort()).toEqual(['AUDITOR', 'STAFF']);
      await first.ok('mutation($userId: ID!) { disableUser(userId: $userId, reason: "Left the authority") { id } }', { userId: id }, token);
      expect(codeOf(await second.gql(me, {}, userToken))).toBe('UNAUTHENTICATED');
    });
  });

  describe('starting together on an empty schema with ADMIN_EMAIL and DEMO_DATA', () => {
    const shared = sharedStore();
    let ledgers: TestLedger[] = [];

    beforeAll(async () => {
      ledgers = await Promise.all([startTestLedger(store, { ...shared.overrides, DEMO_DATA: true }), startTestLedger(store, { ...shared.overrides, DEMO_DATA: true })]);
    }, 180_000);
    afterAll(async () => {
      for (const ledger of ledgers) await ledger.close();
      shared.dispose();
    });

    it('creates the administrator once and loads the demo once', async () => {
      const [first, second] = ledgers;
      const token = await second.adminToken();
      const users = (await first.ok(Q.users, {}, token)) as { email: string }[];
      const emails = users.map((user) => user.email);
      expect(emails.filter((email) => email === ADMIN.email)).toHaveLength(1);
      expect(emails.filter((email) => email.endsWith('@demo.ledger.example')).length).toBeGreaterThan(0);
      expect(new Set(emails).size).toBe(emails.length);
      const staff = (await second.ok(Q.staff, {}, token)) as { email: string }[];
      expect(staff.length).toBeGreaterThan(0);
      expect(new Set(staff.map((person) => person.email)).size).toBe(staff.length);
      const competencies = (await first.ok(Q.competencies, {}, token)) as { name: string }[];
      expect(new Set(competencies.map((competency) => competency.name)).size).toBe(competencies.length);
    });
  });
});
