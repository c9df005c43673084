import { TestLedger, startTestLedger } from '../testing/test-ledger';

/**
 * The demo tells eighteen months of the seed authority's story at past instants (issue 12), so
 * "as at" shows time passing, every demo user's home has work on it, and the record still verifies.
 */
const DEMO_PASSWORD = 'demo-ledger-2026';
const Q = {
  verify: '{ verifyAuditChain { ok eventsChecked } }',
  myWork: 'query { myWork { kind title subjectId dueOn overdue } }',
  contracts: 'query($asOf: DateTime) { contracts(asOf: $asOf) { id title status currentValue managers { displayName } variations { status } socialValueCommitments { underDelivered } } }',
  procurements: 'query($asOf: DateTime) { procurements(asOf: $asOf) { title } }',
  staff: 'query($asOf: DateTime) { staffMembers(asOf: $asOf) { displayName } }',
  risks: 'query($asOf: DateTime) { risks(asOf: $asOf) { title score } }',
  measures: 'query { socialValueMeasures { outcome proxyValuePerUnit } }',
};

const monthsAgo = (months: number) => {
  const instant = new Date();
  instant.setUTCMonth(instant.getUTCMonth() - months);
  return instant.toISOString();
};

describe('the demo story on sqlite', () => {
  let ledger: TestLedger;
  let admin: string;
  const as = async (email: string) => ledger.loginAs(email, DEMO_PASSWORD);
  const kindsFor = async (email: string) => ((await ledger.ok(Q.myWork, {}, await as(email))) as { kind: string }[]).map((item) => item.kind);

  beforeAll(async () => {
    ledger = await startTestLedger('sqlite', { DEMO_DATA: true });
    admin = await as('admin@demo.ledger.example');
  }, 120_000);
  afterAll(async () => ledger?.close());

  it('records the story in the past and still verifies: every event chained, none after the load', async () => {
    const verified = await ledger.ok(Q.verify, {}, admin);
    expect(verified.ok).toBe(true);
    const log = await ledger.stores.eventStore.readAll();
    // The first demo event is the claim on the demo (ADR 0021), made at the load itself; the story follows it.
    const [claim, ...demo] = log.filter((event) => event.metadata.actorId === 'demo-data');
    expect(claim.streamId).toMatch(/^unique-/);
    const instants = demo.map((event) => Date.parse(event.metadata.recordedAt));
    expect(Math.min(...instants)).toBeLessThan(Date.parse(monthsAgo(17)));
    expect(Math.max(...instants)).toBeLessThan(Date.now());
    // In story order: the log's order is the order things happened.
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
  });

  it('shows a different picture as at six months ago, a year ago and today', async () => {
    const titles = async (asOf?: string) => ((await ledger.ok(Q.procurements, { asOf }, admin)) as { title: string }[]).map((p) => p.title).sort();
    expect(await titles(monthsAgo(17))).toEqual([]);
    expect(await titles(monthsAgo(12))).toEqual(['Adult skills provision framework, lot 2', 'Bus franchising: advisory services']);
    expect(await titles()).toContain('Office cleaning and facilities');
    const people = async (asOf?: string) => ((await ledger.ok(Q.staff, { asOf }, admin)) as { displayName: string }[]).map((p) => p.displayName);
    expect(await people(monthsAgo(12))).not.toContain('Connor Mills');
    expect(await people()).toContain('Connor Mills');
    const contracts = async (asOf?: string) => (await ledger.ok(Q.contracts, { asOf }, admin)) as { title: string; currentValue: number }[];
    expect(await contracts(monthsAgo(12))).toEqual([]);
    const values = async (asOf?: string) => (await contracts(asOf)).map((c) => c.currentValue).sort((a, b) => a - b);
    expect(await values(monthsAgo(8))).toEqual([78_000, 438_500]);
    // The variation within the threshold took effect; the one over it waits for the procurement lead.
    expect(await values()).toEqual([78_000, 463_500]);
  });

  it('has contracts with a manager, a variation waiting for approval, and social value under-delivered', async () => {
    const [skills] = ((await ledger.ok(Q.contracts, {}, admin)) as any[]).filter((c) => c.title === 'Adult skills provision framework, lot 2');
    expect(skills.managers.map((m: { displayName: string }) => m.displayName)).toEqual(['Connor Mills']);
    expect(skills.variations.map((v: { status: string }) => v.status)).toEqual(['EFFECTIVE', 'PENDING']);
    expect(skills.socialValueCommitments.some((c: { underDelivered: boolean }) => c.underDelivered)).toBe(true);
    const measures = (await ledger.ok(Q.measures, {}, admin)) as { outcome: string; proxyValuePerUnit: number | null }[];
    // Every proxy value the demo sets says it is illustrative.
    expect(measures.filter((m) => m.proxyValuePerUnit !== null).every((m) => m.outcome.includes('illustrative'))).toBe(true);
  });

  it('gives each demo user work to do on their home page', async () => {
    expect(await kindsFor('contract.manager@demo.ledger.example')).toEqual(expect.arrayContaining(['KPI_REPORT_DUE', 'SOCIAL_VALUE_REPORT_DUE', 'CONTRACT_ENDING']));
    expect(await kindsFor('procurement.lead@demo.ledger.example')).toEqual(expect.arrayContaining(['RISK_REVIEW_OVERDUE', 'CONTRACT_ENDING', 'LESSON_ACTION_DUE', 'VARIATION_AWAITING_APPROVAL']));
    expect(await kindsFor('finance.director@demo.ledger.example')).toEqual(['GATEWAY_DECISION_AWAITED']);
    expect(await kindsFor('hr.lead@demo.ledger.example')).toEqual(expect.arrayContaining(['TRAINING_OVERDUE', 'TRAINING_EXPIRING']));
    expect(await kindsFor('officer@demo.ledger.example')).toEqual(expect.arrayContaining(['TRAINING_EXPIRING', 'LESSON_ACTION_DUE']));
    expect(await kindsFor('auditor@demo.ledger.example')).toEqual([]);
  });
});
