import { InvalidInputError } from '@ledger/domain-kernel';
import { IsoDate, addDays, ukDateOf } from '@ledger/shared-domain';

/**
 * Contract reporting runs by calendar quarter, written `YYYY-Qn` (Q1 = January to March). Calendar
 * quarters, not the authority's April-March financial year, so that "2026-Q1" means the same to
 * the contract manager, the supplier and an OCDS reader; a financial-year view is a read-side label.
 */
export type Quarter = string;

const QUARTER = /^(\d{4})-Q([1-4])$/;

export interface QuarterParts {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/** The year and quarter of `YYYY-Qn`, or an InvalidInputError naming the field. */
export function parseQuarter(field: string, value: string): QuarterParts {
  const match = QUARTER.exec(value ?? '');
  if (!match) throw new InvalidInputError(`${field} must be a quarter written YYYY-Qn, e.g. 2026-Q1 (January to March)`, { field });
  return { year: Number(match[1]), quarter: Number(match[2]) as QuarterParts['quarter'] };
}

/** A valid quarter, unchanged; throws InvalidInputError otherwise. */
export function assertQuarter(field: string, value: string): Quarter {
  parseQuarter(field, value);
  return value;
}

export const isQuarter = (value: unknown): value is Quarter => typeof value === 'string' && QUARTER.test(value);

/** The quarter a calendar date falls in: 2026-05-31 -> 2026-Q2. */
export function quarterOf(date: IsoDate): Quarter {
  const [year, month] = date.split('-').map(Number);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The quarter an instant falls in, on the UK calendar (the authority's "today"). */
export const quarterAt = (instant: Date): Quarter => quarterOf(ukDateOf(instant));

/** The first day of a quarter. */
export function quarterStart(quarter: Quarter): IsoDate {
  const { year, quarter: q } = parseQuarter('period', quarter);
  return `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** The last day of a quarter: after it, a report for the quarter is overdue. */
export function quarterEnd(quarter: Quarter): IsoDate {
  return addDays(quarterStart(nextQuarter(quarter)), -1);
}

export function nextQuarter(quarter: Quarter): Quarter {
  const { year, quarter: q } = parseQuarter('period', quarter);
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}

/** Negative when a is earlier, 0 when the same, positive when later (YYYY-Qn sorts as text). */
export const compareQuarters = (a: Quarter, b: Quarter): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every quarter from `from` to `to`, both included; empty when `to` is earlier. */
export function quartersBetween(from: Quarter, to: Quarter): Quarter[] {
  const quarters: Quarter[] = [];
  for (let q = assertQuarter('from', from); compareQuarters(q, assertQuarter('to', to)) <= 0; q = nextQuarter(q)) quarters.push(q);
  return quarters;
}

export const laterQuarter = (a: Quarter, b: Quarter): Quarter => (compareQuarters(a, b) >= 0 ? a : b);
export const earlierQuarter = (a: Quarter, b: Quarter): Quarter => (compareQuarters(a, b) <= 0 ? a : b);
