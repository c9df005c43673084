import { STORES_UNDER_TEST, TestLedger, startTestLedger } from '../testing/test-ledger';

/**
 * A new HR lead builds the establishment of the seed's procurement team: today 3 filled 1-FTE
 * posts, proposed +1 Contracts Manager and +2 Procurement Officers; then decides, fills, vacates
 * and withdraws, reading the FTE totals after each step.
 */
const PERSON = 'id displayName email erased jobTitle department';
const POST = `id title fte status justification targetYear startDate decisionReason revision holder { ${PERSON} }`;
const ESTABLISHMENT = `query($asOf: DateTime) { establishment(asOf: $asOf) { filledFte approvedFte proposedFte vacantFte posts { ${POST} } } }`;
const REGISTER = `mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { ${PERSON} } }`;
const PROPOSE = `mutation($input: ProposePostInput!) { proposePost(input: $input) { ${POST} } }`;
const DECIDE = `mutation($input: DecidePostInput!) { decidePost(input: $input) { ${POST} } }`;
const FILL = `mutation($input: FillPostInput!) { fillPost(input: $input) { ${POST} } }`;
const VACATE = `mutation($input: VacatePostInput!) { vacatePost(input: $input) { ${POST} } }`;
const WITHDRAW = `mutation($input: WithdrawPostInput!) { withdrawPost(input: $input) { ${POST} } }`;

const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

type Totals = { filledFte: number; approvedFte: number; proposedFte: number; vacantFte: number };

describe.each(STORES_UNDER_TEST)('workforce establishment, as a new HR lead would build it, on %s', (store) => {
  let ledger: TestLedger;
  let hr: string;
  let hrUserId: string;
  const people: Record<string, string> = {};
  const posts: Record<string, string> = {};

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    ({ id: hrUserId, token: hr } = await ledger.userFor('HR_LEAD', 'hana.reed@example.gov.uk', 'Hana Reed'));
  });
  afterAll(async () => ledger?.close());

  const ok = (query: string, variables: Record<string, unknown> = {}) => ledger.ok(query, variables, hr);
  const establishment = async (asOf?: string) => ok(ESTABLISHMENT, { asOf });
  const totals = async (): Promise<Totals> => {
    const { filledFte, approvedFte, proposedFte, vacantFte } = await establishment();
    return { filledFte, approvedFte, proposedFte, vacantFte };
  };
  const postIn = async (id: string) => (await establishment()).posts.find((p: { id: string }) => p.id === id);

  it('registers staff members, emails normalised, listed by name', async () => {
    const register = async (key: string, displayName: string, email: string, jobTitle: string) => {
      const person = await ok(REGISTER, { input: { displayName, email, jobTitle, department: 'Procurement' } });
      expect(person).toMatchObject({ displayName, email: email.toLowerCase(), jobTitle, department: 'Procurement', erased: false });
      people[key] = person.id;
    };
    await register('priya', 'Priya Shah', 'Priya.Shah@Example.gov.uk', 'Procurement & Contracts Manager');
    await register('tom', 'Tom Evans', 'tom.evans@example.gov.uk', 'Procurement Officer');
    await register('alice', 'Alice Brown', 'alice.brown@example.gov.uk', 'Procurement Assistant');
    await register('dan', 'Dan Okafor', 'dan.okafor@example.gov.uk', 'Procurement Officer');
    const listed = await ok(`{ staffMembers { ${PERSON} } }`);
    expect(listed.map((p: { displayName: string }) => p.displayName)).toEqual(['Alice Brown', 'Dan Okafor', 'Priya Shah', 'Tom Evans']);
    expect(listed.find((p: { id: string }) => p.id === people['priya'])).toMatchObject({ email: 'priya.shah@example.gov.uk', erased: false });
  });

  it('starts with an empty establishment', async () => {
    expect(await establishment()).toEqual({ filledFte: 0, approvedFte: 0, proposedFte: 0, vacantFte: 0, posts: [] });
  });

  it('proposes the three current posts and the growth posts: all PROPOSED, counted as proposed FTE only', async () => {
    const propose = async (key: string, title: string, justification: string, targetYear: number) => {
      const post = await ok(PROPOSE, { input: { title, fte: 1, justification, targetYear } });
      expect(post).toMatchObject({ title, fte: 1, status: 'PROPOSED', justification, targetYear, holder: null, startDate: null, decisionReason: null, revision: 1 });
      posts[key] = post.id;
      await tick(); // posts are listed in proposal order: keep the instants distinct
    };
    await propose('manager', 'Procurement & Contracts Manager', 'Existing post: leads the procurement team', 2026);
    await propose('officer', 'Procurement Officer', 'Existing post', 2026);
    await propose('assistant', 'Procurement Assistant', 'Existing post', 2026);
    await propose('contracts', 'Contracts Manager', 'Contract management capacity for the 2027 pipeline', 2027);
    await propose('officerA', 'Procurement Officer', 'Growth: more tenders under the Procurement Act', 2027);
    await propose('officerB', 'Procurement Officer', 'Growth: more tenders under the Procurement Act', 2027);
    expect(await totals()).toEqual({ filledFte: 0, approvedFte: 0, proposedFte: 6, vacantFte: 0 });
    const listed = (await establishment()).posts.map((p: { id: string }) => p.id);
    expect(listed).toEqual(['manager', 'officer', 'assistant', 'contracts', 'officerA', 'officerB'].map((key) => posts[key]));
  });

  it('approves and rejects with reasons: approved posts become vacant FTE, the rejected one counts nowhere', async () => {
    for (const key of ['manager', 'officer', 'assistant', 'contracts', 'officerA']) {
      const post = await ok(DECIDE, { input: { postId: posts[key], approve: true, reason: 'Funded in the 2026/27 budget' } });
      expect(post).toMatchObject({ status: 'APPROVED', decisionReason: 'Funded in the 2026/27 budget', revision: 2 });
    }
    const rejected = await ok(DECIDE, { input: { postId: posts['officerB'], approve: false, reason: 'No funding for a second new officer' } });
    expect(rejected).toMatchObject({ status: 'REJECTED', decisionReason: 'No funding for a second new officer', revision: 2 });
    expect(await totals()).toEqual({ filledFte: 0, approvedFte: 5, proposedFte: 0, vacantFte: 5 });
  });

  it('fills the three current posts with a start date and shows the holders', async () => {
    const fill = async (post: string, person: string, startDate: string) => {
      const filled = await ok(FILL, { input: { postId: posts[post], staffMemberId: people[person], startDate } });
      expect(filled).toMatchObject({ status: 'FILLED', startDate, revision: 3, holder: { id: people[person], erased: false } });
      return filled;
    };
    const manager = await fill('manager', 'priya', '2021-04-01');
    expect(manager.holder).toMatchObject({ displayName: 'Priya Shah', email: 'priya.shah@example.gov.uk', jobTitle: 'Procurement & Contracts Manager' });
    await fill('officer', 'tom', '2023-09-04');
    await fill('assistant', 'alice', '2024-01-08');
    expect(await totals()).toEqual({ filledFte: 3, approvedFte: 5, proposedFte: 0, vacantFte: 2 });
    expect((await postIn(posts['officer'])).holder.displayName).toBe('Tom Evans');
  });

  it('vacates a post when its holder leaves: it stays approved and its FTE becomes vacant', async () => {
    const vacated = await ok(VACATE, { input: { postId: posts['officer'], endDate: '2026-10-31', reason: 'Tom left the authority' } });
    expect(vacated).toMatchObject({ status: 'VACANT', holder: null, startDate: null, revision: 4 });
    expect(await totals()).toEqual({ filledFte: 2, approvedFte: 5, proposedFte: 0, vacantFte: 3 });
  });

  it('fills the vacant post again with a new holder', async () => {
    const refilled = await ok(FILL, { input: { postId: posts['officer'], staffMemberId: people['dan'], startDate: '2026-11-02' } });
    expect(refilled).toMatchObject({ status: 'FILLED', startDate: '2026-11-02', holder: { displayName: 'Dan Okafor' }, revision: 5 });
    expect(await totals()).toEqual({ filledFte: 3, approvedFte: 5, proposedFte: 0, vacantFte: 2 });
  });

  it('counts part-time posts in fractions and withdraws a proposed post from the totals', async () => {
    const proposed = await ok(PROPOSE, { input: { title: 'Social Value Officer', fte: 0.5, justification: 'Social value reporting', targetYear: 2027 } });
    expect(proposed).toMatchObject({ fte: 0.5, status: 'PROPOSED' });
    expect(await totals()).toEqual({ filledFte: 3, approvedFte: 5, proposedFte: 0.5, vacantFte: 2 });
    const withdrawn = await ok(WITHDRAW, { input: { postId: proposed.id, reason: 'Merged into the Contracts Manager role' } });
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', revision: 2 });
    expect(await totals()).toEqual({ filledFte: 3, approvedFte: 5, proposedFte: 0, vacantFte: 2 });
    expect((await establishment()).posts.map((p: { status: string }) => p.status)).toEqual(['FILLED', 'FILLED', 'FILLED', 'APPROVED', 'APPROVED', 'REJECTED', 'WITHDRAWN']);
  });

  it('withdraws an approved but unfilled post: its FTE leaves approved and vacant', async () => {
    const withdrawn = await ok(WITHDRAW, { input: { postId: posts['officerA'], reason: 'Recruitment freeze' } });
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(await totals()).toEqual({ filledFte: 3, approvedFte: 4, proposedFte: 0, vacantFte: 1 });
  });

  it('answers post(id) with the same view as the establishment, and null for an unknown id', async () => {
    const one = await ok(`query($id: ID!) { post(id: $id) { ${POST} } }`, { id: posts['manager'] });
    expect(one).toEqual(await postIn(posts['manager']));
    expect(await ok(`query($id: ID!) { post(id: $id) { id } }`, { id: 'no-such-post' })).toBeNull();
  });

  it('records who did each step: the HR lead as actor with the HR_LEAD role', async () => {
    const events = await ledger.stores.eventStore.readStream(`post-${posts['manager']}`);
    expect(events.map((e) => e.type)).toEqual(['PostProposed', 'PostApproved', 'PostFilled']);
    for (const event of events) expect(event.metadata).toMatchObject({ actorId: hrUserId, actorRoles: ['HR_LEAD'] });
  });

  it('refuses to vacate a post with an end date before its holder started (RULE_VIOLATION)', async () => {
    const before = await ledger.stores.eventStore.headPosition();
    const answer = await ledger.gql(VACATE, { input: { postId: posts['manager'], endDate: '2020-01-01', reason: 'typo' } }, hr);
    expect(answer.errors?.[0].extensions?.code).toBe('RULE_VIOLATION');
    expect(await ledger.stores.eventStore.headPosition()).toBe(before);
    expect((await postIn(posts['manager'])).status).toBe('FILLED');
  });
});
