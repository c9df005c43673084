import type { Response } from 'express';
import { InvalidInputError } from '@ledger/event-store-core';
import { ukDateOf } from '@ledger/shared-domain';
import { renderOffTheLoop } from '../read/worker-pool';
import { CONTENT_TYPES, Sheet, SheetFormat, WriteTablesOptions, writeTables } from './tables';

export function parseAsOfParam(value?: string): Date | undefined {
  if (!value) return undefined;
  const asOf = new Date(value);
  if (Number.isNaN(asOf.getTime())) throw new InvalidInputError('asOf must be an ISO date-time such as 2025-03-31T23:59:59Z', { field: 'asOf' });
  return asOf;
}

export function parseFormatParam(value: string | undefined): SheetFormat {
  const format = value ?? 'xlsx';
  if (format !== 'xlsx' && format !== 'csv') throw new InvalidInputError('format must be xlsx or csv', { field: 'format' });
  return format;
}

/** The workbook or CSV on a worker thread when the app runs them (ADR 0024): a large register takes seconds to write. */
export const writeTablesOffTheLoop = (sheets: Sheet[], format: SheetFormat, options: WriteTablesOptions = {}): Promise<Buffer> =>
  renderOffTheLoop('writeTables', { sheets, format, options }, (input) => writeTables(input.sheets, input.format, input.options));

/** Sends a register as a download named after it and the UK day of the instant it shows. */
export async function sendSpreadsheet(response: Response, name: string, sheets: Sheet[], format: SheetFormat, asOf?: Date): Promise<void> {
  const content = await writeTablesOffTheLoop(sheets, format);
  const stamp = ukDateOf(asOf ?? new Date());
  response
    .status(200)
    .setHeader('Content-Type', CONTENT_TYPES[format])
    .setHeader('Content-Disposition', `attachment; filename="${name}-${stamp}.${format}"`)
    .send(content);
}
