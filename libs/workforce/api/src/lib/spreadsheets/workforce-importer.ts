import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EventStore, ForkedEventStore, LedgerError, handleCommand } from '@ledger/event-store-core';
import { Actor, EVENT_STORE, InputRow, commandMetadataFor } from '@ledger/shared-api';
import { StaffMemberRequest } from '@ledger/workforce-domain';
import { WorkforceQueries } from '../read/workforce-queries';
import { StaffMemberCommandHandler } from '../write/handlers';
import { StaffMemberCommandMessage } from '../write/messages';

export type ImportKind = 'skills-matrix' | 'training-records';

export interface RowError {
  line: number;
  code: string;
  message: string;
}

export interface ImportReport {
  kind: ImportKind;
  dryRun: boolean;
  rowsRead: number;
  /** Rows written by this run (0 on a dry run or when any row is invalid). */
  applied: number;
  /** Rows already imported by an earlier run of the same file: nothing new written for them. */
  alreadyApplied: number;
  errors: RowError[];
}

/** Columns each import expects (headers are matched case- and punctuation-insensitively). */
export const IMPORT_COLUMNS: Record<ImportKind, { required: string[]; optional: string[] }> = {
  'skills-matrix': { required: ['email', 'competency', 'level', 'evidence'], optional: [] },
  'training-records': { required: ['email', 'course', 'status', 'date'], optional: ['evidence', 'reason'] },
};

class RowProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Imports the spreadsheets HR already keeps. Every row becomes one ordinary command through the
 * same handlers as the API. All rows are first decided against a fork of the store; if any row is
 * refused nothing is written and every refused row is named. Command ids derive from the file's
 * content and the row's line, so importing the same file again writes nothing twice.
 */
@Injectable()
export class WorkforceImporter {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly queries: WorkforceQueries,
    private readonly staffHandler: StaffMemberCommandHandler,
    private readonly commands: CommandBus,
  ) {}

  async import(kind: ImportKind, content: Buffer, rows: InputRow[], actor: Actor, options: { dryRun: boolean; now?: Date }): Promise<ImportReport> {
    const report: ImportReport = { kind, dryRun: options.dryRun, rowsRead: rows.length, applied: 0, alreadyApplied: 0, errors: [] };
    const missing = rows.length ? IMPORT_COLUMNS[kind].required.filter((column) => !(column in rows[0].values)) : [];
    if (missing.length) {
      report.errors.push({ line: 1, code: 'BAD_USER_INPUT', message: `Missing column(s): ${missing.join(', ')}` });
      return report;
    }
    if (rows.length === 0) {
      report.errors.push({ line: 1, code: 'BAD_USER_INPUT', message: 'The file has a header but no rows' });
      return report;
    }
    const importId = createHash('sha256').update(kind).update(content).digest('hex').slice(0, 24);
    const now = options.now ?? new Date();
    const messages: { line: number; message: StaffMemberCommandMessage }[] = [];
    const fork = new ForkedEventStore(this.store);
    // A row that repeats an earlier one word for word is a copy-paste slip, not a second fact.
    const firstLineOf = new Map<string, number>();
    for (const row of rows) {
      const key = JSON.stringify(Object.entries(row.values).map(([column, value]) => [column, value.toLowerCase()]));
      const first = firstLineOf.get(key);
      if (first !== undefined) {
        report.errors.push({ line: row.line, code: 'BAD_USER_INPUT', message: `Line ${row.line} repeats line ${first} exactly: remove the repeat` });
        continue;
      }
      firstLineOf.set(key, row.line);
      try {
        const { staffMemberId, command } = await this.toCommand(kind, row);
        const metadata = { ...commandMetadataFor(actor, { commandId: `import-${importId}-${row.line}`, now }), correlationId: `import-${importId}` };
        const message = new StaffMemberCommandMessage(staffMemberId, command, metadata);
        const prepared = await this.staffHandler.prepare(message);
        const outcome = await handleCommand(fork, prepared.streamId, prepared.decider, prepared.command, metadata, prepared.options);
        if (outcome.idempotent) report.alreadyApplied += 1;
        else messages.push({ line: row.line, message });
      } catch (error) {
        report.errors.push(this.rowError(row.line, error));
      }
    }
    if (report.errors.length > 0 || options.dryRun) return report;
    for (const { line, message } of messages) {
      try {
        await this.commands.execute(message);
        report.applied += 1;
      } catch (error) {
        // Changed by someone else since the dry run: stop here; running the import again resumes.
        report.errors.push(this.rowError(line, error));
        break;
      }
    }
    return report;
  }

  private async toCommand(kind: ImportKind, row: InputRow): Promise<{ staffMemberId: string; command: StaffMemberRequest }> {
    const v = row.values;
    const person = v['email'] ? await this.queries.staffMemberByEmail(v['email']) : undefined;
    if (!person) throw new RowProblem('NOT_FOUND', `No staff member with email "${v['email'] ?? ''}"`);
    if (kind === 'skills-matrix') {
      const competency = (await this.queries.competencies()).find((c) => c.name.toLowerCase() === (v['competency'] ?? '').toLowerCase());
      if (!competency) throw new RowProblem('NOT_FOUND', `No competency named "${v['competency'] ?? ''}"`);
      const level = Number(v['level']);
      if (v['level'] === '' || !Number.isInteger(level)) throw new RowProblem('BAD_USER_INPUT', `level "${v['level']}" is not a whole number from 0 to 4`);
      return { staffMemberId: person.id, command: { type: 'AssessProficiency', competencyId: competency.id, level, evidence: v['evidence'] } };
    }
    const course = (await this.queries.courses()).find((c) => c.title.toLowerCase() === (v['course'] ?? '').toLowerCase());
    if (!course) throw new RowProblem('NOT_FOUND', `No course titled "${v['course'] ?? ''}"`);
    const status = (v['status'] ?? '').toUpperCase().replace(/[\s-]+/g, '_');
    if (status === 'PLANNED') {
      return { staffMemberId: person.id, command: { type: 'PlanTraining', courseId: course.id, plannedFor: v['date'], reason: v['reason'] || 'Imported training plan' } };
    }
    return { staffMemberId: person.id, command: { type: 'RecordTrainingOutcome', courseId: course.id, status, date: v['date'], evidence: v['evidence'] || null } };
  }

  private rowError(line: number, error: unknown): RowError {
    if (error instanceof RowProblem) return { line, code: error.code, message: error.message };
    if (error instanceof LedgerError) return { line, code: error.code, message: error.message };
    throw error;
  }
}
