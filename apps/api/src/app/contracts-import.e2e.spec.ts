import { writeTables } from '@ledger/shared-api';
import { STORES_UNDER_TEST, TestLedger, startTestLedger } from '../testing/test-ledger';

/**
 * Issue 13 part 8: an authority's existing contracts register (its e-tendering portal's export)
 * imported through the workforce imports' dry-run-then-apply path, over the same authenticated
 * HTTP. Historic contracts are awarded by the ordinary AwardContract command, so the award rule
 * holds: a row whose procurement has not passed G3_AWARD is refused by line and column.
 */
const HEADER = 'Contract reference,Title,Procurement reference,Supplier name,Supplier identifier,Awarded value (GBP),Start date,End date,Extension months available,Social value weighting %,Contract manager email,Status';
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\n') + '\n');
const CONTRACTS = 'query { contracts { id title supplierName awardedValue startDate endDate extensionMonthsAvailable socialValueWeightingPercent status managers { displayName } procurement { id } } }';

describe.each(STORES_UNDER_TEST)('importing a contracts register over HTTP on %s', (store) => {
  let ledger: TestLedger;
  let lead: string;
  let passed: string;
  let waiting: string;
  const ok = (query: string, variables: Record<string, unknown>, token = lead) => ledger.ok(query, variables, token);

  const upload = async (content: Buffer, fileName: string, token: string | undefined, dryRun = false) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)]), fileName);
    const response = await fetch(`${ledger.url}/api/contracts/imports/contracts-register${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      body: form,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const contracts = async (): Promise<any[]> => ok(CONTRACTS, {});

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    const admin = await ledger.adminToken();
    lead = await ledger.tokenFor('PROCUREMENT_LEAD', 'priya.lead@example.gov.uk');
    const clerk = await ledger.tokenFor('COMMITTEE_MEMBER', 'colin.clerk@example.gov.uk');
    const committee: string[] = [];
    for (const [displayName, email] of [
      ['Ama Mensah', 'ama@example.gov.uk'],
      ['Ben Hughes', 'ben@example.gov.uk'],
      ['Cat Doyle', 'cat@example.gov.uk'],
      ['Mo Manager', 'mo.manager@example.gov.uk'],
    ]) {
      const { id } = await ok('mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }', { input: { displayName, email, jobTitle: 'Officer', department: 'Corporate Services' } }, admin);
      if (email !== 'mo.manager@example.gov.uk') committee.push(id);
    }
    const register = async (title: string) =>
      (await ok('mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id } }', { input: { title, estimatedValue: 300_000, riskLevel: 'LOW', politicalInterest: false } })).id as string;
    const pass = async (procurementId: string, gateway: string) => {
      const { id } = await ok('mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }', { input: { procurementId, gateway, summary: `${gateway} papers` } });
      await ok(
        'mutation($input: RecordGatewayDecisionInput!) { recordGatewayDecision(input: $input) { id } }',
        { input: { reviewId: id, outcome: 'APPROVED', conditions: [], rationale: 'Meets the criteria', committeeMemberIds: committee } },
        clerk,
      );
    };
    passed = await register('Highways maintenance');
    await pass(passed, 'G2_PROCUREMENT_STRATEGY');
    await pass(passed, 'G3_AWARD');
    waiting = await register('Library self-service kiosks');
    await pass(waiting, 'G2_PROCUREMENT_STRATEGY');
  }, 120_000);
  afterAll(async () => ledger?.close());

  const historic = () => [
    `CON/2024/001,Highways maintenance,${passed},Acme Highways Ltd,01234567,"£300,000",01/04/2024,31/03/2027,24,10%,mo.manager@example.gov.uk,Active`,
    `CON/2021/007,Highways maintenance lot 2,${passed},Lot Two Surfacing Ltd,,"1,250,000.50",2021-04-01,2024-03-31,0,0,,Expired`,
  ];

  it('dry-runs a CSV register: says what each row would do and writes nothing; applies it; imports it again as unchanged', async () => {
    const before = await ledger.head();
    const dry = await upload(csv(...historic()), 'register.csv', lead, true);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ kind: 'contracts-register', dryRun: true, rowsRead: 2, applied: 0, alreadyApplied: 0, errors: [] });
    expect(dry.body.rows).toEqual([
      { line: 2, contractId: 'CON-2024-001', outcome: 'created', changes: ['awarded', 'manager mo.manager@example.gov.uk assigned'] },
      { line: 3, contractId: 'CON-2021-007', outcome: 'created', changes: ['awarded', 'ended on 2024-03-31'] },
    ]);
    expect(await ledger.head()).toBe(before);
    expect(await contracts()).toEqual([]);

    const applied = await upload(csv(...historic()), 'register.csv', lead);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ dryRun: false, applied: 2, alreadyApplied: 0, errors: [] });
    const register = await contracts();
    expect(register).toEqual(
      expect.arrayContaining([
        {
          id: 'CON-2024-001',
          title: 'Highways maintenance',
          supplierName: 'Acme Highways Ltd',
          awardedValue: 300_000,
          startDate: '2024-04-01',
          endDate: '2027-03-31',
          extensionMonthsAvailable: 24,
          socialValueWeightingPercent: 10,
          status: 'ACTIVE',
          managers: [{ displayName: 'Mo Manager' }],
          procurement: { id: passed },
        },
        expect.objectContaining({ id: 'CON-2021-007', awardedValue: 1_250_000.5, status: 'ENDED', managers: [] }),
      ]),
    );

    const head = await ledger.head();
    const again = await upload(csv(...historic()), 'register.csv', lead);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ applied: 0, alreadyApplied: 2, errors: [] });
    expect(again.body.rows.map((row: { outcome: string }) => row.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(await ledger.head()).toBe(head);
  }, 60_000);

  it('imports an XLSX export the same way: numbers as numbers, UK dates, a dry run first', async () => {
    const xlsx = await writeTables(
      [
        {
          name: 'Contracts register',
          columns: HEADER.split(','),
          rows: [['CON/2025/003', 'Highways lot 3', passed, 'Third Lot Ltd', '', 480_000, '01/05/2025', '30/04/2028', 12, 5, '', 'Live']],
        },
      ],
      'xlsx',
    );
    const before = await ledger.head();
    const dry = await upload(xlsx, 'register.xlsx', lead, true);
    expect(dry.body.rows).toEqual([{ line: 2, contractId: 'CON-2025-003', outcome: 'created', changes: ['awarded'] }]);
    expect(await ledger.head()).toBe(before);
    const applied = await upload(xlsx, 'register.xlsx', lead);
    expect(applied.body).toMatchObject({ applied: 1, errors: [] });
    expect((await contracts()).find((contract) => contract.id === 'CON-2025-003')).toMatchObject({ awardedValue: 480_000, startDate: '2025-05-01', endDate: '2028-04-30', socialValueWeightingPercent: 5 });
    expect((await upload(xlsx, 'register.xlsx', lead)).body).toMatchObject({ applied: 0, alreadyApplied: 1 });
  }, 60_000);

  it('refuses the whole file (422) when one row is refused, naming line, column and reason, and writes none of it', async () => {
    const before = await ledger.head();
    const file = csv(
      `CON/2026/010,Good row,${passed},Good Row Ltd,,"£90,000",01/01/2026,31/12/2027,0,10,,Active`,
      `CON/2026/011,Kiosks,${waiting},Kiosk Co Ltd,,"£90,000",01/01/2026,31/12/2027,0,10,,Active`,
      `CON/2026/012,Negative,${passed},Minus Ltd,,"-£5,000",31/02/2026,31/12/2027,0,10,,Active`,
    );
    const answer = await upload(file, 'register.csv', lead);
    expect(answer.status).toBe(422);
    expect(answer.body.applied).toBe(0);
    expect(answer.body.errors).toEqual([
      {
        line: 3,
        code: 'RULE_VIOLATION',
        column: 'procurement_reference',
        message: expect.stringMatching(/^A contract is awarded only once every gateway its procurement requires up to G3_AWARD has passed: G3_AWARD not passed yet/),
      },
      { line: 4, code: 'BAD_USER_INPUT', column: 'awarded_value', message: 'awarded value "-£5,000" is negative: an amount in pounds must be 0 or more' },
    ]);
    expect(answer.body.rows.map((row: { outcome: string }) => row.outcome)).toEqual(['created', 'error', 'error']);
    expect(await ledger.head()).toBe(before);
    expect((await contracts()).map((contract) => contract.id)).not.toContain('CON-2026-010');
  });

  it('lets only the roles that award contracts import them (FORBIDDEN otherwise), and refuses an oversized file with 413', async () => {
    const tokens = [await ledger.tokenFor('AUDITOR'), await ledger.tokenFor('CONTRACT_MANAGER'), await ledger.tokenFor('HR_LEAD')];
    const before = await ledger.head();
    for (const token of tokens) {
      const refused = await upload(csv(...historic()), 'register.csv', token);
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('FORBIDDEN');
    }
    expect((await upload(csv(...historic()), 'register.csv', undefined, true)).status).toBe(401);

    const tooManyRows = csv(...Array.from({ length: 20_001 }, (_, i) => `C${i},T,${passed},S,,1,01/01/2026,31/12/2026,0,0,,Active`));
    const rows = await upload(tooManyRows, 'register.csv', lead, true);
    expect(rows.status).toBe(413);
    expect(rows.body.error.message).toMatch(/at most 20,000 rows/);
    const tooManyBytes = Buffer.concat([csv(...historic()), Buffer.alloc(6 * 1024 * 1024, 0x20)]);
    expect((await upload(tooManyBytes, 'register.csv', lead)).status).toBe(413);
    expect(await ledger.head()).toBe(before);
  }, 60_000);
});
