import { InvalidInputError } from '@ledger/domain-kernel';

/** Calendar dates travel as YYYY-MM-DD strings: no time zone can shift a start date. */
export type IsoDate = string;

export function assertIsoDate(field: string, value: string): IsoDate {
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value ?? '') || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidInputError(`${field} must be a date written YYYY-MM-DD`, { field });
  }
  return value;
}

/** The UTC day of an instant: for arithmetic on dates held as UTC midnights. Never "today" for the authority: that is ukDateOf. */
export const isoDateOf = (instant: Date): IsoDate => instant.toISOString().slice(0, 10);

const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in the UK at an instant: "today" for a UK authority, whatever the server's zone. */
export const ukDateOf = (instant: Date): IsoDate => london.format(instant);

/** The instant the next UK day starts after `instant`: 00:00 Europe/London, which is 00:00Z in GMT and 23:00Z the evening before in BST. */
export function nextUkMidnight(instant: Date): Date {
  const today = ukDateOf(instant);
  const [year, month, day] = today.split('-').map(Number);
  const tomorrowUtc = Date.UTC(year, month - 1, day + 1);
  // The UK is at UTC+0 or UTC+1, so its day starts at 00:00Z or the hour before.
  const start = [tomorrowUtc - 3_600_000, tomorrowUtc].find((t) => ukDateOf(new Date(t)) !== today && ukDateOf(new Date(t - 1)) === today);
  if (start === undefined) throw new Error(`No UK midnight within a day of ${instant.toISOString()}`);
  return new Date(start);
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return isoDateOf(target);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDateOf(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar date as people in the UK write it: 2026-12-31 -> "31 December 2026" (GOV.UK style). */
export function ukLongDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}
