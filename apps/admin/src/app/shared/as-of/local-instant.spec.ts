import { isoToLocalInput, localInputToIso } from './local-instant';

describe('as-of instants', () => {
  it('reads a datetime-local value as the browser’s wall-clock time', () => {
    expect(localInputToIso('2026-03-29T01:30')).toBe(new Date(2026, 2, 29, 1, 30).toISOString());
    expect(localInputToIso('2026-03-29T01:30:15')).toBe(new Date(2026, 2, 29, 1, 30, 15).toISOString());
  });

  it('refuses what is not a complete date and time', () => {
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('2026-03-29')).toBeNull();
    expect(localInputToIso('yesterday')).toBeNull();
  });

  it('writes an instant back for the input, to the minute', () => {
    const iso = new Date(2025, 11, 31, 23, 59, 40).toISOString();
    expect(isoToLocalInput(iso)).toBe('2025-12-31T23:59');
    expect(isoToLocalInput(null)).toBe('');
    expect(isoToLocalInput('not a date')).toBe('');
  });
});
