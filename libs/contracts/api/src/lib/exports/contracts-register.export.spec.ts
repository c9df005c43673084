import { writeTables } from '@ledger/shared-api';
import { ContractType, KpiType } from '../graphql/contracts.types';
import { ContractsQueries } from '../read/contracts-queries';
import { ContractsRegisterExporter } from './contracts-register.export';

// The exporter over a stubbed query facade: what the register's rows say, read as at 15 May 2026
// (2026-Q2; 2026-Q1's reports fell due on 31 March).
const AS_OF = new Date('2026-05-15T12:00:00Z');
const at = (iso: string) => new Date(iso);

const kpi = (reports: string[] = [], extra: Partial<KpiType> = {}): KpiType => ({
  id: 'kpi-1',
  name: 'Repairs on time',
  target: '95% within 24 hours',
  firstPeriod: '2026-Q1',
  reports: reports.map((period) => ({ period, rating: 'GREEN', note: 'On time', reportedAt: at('2026-04-02T09:00:00Z'), reportedBy: 'user-1', correctionReason: null })),
  ...extra,
});

function contract(extra: Partial<ContractType> = {}): ContractType {
  return {
    id: 'CON-2026-001',
    procurementId: 'proc-1',
    title: 'Highways maintenance',
    supplierName: 'Acme Highways Ltd',
    supplierCompanyNumber: null,
    supplierPostcode: null,
    supplierSme: null,
    supplierVcse: null,
    awardedValue: 300_000,
    currentValue: 300_000,
    startDate: '2026-01-01',
    endDate: '2027-12-31',
    extensionMonthsAvailable: 12,
    noticePeriodDays: null,
    status: 'ACTIVE',
    closedOn: null,
    closeReason: null,
    socialValueWeightingPercent: 10,
    gatewaysPassed: ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD'],
    awardedAt: at('2026-01-10T10:00:00Z'),
    awardedOn: '2026-01-10',
    managers: [],
    variations: [],
    kpis: [],
    socialValueCommitments: [],
    committedSocialValue: 0,
    deliveredSocialValue: 0,
    socialValueUnderDelivered: false,
    savings: [],
    revision: 1,
    ...extra,
  };
}

const variation = (id: string, valueChange: number, status: ContractType['variations'][number]['status']) => ({
  id,
  description: `Variation ${id}`,
  valueChange,
  reason: 'Scope',
  recordedAt: at('2026-03-01T10:00:00Z'),
  recordedBy: 'user-1',
  status,
  approvalRequiredBecause: status === 'EFFECTIVE' ? null : 'over 10% of the awarded value',
  policyVersion: 1,
  decidedAt: null,
  decidedBy: null,
  decisionNote: null,
});

async function exported(...contracts: ContractType[]) {
  const queries = { contracts: jest.fn(async () => contracts) } as unknown as ContractsQueries;
  const sheets = await new ContractsRegisterExporter(queries).sheets(AS_OF);
  expect(queries.contracts).toHaveBeenCalledWith(AS_OF);
  const rowsOf = (name: string) => {
    const sheet = sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet.rows.map((row) => Object.fromEntries(sheet.columns.map((column, i) => [column, row[i]])));
  };
  return { sheets, rowsOf };
}

describe('ContractsRegisterExporter', () => {
  it('adds up the variations that took effect and those awaiting approval apart; rejected and lapsed ones count for neither', async () => {
    const varied = contract({
      currentValue: 330_000,
      variations: [variation('v1', 20_000, 'EFFECTIVE'), variation('v2', 10_000, 'APPROVED'), variation('v3', 50_000, 'PENDING'), variation('v4', 5_000, 'REJECTED'), variation('v5', -2_000, 'LAPSED')],
    });
    const { rowsOf } = await exported(varied);
    expect(rowsOf('Contracts register')[0]).toMatchObject({
      'Awarded value (GBP)': 300_000,
      'Approved variations (GBP)': 30_000,
      'Variations awaiting approval (GBP)': 50_000,
      'Current value (GBP)': 330_000,
    });
    expect(rowsOf('Variations').map((v) => [v['Variation'], v['Status']])).toEqual([
      ['Variation v1', 'EFFECTIVE'],
      ['Variation v2', 'APPROVED'],
      ['Variation v3', 'PENDING'],
      ['Variation v4', 'REJECTED'],
      ['Variation v5', 'LAPSED'],
    ]);
  });

  it('names the contract managers by name only, an erased one as the queries show them', async () => {
    const managed = contract({
      managers: [
        { id: 's1', displayName: 'Jo Evans', email: 'jo.evans@example.gov.uk', jobTitle: 'Officer', department: 'Highways', erased: false },
        { id: 's2', displayName: 'Erased person', email: null, jobTitle: 'Officer', department: 'Highways', erased: true },
      ],
    });
    const { sheets, rowsOf } = await exported(managed);
    expect(rowsOf('Contracts register')[0]['Contract managers']).toBe('Jo Evans; Erased person');
    expect((await writeTables(sheets, 'xlsx')).toString('latin1')).not.toContain('jo.evans@');
    expect(JSON.stringify(sheets)).not.toContain('jo.evans@example.gov.uk');
  });

  it('gives the oldest KPI report not made as the next due, counts the overdue ones, and lists them among the reports made', async () => {
    const late = contract({ kpis: [kpi()] });
    const { rowsOf } = await exported(late);
    expect(rowsOf('Contracts register')[0]).toMatchObject({ 'Next KPI report due': '2026-03-31', 'KPI reports overdue': 1 });
    expect(rowsOf('KPI reports').map((r) => [r['Quarter'], r['Due on'], r['Report'], r['Rating']])).toEqual([
      ['2026-Q1', '2026-03-31', 'overdue', null],
      ['2026-Q2', '2026-06-30', 'due', null],
    ]);
  });

  it("gives next quarter's report once every report due so far is in, and none for a contract without KPIs or one that has ended", async () => {
    const upToDate = contract({ kpis: [kpi(['2026-Q1', '2026-Q2'])] });
    const ended = contract({ id: 'CON-2026-002', status: 'ENDED', closedOn: '2026-03-31', closeReason: 'Completed', kpis: [kpi(['2026-Q1'])] });
    const noKpis = contract({ id: 'CON-2026-003' });
    const { rowsOf } = await exported(upToDate, ended, noKpis);
    expect(rowsOf('Contracts register').map((r) => [r['Contract reference'], r['Next KPI report due'], r['KPI reports overdue'], r['Status'], r['Closed on']])).toEqual([
      ['CON-2026-001', '2026-09-30', 0, 'ACTIVE', null],
      ['CON-2026-002', null, 0, 'ENDED', '2026-03-31'],
      ['CON-2026-003', null, 0, 'ACTIVE', null],
    ]);
    expect(rowsOf('KPI reports').map((r) => [r['Contract reference'], r['Quarter'], r['Report']])).toEqual([
      ['CON-2026-001', '2026-Q1', 'made'],
      ['CON-2026-001', '2026-Q2', 'made'],
      ['CON-2026-002', '2026-Q1', 'made'],
    ]);
  });

  it('writes the register sheet alone to CSV, with the day the contract was awarded and a formula in a supplier name made inert', async () => {
    // Recorded in May, awarded on 31 March (a contract put on the record after the event).
    const hostile = contract({ supplierName: '=HYPERLINK("http://evil.example","x")', awardedAt: at('2026-05-02T09:00:00Z'), awardedOn: '2026-03-31' });
    const { sheets } = await exported(hostile);
    const csv = (await writeTables(sheets, 'csv')).toString('utf8');
    const lines = csv.trim().split('\n');
    // The header and the one contract: the other sheets are the workbook's alone.
    expect(lines).toHaveLength(2);
    const [header, row] = lines;
    expect(header.startsWith('"Contract reference","Title","Supplier","Procurement reference",')).toBe(true);
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(row).toContain(',"2026-03-31",300000,');
  });
});
