/**
 * The "as at" instant as it travels in the address: `?asAt=2026-05-31T11:00:00Z`. The address is
 * the one source of truth, so a link can be shared and a reload keeps the instant.
 */
export const AS_AT_PARAM = 'asAt';

/** What the address asked for: an instant, live data, or something that is not an instant. */
export type AsAtReading = { readonly asOf: string | null; readonly problem: null } | { readonly asOf: null; readonly problem: string };

/** A date and a time (seconds and fraction optional), with a zone (Z, +01:00) or without (the reader's wall-clock time). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

/** The ledger holds nothing from before 2000 (the same floor as the "As at" inputs). */
const EARLIEST = Date.UTC(2000, 0, 1);

/**
 * Reads the parameter. A value that is not a date and time, or is before 2000 or in the future,
 * is ignored (live data is shown) and the problem is said in words the page can show.
 */
export function readAsAt(value: string | null | undefined, now: Date = new Date()): AsAtReading {
  if (value === null || value === undefined || value.trim() === '') {
    return { asOf: null, problem: null };
  }
  const text = value.trim();
  const instant = INSTANT.test(text) ? new Date(text) : null;
  if (!instant || Number.isNaN(instant.getTime())) {
    return {
      asOf: null,
      problem: `The address asks for the registers as at “${text}”, which is not a date and time, so live data is shown.`,
    };
  }
  if (instant.getTime() < EARLIEST) {
    return { asOf: null, problem: `The address asks for the registers as at “${text}”, before the ledger began, so live data is shown.` };
  }
  if (instant.getTime() > now.getTime()) {
    return { asOf: null, problem: `The address asks for the registers as at “${text}”, which is in the future, so live data is shown.` };
  }
  return { asOf: instant.toISOString(), problem: null };
}

/** Writes an instant for the address: UTC, to the second unless it has a fraction ("2026-05-31T11:00:00Z"). */
export function writeAsAt(iso: string): string {
  return new Date(iso).toISOString().replace('.000Z', 'Z');
}
