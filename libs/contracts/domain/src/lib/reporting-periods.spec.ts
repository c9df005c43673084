import { InvalidInputError } from '@ledger/domain-kernel';
import { assertQuarter, compareQuarters, isQuarter, nextQuarter, parseQuarter, quarterAt, quarterEnd, quarterOf, quarterStart, quartersBetween } from './reporting-periods';

describe('reporting periods (calendar quarters, YYYY-Qn)', () => {
  it('reads a quarter', () => {
    expect(parseQuarter('period', '2026-Q3')).toEqual({ year: 2026, quarter: 3 });
    expect(assertQuarter('period', '2026-Q4')).toBe('2026-Q4');
    expect(isQuarter('2026-Q1')).toBe(true);
    expect(isQuarter('2026-Q0')).toBe(false);
  });

  it.each(['2026-Q0', '2026-Q5', '2026Q1', '2026-q1', '26-Q1', ' 2026-Q1', '2026-Q1 ', ''])('refuses %p, naming the field', (value) => {
    expect(() => assertQuarter('period', value)).toThrow(InvalidInputError);
    expect(() => assertQuarter('period', value)).toThrow(/period must be a quarter written YYYY-Qn/);
  });

  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-09-30', '2026-Q3'],
    ['2026-12-31', '2026-Q4'],
  ])('puts %s in %s', (date, quarter) => {
    expect(quarterOf(date)).toBe(quarter);
  });

  it('takes the quarter of an instant on the UK calendar', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST): already the third quarter there.
    expect(quarterAt(new Date('2026-06-30T23:30:00Z'))).toBe('2026-Q3');
    expect(quarterAt(new Date('2026-12-31T23:30:00Z'))).toBe('2026-Q4');
  });

  it.each([
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-Q3', '2026-07-01', '2026-09-30'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
  ])('%s runs from %s to %s', (quarter, start, end) => {
    expect(quarterStart(quarter)).toBe(start);
    expect(quarterEnd(quarter)).toBe(end);
  });

  it('steps and orders quarters across a year end', () => {
    expect(nextQuarter('2025-Q4')).toBe('2026-Q1');
    expect(nextQuarter('2026-Q2')).toBe('2026-Q3');
    expect(compareQuarters('2025-Q4', '2026-Q1')).toBeLessThan(0);
    expect(compareQuarters('2026-Q1', '2026-Q1')).toBe(0);
    expect(compareQuarters('2026-Q2', '2026-Q1')).toBeGreaterThan(0);
  });

  it('lists the quarters between two, both included', () => {
    expect(quartersBetween('2025-Q3', '2026-Q2')).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(quartersBetween('2026-Q1', '2026-Q1')).toEqual(['2026-Q1']);
    expect(quartersBetween('2026-Q2', '2026-Q1')).toEqual([]);
  });
});
