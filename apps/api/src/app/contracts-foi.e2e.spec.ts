import ExcelJS from 'exceljs';
import { NOT_HELD } from '@ledger/contracts-api';
import { readTable } from '@ledger/shared-api';
import { CONTRACT_MUTATIONS, downloadFrom, procurementReadyToAward } from '../testing/procurement-ready-to-award';
import { ukToday, ukYear } from '../testing/uk-dates';
import { TestLedger, instant, startTestLedger } from '../testing/test-ledger';

/**
 * The seed authority's FOI request on social value (questions 1-10) answered from the record as a
 * CSV or XLSX download, as the record stood at any instant: two contracts awarded this year (one
 * weighting social value at 10%, one not), commitments valued at the measures' proxy values, a
 * delivery, a course on social value in the training register.
 */
const Q = {
  ...CONTRACT_MUTATIONS,
  competency: 'mutation($input: DefineCompetencyInput!) { defineCompetency(input: $input) { id } }',
  course: 'mutation($input: AddCourseInput!) { addCourse(input: $input) { id } }',
  outcome: 'mutation($input: RecordTrainingOutcomeInput!) { recordTrainingOutcome(input: $input) { id } }',
};

const YEAR = ukYear();
const TERM = { startDate: `${YEAR - 1}-01-01`, endDate: `${YEAR + 1}-12-31`, extensionMonthsAvailable: 0 };

describe('the social value FOI answered from the record (CSV and XLSX over HTTP)', () => {
  let ledger: TestLedger;
  let admin: string;
  let lead: string;
  let auditor: string;
  const at: Record<string, string> = {};
  let procurementId: string;

  const ok = (query: string, variables: Record<string, unknown>, token = lead) => ledger.ok(query, variables, token);
  const download = (query: string, token?: string) => downloadFrom(ledger, `/api/contracts/social-value-foi?${query}`, token);
  /** The answers sheet, one row per question, keyed by question number. */
  const answers = async (query: string, token = auditor) => {
    const file = await download(query, token);
    expect(file.status).toBe(200);
    const rows = await readTable(file.body, query.includes('format=xlsx') ? 'xlsx' : 'csv');
    return new Map(rows.map((r) => [Number(r.values['question']), r.values]));
  };

  beforeAll(async () => {
    ledger = await startTestLedger('sqlite');
    admin = await ledger.adminToken();
    lead = await ledger.tokenFor('PROCUREMENT_LEAD', 'priya.lead@example.gov.uk');
    auditor = await ledger.tokenFor('AUDITOR', 'ada.auditor@example.gov.uk');
    const { people, procurementId: id } = await procurementReadyToAward(ledger, { admin, lead }, 300_000);
    procurementId = id;
    at['beforeAward'] = await instant();
    const award = (supplierName: string, awardedValue: number, socialValueWeightingPercent: number) =>
      ok(Q.award, { input: { procurementId, supplierName, awardedValue, ...TERM, socialValueWeightingPercent } });
    const contractId = (await award('Acme Highways Ltd', 300_000, 10)).id;
    await award('Lot 2 Surfacing Ltd', 50_000, 0);
    await ok(Q.assign, { input: { contractId, staffMemberId: people[0] } });
    const apprenticeships = (await ok(Q.defineMeasure, { input: { theme: 'Tackling economic inequality', outcome: 'Apprenticeships for local people', unit: 'apprenticeship weeks', proxyValuePerUnit: 250 } })).id;
    const carbon = (await ok(Q.defineMeasure, { input: { theme: 'Fighting climate change', outcome: 'Carbon saved', unit: 'tCO2e' } })).id;
    const commitmentId = (await ok(Q.commit, { input: { contractId, measureId: apprenticeships, committedQuantity: 40 } })).socialValueCommitments[0].id;
    await ok(Q.commit, { input: { contractId, measureId: carbon, committedQuantity: 12 } });
    at['beforeDelivery'] = await instant();
    await ok(Q.deliver, { input: { contractId, commitmentId, period: `${YEAR}-Q1`, quantity: 10, evidence: 'Payroll extract' } });
    at['beforeTraining'] = await instant();
    const competency = (await ok(Q.competency, { input: { name: 'Social value in procurement', category: 'Commercial', levelDescriptors: ['None', 'Aware', 'Practitioner', 'Skilled', 'Expert'] } }, admin)).id;
    const course = (await ok(Q.course, { input: { title: 'Social Value Act essentials', provider: 'CIPS', competencyIds: [competency], levels: [{ competencyId: competency, raisesTo: 1 }] } }, admin)).id;
    await ok(Q.outcome, { input: { staffMemberId: people[1], courseId: course, status: 'COMPLETED', date: ukToday(), evidence: 'Certificate 4' } }, admin);
  });
  afterAll(async () => ledger?.close());

  it('answers questions 3, 4 and 5 from the contracts awarded in the year, as a CSV the auditor may download', async () => {
    const file = await download(`year=${YEAR}&format=csv`, auditor);
    expect(file.status).toBe(200);
    expect(file.type).toMatch(/^text\/csv/);
    expect(file.disposition).toMatch(new RegExp(`social-value-foi-${YEAR}-\\d{4}-\\d{2}-\\d{2}\\.csv`));
    const csv = await answers(`year=${YEAR}&format=csv`);
    expect([...csv.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(csv.get(3)?.['asked']).toContain('Public Services (Social Value) Act');
    expect(csv.get(3)?.['answer_from_the_record']).toContain(`1 of the 2 contracts awarded in ${YEAR} (50%) gave social value a weighting`);
    expect(csv.get(3)?.['figures']).toBe('Contracts awarded: 2; with social value weighted: 1; share: 50%');
    expect(csv.get(4)?.['answer_from_the_record']).toContain('was 10%');
    expect(csv.get(5)?.['answer_from_the_record']).toContain('committed at award on the contracts awarded');
    expect(csv.get(5)?.['answer_from_the_record']).toContain('£10,000; delivered to date: £2,500');
    expect(csv.get(5)?.['figures']).toBe('Committed (GBP): 10000; delivered (GBP): 2500; commitments: 2; contracts under-delivering: 1');
    expect(csv.get(6)?.['answer_from_the_record']).toContain('Carbon saved (tCO2e, no proxy value); Apprenticeships for local people (apprenticeship weeks, £250 per unit)');
    expect(csv.get(7)?.['answer_from_the_record']).toContain('£300,000 (85.7%) was awarded with social value weighted');
    expect(csv.get(8)?.['answer_from_the_record']).toContain('1 of the 2 active contracts have a contract manager assigned');
    expect(csv.get(8)?.['answer_from_the_record']).toContain('Departments of the managers of contracts with social value commitments: Highways');
    expect(csv.get(9)?.['answer_from_the_record']).toContain('Courses on social value: Social Value Act essentials; 1 completion');
    expect(csv.get(9)?.['answer_from_the_record']).toContain('Competencies in the skills matrix: Social value in procurement');
    // What the record cannot answer is said plainly, never invented.
    expect(csv.get(1)?.['answer_from_the_record']).toMatch(new RegExp(`^${NOT_HELD}`));
    expect(csv.get(2)?.['answer_from_the_record']).toBe(`${NOT_HELD}.`);
  });

  it('gives the earlier figures as at an instant before the delivery, before the training, before the award', async () => {
    const beforeDelivery = await answers(`year=${YEAR}&format=csv&asOf=${encodeURIComponent(at['beforeDelivery'])}`);
    expect(beforeDelivery.get(5)?.['figures']).toBe('Committed (GBP): 10000; delivered (GBP): 0; commitments: 2; contracts under-delivering: 1');
    const beforeTraining = await answers(`year=${YEAR}&format=csv&asOf=${encodeURIComponent(at['beforeTraining'])}`);
    expect(beforeTraining.get(9)?.['answer_from_the_record']).toMatch(/^Not recorded: no course in the training register and no competency/);
    const beforeAward = await answers(`year=${YEAR}&format=csv&asOf=${encodeURIComponent(at['beforeAward'])}`);
    expect(beforeAward.get(3)?.['answer_from_the_record']).toBe(`No contract awarded in ${YEAR} is on the record.`);
    expect(beforeAward.get(6)?.['answer_from_the_record']).toBe(`${NOT_HELD}: no social value measures are recorded.`);
    // Another year's awards: none.
    expect((await answers(`year=${YEAR - 1}&format=csv`)).get(4)?.['answer_from_the_record']).toBe(`No contract awarded in ${YEAR - 1} is on the record.`);
  });

  it('writes the same answers to a workbook, with the contracts and the measures behind them', async () => {
    const file = await download(`year=${YEAR}&format=xlsx`, auditor);
    expect(file.status).toBe(200);
    expect(file.type).toMatch(/spreadsheetml/);
    const csv = await answers(`year=${YEAR}&format=csv`);
    const xlsx = await answers(`year=${YEAR}&format=xlsx`);
    expect([...xlsx.entries()]).toEqual([...csv.entries()]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['FOI answers', `Contracts awarded ${YEAR}`, 'Social value measures']);
    const contracts = workbook.getWorksheet(`Contracts awarded ${YEAR}`) as ExcelJS.Worksheet;
    const header = (contracts.getRow(1).values as unknown[]).slice(1);
    const acme = Object.fromEntries(header.map((h, i) => [h, (contracts.getRow(2).values as unknown[])[i + 1]]));
    expect(acme).toMatchObject({
      Supplier: 'Acme Highways Ltd',
      'Social value weighting (%)': 10,
      'Committed social value (GBP)': 10_000,
      'Delivered social value (GBP)': 2_500,
      'Under-delivered': 'yes',
      'Contract managers': 1,
    });
    expect(acme['Commitments']).toBe('Apprenticeships for local people: 10 of 40 apprenticeship weeks (behind); Carbon saved: 0 of 12 tCO2e (behind)');
    expect((contracts.getRow(3).values as unknown[])[2]).toBe('Lot 2 Surfacing Ltd');
    const measures = workbook.getWorksheet('Social value measures') as ExcelJS.Worksheet;
    expect((measures.getRow(2).values as unknown[]).slice(1, 4)).toEqual(['Fighting climate change', 'Carbon saved', 'tCO2e']);
    expect((measures.getRow(3).values as unknown[]).slice(1)).toEqual(['Tackling economic inequality', 'Apprenticeships for local people', 'apprenticeship weeks', 250, 'no']);
    // Every column has a positive width (a strict reader shows a width-less column at zero width).
    for (const sheet of workbook.worksheets) sheet.columns.forEach((column) => expect(column.width).toBeGreaterThan(0));
  });

  it('refuses a bad year, format or instant with BAD_USER_INPUT and a clear message, and an unauthenticated caller', async () => {
    for (const query of ['year=20x6', 'year=1850', '', `year=${YEAR}&format=pdf`, `year=${YEAR}&asOf=yesterday`]) {
      const refused = await download(query, auditor);
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.body.toString()).error.code).toBe('BAD_USER_INPUT');
    }
    expect(JSON.parse((await download('year=20x6', auditor)).body.toString()).error.message).toBe('year must be a year from 2000 to 2100, such as 2026 (not "20x6")');
    expect((await download(`year=${YEAR}&format=csv`)).status).toBe(401);
  });

  it('counts a contract imported from an existing register in the year it was awarded (2024), not the year it was imported', async () => {
    const AWARD_YEAR = 2024;
    const summary = async (year: number) =>
      ok('query($year: Int!) { socialValueSummary(year: $year) { contractsAwarded contractsWithSocialValue averageWeightingPercent } }', { year }, auditor);
    const thisYearBefore = await summary(YEAR);
    const register = [
      'Contract reference,Procurement reference,Supplier name,Award date,Awarded value (GBP),Start date,End date,Social value weighting %',
      `CON/2024/001,${procurementId},Fenland Roads Ltd,14/03/${AWARD_YEAR},"£120,000",01/04/${AWARD_YEAR},31/03/${AWARD_YEAR + 3},5%`,
    ].join('\n');
    const form = new FormData();
    form.append('file', new Blob([register]), 'contracts-register.csv');
    const imported = await fetch(`${ledger.url}/api/contracts/imports/contracts-register`, { method: 'POST', body: form, headers: { authorization: `Bearer ${lead}` } });
    expect(await imported.json()).toMatchObject({ applied: 1, errors: [] });

    const contract = await ok('query($id: ID!) { contract(id: $id) { awardedOn awardedAt } }', { id: 'CON-2024-001' }, auditor);
    expect(contract.awardedOn).toBe(`${AWARD_YEAR}-03-14`);
    expect(contract.awardedAt.startsWith(String(YEAR))).toBe(true);
    expect(await summary(AWARD_YEAR)).toEqual({ contractsAwarded: 1, contractsWithSocialValue: 1, averageWeightingPercent: 5 });
    expect(await summary(YEAR)).toEqual(thisYearBefore);
    const foi = await answers(`year=${AWARD_YEAR}&format=csv`);
    expect(foi.get(3)?.['figures']).toBe('Contracts awarded: 1; with social value weighted: 1; share: 100%');
    expect(foi.get(10)?.['figures']).toBe('Suppliers: 1');
  });
});
