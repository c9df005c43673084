import { InvalidInputError } from '@ledger/event-store-core';
import { jobTitleKey } from '@ledger/workforce-domain';

/** Which rows of a register to answer: `limit` rows after skipping `offset`. */
export interface RegisterPage {
  offset: number;
  limit: number;
}

/** Narrows a register to people of a department or job title, or to competencies of a category. */
export interface RegisterFilter {
  department?: string | null;
  jobTitle?: string | null;
  competencyCategory?: string | null;
}

export interface RegisterSlice {
  filter?: RegisterFilter;
  /** Without a page the whole register is answered (what exports, packs and as-of summaries read). */
  page?: RegisterPage;
}

/** Rows a register page holds when the client names no limit, and the most it may ask for. */
export const REGISTER_PAGE_LIMITS = {
  skillsMatrix: { default: 100, max: 500 },
  trainingRegister: { default: 500, max: 2000 },
} as const;

/** The most rows a client may skip: far beyond any register this product keeps, small enough to be safe. */
const MAX_OFFSET = 10_000_000;

/** Checks a client's paging arguments, naming the one that is wrong (BAD_USER_INPUT). */
export function registerPage(offset: number | null | undefined, limit: number | null | undefined, limits: { default: number; max: number }): RegisterPage {
  const page = { offset: offset ?? 0, limit: limit ?? limits.default };
  if (!Number.isInteger(page.offset) || page.offset < 0 || page.offset > MAX_OFFSET) {
    throw new InvalidInputError(`offset must be a whole number from 0 to ${MAX_OFFSET}`, { field: 'offset' });
  }
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > limits.max) {
    throw new InvalidInputError(`limit must be a whole number from 1 to ${limits.max}`, { field: 'limit' });
  }
  return page;
}

/** The rows of one page, or all of them when no page is asked for. */
export const pageOf = <T>(rows: readonly T[], page: RegisterPage | undefined): T[] => (page ? rows.slice(page.offset, page.offset + page.limit) : [...rows]);

/**
 * The page of the rows that pass `keep`, in their order, or all of them when no page is asked for:
 * stops at the page's last row, so a first page of a long kept list costs a page, not the list.
 */
export function pageMatching<T>(rows: readonly T[], keep: (row: T) => boolean, page: RegisterPage | undefined): T[] {
  const found: T[] = [];
  let skipped = 0;
  for (const row of rows) {
    if (page && found.length === page.limit) break;
    if (!keep(row)) continue;
    if (page && skipped < page.offset) skipped += 1;
    else found.push(row);
  }
  return found;
}

/** Filter values match as job titles do: ignoring case and repeated spaces; blank means any. */
export function matches(wanted: string | null | undefined, value: string): boolean {
  return !wanted?.trim() || jobTitleKey(wanted) === jobTitleKey(value);
}

/** `matches` for one wanted value, its key worked out once for a whole register. */
export function matcher(wanted: string | null | undefined): (value: string) => boolean {
  if (!wanted?.trim()) return () => true;
  const key = jobTitleKey(wanted);
  return (value) => jobTitleKey(value) === key;
}

/** The distinct values (matched as filters match), each in its most common spelling, sorted for a filter's options. */
export function distinctValues(values: Iterable<string>): string[] {
  const spellings = new Map<string, Map<string, number>>();
  for (const value of values) {
    const spelling = value.trim().replace(/\s+/g, ' ');
    if (!spelling) continue;
    const counts = spellings.get(jobTitleKey(spelling)) ?? new Map<string, number>();
    spellings.set(jobTitleKey(spelling), counts.set(spelling, (counts.get(spelling) ?? 0) + 1));
  }
  const mostCommon = (counts: Map<string, number>) => [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b))[0][0];
  return [...spellings.values()].map(mostCommon).sort((a, b) => a.localeCompare(b));
}
