import ExcelJS from 'exceljs';
import { readTable } from '@ledger/shared-api';
import { ukDateOf } from '@ledger/shared-domain';
import { CONTRACT_MUTATIONS, downloadFrom, procurementReadyToAward } from '../testing/procurement-ready-to-award';
import { ukToday, ukYear } from '../testing/uk-dates';
import { TestLedger, instant, startTestLedger } from '../testing/test-ledger';

/**
 * The contracts register as a CSV or XLSX download (issue 13 part 8), as the record stood at any
 * instant: two lots of one procurement awarded (the second to a supplier whose name is a formula),
 * the first given a manager, a KPI, a social value commitment and delivery, and two variations (one
 * within the policy threshold, one waiting for approval).
 */
const Q = {
  ...CONTRACT_MUTATIONS,
  vary: 'mutation($input: VaryContractInput!) { varyContract(input: $input) { currentValue } }',
  addKpi: 'mutation($input: AddKpiInput!) { addKpi(input: $input) { kpis { id } } }',
  reportKpi: 'mutation($input: ReportKpiInput!) { reportKpi(input: $input) { id } }',
};

const YEAR = ukYear();
const TERM = { startDate: `${YEAR - 1}-01-01`, endDate: `${YEAR + 1}-12-31`, extensionMonthsAvailable: 24 };
const HOSTILE_SUPPLIER = '=HYPERLINK("http://evil.example","Click")';

/** The quarter a UK day falls in, and the last day of that quarter and of the next. */
function quarterEnds(day: string): { quarter: string; end: string; nextEnd: string } {
  const [year, month] = day.split('-').map(Number);
  const q = Math.floor((month - 1) / 3) + 1;
  const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  const next = q === 4 ? { y: year + 1, q: 1 } : { y: year, q: q + 1 };
  return { quarter: `${year}-Q${q}`, end: lastDay(year, q * 3), nextEnd: lastDay(next.y, next.q * 3) };
}

describe('the contracts register as a spreadsheet over HTTP (sqlite)', () => {
  let ledger: TestLedger;
  let lead: string;
  let auditor: string;
  let procurementId: string;
  let acme: string;
  let lot2: string;
  let kpiId: string;
  const at: Record<string, string> = {};

  const ok = (query: string, variables: Record<string, unknown>, token = lead) => ledger.ok(query, variables, token);
  const download = (query: string, token?: string) => downloadFrom(ledger, `/api/contracts/exports/contracts-register?${query}`, token);
  /** The CSV register's rows keyed by normalised header (as the imports read them), by contract reference. */
  const register = async (query: string, token = auditor) => {
    const file = await download(query, token);
    expect(file.status).toBe(200);
    const rows = await readTable(file.body, 'csv');
    return new Map(rows.map((r) => [r.values['contract_reference'], r.values]));
  };
  const workbookOf = async (body: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    return workbook;
  };
  /** A sheet's rows as objects keyed by its header cells, as a person reads them. */
  const sheetRows = (workbook: ExcelJS.Workbook, name: string) => {
    const sheet = workbook.getWorksheet(name) as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const rows: Record<string, unknown>[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) rows.push(Object.fromEntries(header.map((h, i) => [h, (row.values as unknown[])[i + 1] ?? null])));
    });
    return rows;
  };

  beforeAll(async () => {
    ledger = await startTestLedger('sqlite');
    const admin = await ledger.adminToken();
    lead = await ledger.tokenFor('PROCUREMENT_LEAD', 'priya.lead@example.gov.uk');
    auditor = await ledger.tokenFor('AUDITOR', 'ada.auditor@example.gov.uk');
    const { people, procurementId: id } = await procurementReadyToAward(ledger, { admin, lead }, 350_000);
    procurementId = id;
    at['beforeAward'] = await instant();
    const award = (supplierName: string, awardedValue: number, socialValueWeightingPercent: number, supplierDetails: Record<string, unknown> | null = null) =>
      ok(Q.award, { input: { procurementId, supplierName, awardedValue, ...TERM, socialValueWeightingPercent, noticePeriodDays: 90, supplierDetails } });
    acme = (await award('Acme Highways Ltd', 300_000, 10, { companyNumber: '01234567', postcode: 'AB1 2CD', sme: true, vcse: false })).id;
    lot2 = (await award(HOSTILE_SUPPLIER, 50_000, 0)).id;
    await ok(Q.assign, { input: { contractId: acme, staffMemberId: people[0] } });
    kpiId = (await ok(Q.addKpi, { input: { contractId: acme, name: 'Repairs on time', target: '95% within 24 hours' } })).kpis[0].id;
    const measureId = (await ok(Q.defineMeasure, { input: { theme: 'Tackling economic inequality', outcome: 'Apprenticeships for local people', unit: 'apprenticeship weeks', proxyValuePerUnit: 250 } })).id;
    const commitmentId = (await ok(Q.commit, { input: { contractId: acme, measureId, committedQuantity: 40 } })).socialValueCommitments[0].id;
    await ok(Q.deliver, { input: { contractId: acme, commitmentId, period: `${YEAR}-Q1`, quantity: 10, evidence: 'Payroll extract' } });
    at['beforeVariation'] = await instant();
    expect((await ok(Q.vary, { input: { contractId: acme, description: 'Extra gully cleaning', valueChange: 20_000, reason: 'Flooding in the autumn' } })).currentValue).toBe(320_000);
    // 70k together is over 10% of the awarded value: this one waits for the procurement lead's approval.
    expect((await ok(Q.vary, { input: { contractId: acme, description: 'Two more depots', valueChange: 50_000, reason: 'Scope extended to the north' } })).currentValue).toBe(320_000);
  });
  afterAll(async () => ledger?.close());

  it('gives one row per contract, lots of one procurement told apart by their reference, as a CSV an auditor may download', async () => {
    const file = await download('format=csv', auditor);
    expect(file.status).toBe(200);
    expect(file.type).toMatch(/^text\/csv/);
    expect(file.disposition).toBe(`attachment; filename="contracts-register-${ukToday()}.csv"`);
    const csv = file.body.toString('utf8');
    // Every header and text cell is quoted (tables.ts: a ';'-separated reader finds no formula).
    expect(csv.split('\n')[0]).toBe(
      '"Contract reference","Title","Supplier","Procurement reference","Company number","Supplier postcode","SME","VCSE","Awarded on","Awarded value (GBP)","Approved variations (GBP)","Variations awaiting approval (GBP)","Current value (GBP)","Start date","End date","Extension months available","Notice period (days)","Status","Closed on","Closure reason","Social value weighting (%)","Committed social value (GBP)","Delivered social value (GBP)","Social value under-delivered","Contract managers","Next KPI report due","KPI reports overdue"',
    );

    const rows = await register('format=csv');
    expect([...rows.keys()]).toEqual([acme, lot2]);
    const { end } = quarterEnds(ukToday());
    expect(rows.get(acme)).toEqual({
      contract_reference: acme,
      title: 'Highways maintenance',
      supplier: 'Acme Highways Ltd',
      procurement_reference: procurementId,
      company_number: '01234567',
      supplier_postcode: 'AB1 2CD',
      sme: 'yes',
      vcse: 'no',
      awarded_on: ukToday(),
      awarded_value_gbp: '300000',
      approved_variations_gbp: '20000',
      variations_awaiting_approval_gbp: '50000',
      current_value_gbp: '320000',
      start_date: TERM.startDate,
      end_date: TERM.endDate,
      extension_months_available: '24',
      notice_period_days: '90',
      status: 'ACTIVE',
      closed_on: '',
      closure_reason: '',
      social_value_weighting: '10',
      committed_social_value_gbp: '10000',
      delivered_social_value_gbp: '2500',
      social_value_under_delivered: 'yes',
      // Names only: a manager's email is not for every contract reader.
      contract_managers: 'Ama Mensah',
      next_kpi_report_due: end,
      kpi_reports_overdue: '0',
    });
    expect(rows.get(lot2)).toMatchObject({ title: 'Highways maintenance', supplier: HOSTILE_SUPPLIER, current_value_gbp: '50000', contract_managers: '', next_kpi_report_due: '', sme: '' });
    expect(csv).not.toContain('ama@example.gov.uk');
  });

  it('reads back through the contracts register import as the same contracts, nothing to record', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array((await download('format=csv', auditor)).body)]), 'contracts-register.csv');
    const response = await fetch(`${ledger.url}/api/contracts/imports/contracts-register?dryRun=true`, { method: 'POST', headers: { authorization: `Bearer ${lead}` }, body: form });
    const report = (await response.json()) as { errors: unknown[]; rows: { outcome: string }[] };
    expect(response.status).toBe(200);
    expect(report.errors).toEqual([]);
    expect(report.rows.map((row) => row.outcome)).toEqual(['unchanged', 'unchanged']);
  });

  it('makes a supplier name that is a formula inert in CSV and XLSX, and it reads back as written', async () => {
    const csv = (await download('format=csv', auditor)).body.toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(csv).not.toMatch(/(^|\n|,)"?[=+@]/);

    const workbook = await workbookOf((await download('format=xlsx', auditor)).body);
    const cells: ExcelJS.Cell[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
    expect(cells.some((cell) => cell.type === ExcelJS.ValueType.Formula)).toBe(false);
    // A text cell, shown with the apostrophe that keeps a spreadsheet program from running it.
    expect(sheetRows(workbook, 'Contracts register')[1]['Supplier']).toBe(`'${HOSTILE_SUPPLIER}`);
  });

  it('writes every sheet to a workbook: the register, variations, KPI reports, social value and savings, with money as numbers', async () => {
    const file = await download('format=xlsx', auditor);
    expect(file.status).toBe(200);
    expect(file.type).toMatch(/spreadsheetml/);
    const workbook = await workbookOf(file.body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Contracts register',
      'Variations',
      'KPI reports',
      'Social value commitments',
      'Social value deliveries',
      'Savings and benefits',
    ]);
    expect(sheetRows(workbook, 'Contracts register')[0]).toMatchObject({
      'Contract reference': acme,
      'Awarded value (GBP)': 300_000,
      'Approved variations (GBP)': 20_000,
      'Current value (GBP)': 320_000,
      'Social value weighting (%)': 10,
      'Contract managers': 'Ama Mensah',
    });
    const variations = sheetRows(workbook, 'Variations');
    expect(variations.map((v) => [v['Contract reference'], v['Variation'], v['Value change (GBP)'], v['Status']])).toEqual([
      [acme, 'Extra gully cleaning', 20_000, 'EFFECTIVE'],
      [acme, 'Two more depots', 50_000, 'PENDING'],
    ]);
    expect(variations[1]['Approval needed because']).toEqual(expect.any(String));
    expect(variations[0]['Recorded at']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    const { quarter, end } = quarterEnds(ukToday());
    expect(sheetRows(workbook, 'KPI reports')).toEqual([
      expect.objectContaining({ 'Contract reference': acme, KPI: 'Repairs on time', Target: '95% within 24 hours', Quarter: quarter, 'Due on': end, Report: 'due' }),
    ]);
    expect(sheetRows(workbook, 'Social value commitments')).toEqual([
      expect.objectContaining({
        'Contract reference': acme,
        Outcome: 'Apprenticeships for local people',
        'Proxy value per unit (GBP)': 250,
        'Committed quantity': 40,
        'Delivered quantity': 10,
        'Committed value (GBP)': 10_000,
        'Delivered value (GBP)': 2_500,
        'Under-delivered': 'yes',
      }),
    ]);
    expect(sheetRows(workbook, 'Social value deliveries')).toEqual([
      expect.objectContaining({ 'Contract reference': acme, Quarter: `${YEAR}-Q1`, Quantity: 10, Evidence: 'Payroll extract' }),
    ]);
    expect(sheetRows(workbook, 'Savings and benefits')).toEqual([]);
    for (const sheet of workbook.worksheets) sheet.columns.forEach((column) => expect(column.width).toBeGreaterThan(0));
  });

  it('gives the register as it stood before the variations, and before the award', async () => {
    const before = await register(`format=csv&asOf=${encodeURIComponent(at['beforeVariation'])}`);
    expect(before.get(acme)).toMatchObject({ current_value_gbp: '300000', approved_variations_gbp: '0', variations_awaiting_approval_gbp: '0' });
    const workbook = await workbookOf((await download(`format=xlsx&asOf=${encodeURIComponent(at['beforeVariation'])}`, auditor)).body);
    expect(sheetRows(workbook, 'Variations')).toEqual([]);
    expect((await register(`format=csv&asOf=${encodeURIComponent(at['beforeAward'])}`)).size).toBe(0);
    expect((await download(`format=csv&asOf=${encodeURIComponent(at['beforeAward'])}`, auditor)).disposition).toContain(`contracts-register-${ukDateOf(new Date(at['beforeAward']))}.csv`);
  });

  it('moves the next KPI report due on to the next quarter once this quarter’s is made', async () => {
    const { quarter, nextEnd } = quarterEnds(ukToday());
    await ok(Q.reportKpi, { input: { contractId: acme, kpiId, period: quarter, rating: 'GREEN', note: 'All on time' } });
    expect((await register('format=csv')).get(acme)).toMatchObject({ next_kpi_report_due: nextEnd, kpi_reports_overdue: '0' });
    const workbook = await workbookOf((await download('format=xlsx', auditor)).body);
    expect(sheetRows(workbook, 'KPI reports')).toEqual([expect.objectContaining({ Quarter: quarter, Report: 'made', Rating: 'GREEN', Note: 'All on time' })]);
  });

  it('lets the contract readers have it, refuses the roles that may not read contracts (FORBIDDEN), a caller without a token, and a bad format or instant', async () => {
    for (const role of ['CONTRACT_MANAGER', 'COMMITTEE_MEMBER'] as const) {
      expect((await download('format=csv', await ledger.tokenFor(role))).status).toBe(200);
    }
    for (const role of ['STAFF', 'HR_LEAD'] as const) {
      const refused = await download('format=csv', await ledger.tokenFor(role));
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.body.toString()).error.code).toBe('FORBIDDEN');
    }
    expect((await download('format=csv')).status).toBe(401);
    for (const query of ['format=pdf', 'asOf=yesterday']) {
      const refused = await download(query, auditor);
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.body.toString()).error.code).toBe('BAD_USER_INPUT');
    }
  });
});
