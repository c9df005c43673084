import { InvalidInputError } from '@ledger/domain-kernel';
import { addDays, addMonths, assertIsoDate, isoDateOf, nextUkMidnight, ukDateOf, ukLongDate } from './calendar';

describe('calendar dates', () => {
  describe('addMonths', () => {
    it.each([
      ['2024-01-31', 1, '2024-02-29'],
      ['2023-01-31', 1, '2023-02-28'],
      ['2024-03-31', 1, '2024-04-30'],
      ['2024-02-29', 12, '2025-02-28'],
      ['2024-08-31', 6, '2025-02-28'],
    ])('clamps %s + %i months to the last day of the shorter month (%s)', (date, months, expected) => {
      expect(addMonths(date, months)).toBe(expected);
    });

    it.each([
      ['2026-01-15', 1, '2026-02-15'],
      ['2025-11-15', 3, '2026-02-15'],
      ['2025-03-31', 12, '2026-03-31'],
      ['2026-01-10', 120, '2036-01-10'],
      ['2026-01-10', 0, '2026-01-10'],
    ])('keeps the day of the month when it exists: %s + %i months = %s', (date, months, expected) => {
      expect(addMonths(date, months)).toBe(expected);
    });
  });

  describe('addDays', () => {
    it.each([
      ['2024-02-28', 1, '2024-02-29'],
      ['2023-02-28', 1, '2023-03-01'],
      ['2025-12-31', 1, '2026-01-01'],
      ['2026-03-28', 2, '2026-03-30'],
      ['2026-10-24', 7, '2026-10-31'],
      ['2026-01-01', -1, '2025-12-31'],
      ['2026-01-15', 0, '2026-01-15'],
    ])('%s + %i days = %s, across month, year and clock-change boundaries', (date, days, expected) => {
      expect(addDays(date, days)).toBe(expected);
    });
  });

  describe('assertIsoDate', () => {
    it.each(['2024-02-29', '2026-01-15', '2000-12-31'])('accepts the calendar date %s and returns it unchanged', (value) => {
      expect(assertIsoDate('startDate', value)).toBe(value);
    });

    it.each(['2023-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '29/02/2024', '2024-2-9', '2024-02-29T00:00:00Z', ' 2024-02-29', ''])(
      'refuses %p, naming the field',
      (value) => {
        expect(() => assertIsoDate('startDate', value)).toThrow(InvalidInputError);
        expect(() => assertIsoDate('startDate', value)).toThrow(/startDate must be a date written YYYY-MM-DD/);
      },
    );
  });

  describe('isoDateOf', () => {
    it('gives the UTC calendar date of an instant', () => {
      expect(isoDateOf(new Date('2026-01-15T09:00:00Z'))).toBe('2026-01-15');
      expect(isoDateOf(new Date('2026-06-30T23:30:00Z'))).toBe('2026-06-30');
    });
  });
});

describe('ukDateOf and nextUkMidnight', () => {
  it('gives the UK calendar day, which starts an hour before UTC’s in summer', () => {
    expect(ukDateOf(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(ukDateOf(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('finds the next UK midnight in GMT and in BST', () => {
    expect(nextUkMidnight(new Date('2026-12-01T23:59:59.999Z')).toISOString()).toBe('2026-12-02T00:00:00.000Z');
    expect(nextUkMidnight(new Date('2026-12-02T00:00:00.000Z')).toISOString()).toBe('2026-12-03T00:00:00.000Z');
    expect(nextUkMidnight(new Date('2026-12-31T12:00:00Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(nextUkMidnight(new Date('2026-07-01T12:00:00Z')).toISOString()).toBe('2026-07-01T23:00:00.000Z');
    expect(nextUkMidnight(new Date('2026-06-30T23:30:00Z')).toISOString()).toBe('2026-07-01T23:00:00.000Z');
  });

  it('finds the midnights either side of the clocks changing (29 March and 25 October 2026)', () => {
    // The night the clocks go forward the day starts at 00:00 GMT; the next one at 00:00 BST.
    expect(nextUkMidnight(new Date('2026-03-28T12:00:00Z')).toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(nextUkMidnight(new Date('2026-03-29T12:00:00Z')).toISOString()).toBe('2026-03-29T23:00:00.000Z');
    expect(nextUkMidnight(new Date('2026-10-24T12:00:00Z')).toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(nextUkMidnight(new Date('2026-10-25T12:00:00Z')).toISOString()).toBe('2026-10-26T00:00:00.000Z');
  });
});

describe('ukLongDate', () => {
  it('writes a date as people in the UK do, without a leading zero', () => {
    expect(ukLongDate('2026-12-31')).toBe('31 December 2026');
    expect(ukLongDate('2027-01-05')).toBe('5 January 2027');
  });
});
