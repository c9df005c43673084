import { readAsAt, writeAsAt } from './as-at-param';

describe('the "as at" instant in the address', () => {
  const now = new Date('2026-11-30T12:00:00Z');

  it('reads live data when the address has no instant', () => {
    expect(readAsAt(null, now)).toEqual({ asOf: null, problem: null });
    expect(readAsAt(undefined, now)).toEqual({ asOf: null, problem: null });
    expect(readAsAt('  ', now)).toEqual({ asOf: null, problem: null });
  });

  it('reads an instant with a zone as that instant', () => {
    expect(readAsAt('2026-05-31T11:00:00Z', now)).toEqual({ asOf: '2026-05-31T11:00:00.000Z', problem: null });
    expect(readAsAt('2026-05-31T12:00+01:00', now)).toEqual({ asOf: '2026-05-31T11:00:00.000Z', problem: null });
    expect(readAsAt('2026-05-31T11:00:05.250Z', now).asOf).toBe('2026-05-31T11:00:05.250Z');
  });

  it('reads a date and time without a zone as the reader’s wall-clock time', () => {
    expect(readAsAt('2026-05-31T12:00', now).asOf).toBe(new Date(2026, 4, 31, 12, 0).toISOString());
  });

  it('ignores what is not a date and time, and says so instead of failing', () => {
    for (const bad of ['yesterday', '2026-05-31', '2026-13-45T99:00', '31/05/2026 12:00', '2026-05-31T12:00Zjunk']) {
      const reading = readAsAt(bad, now);
      expect(reading.asOf).toBeNull();
      expect(reading.problem).toContain(`“${bad}”, which is not a date and time, so live data is shown.`);
    }
  });

  it('ignores an instant before the ledger began or in the future', () => {
    expect(readAsAt('1999-12-31T23:59:59Z', now)).toEqual({ asOf: null, problem: expect.stringContaining('before the ledger began') });
    expect(readAsAt('2026-11-30T12:00:01Z', now)).toEqual({ asOf: null, problem: expect.stringContaining('in the future') });
  });

  it('writes an instant in UTC, to the second, and reads it back unchanged', () => {
    const iso = new Date(2026, 4, 31, 12, 0).toISOString();
    expect(writeAsAt('2026-05-31T11:00:00.000Z')).toBe('2026-05-31T11:00:00Z');
    expect(writeAsAt('2026-05-31T11:00:00.250Z')).toBe('2026-05-31T11:00:00.250Z');
    expect(readAsAt(writeAsAt(iso), now).asOf).toBe(iso);
  });
});
