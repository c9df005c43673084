import { STORES_UNDER_TEST, TestLedger, startTestLedger } from '../testing/test-ledger';
import { Tampering, rewriteWithRecomputedHashes, tamperWith } from '../testing/tampering';

/**
 * Signed checkpoints over GraphQL (ADR 0018): what the hash chains cannot see, a rewrite with every
 * hash recomputed, the checkpoints name; and only auditors and administrators sign them.
 */
const Q = {
  staff: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  register: 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id } }',
  request: 'mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }',
  decide: 'mutation($input: RecordGatewayDecisionInput!) { recordGatewayDecision(input: $input) { id } }',
  risk: 'mutation($input: IdentifyRiskInput!) { identifyRisk(input: $input) { id } }',
  sign: 'mutation { signLogCheckpoint { treeSize rootHash signedAt keyId reason signature recorded publicKey } }',
  publicKey: '{ logCheckpointPublicKey }',
  verify: '{ verifyAuditChain { ok eventsChecked firstBrokenPosition reason checkpointsChecked eventsAfterLatestCheckpoint latestCheckpoint { treeSize rootHash keyId reason } } }',
};

describe.each(STORES_UNDER_TEST)('signed checkpoints of the log on %s', (store) => {
  let ledger: TestLedger;
  let admin: string;
  let auditor: string;
  let tampering: Tampering;
  let procurementId: string;

  const ok = (query: string, variables: Record<string, unknown> = {}, token = admin) => ledger.ok(query, variables, token);

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    admin = await ledger.adminToken();
    auditor = await ledger.tokenFor('AUDITOR', 'alan.audit@example.gov.uk');
    procurementId = (await ok(Q.register, { input: { title: 'Cleaning services', estimatedValue: 750_000, riskLevel: 'MEDIUM', politicalInterest: false } })).id;
    const members: string[] = [];
    for (const name of ['Ama Mensah', 'Ben Hughes', 'Cat Doyle']) {
      members.push((await ok(Q.staff, { input: { displayName: name, email: `${name.split(' ')[0].toLowerCase()}@example.gov.uk`, jobTitle: 'Director', department: 'Corporate' } })).id);
    }
    const reviewId = (await ok(Q.request, { input: { procurementId, gateway: 'G1_BUSINESS_CASE', summary: 'Outline business case' } })).id;
    await ok(Q.decide, { input: { reviewId, outcome: 'DEFERRED', conditions: [], rationale: 'No modern slavery assessment', committeeMemberIds: members } });
    tampering = tamperWith(ledger);
  }, 180_000);
  afterAll(async () => {
    await tampering?.close();
    await ledger?.close();
  });

  it('lets only auditors and administrators sign, and says when nothing is new', async () => {
    const staffToken = await ledger.tokenFor('STAFF', 'sam.staff@example.gov.uk');
    await ledger.refused('FORBIDDEN', Q.sign, {}, staffToken);

    const signed = await ok(Q.sign, {}, auditor);
    const events = await ledger.stores.eventStore.readAll();
    expect(signed).toMatchObject({ reason: 'on-demand', recorded: true, keyId: ledger.stores.keys.checkpointSigning.keyId, treeSize: events.length - 1 });
    expect(signed.publicKey).toBe(await ok(Q.publicKey, {}, auditor));
    expect(events.at(-1)).toMatchObject({ streamId: 'log-checkpoints', type: 'LogCheckpointSigned', metadata: expect.objectContaining({ actorRoles: ['AUDITOR'] }) });

    const history = await ok('{ decisionHistory(streamId: "log-checkpoints") { events { type data } } }', {}, auditor);
    expect(JSON.parse(history.events[0].data)).toMatchObject({ treeSize: signed.treeSize, rangeEventHashes: `${signed.treeSize} event hashes (see ledger export)` });

    const again = await ok(Q.sign, {}, admin);
    expect(again).toMatchObject({ recorded: false, rootHash: signed.rootHash, signature: signed.signature });
    expect(await ok(Q.verify, {}, auditor)).toMatchObject({ ok: true, checkpointsChecked: 1, eventsAfterLatestCheckpoint: 0, latestCheckpoint: { treeSize: signed.treeSize, rootHash: signed.rootHash } });
  });

  it('names a decision rewritten in the database with every hash recomputed', async () => {
    await ok(Q.risk, { input: { title: 'Supplier insolvency', category: 'SUPPLY_CHAIN_AND_CONTRACTOR_FAILURE', likelihood: 2, impact: 4, reviewEveryMonths: 6 } });
    expect(await ok(Q.verify, {}, auditor)).toMatchObject({ ok: true, eventsAfterLatestCheckpoint: 1 });

    const decision = (await ledger.stores.eventStore.readStream(`procurement-${procurementId}`)).find((event) => event.type === 'GatewayDecisionRecorded');
    if (!decision) throw new Error('the decision was not recorded');
    await rewriteWithRecomputedHashes(tampering, ledger.stores.eventStore, decision, { ...(decision.data as object), outcome: 'APPROVED' });

    const report = await ok(Q.verify, {}, auditor);
    expect(report).toMatchObject({ ok: false, firstBrokenPosition: decision.position.toString() });
    expect(report.reason).toMatch(/no longer matches the checkpoint signed at .*: it was rewritten after it was signed, even though its hashes check out/);

    // A tampered log is never signed: a checkpoint would vouch for the rewrite.
    const refused = await ledger.gql(Q.sign, {}, auditor);
    expect(refused.errors?.[0]?.message).toMatch(/The log does not verify, so no checkpoint was signed/);
    expect((await ledger.stores.eventStore.readStream('log-checkpoints')).length).toBe(1);

    await rewriteWithRecomputedHashes(tampering, ledger.stores.eventStore, decision, decision.data);
    expect(await ok(Q.verify, {}, auditor)).toMatchObject({ ok: true, checkpointsChecked: 1 });
  });
});
