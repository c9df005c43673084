import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { InvalidInputError, LedgerError, unstorableTextAt } from '@ledger/event-store-core';
import { InputRow, SPREADSHEET_LIMITS, SheetFormat, formatOf, readTable } from './tables';

// What every spreadsheet import shares (the workforce's and the contracts register's): the report
// it answers with, the checks made on a file before any row is decided, the per-row refusal, and
// the turns of the event loop a long import gives other requests. One copy, so both importers
// refuse a file in the same words.

/** One refused row: `line` counts the header as line 1, as a spreadsheet program shows it. */
export interface RowError {
  line: number;
  code: string;
  message: string;
  /** The column at fault, by its normalised header ("start_date"), where one is. */
  column?: string;
}

/** What an import answers, dry run or not. */
export interface ImportReportBase<Kind extends string = string> {
  kind: Kind;
  dryRun: boolean;
  rowsRead: number;
  /** Rows written by this run (0 on a dry run or when any row is invalid). */
  applied: number;
  /** Rows already on the record from an earlier run: nothing new written for them. */
  alreadyApplied: number;
  errors: RowError[];
}

/** A row refused before any command was decided (a cell that is no date, a name that matches nobody). */
export class RowProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly column?: string,
  ) {
    super(message);
  }
}

/**
 * A refusal as a report line: the importer's own, or the domain's (the decider's words); anything
 * else is a fault. `columnOf` names the column behind a domain error's `field`, for an importer
 * that reports columns.
 */
export function rowErrorOf(line: number, error: unknown, columnOf?: (field: string) => string | undefined): RowError {
  const withColumn = (column: string | undefined) => (column ? { column } : {});
  if (error instanceof RowProblem) return { line, code: error.code, message: error.message, ...withColumn(error.column) };
  if (error instanceof LedgerError) {
    const field = error.details['field'];
    return { line, code: error.code, message: error.message, ...withColumn(typeof field === 'string' ? columnOf?.(field) : undefined) };
  }
  throw error;
}

/**
 * The whole file refused at line 1 (a required column missing, or no rows at all), or null.
 * Headers are matched case- and punctuation-insensitively (`normaliseHeader`).
 */
export function fileProblem(rows: readonly InputRow[], required: readonly string[]): RowError | null {
  const missing = rows.length ? required.filter((column) => !(column in rows[0].values)) : [];
  if (missing.length) return { line: 1, code: 'BAD_USER_INPUT', message: `Missing column(s): ${missing.join(', ')}` };
  if (rows.length === 0) return { line: 1, code: 'BAD_USER_INPUT', message: 'The file has a header but no rows' };
  return null;
}

/**
 * Checks made on every row before it is decided: text no store can hold (a NUL character), and a
 * row that repeats an earlier one word for word (case aside), which is a copy-paste slip, not a
 * second fact. Keeps the rows it has seen: one per import.
 */
export class RowScreen {
  private readonly firstLineOf = new Map<string, number>();

  /** `namesColumns`: the refusal of a bad cell names its column in `column` too. */
  constructor(private readonly namesColumns = false) {}

  problemWith(row: InputRow): RowError | null {
    const unstorable = unstorableTextAt(row.values, 'row');
    if (unstorable) {
      const column = unstorable.path.slice('row.'.length);
      return { line: row.line, code: 'BAD_USER_INPUT', message: `Column "${column}" holds ${unstorable.problem}: remove it`, ...(this.namesColumns ? { column } : {}) };
    }
    const key = JSON.stringify(Object.entries(row.values).map(([column, value]) => [column, value.toLowerCase()]));
    const first = this.firstLineOf.get(key);
    if (first !== undefined) return { line: row.line, code: 'BAD_USER_INPUT', message: `Line ${row.line} repeats line ${first} exactly: remove the repeat` };
    this.firstLineOf.set(key, row.line);
    return null;
  }
}

/** The import's id, from what is imported and the file's bytes: command ids derive from it, so the same file imports once. */
export const importIdOf = (kind: string, content: Buffer): string => createHash('sha256').update(kind).update(content).digest('hex').slice(0, 24);

/**
 * Gives the event loop a turn (setImmediate) after every `everyMs` of work, so that `/health` and
 * small requests keep answering while a long import runs in the same process (ADR 0024).
 */
export class EventLoopTurns {
  private last = performance.now();

  constructor(private readonly everyMs = 20) {}

  async take(): Promise<void> {
    if (performance.now() - this.last < this.everyMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.last = performance.now();
  }
}

/**
 * How many rows an import's next write takes: about as many as this machine commits in `targetMs`
 * now. Each write is one synchronous transaction whose commit waits for the disk, so its size is
 * how long it holds the event loop: a fixed 250 rows took 8-19 ms on a quiet 2-core host and
 * 100-340 ms on a busy one, where /health then waited. Halved after a write that overran the
 * target, grown by half after one that took under half of it, always within [min, max]; few, large
 * commits when the machine is quiet, short ones when it is not.
 */
export class WriteSizes {
  private size: number;

  constructor(
    private readonly targetMs = 25,
    private readonly min = 10,
    private readonly max = 250,
  ) {
    this.size = max;
  }

  /** Rows for the next write. */
  next(): number {
    return this.size;
  }

  /** How long the last write took, in ms. */
  took(ms: number): void {
    if (ms > this.targetMs) this.size = Math.max(this.min, Math.floor(this.size / 2));
    else if (ms < this.targetMs / 2) this.size = Math.min(this.max, Math.ceil(this.size * 1.5));
  }
}

/** The file an import route receives (multer's memory storage). */
export interface UploadedSpreadsheet {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
}

/** The upload limit of an import route: larger files are refused with 413 before they are parsed. */
export const IMPORT_UPLOAD_LIMITS = { fileSize: SPREADSHEET_LIMITS.maxUploadBytes } as const;

/** The uploaded file's rows (`readTable`), or BAD_USER_INPUT when no file came in the "file" field. */
export async function readUploadedTable(file: UploadedSpreadsheet | undefined): Promise<{ content: Buffer; format: SheetFormat; rows: InputRow[] }> {
  if (!file) throw new InvalidInputError('Send the spreadsheet as multipart/form-data in a field named "file"', { field: 'file' });
  const format = formatOf(file.originalname, file.mimetype);
  return { content: file.buffer, format, rows: await readTable(file.buffer, format) };
}

/** Whether an import route's `dryRun` query parameter asks for a dry run. */
export const isDryRun = (value: string | undefined): boolean => value === 'true' || value === '1';

/** The HTTP status of an import's answer: 422 when rows were refused and nothing written (a dry run just reports: 200). */
export const importStatus = (report: ImportReportBase): number => (report.errors.length > 0 && !report.dryRun ? 422 : 200);
