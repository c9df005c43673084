import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EventStore, ForkedEventStore, SealedEvent, StoreIntegrityError } from '@ledger/event-store-core';
import {
  Actor,
  EVENT_STORE,
  EventLoopTurns,
  ImportReportBase,
  InputRow,
  ReadSide,
  RowError,
  RowProblem,
  RowScreen,
  WriteSizes,
  commandMetadataFor,
  fileProblem,
  importIdOf,
  rowErrorOf,
} from '@ledger/shared-api';
import { StaffMemberRequest } from '@ledger/workforce-domain';
import { CompetencyType } from '../graphql/skills.types';
import { StaffMemberType } from '../graphql/people.types';
import { CourseType } from '../graphql/training.types';
import { WorkforceQueries } from '../read/workforce-queries';
import { StaffMemberCommandHandler } from '../write/handlers';
import { StaffMemberCommandMessage } from '../write/messages';

export type ImportKind = 'skills-matrix' | 'training-records';

export type { RowError };

export type ImportReport = ImportReportBase<ImportKind>;

/** Columns each import expects (headers are matched case- and punctuation-insensitively). */
export const IMPORT_COLUMNS: Record<ImportKind, { required: string[]; optional: string[] }> = {
  'skills-matrix': { required: ['email', 'competency', 'level', 'evidence'], optional: [] },
  'training-records': { required: ['email', 'course', 'status', 'date'], optional: ['evidence', 'reason'] },
};

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
    const unreadable = fileProblem(rows, IMPORT_COLUMNS[kind].required);
    if (unreadable) {
      report.errors.push(unreadable);
      return report;
    }
    const importId = importIdOf(kind, content);
    const now = options.now ?? new Date();
    const turns = new EventLoopTurns();
    const lookups = await this.lookups(kind);
    const accepted: DecidedRow[] = [];
    const fork = new ForkedEventStore(this.store);
    const screen = new RowScreen();
    for (const row of rows) {
      await turns.take();
      const problem = screen.problemWith(row);
      if (problem) {
        report.errors.push(problem);
        continue;
      }
      try {
        const { staffMemberId, command } = this.toCommand(kind, row, lookups);
        const metadata = { ...commandMetadataFor(actor, { commandId: `import-${importId}-${row.line}`, now }), correlationId: `import-${importId}` };
        const message = new StaffMemberCommandMessage(staffMemberId, command, metadata);
        const prepared = await this.staffHandler.prepare(message);
        const outcome = await fork.decide(prepared.streamId, prepared.decider, prepared.command, metadata, prepared.options);
        if (outcome.idempotent) report.alreadyApplied += 1;
        else accepted.push({ line: row.line, message, streamId: prepared.streamId, events: outcome.newEvents.map(({ position, ...event }) => (void position, event)) });
      } catch (error) {
        report.errors.push(rowErrorOf(row.line, error));
      }
    }
    if (report.errors.length > 0 || options.dryRun) return report;
    await this.apply(accepted, report, turns);
    return report;
  }

  /**
   * Writes what the dry run decided, in file order, up to 250 rows per transaction (fewer while
   * commits are slow: WriteSizes keeps each write short enough not to hold the event loop): the very
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
      const sizes = new WriteSizes();
      for (let start = 0; start < rows.length; ) {
        await turns.take();
        const batch = rows.slice(start, start + sizes.next());
        start += batch.length;
        const direct = batch.filter((row) => !changedSinceDryRun.has(row.streamId));
        let directWritten = false;
        try {
          const events = direct.flatMap((row) => row.events);
          const began = performance.now();
          if (events.length > 0) written = await this.store.appendRecorded(events);
          sizes.took(performance.now() - began);
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
            report.errors.push(rowErrorOf(row.line, error));
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
}
