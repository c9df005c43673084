/**
 * A datetime-local input speaks the reader's wall-clock time ("2025-03-01T14:30"); the API's
 * `asOf` is an instant. These convert between the two in the browser's time zone.
 */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value)) {
    return null;
  }
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** To the minute by default, as the "As at" controls show it; `seconds` for an input with step="1". */
export function isoToLocalInput(iso: string | null, precision: 'minutes' | 'seconds' = 'minutes'): string {
  if (!iso) {
    return '';
  }
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) {
    return '';
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}` +
    `T${pad(instant.getHours())}:${pad(instant.getMinutes())}` +
    (precision === 'seconds' ? `:${pad(instant.getSeconds())}` : '')
  );
}
