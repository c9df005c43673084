import { PackDocument } from './pack-document';

/**
 * What a renderer needs: the document and the pack's cut-off (ISO). Every date a file format
 * embeds (PDF CreationDate, DOCX/XLSX core properties, zip entry times) is the cut-off, so a
 * pack rebuilt at its recorded position gives the same bytes (ADR 0030). Plain data: it is
 * handed to a worker thread as it is.
 */
export interface PackRendering {
  document: PackDocument;
  cutOff: string;
}

/** The date every format embeds (zip entries keep it to two seconds, as DOS times do). */
export function documentDate(cutOff: string): Date {
  const date = new Date(cutOff);
  if (Number.isNaN(date.getTime())) throw new Error(`The pack's cut-off is not a date: ${cutOff}`);
  return date;
}

/**
 * Column widths from their content: each column's natural width is its widest cell; when the
 * table fits, the spare room goes to the columns in proportion; when it does not, every column
 * keeps at least its longest word (no word is broken) and the rest of the page is shared in
 * proportion to the natural widths, so the long text (an action, a lesson) gets the room.
 */
export function columnWidths(
  measure: (text: string, header: boolean) => number,
  columns: string[],
  rows: string[][],
  available: number,
  { padding: pad, minimum: least }: { padding: number; minimum: number },
): number[] {
  const natural = columns.map((column, i) => Math.max(measure(column, true), ...rows.map((row) => measure(row[i] ?? '', false))) + pad);
  const minimum = columns.map((column, i) =>
    Math.min(
      available / columns.length,
      Math.max(least, ...[column, ...rows.map((row) => row[i] ?? '')].flatMap((text, index) => text.split(/\s+/).map((word) => measure(word, index === 0) + pad))),
    ),
  );
  const total = natural.reduce((sum, width) => sum + width, 0);
  if (total <= available) return natural.map((width) => width + ((available - total) * width) / total);
  const fixed = new Map<number, number>();
  for (;;) {
    const flexible = natural.map((width, i) => (fixed.has(i) ? 0 : width));
    const room = available - [...fixed.values()].reduce((sum, width) => sum + width, 0);
    const flexibleTotal = flexible.reduce((sum, width) => sum + width, 0);
    const share = flexible.map((width) => (width * room) / flexibleTotal);
    const squeezed = share.findIndex((width, i) => !fixed.has(i) && width < minimum[i]);
    if (squeezed === -1 || flexibleTotal === 0) return natural.map((_, i) => fixed.get(i) ?? share[i]);
    fixed.set(squeezed, minimum[squeezed]);
  }
}
