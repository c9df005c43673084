import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { OCDS_CODES_USED, OcdsFact, OcdsPublisher, buildOcdsReleasePackage } from './ocds-release-package';

// The official OCDS 1.1.5 schemas (tools/ocds/1.1.5, copied unchanged): the package schema refers to
// the release schema by its id, so the validator is given both.
const OCDS = join(__dirname, '../../../../../../tools/ocds/1.1.5');
const schema = (file: string) => JSON.parse(readFileSync(join(OCDS, file), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(schema('release-schema.json'));
const validPackage = ajv.compile(schema('release-package-schema.json'));
const errorsOf = (pkg: unknown) => (validPackage(pkg) ? [] : (validPackage.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

const publisher: OcdsPublisher = { ocidPrefix: 'ocds-xxxxxx', publisherName: 'Example Borough Council' };
const at = (minute: number) => `2026-03-02T10:${String(minute).padStart(2, '0')}:00.000Z`;

/** A £300k procurement: registered, both gateways passed, awarded, varied twice (one approved), extended and ended. */
const walkedThrough: OcdsFact[] = [
  { id: 'procurement-p1-1', at: at(0), type: 'ProcurementRegistered', title: 'Highways maintenance', estimatedValue: 300_000 },
  { id: 'procurement-p1-2', at: at(1), type: 'GatewayReviewRequested', reviewId: 'r2', gateway: 'G2_PROCUREMENT_STRATEGY' },
  { id: 'procurement-p1-3', at: at(2), type: 'GatewayDecided', reviewId: 'r2', gateway: 'G2_PROCUREMENT_STRATEGY', outcome: 'APPROVED' },
  { id: 'procurement-p1-4', at: at(3), type: 'GatewayReviewRequested', reviewId: 'r3', gateway: 'G3_AWARD' },
  { id: 'procurement-p1-5', at: at(4), type: 'GatewayDecided', reviewId: 'r3', gateway: 'G3_AWARD', outcome: 'APPROVED_WITH_CONDITIONS' },
  {
    id: 'contract-c1-1',
    at: at(5),
    type: 'ContractAwarded',
    contractId: 'c1',
    title: 'Highways maintenance',
    supplierName: 'Acme Highways Ltd',
    supplierCompanyNumber: '01234567',
    supplierPostcode: 'AB1 2CD',
    awardedValue: 300_000,
    startDate: '2026-04-01',
    endDate: '2028-03-31',
    awardedOn: null,
  },
  { id: 'contract-c1-2', at: at(6), type: 'ContractVariationTookEffect', contractId: 'c1', variationId: 'v1', description: 'Extra gully cleaning', valueChange: 20_000, reason: 'Flooding' },
  { id: 'contract-c1-4', at: at(8), type: 'ContractVariationTookEffect', contractId: 'c1', variationId: 'v2', description: 'Two more depots', valueChange: 50_000, reason: 'Scope north' },
  { id: 'contract-c1-5', at: at(9), type: 'ContractExtended', contractId: 'c1', months: 6, reason: 'Re-tender delayed', endDate: '2028-09-30' },
  { id: 'contract-c1-6', at: at(10), type: 'ContractClosed', contractId: 'c1', how: 'ENDED', reason: 'Completed', effectiveOn: '2028-09-30' },
];

describe('buildOcdsReleasePackage', () => {
  const pkg = buildOcdsReleasePackage('p1', walkedThrough, publisher);

  it('makes a package the official OCDS 1.1.5 release package schema accepts', () => {
    expect(errorsOf(JSON.parse(JSON.stringify(pkg)))).toEqual([]);
  });

  it('is refused by the same validator when a release lacks its ocid or carries a tag outside the codelist', () => {
    const copy = () => JSON.parse(JSON.stringify(pkg));
    const withoutOcid = copy();
    delete withoutOcid.releases[0].ocid;
    expect(errorsOf(withoutOcid).join('\n')).toContain("must have required property 'ocid'");
    const badTag = copy();
    badTag.releases[0].tag = ['signed'];
    expect(errorsOf(badTag)).not.toEqual([]);
    const noPublisher = copy();
    delete noPublisher.publisher;
    expect(errorsOf(noPublisher)).not.toEqual([]);
  });

  it('publishes one ocid, prefix and procurement id, under the publisher named', () => {
    expect(new Set(pkg.releases.map((r) => r.ocid))).toEqual(new Set(['ocds-xxxxxx-p1']));
    expect(pkg.publisher).toEqual({ name: 'Example Borough Council' });
    expect(pkg.releases[0].buyer).toEqual({ id: 'authority', name: 'Example Borough Council' });
  });

  it('makes a release for each published fact, with stable ids and the tags of its stage; a review request alone makes none', () => {
    expect(pkg.releases.map((r) => [r.id, r.tag, r.date])).toEqual([
      ['ocds-xxxxxx-p1-procurement-p1-1', ['planning'], at(0)],
      ['ocds-xxxxxx-p1-procurement-p1-3', ['tender'], at(2)],
      ['ocds-xxxxxx-p1-procurement-p1-5', ['tenderUpdate'], at(4)],
      ['ocds-xxxxxx-p1-contract-c1-1', ['award', 'contract'], at(5)],
      ['ocds-xxxxxx-p1-contract-c1-2', ['contractAmendment'], at(6)],
      ['ocds-xxxxxx-p1-contract-c1-4', ['contractAmendment'], at(8)],
      ['ocds-xxxxxx-p1-contract-c1-5', ['contractAmendment'], at(9)],
      ['ocds-xxxxxx-p1-contract-c1-6', ['contractTermination'], at(10)],
    ]);
    expect(pkg.releases.map((r) => r.tender.status)).toEqual(['planning', 'active', 'active', 'complete', 'complete', 'complete', 'complete', 'complete']);
  });

  it('shows the gateways as approval milestones: scheduled when requested, met when passed', () => {
    expect(pkg.releases[1].tender.milestones).toEqual([{ id: 'r2', title: 'Gateway G2_PROCUREMENT_STRATEGY', type: 'approval', status: 'met', dateModified: at(2), dateMet: at(2) }]);
    expect(pkg.releases[1].tender.milestones).toHaveLength(1);
    expect(pkg.releases[2].tender.milestones?.map((m) => m.status)).toEqual(['met', 'met']);

    const [registered] = walkedThrough;
    const stillPlanning = buildOcdsReleasePackage(
      'p1',
      [
        registered,
        { id: 'procurement-p1-2', at: at(1), type: 'GatewayReviewRequested', reviewId: 'r0', gateway: 'G0_STRATEGIC_NEED' },
        { id: 'procurement-p1-3', at: at(2), type: 'GatewayReviewRequested', reviewId: 'r1', gateway: 'G1_BUSINESS_CASE' },
        { id: 'procurement-p1-4', at: at(3), type: 'GatewayDecided', reviewId: 'r1', gateway: 'G1_BUSINESS_CASE', outcome: 'REJECTED' },
        { id: 'procurement-p1-5', at: at(4), type: 'ProcurementBasisChanged', estimatedValue: 450_000 },
      ],
      publisher,
    );
    expect(errorsOf(JSON.parse(JSON.stringify(stillPlanning)))).toEqual([]);
    expect(stillPlanning.releases.map((r) => r.tag)).toEqual([['planning'], ['planningUpdate'], ['planningUpdate']]);
    const latest = stillPlanning.releases[2];
    expect(latest.tender).toMatchObject({ status: 'planning', value: { amount: 450_000, currency: 'GBP' } });
    expect(latest.tender.milestones?.map((m) => [m.id, m.status])).toEqual([
      ['r0', 'scheduled'],
      ['r1', 'notMet'],
    ]);
    expect(latest.awards).toBeUndefined();
  });

  it('names the supplier and the buyer as parties and awards the value in GBP', () => {
    const award = pkg.releases[3];
    expect(award.parties).toEqual([
      { id: 'authority', name: 'Example Borough Council', roles: ['buyer', 'procuringEntity'] },
      { id: 'GB-COH-01234567', name: 'Acme Highways Ltd', identifier: { scheme: 'GB-COH', id: '01234567', legalName: 'Acme Highways Ltd' }, address: { postalCode: 'AB1 2CD', countryName: 'United Kingdom' }, roles: ['supplier'] },
    ]);
    expect(award.awards).toEqual([
      {
        id: 'c1',
        title: 'Highways maintenance',
        status: 'active',
        date: at(5),
        value: { amount: 300_000, currency: 'GBP' },
        suppliers: [{ id: 'GB-COH-01234567', name: 'Acme Highways Ltd' }],
        contractPeriod: { startDate: '2026-04-01T00:00:00Z', endDate: '2028-03-31T23:59:59Z' },
      },
    ]);
    // Awarded before its start date: pending until it starts.
    expect(award.contracts?.[0]).toMatchObject({ id: 'c1', awardID: 'c1', status: 'pending', value: { amount: 300_000, currency: 'GBP' } });
  });

  it('counts a contract started from the first minute of its start date in the UK: 00:30 on 1 April 2026 (BST) is 23:30 UTC the day before', () => {
    const statusAt = (instant: string) =>
      buildOcdsReleasePackage('p1', walkedThrough.map((fact) => (fact.type === 'ContractAwarded' ? { ...fact, at: instant } : fact)).slice(0, 6), publisher).releases[3].contracts?.[0].status;
    expect(statusAt('2026-03-31T22:30:00.000Z')).toBe('pending');
    expect(statusAt('2026-03-31T23:30:00.000Z')).toBe('active');
  });

  it('dates the award by the award date the award states (a contract from an existing register), else by when it was recorded', () => {
    const stated = walkedThrough.map((fact) => (fact.type === 'ContractAwarded' ? { ...fact, awardedOn: '2024-03-15' } : fact));
    const release = buildOcdsReleasePackage('p1', stated, publisher).releases[3];
    expect(release.awards?.[0].date).toBe('2024-03-15T00:00:00Z');
    // The release itself is still dated when the fact was recorded: that is when it was published.
    expect(release.date).toBe(at(5));
  });

  it('records each variation in effect and the extension as contract amendments pointing at the releases before and after', () => {
    const last = pkg.releases.at(-1);
    const contract = last?.contracts?.[0];
    expect(contract?.value).toEqual({ amount: 370_000, currency: 'GBP' });
    expect(contract?.status).toBe('terminated');
    expect(contract?.period).toEqual({ startDate: '2026-04-01T00:00:00Z', endDate: '2028-09-30T23:59:59Z' });
    expect(contract?.amendments).toEqual([
      { id: 'v1', date: at(6), description: 'Extra gully cleaning (adds 20000.00 GBP)', rationale: 'Flooding', amendsReleaseID: 'ocds-xxxxxx-p1-contract-c1-1', releaseID: 'ocds-xxxxxx-p1-contract-c1-2' },
      { id: 'v2', date: at(8), description: 'Two more depots (adds 50000.00 GBP)', rationale: 'Scope north', amendsReleaseID: 'ocds-xxxxxx-p1-contract-c1-2', releaseID: 'ocds-xxxxxx-p1-contract-c1-4' },
      {
        id: 'extension-contract-c1-5',
        date: at(9),
        description: 'Extended by 6 months to 2028-09-30',
        rationale: 'Re-tender delayed',
        amendsReleaseID: 'ocds-xxxxxx-p1-contract-c1-4',
        releaseID: 'ocds-xxxxxx-p1-contract-c1-5',
      },
    ]);
    // The award keeps the value and period it was made with.
    expect(last?.awards?.[0].value.amount).toBe(300_000);
  });

  it('is the same bytes for the same record, dated by its latest recorded fact, never the clock', () => {
    expect(JSON.stringify(buildOcdsReleasePackage('p1', walkedThrough, publisher))).toBe(JSON.stringify(pkg));
    expect(pkg.publishedDate).toBe(at(10));
    expect(buildOcdsReleasePackage('p1', walkedThrough.slice(0, 1), publisher).publishedDate).toBe(at(0));
  });

  it('refuses a record that does not begin with the registration', () => {
    expect(() => buildOcdsReleasePackage('p1', walkedThrough.slice(1), publisher)).toThrow(/must begin with its registration/);
  });

  it('uses only codes that exist in the OCDS 1.1.5 codelists', () => {
    for (const [file, codes] of Object.entries(OCDS_CODES_USED)) {
      const listed = readFileSync(join(OCDS, 'codelists', file), 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0].trim());
      expect({ file, missing: (codes as readonly string[]).filter((code) => !listed.includes(code)) }).toEqual({ file, missing: [] });
    }
    // And the package uses no other tag, status or role than those declared.
    const releases = pkg.releases;
    const used = {
      tags: new Set(releases.flatMap((r) => r.tag)),
      roles: new Set(releases.flatMap((r) => r.parties.flatMap((p) => p.roles))),
      contractStatuses: new Set(releases.flatMap((r) => (r.contracts ?? []).map((c) => c.status))),
    };
    expect([...used.tags].every((t) => (OCDS_CODES_USED['releaseTag.csv'] as readonly string[]).includes(t))).toBe(true);
    expect([...used.roles].every((t) => (OCDS_CODES_USED['partyRole.csv'] as readonly string[]).includes(t))).toBe(true);
    expect([...used.contractStatuses].every((t) => (OCDS_CODES_USED['contractStatus.csv'] as readonly string[]).includes(t))).toBe(true);
  });
});
