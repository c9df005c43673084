import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { InvalidInputError } from '@ledger/event-store-core';

export type SheetFormat = 'csv' | 'xlsx';

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

/** Reads the first sheet of a CSV or XLSX file into rows keyed by header. Blank lines are skipped. */
export async function readTable(content: Buffer, format: SheetFormat): Promise<InputRow[]> {
  let grid: string[][];
  try {
    if (format === 'csv') {
      grid = parse(content, { bom: true, skip_empty_lines: false, relax_column_count: true }) as string[][];
    } else {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new InvalidInputError('The workbook has no sheet', { field: 'file' });
      grid = [];
      sheet.eachRow({ includeEmpty: true }, (row, number) => {
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        grid[number - 1] = values.map((value) => cellText(value as ExcelJS.CellValue));
      });
      grid = Array.from(grid, (row) => row ?? []);
    }
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError(`The file could not be read as ${format.toUpperCase()}: ${(error as Error).message}`, { field: 'file' });
  }
  const [header, ...body] = grid;
  if (!header || header.every((h) => !h?.trim())) throw new InvalidInputError('The file has no header row', { field: 'file' });
  const keys = header.map((h) => normaliseHeader(h ?? ''));
  return body
    .map((cells, index) => ({
      line: index + 2,
      values: Object.fromEntries(keys.map((key, i) => [key, fromInert((cells[i] ?? '').toString()).trim()])),
    }))
    .filter((row) => Object.values(row.values).some((value) => value !== ''));
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
  return Math.min(48, Math.max(10, ...values.map((value) => String(value ?? '').length + 2)));
}

/** Writes sheets to XLSX (every sheet) or CSV (the first sheet), every text cell made inert. */
export async function writeTables(sheets: Sheet[], format: SheetFormat): Promise<Buffer> {
  if (format === 'csv') {
    const [first] = sheets;
    return Buffer.from(stringify([first.columns, ...first.rows].map((row) => row.map(inertCell))), 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Governance Ledger';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31));
    worksheet.addRow(sheet.columns.map(inertCell)).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row.map(inertCell));
    worksheet.views = [{ state: 'frozen', ySplit: 1 }];
    sheet.columns.forEach((header, index) => {
      worksheet.getColumn(index + 1).width = columnWidth([header, ...sheet.rows.map((row) => row[index])]);
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const CONTENT_TYPES: Record<SheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
