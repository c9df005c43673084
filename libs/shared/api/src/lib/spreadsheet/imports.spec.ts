import { InvalidInputError, RuleViolationError } from '@ledger/event-store-core';
import { RowProblem, RowScreen, WriteSizes, fileProblem, importIdOf, importStatus, rowErrorOf } from './imports';

describe('what every spreadsheet import shares', () => {
  it('refuses a file at line 1 for a missing column or no rows', () => {
    expect(fileProblem([{ line: 2, values: { email: 'a' } }], ['email', 'level'])).toEqual({ line: 1, code: 'BAD_USER_INPUT', message: 'Missing column(s): level' });
    expect(fileProblem([], ['email'])).toEqual({ line: 1, code: 'BAD_USER_INPUT', message: 'The file has a header but no rows' });
    expect(fileProblem([{ line: 2, values: { email: 'a' } }], ['email'])).toBeNull();
  });

  it('screens out text no store can hold and a row repeated word for word, naming the column only when asked', () => {
    const plain = new RowScreen();
    expect(plain.problemWith({ line: 2, values: { evidence: 'a\u0000b' } })).toEqual({ line: 2, code: 'BAD_USER_INPUT', message: 'Column "evidence" holds a NUL character: remove it' });
    expect(new RowScreen(true).problemWith({ line: 2, values: { evidence: 'a\u0000b' } })).toMatchObject({ column: 'evidence' });
    expect(plain.problemWith({ line: 3, values: { email: 'Jo@x' } })).toBeNull();
    expect(plain.problemWith({ line: 4, values: { email: 'jo@X' } })).toEqual({ line: 4, code: 'BAD_USER_INPUT', message: 'Line 4 repeats line 3 exactly: remove the repeat' });
  });

  it("reports the importer's and the domain's refusals by line, the column only where it is known, and throws anything else", () => {
    expect(rowErrorOf(5, new RowProblem('NOT_FOUND', 'No such course', 'course'))).toEqual({ line: 5, code: 'NOT_FOUND', message: 'No such course', column: 'course' });
    expect(rowErrorOf(6, new InvalidInputError('level must be 0 to 4', { field: 'level' }))).toEqual({ line: 6, code: 'BAD_USER_INPUT', message: 'level must be 0 to 4' });
    expect(rowErrorOf(6, new InvalidInputError('awardedValue must be more than 0', { field: 'awardedValue' }), (field) => (field === 'awardedValue' ? 'awarded_value' : undefined))).toMatchObject({
      column: 'awarded_value',
    });
    expect(rowErrorOf(7, new RuleViolationError('Already awarded'))).toEqual({ line: 7, code: 'RULE_VIOLATION', message: 'Already awarded' });
    expect(() => rowErrorOf(8, new TypeError('bug'))).toThrow('bug');
  });

  it('gives one id per file and kind, and 422 only to a real run that refused rows', () => {
    expect(importIdOf('a', Buffer.from('x'))).toBe(importIdOf('a', Buffer.from('x')));
    expect(importIdOf('a', Buffer.from('x'))).not.toBe(importIdOf('b', Buffer.from('x')));
    const report = { kind: 'k', dryRun: false, rowsRead: 1, applied: 0, alreadyApplied: 0, errors: [{ line: 2, code: 'X', message: 'm' }] };
    expect(importStatus(report)).toBe(422);
    expect(importStatus({ ...report, dryRun: true })).toBe(200);
    expect(importStatus({ ...report, errors: [] })).toBe(200);
  });
});

describe('the size of an import\'s writes', () => {
  it('starts with large writes and keeps them while commits are quick', () => {
    const sizes = new WriteSizes(25, 10, 250);
    expect(sizes.next()).toBe(250);
    sizes.took(8);
    expect(sizes.next()).toBe(250);
  });

  it('halves the next write after a slow commit, down to the minimum, so the event loop is not held', () => {
    const sizes = new WriteSizes(25, 10, 250);
    const seen: number[] = [];
    for (let write = 0; write < 6; write++) {
      sizes.took(300);
      seen.push(sizes.next());
    }
    expect(seen).toEqual([125, 62, 31, 15, 10, 10]);
  });

  it('grows again, up to the maximum, once commits are quick again; a commit near the target changes nothing', () => {
    const sizes = new WriteSizes(25, 10, 250);
    for (let write = 0; write < 5; write++) sizes.took(300);
    sizes.took(20);
    expect(sizes.next()).toBe(10);
    const seen: number[] = [];
    for (let write = 0; write < 10; write++) {
      sizes.took(5);
      seen.push(sizes.next());
    }
    expect(seen).toEqual([15, 23, 35, 53, 80, 120, 180, 250, 250, 250]);
  });
});
