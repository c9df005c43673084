import { InvalidInputError } from '@ledger/event-store-core';
import { readTable, writeTables } from './tables';

describe('spreadsheet tables', () => {
  const sheet = {
    name: 'Skills',
    columns: ['Email', 'Competency', 'Level', 'Evidence'],
    rows: [
      ['jo@example.gov.uk', 'Contract law, basics', 2, 'Course certificate "CL101"'],
      ['sam@example.gov.uk', 'Social value', 1, null],
    ],
  };

  it.each(['csv', 'xlsx'] as const)('round-trips rows through %s with normalised headers and line numbers', async (format) => {
    const rows = await readTable(await writeTables([sheet], format), format);
    expect(rows).toEqual([
      { line: 2, values: { email: 'jo@example.gov.uk', competency: 'Contract law, basics', level: '2', evidence: 'Course certificate "CL101"' } },
      { line: 3, values: { email: 'sam@example.gov.uk', competency: 'Social value', level: '1', evidence: '' } },
    ]);
  });

  it('skips blank lines but keeps the file line numbers', async () => {
    const csv = Buffer.from('Email,Level\n\na@x.gov.uk,1\n,\nb@x.gov.uk,2\n');
    expect((await readTable(csv, 'csv')).map((r) => r.line)).toEqual([3, 5]);
  });

  it('refuses a file that is not the format it claims', async () => {
    await expect(readTable(Buffer.from('not a zip'), 'xlsx')).rejects.toBeInstanceOf(InvalidInputError);
    await expect(readTable(Buffer.from(''), 'csv')).rejects.toThrow(/no header row/);
  });
});
