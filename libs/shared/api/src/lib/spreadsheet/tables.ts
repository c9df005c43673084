import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { InvalidInputError } from '@ledger/event-store-core';
import { renderOffTheLoop } from '../read/worker-pool';
import { reproducibleZip } from './reproducible-zip';

export type SheetFormat = 'csv' | 'xlsx';

/**
 * exceljs is loaded on the first XLSX read or write, not with this library: evaluating it costs
 * about half a CPU-second, which every CLI command and API start would pay for otherwise.
 */
const loadExcelJs = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

export interface Sheet {
  name: string;
  columns: string[];
  rows: (string | number | null)[][];
}

/** A data row keyed by normalised header ("Job title" -> "job_title"), with its 1-based line in the file. */
export interface InputRow {
  line: number;
  values: Record<string, string>;
}

export const normaliseHeader = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

export function formatOf(fileName: string | undefined, contentType?: string): SheetFormat {
  const name = (fileName ?? '').toLowerCase();
  if (name.endsWith('.xlsx') || contentType?.includes('spreadsheetml')) return 'xlsx';
  if (name.endsWith('.csv') || contentType?.startsWith('text/csv') || contentType?.startsWith('text/plain')) return 'csv';
  throw new InvalidInputError('Send a .csv or .xlsx file', { field: 'file' });
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
  }
  return String(value);
}

/**
 * What one uploaded spreadsheet may hold (docs/operations.md). An .xlsx is a zip archive: its
 * entries and their decompressed sizes are checked before anything is parsed, so a small file that
 * expands to gigabytes (a zip bomb) is refused without being expanded.
 */
export const SPREADSHEET_LIMITS = {
  /** Bytes one uploaded file may have: a larger upload is refused with 413 before it is parsed. */
  maxUploadBytes: 5 * 1024 * 1024,
  /** Data rows one import may carry (the header row not counted). */
  maxRows: 20_000,
  /** Entries in an .xlsx archive; a workbook has a few dozen. */
  maxArchiveEntries: 500,
  /** All entries of an .xlsx archive together, decompressed. */
  maxDecompressedBytes: 64 * 1024 * 1024,
} as const;

/** The upload is larger than one import may be: HTTP 413. */
export class SpreadsheetTooLargeError extends InvalidInputError {
  readonly httpStatus = 413;
}

/** Reads the first sheet of a CSV or XLSX file into rows keyed by header. Blank lines are skipped. */
export async function readTable(content: Buffer, format: SheetFormat): Promise<InputRow[]> {
  let grid: string[][];
  try {
    grid = format === 'csv' ? await readCsvGrid(content) : await readXlsxGrid(content);
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError(`The file could not be read as ${format.toUpperCase()}: ${(error as Error).message}`, { field: 'file' });
  }
  if (grid.length - 1 > SPREADSHEET_LIMITS.maxRows) throw tooManyRows();
  const [header, ...body] = grid;
  if (!header || header.every((h) => !h?.trim())) throw new InvalidInputError('The file has no header row', { field: 'file' });
  const keys = header.map((h) => normaliseHeader(h ?? ''));
  const rows: InputRow[] = [];
  for (let index = 0; index < body.length; index++) {
    // 20,000 rows take a while on a busy machine: let other requests in between (ADR 0024).
    if (index % ROWS_PER_TURN === ROWS_PER_TURN - 1) await eventLoopTurn();
    const cells = body[index];
    const values = Object.fromEntries(keys.map((key, i) => [key, fromInert((cells[i] ?? '').toString()).trim()]));
    if (Object.values(values).some((value) => value !== '')) rows.push({ line: index + 2, values });
  }
  return rows;
}

/** Rows read between two turns of the event loop; a few milliseconds of work. */
const ROWS_PER_TURN = 500;
/** Bytes of CSV parsed between two turns of the event loop. */
const CSV_BYTES_PER_TURN = 32 * 1024;
const eventLoopTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const tooManyRows = () =>
  new SpreadsheetTooLargeError(`One import may carry at most ${SPREADSHEET_LIMITS.maxRows.toLocaleString('en-GB')} rows: split the file`, { field: 'file' });

/**
 * The upload's byte limit bounds this parse; the row limit is checked on the result. Parsed a
 * slice at a time with a turn of the event loop between slices, so a large file never holds it.
 */
async function readCsvGrid(content: Buffer): Promise<string[][]> {
  const parser = parse({ bom: true, skip_empty_lines: false, relax_column_count: true });
  const grid: string[][] = [];
  let failure: Error | undefined;
  parser.on('readable', () => {
    let record: string[] | null;
    while ((record = parser.read() as string[] | null) !== null) grid.push(record);
  });
  parser.on('error', (error) => (failure = error));
  const ended = new Promise<void>((resolve) => parser.once('end', resolve).once('error', () => resolve()));
  for (let start = 0; start < content.length && !failure; start += CSV_BYTES_PER_TURN) {
    parser.write(content.subarray(start, start + CSV_BYTES_PER_TURN));
    await eventLoopTurn();
    // The header and one row past the limit are enough to refuse the file.
    if (grid.length > SPREADSHEET_LIMITS.maxRows + 1) {
      parser.destroy();
      return grid;
    }
  }
  if (!failure) parser.end();
  await ended;
  if (failure) throw failure;
  return grid;
}

/**
 * The first sheet's cells as text. The archive's entries are checked first (on this thread: it
 * streams, so it holds nothing), then the workbook is read whole, which is why the check bounds
 * what it may expand to. Not exceljs' streaming reader: it loses the workbook part whenever that
 * part comes last in the archive, as it does in every file exceljs itself writes (exceljs issues
 * #962 and #3064: 38 reads of 40 of a six-sheet export failed), so the product could not read back
 * its own exports. Reading a 20,000-row workbook whole takes seconds, so the app does it on a
 * worker thread (ADR 0024).
 */
async function readXlsxGrid(content: Buffer): Promise<string[][]> {
  await checkArchive(content);
  const onWorker = await renderOffTheLoop('readWorkbookGrid', content, async (bytes) => Buffer.from(JSON.stringify(await readWorkbookGrid(bytes))));
  const sheet: WorkbookGrid = JSON.parse(onWorker.toString('utf8'));
  if (sheet.beyondRowLimit) throw tooManyRows();
  return sheet.rows;
}

/** The first sheet's cells as text, and whether it has more rows than one import may carry (then not all are read). */
export interface WorkbookGrid {
  rows: string[][];
  beyondRowLimit: boolean;
}

/** Reads an (already checked) workbook's first sheet, cell by cell as text; empty rows stay empty. */
export async function readWorkbookGrid(content: Buffer | Uint8Array): Promise<WorkbookGrid> {
  const workbook = new (await loadExcelJs()).Workbook();
  // exceljs types its argument as its own Buffer declaration; any bytes do.
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  // Only the first sheet is read: a workbook's other sheets are notes or lookups.
  const [first] = workbook.worksheets;
  if (!first) throw new InvalidInputError('The workbook has no sheet', { field: 'file' });
  const lastRow = SPREADSHEET_LIMITS.maxRows + 1; // the header row, then the data rows
  const rows: string[][] = [];
  let beyondRowLimit = false;
  first.eachRow({ includeEmpty: false }, (row, number) => {
    if (number > lastRow) {
      beyondRowLimit = true;
      return;
    }
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows[number - 1] = Array.from(values, (value) => cellText(value as ExcelJS.CellValue));
  });
  return { rows: Array.from(rows, (row) => row ?? []), beyondRowLimit };
}

/** Entry count and declared sizes from the zip's central directory, then the real sizes while inflating. */
async function checkArchive(content: Buffer): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: true }, (error, file) => (error ? reject(error) : resolve(file))),
  );
  if (zip.entryCount > SPREADSHEET_LIMITS.maxArchiveEntries) {
    zip.close();
    throw new SpreadsheetTooLargeError(`The workbook has ${zip.entryCount} parts; a spreadsheet has far fewer (at most ${SPREADSHEET_LIMITS.maxArchiveEntries})`, { field: 'file' });
  }
  const tooBig = () =>
    new SpreadsheetTooLargeError(`The workbook expands to more than ${SPREADSHEET_LIMITS.maxDecompressedBytes / 1024 / 1024} MB: it is not an ordinary spreadsheet, or too large for one import`, { field: 'file' });
  let declared = 0;
  let inflated = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      zip.close();
      reject(error);
    };
    zip.on('error', fail);
    zip.on('end', resolve);
    zip.on('entry', (entry: yauzl.Entry) => {
      declared += entry.uncompressedSize;
      if (declared > SPREADSHEET_LIMITS.maxDecompressedBytes) return fail(tooBig());
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error) return fail(error);
        stream.on('data', (chunk: Buffer) => {
          inflated += chunk.length;
          if (inflated > SPREADSHEET_LIMITS.maxDecompressedBytes) {
            stream.destroy();
            fail(tooBig());
          }
        });
        stream.on('error', fail);
        stream.on('end', () => zip.readEntry());
      });
    });
    zip.readEntry();
  });
}

/** A leading character that makes a spreadsheet program read a cell as a formula (OWASP, CSV injection). */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/**
 * A cell as written to any spreadsheet: text a spreadsheet program would run as a formula is made
 * inert by a leading apostrophe (OWASP's CSV injection guidance); numbers stay numbers.
 */
export function inertCell(cell: string | number | null | undefined): string | number {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return cell;
  return FORMULA_TRIGGER.test(cell) ? `'${cell}` : cell;
}

/** The text behind a cell this product made inert, so an export imports back as it was. */
export const fromInert = (text: string): string => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/** A column wide enough for its longest value, between 10 and 48 characters. */
export function columnWidth(values: readonly (string | number | null | undefined)[]): number {
  // A loop, not Math.max(...values): a 20,000-row column must not hit the argument limit.
  let widest = 0;
  for (const value of values) widest = Math.max(widest, longestLine(String(value ?? '')));
  return Math.min(COLUMN_WIDTH.max, Math.max(COLUMN_WIDTH.min, widest + 2));
}

/** Column widths in characters: never zero or missing (Excel shows a custom width without a value as zero), never wider than a screen. */
export const COLUMN_WIDTH = { min: 10, max: 60 } as const;

const longestLine = (text: string) => text.split('\n').reduce((widest, line) => Math.max(widest, line.length), 0);

export interface WriteTablesOptions {
  /**
   * The date the workbook says it was created and modified, and its zip entries' date. Given,
   * the same sheets give the same bytes (the strategy pack, ADR 0030); by default, now.
   */
  date?: Date;
}

/** Writes sheets to XLSX (every sheet) or CSV (the first sheet), every text cell made inert. */
export async function writeTables(sheets: Sheet[], format: SheetFormat, options: WriteTablesOptions = {}): Promise<Buffer> {
  if (format === 'csv') {
    const [first] = sheets;
    // Every text cell quoted: a spreadsheet program set to a ';' list separator (much of Europe)
    // would otherwise split an unquoted "Acme;=1+1" and run the second half (OWASP CSV injection).
    return Buffer.from(stringify([first.columns, ...first.rows].map((row) => row.map(inertCell)), { quoted_string: true }), 'utf8');
  }
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Governance Ledger';
  if (options.date) {
    workbook.created = options.date;
    workbook.modified = options.date;
  }
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31));
    worksheet.addRow(sheet.columns.map(inertCell)).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row.map(inertCell));
    worksheet.views = [{ state: 'frozen', ySplit: 1 }];
    sheet.columns.forEach((header, index) => {
      worksheet.getColumn(index + 1).width = columnWidth([header, ...sheet.rows.map((row) => row[index])]);
    });
  }
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  return options.date ? reproducibleZip(written, options.date) : written;
}

export const CONTENT_TYPES: Record<SheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
