import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EventStore, ForkedEventStore, LedgerError, SealedEvent, StoreIntegrityError, unstorableTextAt } from '@ledger/event-store-core';
import { Actor, EVENT_STORE, InputRow, ReadSide, commandMetadataFor } from '@ledger/shared-api';
import { StaffMemberRequest } from '@ledger/workforce-domain';
import { CompetencyType } from '../graphql/skills.types';
import { StaffMemberType } from '../graphql/people.types';
import { CourseType } from '../graphql/training.types';
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

/** What one import looks rows up in, read once per import rather than once per row. */
interface Lookups {
  people: Map<string, StaffMemberType>;
  competencies: Map<string, CompetencyType>;
  courses: Map<string, CourseType>;
}

/** A row the dry run accepted: its command, and the events it decided, sealed onto the person's stream. */
interface DecidedRow {
  line: number;
  message: StaffMemberCommandMessage;
  streamId: string;
  events: SealedEvent[];
}

/** Rows written per transaction by the real run: few commits, each short enough not to hold the event loop. */
const ROWS_PER_WRITE = 250;

/**
 * Gives the event loop a turn (setImmediate) after every `everyMs` of work, so that `/health` and
 * small requests keep answering while a long import runs in the same process.
 */
class EventLoopTurns {
  private last = performance.now();

  constructor(private readonly everyMs = 20) {}

  async take(): Promise<void> {
    if (performance.now() - this.last < this.everyMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.last = performance.now();
  }
}

/**
 * Imports the spreadsheets HR already keeps. Every row becomes one ordinary command, prepared by
 * the same handler as the API and decided by the same decider. All rows are first decided against
 * a fork of the store; if any row is refused nothing is written and every refused row is named.
 * Command ids derive from the file's content and the row's line, so importing the same file again
 * writes nothing twice.
 *
 * Time is linear in the rows whoever they are about (ADR 0010): people, competencies and courses
 * are looked up once per import, the fork carries each person's state from row to row, and the
 * real run writes the events the dry run decided and sealed (each row's with its own command id),
 * a few hundred rows per transaction, instead of reading and folding the person's stream again
 * for every row and committing every row on its own.
 */
@Injectable()
export class WorkforceImporter {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly queries: WorkforceQueries,
    private readonly staffHandler: StaffMemberCommandHandler,
    private readonly commands: CommandBus,
    private readonly readSide: ReadSide,
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
    const turns = new EventLoopTurns();
    const lookups = await this.lookups(kind);
    const accepted: DecidedRow[] = [];
    const fork = new ForkedEventStore(this.store);
    // A row that repeats an earlier one word for word is a copy-paste slip, not a second fact.
    const firstLineOf = new Map<string, number>();
    for (const row of rows) {
      await turns.take();
      const unstorable = unstorableTextAt(row.values, 'row');
      if (unstorable) {
        const column = unstorable.path.slice('row.'.length);
        report.errors.push({ line: row.line, code: 'BAD_USER_INPUT', message: `Column "${column}" holds ${unstorable.problem}: remove it` });
        continue;
      }
      const key = JSON.stringify(Object.entries(row.values).map(([column, value]) => [column, value.toLowerCase()]));
      const first = firstLineOf.get(key);
      if (first !== undefined) {
        report.errors.push({ line: row.line, code: 'BAD_USER_INPUT', message: `Line ${row.line} repeats line ${first} exactly: remove the repeat` });
        continue;
      }
      firstLineOf.set(key, row.line);
      try {
        const { staffMemberId, command } = this.toCommand(kind, row, lookups);
        const metadata = { ...commandMetadataFor(actor, { commandId: `import-${importId}-${row.line}`, now }), correlationId: `import-${importId}` };
        const message = new StaffMemberCommandMessage(staffMemberId, command, metadata);
        const prepared = await this.staffHandler.prepare(message);
        const outcome = await fork.decide(prepared.streamId, prepared.decider, prepared.command, metadata, prepared.options);
        if (outcome.idempotent) report.alreadyApplied += 1;
        else accepted.push({ line: row.line, message, streamId: prepared.streamId, events: outcome.newEvents.map(({ position, ...event }) => (void position, event)) });
      } catch (error) {
        report.errors.push(this.rowError(row.line, error));
      }
    }
    if (report.errors.length > 0 || options.dryRun) return report;
    await this.apply(accepted, report, turns);
    return report;
  }

  /**
   * Writes what the dry run decided, in file order, ROWS_PER_WRITE rows per transaction: the very
   * events the fork sealed (each with its row's command id, so a re-run finds them), written with
   * `appendRecorded`, which refuses an event that does not continue its stream's chain. A person
   * changed by someone else since the dry run makes that write refused whole (SQL stores); the
   * rows of that write, and that person's later rows, then run as ordinary commands through the
   * bus, decided again on what is there now. Read models are awaited once, at the end.
   */
  private async apply(rows: readonly DecidedRow[], report: ImportReport, turns: EventLoopTurns): Promise<void> {
    const changedSinceDryRun = new Set<string>();
    let written = 0n;
    try {
      for (let start = 0; start < rows.length; start += ROWS_PER_WRITE) {
        await turns.take();
        const batch = rows.slice(start, start + ROWS_PER_WRITE);
        const direct = batch.filter((row) => !changedSinceDryRun.has(row.streamId));
        let directWritten = false;
        try {
          const events = direct.flatMap((row) => row.events);
          if (events.length > 0) written = await this.store.appendRecorded(events);
          report.applied += direct.length;
          directWritten = true;
        } catch (error) {
          if (!(error instanceof StoreIntegrityError)) throw error;
          for (const row of direct) changedSinceDryRun.add(row.streamId);
        }
        for (const row of batch) {
          if (directWritten && direct.includes(row)) continue;
          await turns.take();
          try {
            await this.commands.execute(row.message);
            report.applied += 1;
          } catch (error) {
            // Refused now though accepted by the dry run: stop here; running the import again resumes.
            report.errors.push(this.rowError(row.line, error));
            return;
          }
        }
      }
    } finally {
      if (written > 0n) await this.readSide.waitFor(written);
    }
  }

  private async lookups(kind: ImportKind): Promise<Lookups> {
    const firstBy = <T>(items: T[], key: (item: T) => string | null | undefined) => {
      const map = new Map<string, T>();
      for (const item of items) {
        const k = key(item);
        if (k && !map.has(k)) map.set(k, item);
      }
      return map;
    };
    // Erased people have no email, so they match nothing.
    const people = firstBy(await this.queries.staffMembers(), (person) => person.email);
    const competencies = firstBy(kind === 'skills-matrix' ? await this.queries.competencies() : [], (competency) => competency.name.toLowerCase());
    const courses = firstBy(kind === 'training-records' ? await this.queries.courses() : [], (course) => course.title.toLowerCase());
    return { people, competencies, courses };
  }

  private toCommand(kind: ImportKind, row: InputRow, lookups: Lookups): { staffMemberId: string; command: StaffMemberRequest } {
    const v = row.values;
    const person = v['email'] ? lookups.people.get(v['email'].trim().toLowerCase()) : undefined;
    if (!person) throw new RowProblem('NOT_FOUND', `No staff member with email "${v['email'] ?? ''}"`);
    if (kind === 'skills-matrix') {
      const competency = lookups.competencies.get((v['competency'] ?? '').toLowerCase());
      if (!competency) throw new RowProblem('NOT_FOUND', `No competency named "${v['competency'] ?? ''}"`);
      const level = Number(v['level']);
      if (v['level'] === '' || !Number.isInteger(level)) throw new RowProblem('BAD_USER_INPUT', `level "${v['level']}" is not a whole number from 0 to 4`);
      return { staffMemberId: person.id, command: { type: 'AssessProficiency', competencyId: competency.id, level, evidence: v['evidence'] } };
    }
    const course = lookups.courses.get((v['course'] ?? '').toLowerCase());
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
