import { InvalidInputError } from '@ledger/event-store-core';
import ExcelJS from 'exceljs';
import yazl from 'yazl';
import { readZipEntries } from './reproducible-zip';
import { COLUMN_WIDTH, SPREADSHEET_LIMITS, SpreadsheetTooLargeError, readTable, writeTables } from './tables';

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

  it('reads back the first sheet of its own many-sheet exports, every time (exceljs writes the workbook part last)', async () => {
    const notes = (name: string) => ({ name, columns: ['Contract', 'Note'], rows: Array.from({ length: 20 }, (_, i) => [`C-${i}`, `${name} note ${i}`]) });
    const workbook = await writeTables([sheet, notes('Variations'), notes('KPI reports'), notes('Commitments'), notes('Deliveries'), notes('Savings')], 'xlsx');
    // The streaming reader this replaced failed on most reads of such a file: read it many times.
    for (let read = 0; read < 20; read++) {
      const rows = await readTable(workbook, 'xlsx');
      expect(rows.map((row) => row.values['email'])).toEqual(['jo@example.gov.uk', 'sam@example.gov.uk']);
    }
  });

  it('skips blank lines but keeps the file line numbers', async () => {
    const csv = Buffer.from('Email,Level\n\na@x.gov.uk,1\n,\nb@x.gov.uk,2\n');
    expect((await readTable(csv, 'csv')).map((r) => r.line)).toEqual([3, 5]);
  });

  it('refuses a file that is not the format it claims', async () => {
    await expect(readTable(Buffer.from('not a zip'), 'xlsx')).rejects.toBeInstanceOf(InvalidInputError);
    await expect(readTable(Buffer.from(''), 'csv')).rejects.toThrow(/no header row/);
  });

  describe('formula injection (OWASP CSV injection)', () => {
    const hostile = ['=HYPERLINK("http://evil.example","x")', '+1+2', '-2+3', '@SUM(A1)', '\tTab', '\rReturn'];
    const attack = { name: 'Attack', columns: ['Note', 'Amount'], rows: [...hostile.map((text) => [text, -5]), ['plain text', 3]] };

    it('writes every text cell that a spreadsheet would run as a formula with a leading apostrophe in CSV, numbers untouched', async () => {
      const csv = (await writeTables([attack], 'csv')).toString('utf8');
      const lines = csv.split('\n');
      expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")",-5`);
      expect(lines[2]).toBe(`"'+1+2",-5`);
      expect(lines[3]).toBe(`"'-2+3",-5`);
      expect(lines[4]).toBe(`"'@SUM(A1)",-5`);
      expect(csv).not.toMatch(/(^|\n|,)"?[=+@]/);
    });

    it('quotes every text cell, so a program splitting on ";" (its list separator) never finds a formula inside one', async () => {
      const csv = (await writeTables([{ name: 'Suppliers', columns: ['Supplier', 'Value'], rows: [['Acme;=1+1', 5]] }], 'csv')).toString('utf8');
      expect(csv.split('\n')[1]).toBe('"Acme;=1+1",5');
      const rows = await readTable(Buffer.from(csv), 'csv');
      expect(rows[0].values).toEqual({ supplier: 'Acme;=1+1', value: '5' });
    });

    it('reads its own inert cells back as they were written, so an export imports back unchanged', async () => {
      const rows = await readTable(await writeTables([attack], 'csv'), 'csv');
      expect(rows.map((row) => row.values['note'])).toEqual([...hostile.map((text) => text.trim()), 'plain text']);
    });

    it('writes no XLSX cell as a formula and makes the same cells inert there too', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await writeTables([attack], 'xlsx')) as unknown as ArrayBuffer);
      const cells: ExcelJS.Cell[] = [];
      workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(cell)));
      expect(cells.some((cell) => cell.type === ExcelJS.ValueType.Formula)).toBe(false);
      expect(cells.filter((cell) => typeof cell.value === 'string' && /^[=+\-@\t\r]/.test(cell.value))).toEqual([]);
    });

    it('gives every XLSX column a real width (Excel shows a custom width without a value as zero)', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await writeTables([sheet], 'xlsx')) as unknown as ArrayBuffer);
      const widths = workbook.worksheets[0].columns.map((column) => column.width);
      expect(widths).toHaveLength(sheet.columns.length);
      widths.forEach((width) => expect(width).toBeGreaterThanOrEqual(10));
      expect(widths[3]).toBe('Course certificate "CL101"'.length + 2);
    });
  });

  describe('column widths a strict reader accepts', () => {
    /** Every <col> of every sheet as the file holds it: the XML, not what ExcelJS makes of it. */
    const colsOf = async (xlsx: Buffer) =>
      (await readZipEntries(xlsx))
        .filter((entry) => /^xl\/worksheets\/sheet\d+\.xml$/.test(entry.name))
        .flatMap((entry) => entry.content.toString('utf8').match(/<col [^>]*\/>/g) ?? []);

    it('declares a positive numeric width on every column, from the content, within bounds', async () => {
      const wide = { name: 'Wide', columns: ['A', 'Long text', 'Empty'], rows: [['x', 'y'.repeat(500), null], ['multi\nline', 'short', null]] };
      const cols = await colsOf(await writeTables([sheet, wide], 'xlsx'));
      expect(cols).toHaveLength(sheet.columns.length + wide.columns.length);
      const widths = cols.map((col) => Number(/ width="([^"]*)"/.exec(col)?.[1]));
      widths.forEach((width) => {
        expect(Number.isFinite(width)).toBe(true);
        expect(width).toBeGreaterThanOrEqual(COLUMN_WIDTH.min);
        expect(width).toBeLessThanOrEqual(COLUMN_WIDTH.max);
      });
      expect(widths.slice(sheet.columns.length)).toEqual([COLUMN_WIDTH.min, COLUMN_WIDTH.max, COLUMN_WIDTH.min]);
    });

    it('writes the same bytes for the same sheets and date, whenever it runs', async () => {
      const date = new Date('2025-12-31T23:59:59Z');
      const first = await writeTables([sheet], 'xlsx', { date });
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await writeTables([sheet], 'xlsx', { date })).equals(first)).toBe(true);
      const core = (await readZipEntries(first)).find((entry) => entry.name === 'docProps/core.xml')?.content.toString('utf8');
      expect(core).toContain('2025-12-31T23:59:59Z</dcterms:created>');
      expect(await readTable(first, 'xlsx')).toHaveLength(sheet.rows.length);
    });
  });

  describe('uploads that cannot take the server down', () => {
    /** A zip archive with the given entries, as an attacker would build one. */
    const zipOf = (entries: { name: string; content: Buffer }[]) =>
      new Promise<Buffer>((resolve, reject) => {
        const zip = new yazl.ZipFile();
        for (const entry of entries) zip.addBuffer(entry.content, entry.name, { compress: true });
        const chunks: Buffer[] = [];
        zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
        zip.end();
      });

    it('refuses a small .xlsx that expands past the limit (a zip bomb) with 413, without expanding it', async () => {
      const bomb = await zipOf([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(SPREADSHEET_LIMITS.maxDecompressedBytes + 1024, 0x20) }]);
      expect(bomb.length).toBeLessThan(SPREADSHEET_LIMITS.maxDecompressedBytes / 100);
      const refusal = readTable(bomb, 'xlsx');
      await expect(refusal).rejects.toBeInstanceOf(SpreadsheetTooLargeError);
      await expect(refusal).rejects.toMatchObject({ httpStatus: 413, code: 'BAD_USER_INPUT', message: expect.stringMatching(/expands to more than 64 MB/) });
    });

    it('refuses an archive of thousands of parts', async () => {
      const parts = Array.from({ length: SPREADSHEET_LIMITS.maxArchiveEntries + 1 }, (_, i) => ({ name: `part-${i}.xml`, content: Buffer.from('<x/>') }));
      await expect(readTable(await zipOf(parts), 'xlsx')).rejects.toMatchObject({ httpStatus: 413, message: expect.stringMatching(/parts/) });
    });

    it.each(['csv', 'xlsx'] as const)('takes %s files of exactly the row limit and refuses one row more with 413', async (format) => {
      const rowsOf = (count: number) => ({ name: 'Rows', columns: ['Email', 'Level'], rows: Array.from({ length: count }, (_, i) => [`person.${i}@example.gov.uk`, 1]) });
      expect(await readTable(await writeTables([rowsOf(SPREADSHEET_LIMITS.maxRows)], format), format)).toHaveLength(SPREADSHEET_LIMITS.maxRows);
      await expect(readTable(await writeTables([rowsOf(SPREADSHEET_LIMITS.maxRows + 1)], format), format)).rejects.toMatchObject({
        httpStatus: 413,
        message: expect.stringMatching(/at most 20,000 rows/),
      });
    }, 180_000);
  });
});
