import { matcher, matches, pageMatching } from './register-page';

describe('register pages', () => {
  const rows = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const even = (n: number) => n % 2 === 0;

  it('pages the rows that pass, in order, as filtering then slicing would', () => {
    for (const page of [undefined, { offset: 0, limit: 2 }, { offset: 1, limit: 3 }, { offset: 4, limit: 2 }, { offset: 9, limit: 5 }]) {
      const expected = page ? rows.filter(even).slice(page.offset, page.offset + page.limit) : rows.filter(even);
      expect(pageMatching(rows, even, page)).toEqual(expected);
    }
  });

  it('stops at the last row of the page', () => {
    const seen: number[] = [];
    pageMatching(rows, (n) => (seen.push(n), even(n)), { offset: 1, limit: 1 });
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it('a matcher answers as matches does, blank meaning any', () => {
    for (const wanted of [undefined, null, '', '  ', 'Job  5', 'job 5', 'Job 6']) {
      for (const value of ['Job 5', ' JOB 5 ', 'Job 6']) expect(matcher(wanted)(value)).toBe(matches(wanted, value));
    }
  });
});
