import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { STORES_UNDER_TEST, TestLedger, codeOf, instant, startTestLedger } from '../testing/test-ledger';
import { ukYear } from '../testing/uk-dates';

/**
 * Open contracting, as the issue checks it: a £300k procurement walked through its gateways,
 * awarded, varied (one variation within the policy, one approved by the procurement lead) and
 * extended, then published as an OCDS 1.1.5 release package that the official schema accepts,
 * with one ocid, the supplier and the awarded value in it. Read like any contract query, on
 * SQLite and PostgreSQL alike (the package is read from the log, whose positions order it).
 */
const Q = {
  staff: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  register: 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id requiredGateways } }',
  request: 'mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }',
  decide: 'mutation($input: RecordGatewayDecisionInput!) { recordGatewayDecision(input: $input) { id outcome } }',
  award: 'mutation($input: AwardContractInput!) { awardContract(input: $input) { id } }',
  vary: 'mutation($input: VaryContractInput!) { varyContract(input: $input) { id currentValue variations { id status } } }',
  approve: 'mutation($input: DecideContractVariationInput!) { approveContractVariation(input: $input) { id currentValue } }',
  extend: 'mutation($input: ExtendContractInput!) { extendContract(input: $input) { id endDate } }',
  ocds: 'query($procurementId: ID!) { ocdsReleasePackage(procurementId: $procurementId) }',
  ocdsAsOf: 'query($procurementId: ID!, $asOf: DateTime) { ocdsReleasePackage(procurementId: $procurementId, asOf: $asOf) }',
};

// The official schemas, copied unchanged into tools/ocds/1.1.5: the package schema refers to the release schema by its id.
const OCDS = join(__dirname, '../../../../tools/ocds/1.1.5');
const schema = (file: string) => JSON.parse(readFileSync(join(OCDS, file), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(schema('release-schema.json'));
const validPackage = ajv.compile(schema('release-package-schema.json'));
const errorsOf = (pkg: unknown) => (validPackage(pkg) ? [] : (validPackage.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

const YEAR = ukYear();
const TERM = { startDate: `${YEAR - 1}-01-01`, endDate: `${YEAR + 1}-12-31` };

describe.each(STORES_UNDER_TEST)('the OCDS release package of a procurement on %s', (store) => {
  let ledger: TestLedger;
  let lead: string;
  let clerk: string;
  let auditor: string;
  let procurementId: string;
  let contractId: string;
  const committee: string[] = [];
  const at: Record<'beforeRegistration' | 'beforeVariation', string> = { beforeRegistration: '', beforeVariation: '' };

  const ok = (query: string, variables: Record<string, unknown>, token = lead) => ledger.ok(query, variables, token);
  const packageOf = async (id: string, token = auditor) => JSON.parse(await ok(Q.ocds, { procurementId: id }, token));
  const passGateway = async (gateway: string) => {
    const { id } = await ok(Q.request, { input: { procurementId, gateway, summary: `${gateway} papers` } });
    await ok(Q.decide, { input: { reviewId: id, outcome: 'APPROVED', conditions: [], rationale: 'Meets the criteria', committeeMemberIds: committee } }, clerk);
  };

  beforeAll(async () => {
    ledger = await startTestLedger(store, { OCDS_PREFIX: 'ocds-t3st42', LEDGER_AUTHORITY_NAME: 'Example Borough Council' });
    const admin = await ledger.adminToken();
    lead = await ledger.tokenFor('PROCUREMENT_LEAD');
    clerk = await ledger.tokenFor('COMMITTEE_MEMBER');
    auditor = await ledger.tokenFor('AUDITOR');
    for (const name of ['Ama Mensah', 'Ben Hughes', 'Cat Doyle']) {
      const email = `${name.split(' ')[0].toLowerCase()}@example.gov.uk`;
      committee.push((await ok(Q.staff, { input: { displayName: name, email, jobTitle: 'Officer', department: 'Corporate Services' } }, admin)).id);
    }
    at.beforeRegistration = await instant();
    procurementId = (await ok(Q.register, { input: { title: 'Highways maintenance', estimatedValue: 300_000, riskLevel: 'LOW', politicalInterest: false } })).id;
    await passGateway('G2_PROCUREMENT_STRATEGY');
    await passGateway('G3_AWARD');
    contractId = (
      await ok(Q.award, {
        input: {
          procurementId,
          supplierName: 'Acme Highways Ltd',
          supplierDetails: { companyNumber: '01234567', postcode: 'ab1 2cd', sme: true, vcse: false },
          awardedValue: 300_000,
          ...TERM,
          extensionMonthsAvailable: 24,
          socialValueWeightingPercent: 10,
        },
      })
    ).id;
    at.beforeVariation = await instant();
    await ok(Q.vary, { input: { contractId, description: 'Extra gully cleaning', valueChange: 20_000, reason: 'Flooding in the autumn' } });
    const large = await ok(Q.vary, { input: { contractId, description: 'Two more depots', valueChange: 50_000, reason: 'Scope extended to the north' } });
    await ok(Q.approve, { input: { contractId, variationId: large.variations[1].id, note: 'Budget confirmed' } });
    await ok(Q.extend, { input: { contractId, months: 6, reason: 'Re-tender delayed' } });
    // A dozen commands and four sign-ins: on a loaded two-core machine this outlasts the default hook timeout.
  }, 120_000);
  afterAll(async () => ledger?.close());

  it('is valid against the official OCDS 1.1.5 release package schema, with one ocid, the supplier and the awarded value', async () => {
    const pkg = await packageOf(procurementId);
    expect(errorsOf(pkg)).toEqual([]);
    expect(new Set(pkg.releases.map((r: { ocid: string }) => r.ocid))).toEqual(new Set([`ocds-t3st42-${procurementId}`]));
    expect(pkg.publisher).toEqual({ name: 'Example Borough Council' });

    const latest = pkg.releases.at(-1);
    expect(latest.parties).toContainEqual(expect.objectContaining({ name: 'Acme Highways Ltd', roles: ['supplier'], identifier: { scheme: 'GB-COH', id: '01234567', legalName: 'Acme Highways Ltd' } }));
    expect(latest.parties).toContainEqual(expect.objectContaining({ name: 'Example Borough Council', roles: ['buyer', 'procuringEntity'] }));
    expect(latest.awards).toEqual([expect.objectContaining({ id: contractId, value: { amount: 300_000, currency: 'GBP' }, suppliers: [expect.objectContaining({ name: 'Acme Highways Ltd' })] })]);
    expect(latest.contracts[0]).toMatchObject({ id: contractId, awardID: contractId, status: 'active', value: { amount: 370_000, currency: 'GBP' } });
    expect(latest.contracts[0].period.endDate).toBe(`${YEAR + 2}-06-30T23:59:59Z`);
    expect(latest.contracts[0].amendments.map((a: { description: string }) => a.description)).toEqual([
      'Extra gully cleaning (adds 20000.00 GBP)',
      'Two more depots (adds 50000.00 GBP)',
      'Extended by 6 months to ' + `${YEAR + 2}-06-30`,
    ]);
    expect(pkg.releases.map((r: { tag: string[] }) => r.tag.join(','))).toEqual(['planning', 'tender', 'tenderUpdate', 'award,contract', 'contractAmendment', 'contractAmendment', 'contractAmendment']);
    // The pending variation published nothing until its approval; the publication is dated by the last fact it holds.
    expect(pkg.publishedDate).toBe(latest.date);
  });

  it('gives the package as the record stood at an instant: before the variations, the award without amendments, still valid', async () => {
    const pkg = JSON.parse(await ok(Q.ocdsAsOf, { procurementId, asOf: at.beforeVariation }, auditor));
    expect(errorsOf(pkg)).toEqual([]);
    expect(pkg.releases.map((r: { tag: string[] }) => r.tag.join(','))).toEqual(['planning', 'tender', 'tenderUpdate', 'award,contract']);
    const latest = pkg.releases.at(-1);
    expect(latest.contracts[0]).toMatchObject({ id: contractId, value: { amount: 300_000, currency: 'GBP' } });
    expect(latest.contracts[0].amendments).toBeUndefined();
    expect(latest.contracts[0].period.endDate).toBe(`${YEAR + 1}-12-31T23:59:59Z`);
    expect(pkg.publishedDate <= at.beforeVariation).toBe(true);
    // The same releases as the live package up to then: a release keeps its id and content as the record grows.
    expect((await packageOf(procurementId)).releases.slice(0, 4)).toEqual(pkg.releases);
  });

  it('answers NOT_FOUND as at an instant before the procurement was registered', async () => {
    await ledger.refused('NOT_FOUND', Q.ocdsAsOf, { procurementId, asOf: at.beforeRegistration }, auditor);
  });

  it('gives the same bytes for the same record', async () => {
    const first = await ok(Q.ocds, { procurementId }, auditor);
    expect(await ok(Q.ocds, { procurementId }, lead)).toBe(first);
  });

  it('is read with the contracts register: refused without a token and to a role that does not read contracts', async () => {
    const anonymous = await ledger.gql(Q.ocds, { procurementId });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.data ?? null).toBeNull();
    await ledger.refused('FORBIDDEN', Q.ocds, { procurementId }, await ledger.tokenFor('STAFF'));
  });

  it('answers NOT_FOUND for an unknown procurement and BAD_USER_INPUT for an id no procurement can have', async () => {
    await ledger.refused('NOT_FOUND', Q.ocds, { procurementId: '00000000-0000-4000-a000-000000000000' }, auditor);
    await ledger.refused('BAD_USER_INPUT', Q.ocds, { procurementId: '../etc/passwd' }, auditor);
    await ledger.refused('BAD_USER_INPUT', Q.ocds, { procurementId: '' }, auditor);
  });
});
