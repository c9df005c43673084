import { RecordedEvent, hashEvent } from '@ledger/event-store-core';
import { STORES_UNDER_TEST, TestLedger, startTestLedger } from '../testing/test-ledger';
import { Tampering, tamperWith } from '../testing/tampering';

/**
 * verifyAuditChain over GraphQL against a store someone tampered with behind the product's back:
 * an edited event fails its own hash, a forged hash breaks the link of the stream's next event, a
 * deleted event breaks the revision sequence at the stream's next event. Restoring the original
 * makes the chain verify again.
 */
const Q = {
  staff: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  register: 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id } }',
  request: 'mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }',
  decide: 'mutation($input: RecordGatewayDecisionInput!) { recordGatewayDecision(input: $input) { id } }',
  risk: 'mutation($input: IdentifyRiskInput!) { identifyRisk(input: $input) { id } }',
  lesson: 'mutation($input: RecordLessonInput!) { recordLesson(input: $input) { id } }',
  verify: '{ verifyAuditChain { ok eventsChecked firstBrokenPosition reason checkedAt } }',
  history: 'query($streamId: String) { decisionHistory(streamId: $streamId) { events { position revision type hash } } }',
};

describe.each(STORES_UNDER_TEST)('verifyAuditChain against a tampered store on %s', (store) => {
  let ledger: TestLedger;
  let admin: string;
  let auditor: string;
  let tampering: Tampering;
  let procurementStream: string;

  const ok = (query: string, variables: Record<string, unknown> = {}, token = admin) => ledger.ok(query, variables, token);
  const verify = () => ok(Q.verify, {}, auditor);
  const log = (): Promise<RecordedEvent[]> => ledger.stores.eventStore.readAll();
  const streamOf = async (streamId: string) => (await log()).filter((e) => e.streamId === streamId);
  const indexOf = async (position: bigint) => (await log()).findIndex((e) => e.position === position);

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    admin = await ledger.adminToken();
    auditor = await ledger.tokenFor('AUDITOR', 'alan.audit@example.gov.uk');
    // One procurement whose four events are interleaved with other streams' events.
    const procurementId = (await ok(Q.register, { input: { title: 'Highways maintenance', estimatedValue: 750_000, riskLevel: 'MEDIUM', politicalInterest: false } })).id;
    procurementStream = `procurement-${procurementId}`;
    const members: string[] = [];
    for (const name of ['Ama Mensah', 'Ben Hughes', 'Cat Doyle']) {
      members.push((await ok(Q.staff, { input: { displayName: name, email: `${name.split(' ')[0].toLowerCase()}@example.gov.uk`, jobTitle: 'Director', department: 'Corporate' } })).id);
    }
    const reviewId = (await ok(Q.request, { input: { procurementId, gateway: 'G1_BUSINESS_CASE', summary: 'Outline business case' } })).id;
    await ok(Q.risk, { input: { title: 'Contractor failure', category: 'SUPPLY_CHAIN_AND_CONTRACTOR_FAILURE', likelihood: 3, impact: 4, reviewEveryMonths: 3 } });
    await ok(Q.decide, { input: { reviewId, outcome: 'APPROVED', conditions: [], rationale: 'Affordable', committeeMemberIds: members } });
    await ok(Q.lesson, { input: { title: 'Engage earlier', whatHappened: 'Few bids', recommendation: 'Engage the market earlier', procurementId } });
    await ok(Q.request, { input: { procurementId, gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Open procedure' } });
    tampering = tamperWith(ledger);
  }, 180_000);
  afterAll(async () => {
    await tampering?.close();
    await ledger?.close();
  });

  it('verifies an untouched log: ok, every event checked, nothing broken', async () => {
    const events = await log();
    expect(events.length).toBeGreaterThan(10);
    const report = await verify();
    expect(report).toMatchObject({ ok: true, eventsChecked: events.length, firstBrokenPosition: null, reason: null });
    expect(Math.abs(new Date(report.checkedAt).getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('counts new events as they are recorded', async () => {
    const before = (await verify()).eventsChecked;
    await ok(Q.risk, { input: { title: 'Inflation', category: 'EXTERNAL_EVENTS', likelihood: 4, impact: 3, reviewEveryMonths: 6 } });
    expect(await verify()).toMatchObject({ ok: true, eventsChecked: before + 1 });
  });

  it('names an event whose data was altered in the database, and verifies again once it is restored', async () => {
    const [registered] = await streamOf(procurementStream);
    expect(registered.type).toBe('ProcurementRegistered');
    await tampering.set(registered.position, 'data', { ...(registered.data as object), estimatedValue: 75_000 });
    const report = await verify();
    expect(report).toMatchObject({ ok: false, firstBrokenPosition: registered.position.toString() });
    expect(report.reason).toMatch(/altered/);
    expect(report.reason).toContain(procurementStream);
    // Everything before the altered event checked out.
    expect(report.eventsChecked).toBe(await indexOf(registered.position));

    await tampering.set(registered.position, 'data', registered.data);
    expect(await verify()).toMatchObject({ ok: true, firstBrokenPosition: null, eventsChecked: (await log()).length });
  });

  it('names an event whose metadata (the actor) was altered', async () => {
    const [, requested] = await streamOf(procurementStream);
    await tampering.set(requested.position, 'metadata', { ...requested.metadata, actorId: 'someone-else' });
    const report = await verify();
    expect(report).toMatchObject({ ok: false, firstBrokenPosition: requested.position.toString() });
    expect(report.reason).toMatch(/altered/);

    await tampering.set(requested.position, 'metadata', requested.metadata);
    expect((await verify()).ok).toBe(true);
  });

  it('names an altered event in the middle of the log, not the first or last one', async () => {
    const events = await log();
    const middle = events[Math.floor(events.length / 2)];
    await tampering.set(middle.position, 'data', { ...(middle.data as object), injected: true });
    expect(await verify()).toMatchObject({ ok: false, firstBrokenPosition: middle.position.toString(), eventsChecked: Math.floor(events.length / 2) });
    await tampering.set(middle.position, 'data', middle.data);
    expect((await verify()).ok).toBe(true);
  });

  it('names the next event of the stream when an event was altered and its own hash forged to match', async () => {
    const [, requested, decided] = await streamOf(procurementStream);
    const data = { ...(requested.data as object), summary: 'Forged summary' };
    const forgedHash = hashEvent(requested.metadata.prevHash, { ...requested, data });
    await tampering.set(requested.position, 'data', data);
    await tampering.set(requested.position, 'metadata', { ...requested.metadata, hash: forgedHash });
    const report = await verify();
    expect(report).toMatchObject({ ok: false, firstBrokenPosition: decided.position.toString() });
    expect(report.reason).toContain(`${procurementStream}@3`);
    expect(report.reason).toMatch(/link/);

    await tampering.set(requested.position, 'data', requested.data);
    await tampering.set(requested.position, 'metadata', requested.metadata);
    expect((await verify()).ok).toBe(true);
  });

  it('names the next event of the same stream when an event was deleted, not the next event of the log', async () => {
    const events = await log();
    const [, requested, decided] = await streamOf(procurementStream);
    const nextInLog = events[events.findIndex((e) => e.position === requested.position) + 1];
    expect(nextInLog.streamId).not.toBe(procurementStream);
    expect(decided.position).toBeGreaterThan(nextInLog.position);

    await tampering.remove(requested.position);
    const report = await verify();
    expect(report).toMatchObject({ ok: false, firstBrokenPosition: decided.position.toString() });
    expect(report.reason).toContain(`${procurementStream}@3`);
    expect(report.reason).toMatch(/missing/);
    // The decision history shows the gap an auditor would then investigate.
    const { events: history } = await ok(Q.history, { streamId: procurementStream }, auditor);
    expect(history.map((e: { revision: number }) => e.revision)).toEqual([1, 3, 4]);
  });
});
