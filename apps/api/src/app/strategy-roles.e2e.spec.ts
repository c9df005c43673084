import { ROLES, Role } from '@ledger/shared-domain';
import { TestLedger, codeOf, startTestLedger } from '../testing/test-ledger';
import { ukYear } from '../testing/uk-dates';

/**
 * Who may do what in the strategy context. The procurement lead (and admin) assesses maturity,
 * keeps the action plan and generates the strategy update pack; only an admin adds maturity
 * areas. Auditors, the committee and HR read; staff see none of it. A refused command writes nothing.
 */
const WRITERS: Role[] = ['PROCUREMENT_LEAD', 'ADMIN'];
const READERS: Role[] = ['PROCUREMENT_LEAD', 'ADMIN', 'AUDITOR', 'COMMITTEE_MEMBER', 'HR_LEAD'];
const YEAR = ukYear();
const M = {
  assess: 'mutation($input: AssessMaturityInput!) { assessMaturity(input: $input) { year overallScore } }',
  addArea: 'mutation($input: AddMaturityAreaInput!) { addMaturityArea(input: $input) { name } }',
  addItem: 'mutation($input: AddActionPlanItemInput!) { addActionPlanItem(input: $input) { id } }',
  progress: 'mutation($input: RecordActionProgressInput!) { recordActionProgress(input: $input) { id percent } }',
  generate: 'mutation($year: Int!) { generateStrategyUpdatePack(year: $year) { sha256 position } }',
};

interface Context {
  ledger: TestLedger;
  admin: string;
}
async function asAdmin(c: Context, query: string, variables: Record<string, unknown>): Promise<any> {
  const answer = await c.ledger.gql(query, variables, c.admin);
  if (answer.errors) throw new Error(`fixture failed: ${JSON.stringify(answer.errors)}`);
  return Object.values(answer.data ?? {})[0];
}
const item = async (c: Context, n: string) => (await asAdmin(c, M.addItem, { input: { area: 'Developing talent', description: `Action ${n}`, targetYear: YEAR } })).id as string;

type Variables = (c: Context, n: string) => Promise<Record<string, unknown>>;
/** Every strategy mutation, with valid input built fresh for each call: only the role can stop it. */
const MUTATIONS: [string, string, Role[], Variables][] = [
  ['assessMaturity', M.assess, WRITERS, async (_, n) => ({ input: { year: YEAR, area: 'Adding value', level: 'DEVELOPING', evidence: `Assessed by ${n}` } })],
  ['addMaturityArea', M.addArea, ['ADMIN'], async (_, n) => ({ input: { name: `Area of ${n}`, theme: 'Enablers' } })],
  ['addActionPlanItem', M.addItem, WRITERS, async (_, n) => ({ input: { area: 'Working with partners', description: `Action by ${n}`, targetYear: YEAR + 1 } })],
  ['recordActionProgress', M.progress, WRITERS, async (c, n) => ({ input: { itemId: await item(c, n), percent: 25, note: `Progress by ${n}` } })],
  // The pack is recorded only when its content changed: a fresh action plan item changes it.
  ['generateStrategyUpdatePack', M.generate, WRITERS, async (c, n) => (await item(c, n), { year: YEAR })],
];

const QUERIES: [string, string, Record<string, unknown>][] = [
  ['maturityAssessment', 'query($year: Int!) { maturityAssessment(year: $year) { overallScore previousYear { year } } }', { year: YEAR }],
  ['maturityAreas', '{ maturityAreas { name } }', {}],
  ['actionPlan', '{ actionPlan { id } }', {}],
  ['strategyUpdatePack', 'query($year: Int!) { strategyUpdatePack(year: $year) { sha256 } }', { year: YEAR }],
  ['strategyUpdatePackHistory', 'query($year: Int!) { strategyUpdatePackHistory(year: $year) { sha256 } }', { year: YEAR }],
];

describe('strategy roles over GraphQL and HTTP on sqlite', () => {
  const c = {} as Context;
  const tokens = {} as Record<Role, string>;
  let markdownUrl: string;
  const head = () => c.ledger.head();

  beforeAll(async () => {
    c.ledger = await startTestLedger('sqlite');
    c.admin = await c.ledger.adminToken();
    tokens.ADMIN = c.admin;
    for (const role of ROLES.filter((r) => r !== 'ADMIN')) {
      tokens[role] = await c.ledger.tokenFor(role, `${role.toLowerCase()}@example.gov.uk`);
    }
    await asAdmin(c, M.assess, { input: { year: YEAR - 1, area: 'Developing talent', level: 'MINIMUM', evidence: 'Baseline' } });
    await asAdmin(c, M.assess, { input: { year: YEAR, area: 'Developing talent', level: 'DEVELOPING', evidence: 'Matrix in place' } });
    await item(c, 'fixture');
    const pack = await c.ledger.gql(`mutation { generateStrategyUpdatePack(year: ${YEAR}) { downloads { format url } } }`, {}, c.admin);
    markdownUrl = (pack.data?.['generateStrategyUpdatePack'] as { downloads: { url: string }[] }).downloads[0].url;
  });
  afterAll(async () => c.ledger?.close());

  const cases = MUTATIONS.flatMap(([name, query, allowed, variables]) => ROLES.map((role) => [name, role, allowed.includes(role), query, variables] as const));
  it.each(cases)('%s by %s: allowed=%s', async (name, role, allowed, query, variables) => {
    const input = await variables(c, `${name} ${role}`);
    const before = await head();
    const answer = await c.ledger.gql(query, input, tokens[role]);
    if (allowed) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.[name]).toBeTruthy();
      expect(await head()).toBeGreaterThan(before);
    } else {
      expect(codeOf(answer)).toBe('FORBIDDEN');
      expect(answer.data?.[name] ?? null).toBeNull();
      expect(await head()).toBe(before);
    }
  });

  const reads = QUERIES.flatMap(([name, query, variables]) => ROLES.map((role) => [name, role, READERS.includes(role), query, variables] as const));
  it.each(reads)('query %s by %s: allowed=%s', async (name, role, allowed, query, variables) => {
    const answer = await c.ledger.gql(query, variables, tokens[role]);
    if (allowed) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.[name]).toBeTruthy();
    } else {
      expect(codeOf(answer)).toBe('FORBIDDEN');
      expect(answer.data?.[name] ?? null).toBeNull();
    }
  });

  it.each(ROLES.map((role) => [role, READERS.includes(role)] as const))('pack download by %s: allowed=%s', async (role, allowed) => {
    const response = await fetch(`${c.ledger.url}${markdownUrl}`, { headers: { authorization: `Bearer ${tokens[role]}` } });
    expect(response.status).toBe(allowed ? 200 : 403);
  });

  const anonymous = [
    ...QUERIES.map(([name, query, variables]) => [`query ${name}`, query, async () => variables] as const),
    ...MUTATIONS.map(([name, query, , variables]) => [`mutation ${name}`, query, () => variables(c, `anonymous ${name}`)] as const),
  ];
  it.each(anonymous)('answers %s without a token with UNAUTHENTICATED and writes nothing', async (_, query, variables) => {
    const input = await variables();
    const before = await head();
    const answer = await c.ledger.gql(query, input);
    expect(codeOf(answer)).toBe('UNAUTHENTICATED');
    expect(await head()).toBe(before);
  });

  it('records who generated a pack, with their role', async () => {
    await item(c, 'metadata');
    const leadId = (await c.ledger.gql('{ me { id } }', {}, tokens.PROCUREMENT_LEAD)).data?.['me'].id;
    const before = await head();
    await c.ledger.gql(M.generate, { year: YEAR }, tokens.PROCUREMENT_LEAD);
    const [event] = await c.ledger.stores.eventStore.readAll({ from: before + 1n });
    expect(event).toMatchObject({ type: 'StrategyUpdatePackGenerated', data: { generatedBy: leadId }, metadata: { actorId: leadId, actorRoles: ['PROCUREMENT_LEAD'] } });
  });
});
