import { Inject, Injectable } from '@nestjs/common';
import { EventStore, ForkedEventStore, LedgerError, NotFoundError, RuleViolationError, SealedEvent, StoreIntegrityError, foldEvents } from '@ledger/event-store-core';
import { AWARD_GATEWAY, ContractEvent, ContractRequest, ContractState, contractDecider, contractStreamId } from '@ledger/contracts-domain';
import {
  Actor,
  EVENT_STORE,
  EventLoopTurns,
  ImportReportBase,
  InputRow,
  PersonDoc,
  ReadSide,
  RowError,
  RowProblem,
  RowScreen,
  StaffPresenter,
  commandMetadataFor,
  fileProblem,
  importIdOf,
  rowErrorOf,
} from '@ledger/shared-api';
import { CONTRACT_PEOPLE } from '../projections';
import { ContractsQueries } from '../read/contracts-queries';
import { ContractCommandHandler } from '../write/handlers';
import { ContractCommandMessage } from '../write/messages';
import {
  CONTRACTS_REGISTER_IMPORT,
  ContractsImportKind,
  ContractsRegisterColumn,
  REQUIRED_COLUMNS,
  RegisterStatus,
  columnOfField,
  contractIdOf,
  parseDate,
  parsePercent,
  parsePounds,
  parseStatus,
  parseWholeNumber,
  parseYesNo,
  spoken,
  withRegisterColumns,
} from './contracts-register-columns';

/** What a row of the register does to the record: a contract awarded, one already there changed (a manager, its ending), or nothing. */
export type ContractRowOutcome = 'created' | 'updated' | 'unchanged' | 'error';

export interface ContractImportRow {
  line: number;
  /** The contract's id in the ledger (from its reference); null when the reference could not be read. */
  contractId: string | null;
  outcome: ContractRowOutcome;
  /** What the row records, in words: "awarded", "manager assigned", "ended on 2025-03-31". */
  changes: string[];
}

export interface ContractsImportReport extends ImportReportBase<ContractsImportKind> {
  /** Every row, in file order, with what it does (or would do, on a dry run). */
  rows: ContractImportRow[];
}

/** One row read from the register: the award it states, its manager and how it stands. */
interface RegisterRow {
  contractId: string;
  award: Extract<ContractRequest, { type: 'AwardContract' }>;
  managerEmail: string | null;
  status: RegisterStatus;
  closedOn: string | null;
  closureReason: string | null;
}

/** The rows decided against a fork, and the events they decided, in file order, ready to be written together. */
interface Decision {
  rows: ContractImportRow[];
  errors: RowError[];
  events: SealedEvent[];
}

/**
 * Imports an authority's existing contracts register (its e-tendering portal's export) the way the
 * workforce imports HR's spreadsheets: every row becomes ordinary contract commands, prepared by
 * the same handler as the API (`ContractCommandHandler.prepare`, which resolves the procurement's
 * gateways) and decided by the same decider, first against a fork of the store. A historic
 * contract is awarded through `AwardContract` like any other (ADR 0034): the award rule holds, so a
 * row whose procurement has not passed its gateways up to G3_AWARD is refused, by name.
 *
 * What the record already holds decides what a row does: a contract not yet on the record is
 * awarded (then its manager assigned, then ended or terminated when the register says so); one
 * already there with the same terms is unchanged; one there with other terms is refused (changes
 * to a contract are variations and extensions, recorded on the contract). So the same file, or a
 * later export of the same register, imports once.
 *
 * The real run writes every event the dry run decided in one `appendRecorded` call: on the SQL
 * stores all of it or none of it.
 */
@Injectable()
export class ContractsImporter {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly queries: ContractsQueries,
    private readonly presenter: StaffPresenter,
    private readonly handler: ContractCommandHandler,
    private readonly readSide: ReadSide,
  ) {}

  async import(content: Buffer, fileRows: readonly InputRow[], actor: Actor, options: { dryRun: boolean; now?: Date }): Promise<ContractsImportReport> {
    const rows = withRegisterColumns(fileRows);
    const report: ContractsImportReport = { kind: CONTRACTS_REGISTER_IMPORT, dryRun: options.dryRun, rowsRead: fileRows.length, applied: 0, alreadyApplied: 0, errors: [], rows: [] };
    const unreadable = fileProblem(rows, REQUIRED_COLUMNS);
    if (unreadable) {
      report.errors.push(unreadable);
      return report;
    }
    const importId = importIdOf(CONTRACTS_REGISTER_IMPORT, content);
    const now = options.now ?? new Date();
    let decision = await this.decide(rows, importId, actor, now);
    if (decision.errors.length === 0 && !options.dryRun && decision.events.length > 0) {
      try {
        await this.write(decision.events);
      } catch (error) {
        if (!(error instanceof StoreIntegrityError)) throw error;
        // A contract changed between deciding and writing (someone awarded or ended it meanwhile):
        // nothing was written; decide once more on what is there now.
        decision = await this.decide(rows, importId, actor, now);
        if (decision.errors.length === 0 && decision.events.length > 0) await this.write(decision.events);
      }
    }
    report.rows = decision.rows;
    report.errors = decision.errors;
    report.alreadyApplied = decision.rows.filter((row) => row.outcome === 'unchanged').length;
    if (report.errors.length === 0 && !options.dryRun) report.applied = decision.rows.filter((row) => row.outcome === 'created' || row.outcome === 'updated').length;
    return report;
  }

  /** Everything at once: on PostgreSQL and SQLite one transaction, so a failure leaves nothing half-written. */
  private async write(events: readonly SealedEvent[]): Promise<void> {
    const position = await this.store.appendRecorded(events);
    await this.readSide.waitFor(position);
  }

  private async decide(rows: readonly InputRow[], importId: string, actor: Actor, now: Date): Promise<Decision> {
    const decision: Decision = { rows: [], errors: [], events: [] };
    const fork = new ForkedEventStore(this.store);
    const turns = new EventLoopTurns();
    const screen = new RowScreen(true);
    const staffByEmail = await this.staffByEmail();
    const lineOfContract = new Map<string, number>();
    for (const row of rows) {
      await turns.take();
      let contractId: string | null = null;
      const refuse = (error: RowError) => {
        decision.errors.push(error);
        decision.rows.push({ line: row.line, contractId, outcome: 'error', changes: [] });
      };
      const problem = screen.problemWith(row);
      if (problem) {
        refuse(problem);
        continue;
      }
      try {
        const read = readRegisterRow(row);
        contractId = read.contractId;
        const earlier = lineOfContract.get(read.contractId.toLowerCase());
        if (earlier !== undefined) {
          throw new RowProblem('BAD_USER_INPUT', `contract reference "${row.values['contract_reference']}" is also on line ${earlier}: one row per contract`, 'contract_reference');
        }
        lineOfContract.set(read.contractId.toLowerCase(), row.line);
        const managerId = read.managerEmail ? staffByEmail.get(read.managerEmail.toLowerCase()) : null;
        if (read.managerEmail && !managerId) {
          throw new RowProblem('NOT_FOUND', `No staff member with email "${read.managerEmail}": a contract manager must be on the staff register`, 'contract_manager_email');
        }
        const streamId = contractStreamId(read.contractId);
        const state = foldEvents(contractDecider, (await fork.readStream(streamId)) as unknown as ContractEvent[]);
        const awarded = state.status === 'NONE' ? null : await this.awardedTerms(fork, streamId);
        const steps = stepsFor(read, state, awarded, managerId ?? null);
        const events: SealedEvent[] = [];
        for (const [index, step] of steps.entries()) {
          const metadata = { ...commandMetadataFor(actor, { commandId: `import-${importId}-${row.line}-${index + 1}`, now }), correlationId: `import-${importId}` };
          const prepared = await this.handler.prepare(new ContractCommandMessage(read.contractId, step.command, metadata));
          try {
            const outcome = await fork.decide(prepared.streamId, prepared.decider, prepared.command, metadata, prepared.options);
            events.push(...outcome.newEvents.map(({ position, ...event }) => (void position, event)));
          } catch (error) {
            throw step.command.type === 'AwardContract' ? awardRefusal(error, read.award.procurementId) : inColumn(error, step.column);
          }
        }
        decision.events.push(...events);
        const outcome: ContractRowOutcome = steps.length === 0 ? 'unchanged' : state.status === 'NONE' ? 'created' : 'updated';
        decision.rows.push({ line: row.line, contractId, outcome, changes: steps.map((step) => step.change) });
      } catch (error) {
        refuse(rowErrorOf(row.line, error, columnOfField));
      }
    }
    return decision;
  }

  /** Staff members by email (erased people have none), read once per import. */
  private async staffByEmail(): Promise<Map<string, string>> {
    const people = await this.presenter.present(await (await this.queries.reader()).list<PersonDoc>(CONTRACT_PEOPLE));
    const byEmail = new Map<string, string>();
    for (const person of people.values()) if (!person.erased && person.email) byEmail.set(person.email.toLowerCase(), person.id);
    return byEmail;
  }

  /** The terms the contract was awarded on (its first event), to tell a later export of the same register from a change. */
  private async awardedTerms(fork: ForkedEventStore, streamId: string): Promise<ContractState | null> {
    const [first] = (await fork.readStream(streamId, { toRevision: 1 })) as unknown as ContractEvent[];
    return first ? foldEvents(contractDecider, [first]) : null;
  }
}

/** A cell, trimmed; '' when the column is absent. */
const cell = (row: InputRow, column: ContractsRegisterColumn) => (row.values[column] ?? '').trim();

/** The row in the decider's terms, or the first cell that cannot be read. */
export function readRegisterRow(row: InputRow): RegisterRow {
  const contractId = contractIdOf(cell(row, 'contract_reference'));
  const procurementId = cell(row, 'procurement_reference');
  if (!procurementId) throw new RowProblem('BAD_USER_INPUT', 'procurement reference is empty: name the procurement the contract was awarded from', 'procurement_reference');
  const supplierName = cell(row, 'supplier_name');
  if (!supplierName) throw new RowProblem('BAD_USER_INPUT', 'supplier name is empty', 'supplier_name');
  const status = parseStatus(cell(row, 'status'));
  const closedOn = cell(row, 'closed_on') ? parseDate('closed_on', cell(row, 'closed_on')) : null;
  if (status === 'TERMINATED' && !closedOn) throw new RowProblem('BAD_USER_INPUT', 'a TERMINATED contract needs the day it was terminated in "closed on"', 'closed_on');
  if (status === 'ACTIVE' && closedOn) throw new RowProblem('BAD_USER_INPUT', `"closed on" is given but the status is ACTIVE: give the status ENDED or TERMINATED, or leave "closed on" empty`, 'closed_on');
  return {
    contractId,
    award: {
      type: 'AwardContract',
      contractId,
      procurementId,
      supplierName,
      supplierDetails: {
        companyNumber: cell(row, 'supplier_identifier') || null,
        postcode: cell(row, 'supplier_postcode') || null,
        sme: parseYesNo('sme', cell(row, 'sme')),
        vcse: parseYesNo('vcse', cell(row, 'vcse')),
      },
      awardedValue: parsePounds('awarded_value', cell(row, 'awarded_value')),
      startDate: parseDate('start_date', cell(row, 'start_date')),
      endDate: parseDate('end_date', cell(row, 'end_date')),
      extensionMonthsAvailable: parseWholeNumber('extension_months_available', cell(row, 'extension_months_available'), 0),
      noticePeriodDays: parseWholeNumber('notice_period_days', cell(row, 'notice_period_days'), null),
      socialValueWeightingPercent: parsePercent('social_value_weighting', cell(row, 'social_value_weighting')),
      awardedOn: cell(row, 'award_date') ? parseDate('award_date', cell(row, 'award_date')) : null,
    },
    managerEmail: cell(row, 'contract_manager_email') || null,
    status,
    closedOn,
    closureReason: cell(row, 'closure_reason') || null,
  };
}

interface Step {
  command: ContractRequest;
  change: string;
  /** The column a refusal of this step is about (the award's: the field the decider names). */
  column: ContractsRegisterColumn;
}

/**
 * The commands a row needs on what the record holds: the award when the contract is not there
 * (its terms checked against the record's when it is), the manager when not yet assigned, the
 * ending or termination when the register says so and the record does not yet.
 */
export function stepsFor(read: RegisterRow, state: ContractState, awarded: ContractState | null, managerId: string | null): Step[] {
  const steps: Step[] = [];
  if (state.status === 'NONE') steps.push({ command: read.award, change: 'awarded', column: 'contract_reference' });
  else assertSameTerms(read, state, awarded ?? state);
  if (managerId && !state.managers.includes(managerId)) {
    steps.push({ command: { type: 'AssignContractManager', staffMemberId: managerId }, change: `manager ${read.managerEmail} assigned`, column: 'contract_manager_email' });
  }
  const recorded = state.status === 'NONE' ? 'ACTIVE' : state.status;
  if (read.status === recorded) return steps;
  if (recorded !== 'ACTIVE') {
    throw new RowProblem('RULE_VIOLATION', `The contract is ${recorded.toLowerCase()} on the record, not ${read.status.toLowerCase()}: an ${recorded.toLowerCase()} contract stays so`, 'status');
  }
  const effectiveOn = read.closedOn ?? read.award.endDate;
  // Refused (a day still to come, after the end date): the day given, or else the status that says it ended.
  const column: ContractsRegisterColumn = read.closedOn ? 'closed_on' : 'status';
  const reason = read.closureReason ?? `${read.status === 'ENDED' ? 'Ended' : 'Terminated'}, as the imported contracts register records`;
  steps.push(
    read.status === 'ENDED'
      ? { command: { type: 'EndContract', reason, effectiveOn }, change: `ended on ${effectiveOn}`, column }
      : { command: { type: 'TerminateContract', reason, effectiveOn }, change: `terminated on ${effectiveOn}`, column },
  );
  return steps;
}

/**
 * A contract already on the record matches the row when each term equals what it was awarded on
 * or what it stands at now (an extension moves the end date): otherwise the row is refused, since
 * changes to a contract are recorded on it (variations, extensions), not imported over it.
 */
function assertSameTerms(read: RegisterRow, now: ContractState, awarded: ContractState): void {
  const { award } = read;
  const checks: [ContractsRegisterColumn, (s: ContractState) => unknown, unknown][] = [
    ['procurement_reference', (s) => s.procurementId, award.procurementId],
    ['supplier_name', (s) => s.supplierName.toLowerCase(), award.supplierName.toLowerCase()],
    ['awarded_value', (s) => s.awardedValue, Math.round(award.awardedValue * 100) / 100],
    ['start_date', (s) => s.startDate, award.startDate],
    ['end_date', (s) => s.endDate, award.endDate],
    ['extension_months_available', (s) => s.extensionMonthsAvailable, award.extensionMonthsAvailable],
    ['social_value_weighting', (s) => s.socialValueWeightingPercent, award.socialValueWeightingPercent],
  ];
  // An award date is compared only where both the record and the row state one: a contract imported
  // before the register had the column keeps the day it was recorded (no command re-dates an award).
  if (award.awardedOn && awarded.awardedOn) checks.push(['award_date', (s) => s.awardedOn, award.awardedOn]);
  for (const [column, termOf, value] of checks) {
    if (termOf(awarded) === value || termOf(now) === value) continue;
    throw new RowProblem(
      'RULE_VIOLATION',
      `Contract ${read.contractId} is already on the record with ${spoken(column)} ${String(termOf(now))}, not ${String(value)}: the import adds contracts; record a change on the contract itself (a variation or an extension)`,
      column,
    );
  }
}

/** A domain refusal of a step after the award, given the column the step comes from. */
function inColumn(error: unknown, column: ContractsRegisterColumn): unknown {
  return error instanceof LedgerError ? new RowProblem(error.code, error.message, column) : error;
}

/** The award's refusals about the procurement, in the register's words and naming its column. */
function awardRefusal(error: unknown, procurementId: string): unknown {
  if (error instanceof NotFoundError && /procurement/i.test(error.message)) {
    return new RowProblem('NOT_FOUND', `No procurement "${procurementId}" on the record: the procurement reference must be the ledger's id of the procurement the contract was awarded from`, 'procurement_reference');
  }
  if (error instanceof RuleViolationError && Array.isArray(error.details['missing'])) {
    return new RowProblem('RULE_VIOLATION', `${error.message}. Record the procurement's ${AWARD_GATEWAY} decision (and any earlier gateway) first, then import this row again`, 'procurement_reference');
  }
  return error;
}
