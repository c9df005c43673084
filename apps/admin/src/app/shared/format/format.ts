/** Display formats for UK readers. Dates from the API are calendar dates (YYYY-MM-DD). */

const calendarDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const instant = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });
const timestamp = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
const fte = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** "2026-01-05" reads "5 Jan 2026"; empty values read as an em dash. */
export function formatDate(value: string | null | undefined): string {
  if (!value) {
    return '—';
  }
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : calendarDate.format(date);
}

/** An instant in the reader's own time zone, e.g. "1 March 2025 at 14:30". */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : instant.format(date);
}

/** An instant to the second, in the reader's own time zone, e.g. "1 Mar 2025, 14:30:05" (for the record). */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timestamp.format(date);
}

export function formatFte(value: number): string {
  return fte.format(value);
}

/** An amount in pounds: "£250,000", pence only when there are some ("£1,234.5" reads "£1,234.50"). */
export function formatMoney(value: number): string {
  return pounds.format(value).replace(/\.(\d)$/, (_, tenths: string) => `.${tenths}0`);
}

/** Today's calendar date where the browser is, as YYYY-MM-DD (a sensible default for date fields). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
