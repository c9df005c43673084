import { readTable } from '@ledger/shared-api';
import { TestLedger, startTestLedger } from '../testing/test-ledger';

// The demo data set puts procurements at their gateways, lessons and strategic risks on record.
describe('governance registers as spreadsheets over HTTP (demo store)', () => {
  let ledger: TestLedger;
  let admin: string;
  beforeAll(async () => {
    ledger = await startTestLedger('sqlite', { DEMO_DATA: true });
    admin = await ledger.adminToken();
  });
  afterAll(async () => ledger?.close());

  const download = async (path: string, token?: string) => {
    const response = await fetch(`${ledger.url}/api/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), body: Buffer.from(await response.arrayBuffer()) };
  };

  it('exports the gateway log with deciders, conditions and the basis of each decision', async () => {
    const xlsx = await download('gateway/exports/gateway-log?format=xlsx', admin);
    expect(xlsx.status).toBe(200);
    expect(xlsx.disposition).toMatch(/gateway-log-\d{4}-\d{2}-\d{2}\.xlsx/);
    const rows = (await readTable(xlsx.body, 'xlsx')).map((r) => r.values);
    const strategy = rows.find((r) => r['procurement'] === 'Bus franchising: advisory services' && r['gateway'] === 'G2_PROCUREMENT_STRATEGY');
    expect(strategy).toMatchObject({ outcome: 'APPROVED_WITH_CONDITIONS', decided_by: 'Frank Dale; Leah Moss; Omar Reyes', basis_changed_since: 'no' });
    expect(strategy?.['conditions']).toContain('(discharged)');
    expect(rows.find((r) => r['procurement'] === 'Office cleaning and facilities')).toMatchObject({ outcome: 'DEFERRED' });
  });

  it('exports the lessons log and the risk register to CSV, and nothing as at before the demo', async () => {
    const lessons = (await readTable((await download('lessons/exports/lessons-log?format=csv', admin)).body, 'csv')).map((r) => r.values);
    expect(lessons.map((l) => l['title']).sort()).toEqual(['Contracts recycled without Legal input', 'Market engagement came too late']);
    const risks = (await readTable((await download('risks/exports/risk-register?format=csv', admin)).body, 'csv')).map((r) => r.values);
    expect(risks.map((r) => r['category']).sort()).toEqual(['EXTERNAL_EVENTS', 'FRAUD_AND_FINANCIAL_LOSS', 'GDPR', 'MODERN_SLAVERY', 'SUPPLY_CHAIN_AND_CONTRACTOR_FAILURE']);
    const before = await download(`risks/exports/risk-register?format=csv&asOf=2020-01-01T00:00:00Z`, admin);
    expect(await readTable(before.body, 'csv')).toEqual([]);
  });

  it('refuses an export without a token, with a bad format or a bad instant', async () => {
    expect((await download('gateway/exports/gateway-log')).status).toBe(401);
    const badFormat = await download('risks/exports/risk-register?format=pdf', admin);
    expect(badFormat.status).toBe(400);
    expect(JSON.parse(badFormat.body.toString()).error.code).toBe('BAD_USER_INPUT');
    expect((await download('lessons/exports/lessons-log?asOf=yesterday', admin)).status).toBe(400);
  });
});
