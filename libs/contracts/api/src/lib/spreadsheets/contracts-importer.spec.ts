import { CommandMetadata, InMemoryEventStore, handleCommand } from '@ledger/event-store-core';
import { DEFAULT_GATEWAY_POLICY, procurementDecider, procurementStreamId } from '@ledger/gateway-domain';
import { InputRow, ReadSide, StaffPresenter, StaffMemberType, normaliseHeader } from '@ledger/shared-api';
import { ContractsQueries } from '../read/contracts-queries';
import { ContractCommandHandler } from '../write/handlers';
import { ContractsImporter } from './contracts-importer';
import { contractIdOf, parseDate, parsePercent, parsePounds, parseStatus, withRegisterColumns } from './contracts-register-columns';

const NOW = new Date('2026-06-15T10:00:00Z');

describe('reading a contracts register cell', () => {
  it('reads UK and ISO dates, and refuses what is no day', () => {
    expect(parseDate('start_date', '01/04/2024')).toBe('2024-04-01');
    expect(parseDate('start_date', '1/4/2024')).toBe('2024-04-01');
    expect(parseDate('start_date', '2024-04-01')).toBe('2024-04-01');
    expect(() => parseDate('start_date', '31/02/2024')).toThrow('start date "31/02/2024" is not a date: write it as dd/mm/yyyy (e.g. 31/03/2026) or yyyy-mm-dd');
    expect(() => parseDate('end_date', '04/01/24')).toThrow(/end date "04\/01\/24" is not a date/);
    expect(() => parseDate('end_date', 'next April')).toThrow(/is not a date/);
    expect(() => parseDate('end_date', '')).toThrow('end date is empty: give a date as dd/mm/yyyy or yyyy-mm-dd');
  });

  it('reads pounds with or without "£" and thousands separators, and refuses a negative amount', () => {
    expect(parsePounds('awarded_value', '£1,250,000.50')).toBe(1_250_000.5);
    expect(parsePounds('awarded_value', '1250000')).toBe(1_250_000);
    expect(parsePounds('awarded_value', 'GBP 300,000')).toBe(300_000);
    for (const negative of ['-5000', '£-5,000', '-£5,000', '(£5,000)']) {
      expect(() => parsePounds('awarded_value', negative)).toThrow(`awarded value "${negative}" is negative: an amount in pounds must be 0 or more`);
    }
    expect(() => parsePounds('awarded_value', '1,25,000')).toThrow(/is not an amount in pounds/);
    expect(() => parsePounds('awarded_value', 'about a million')).toThrow(/is not an amount in pounds/);
  });

  it('reads a weighting as a percentage, refusing a negative, one over 100 and a bare fraction', () => {
    expect(parsePercent('social_value_weighting', '10%')).toBe(10);
    expect(parsePercent('social_value_weighting', '12.5')).toBe(12.5);
    expect(parsePercent('social_value_weighting', '')).toBe(0);
    expect(() => parsePercent('social_value_weighting', '-10')).toThrow(/is negative/);
    expect(() => parsePercent('social_value_weighting', '150%')).toThrow(/more than 100/);
    expect(() => parsePercent('social_value_weighting', '0.1')).toThrow(/ambiguous: write 10% if a fraction was meant/);
  });

  it('makes a portal reference an id and reads the status in the portal words', () => {
    expect(contractIdOf(' CON/2023/014 ')).toBe('CON-2023-014');
    expect(() => contractIdOf(' / ')).toThrow(/contract reference is empty/);
    expect(parseStatus('Live')).toBe('ACTIVE');
    expect(parseStatus('expired')).toBe('ENDED');
    expect(() => parseStatus('Paused')).toThrow('status "Paused" is not ACTIVE, ENDED or TERMINATED');
  });

  it('finds the columns under the headers a register gives them', () => {
    const [row] = withRegisterColumns([{ line: 2, values: { [normaliseHeader('Awarded value (£)')]: '5', [normaliseHeader('Contract Ref')]: 'C1', notes: 'x' } }]);
    expect(row.values).toEqual({ awarded_value: '5', contract_reference: 'C1' });
  });
});

describe('preparing a contracts register import (in memory, through the contract handler and decider)', () => {
  const HEADER = ['Contract reference', 'Title', 'Procurement reference', 'Supplier name', 'Supplier identifier', 'Awarded value', 'Start date', 'End date', 'Extension months available', 'Social value weighting %', 'Contract manager email', 'Status', 'Award date'];
  const MANAGER: StaffMemberType = { id: 'staff-mo', displayName: 'Mo Manager', email: 'mo@example.gov.uk', erased: false } as StaffMemberType;
  let store: InMemoryEventStore;
  let importer: ContractsImporter;

  const rowsOf = (...lines: string[][]): InputRow[] =>
    lines.map((cells, index) => ({ line: index + 2, values: Object.fromEntries(HEADER.map((header, i) => [normaliseHeader(header), cells[i] ?? ''])) }));
  const row = (overrides: Partial<Record<'ref' | 'procurement' | 'value' | 'start' | 'end' | 'manager' | 'status' | 'awarded', string>> = {}) => [
    overrides.ref ?? 'CON/2024/001',
    'Highways maintenance',
    overrides.procurement ?? 'passed',
    'Acme Highways Ltd',
    '01234567',
    overrides.value ?? '£300,000',
    overrides.start ?? '01/04/2024',
    overrides.end ?? '31/03/2027',
    '12',
    '10%',
    overrides.manager ?? 'mo@example.gov.uk',
    overrides.status ?? 'Active',
    overrides.awarded ?? '',
  ];
  const run = (rows: InputRow[], dryRun: boolean) => importer.import(Buffer.from(JSON.stringify(rows)), rows, { userId: 'lead', roles: ['PROCUREMENT_LEAD'] }, { dryRun, now: NOW });

  /** A procurement on the record with its policy: G3 required; `passed` records its approval. */
  async function procurement(procurementId: string, { requireAward, passed }: { requireAward: boolean; passed: boolean }): Promise<void> {
    const meta = (commandId: string): CommandMetadata => ({ commandId, correlationId: commandId, causationId: commandId, actorId: 'lead', actorRoles: ['PROCUREMENT_LEAD'], now: NOW });
    const policy = { ...DEFAULT_GATEWAY_POLICY, valueThresholds: requireAward ? [{ minValue: 0, gateways: ['G3_AWARD' as const] }] : [], highRiskGateways: [], politicalInterestGateways: [], quorum: 1, committee: null };
    const streamId = procurementStreamId(procurementId);
    await handleCommand(store, streamId, procurementDecider, { type: 'RegisterProcurement', procurementId, title: `Procurement ${procurementId}`, estimatedValue: 300_000, riskLevel: 'LOW', politicalInterest: false, policyVersion: 1, policy }, meta(`${procurementId}-1`));
    if (!passed) return;
    await handleCommand(store, streamId, procurementDecider, { type: 'RequestGatewayReview', reviewId: `${procurementId}-g3`, gateway: 'G3_AWARD', summary: 'Award papers' }, meta(`${procurementId}-2`));
    await handleCommand(
      store,
      streamId,
      procurementDecider,
      {
        type: 'RecordGatewayDecision',
        reviewId: `${procurementId}-g3`,
        outcome: 'APPROVED',
        conditions: [],
        rationale: 'Meets the criteria',
        committeeMemberIds: ['staff-ama'],
        basisPosition: '1',
        people: { 'staff-ama': 'REGISTERED' },
        actorStaffMemberId: null,
      },
      meta(`${procurementId}-3`),
    );
  }

  beforeEach(async () => {
    store = new InMemoryEventStore();
    const queries = {
      reader: async () => ({ list: async () => [MANAGER] }),
      peopleStatuses: async (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, id === MANAGER.id ? 'REGISTERED' : 'UNKNOWN'])),
    } as unknown as ContractsQueries;
    const presenter = { present: async () => new Map([[MANAGER.id, MANAGER]]) } as unknown as StaffPresenter;
    const readSide = { waitFor: async () => undefined } as unknown as ReadSide;
    importer = new ContractsImporter(store, queries, presenter, new ContractCommandHandler(queries, store), readSide);
    await procurement('passed', { requireAward: true, passed: true });
    await procurement('awaiting', { requireAward: true, passed: false });
  });

  it('dry-runs a good row as created and writes nothing; the import then awards it once, and again changes nothing', async () => {
    const rows = rowsOf(row(), row({ ref: 'CON/2024/002', status: 'Ended', start: '2022-01-01', end: '2023-12-31', manager: '' }));
    const before = await store.headPosition();
    const dry = await run(rows, true);
    expect(dry).toMatchObject({ dryRun: true, rowsRead: 2, applied: 0, alreadyApplied: 0, errors: [] });
    expect(dry.rows).toEqual([
      { line: 2, contractId: 'CON-2024-001', outcome: 'created', changes: ['awarded', 'manager mo@example.gov.uk assigned'] },
      { line: 3, contractId: 'CON-2024-002', outcome: 'created', changes: ['awarded', 'ended on 2023-12-31'] },
    ]);
    expect(await store.headPosition()).toBe(before);

    const applied = await run(rows, false);
    expect(applied).toMatchObject({ applied: 2, alreadyApplied: 0, errors: [] });
    expect((await store.readStream('contract-CON-2024-001')).map((e) => e.type)).toEqual(['ContractAwarded', 'ContractManagerAssigned']);
    expect((await store.readStream('contract-CON-2024-002')).map((e) => e.type)).toEqual(['ContractAwarded', 'ContractEnded']);
    const written = await store.headPosition();

    const again = await run(rows, false);
    expect(again).toMatchObject({ applied: 0, alreadyApplied: 2, errors: [] });
    expect(again.rows.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(await store.headPosition()).toBe(written);
  });

  it('names each bad row by line, column and reason, and writes none of the good ones', async () => {
    const rows = rowsOf(
      row(),
      row({ ref: 'C2', start: '31/02/2024' }),
      row({ ref: 'C3', value: '-£5,000' }),
      row({ ref: 'C4', procurement: 'no-such-procurement' }),
      row({ ref: 'C5', procurement: 'awaiting' }),
      row({ ref: 'con/2024/001', value: '£1' }),
      row({ ref: 'C7', manager: 'nobody@example.gov.uk' }),
      row({ ref: 'C8', start: '2025-01-01', end: '2024-01-01' }),
    );
    const before = await store.headPosition();
    const report = await run(rows, false);
    expect(report.applied).toBe(0);
    expect(report.errors).toEqual([
      { line: 3, code: 'BAD_USER_INPUT', column: 'start_date', message: 'start date "31/02/2024" is not a date: write it as dd/mm/yyyy (e.g. 31/03/2026) or yyyy-mm-dd' },
      { line: 4, code: 'BAD_USER_INPUT', column: 'awarded_value', message: 'awarded value "-£5,000" is negative: an amount in pounds must be 0 or more' },
      {
        line: 5,
        code: 'NOT_FOUND',
        column: 'procurement_reference',
        message: `No procurement "no-such-procurement" on the record: the procurement reference must be the ledger's id of the procurement the contract was awarded from`,
      },
      { line: 6, code: 'RULE_VIOLATION', column: 'procurement_reference', message: expect.stringMatching(/^A contract is awarded only once .*G3_AWARD not passed yet\. Record the procurement's G3_AWARD decision/) },
      { line: 7, code: 'BAD_USER_INPUT', column: 'contract_reference', message: 'contract reference "con/2024/001" is also on line 2: one row per contract' },
      { line: 8, code: 'NOT_FOUND', column: 'contract_manager_email', message: 'No staff member with email "nobody@example.gov.uk": a contract manager must be on the staff register' },
      { line: 9, code: 'BAD_USER_INPUT', column: 'end_date', message: 'endDate must be after startDate' },
    ]);
    expect(report.rows.map((r) => r.outcome)).toEqual(['created', 'error', 'error', 'error', 'error', 'error', 'error', 'error']);
    expect(await store.headPosition()).toBe(before);
  });

  it('records the award date a row gives (for the FOI year), refusing one after the start date or still to come, in its column', async () => {
    const report = await run(
      rowsOf(row({ awarded: '15/03/2024' }), row({ ref: 'C2', awarded: '02/04/2024' }), row({ ref: 'C3', start: '01/07/2026', end: '30/06/2028', awarded: '2026-06-16' })),
      false,
    );
    expect(report.errors).toEqual([
      { line: 3, code: 'RULE_VIOLATION', column: 'award_date', message: expect.stringMatching(/^The award date 2 April 2024 is after the contract's start date 1 April 2024/) },
      { line: 4, code: 'RULE_VIOLATION', column: 'award_date', message: expect.stringMatching(/^The award date 16 June 2026 is still to come/) },
    ]);
    const good = await run(rowsOf(row({ awarded: '15/03/2024' })), false);
    expect(good).toMatchObject({ applied: 1, errors: [] });
    const [awarded] = await store.readStream('contract-CON-2024-001');
    expect(awarded.data).toMatchObject({ awardedOn: '2024-03-15', startDate: '2024-04-01' });

    // The same register again is unchanged; another award date for the same contract is refused.
    expect((await run(rowsOf(row({ awarded: '15/03/2024' })), true)).rows.map((r) => r.outcome)).toEqual(['unchanged']);
    expect((await run(rowsOf(row({ awarded: '16/03/2024' })), true)).errors).toEqual([expect.objectContaining({ column: 'award_date', code: 'RULE_VIOLATION' })]);
  });

  it('refuses a row for a contract already on the record with other terms, and a file without a required column', async () => {
    await run(rowsOf(row()), false);
    const changed = await run(rowsOf(row({ value: '£350,000' })), true);
    expect(changed.errors).toEqual([
      {
        line: 2,
        code: 'RULE_VIOLATION',
        column: 'awarded_value',
        message: 'Contract CON-2024-001 is already on the record with awarded value 300000, not 350000: the import adds contracts; record a change on the contract itself (a variation or an extension)',
      },
    ]);
    const ended = await run(rowsOf(row({ status: 'Ended', end: '31/03/2027' })), true);
    expect(ended.errors[0]).toMatchObject({ line: 2, column: 'status', message: expect.stringMatching(/ended on the day it ends, not in advance/) });

    const missing = await run([{ line: 2, values: { contract_reference: 'C1', supplier: 'Acme' } }], true);
    expect(missing.errors).toEqual([
      { line: 1, code: 'BAD_USER_INPUT', message: 'Missing column(s): procurement_reference, awarded_value, start_date, end_date, social_value_weighting' },
    ]);
  });
});
