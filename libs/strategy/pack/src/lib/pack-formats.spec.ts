import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { PACK_FORMATS, buildPack, packDownloadUrl, packFormatOfExtension } from './pack-formats';
import { PACK_DATA } from './pack-fixture.spec-helper';

describe('the pack’s downloads', () => {
  const pack = buildPack(PACK_DATA);

  it('serves the Markdown exactly as hashed', async () => {
    expect((await PACK_FORMATS.markdown.render(pack)).toString('utf8')).toBe(pack.markdown);
  });

  it('renders HTML with the same content, escaped', async () => {
    const html = (await PACK_FORMATS.html.render(pack)).toString('utf8');
    expect(html).toContain('<h1>Fenland Combined Authority: strategy update pack 2025</h1>');
    expect(html).toContain('<td>Modern slavery &lt;supply chain&gt;</td>');
    expect(html).toContain('Log position: 1234');
    expect(html).toContain('<h2>3.10 Creating social value</h2>');
    expect(html).toContain('<td>Acme | Highways Ltd</td>');
  });

  it('writes the data to a workbook, one sheet per section', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await PACK_FORMATS.xlsx.render(pack)) as unknown as ArrayBuffer);
    const chartCount = pack.document.blocks.filter((block) => block.kind === 'chart').length;
    // The data sheets, then one sheet per chart with the figures it draws (pack-rendering.spec.ts).
    expect(workbook.worksheets.slice(11).map((s) => s.name)).toEqual(Array.from({ length: chartCount }, () => expect.stringMatching(/^Chart /)));
    expect(workbook.worksheets.slice(0, 11).map((s) => s.name)).toEqual([
      'Summary',
      'Maturity',
      'Action plan',
      'Establishment',
      'Training',
      'Gateway decisions',
      'Lessons',
      'Risks',
      'Contracts',
      'Contract variations',
      'Savings and benefits',
    ]);
    const summary = workbook.getWorksheet('Summary') as ExcelJS.Worksheet;
    expect(summary.getRow(5).values).toEqual([undefined, 'Maturity overall score', 2.2]);
    const summaryRows = summary.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : row));
    expect(summaryRows).toContainEqual(["Social value committed on the year's awards (GBP)", 10_000]);
    expect(summaryRows).toContainEqual(['Active contracts under-delivering social value', 1]);
    const contracts = workbook.getWorksheet('Contracts') as ExcelJS.Worksheet;
    expect(contracts.getRow(2).values).toEqual([undefined, '2025-02-03', 'Highways maintenance', 'Acme | Highways Ltd', 'ACTIVE', 300_000, 370_000, 10, 10_000, 2_500, 'yes']);
  });

  it('writes a Word document (a zip with the document part)', async () => {
    const docx = await PACK_FORMATS.docx.render(pack);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.includes(Buffer.from('word/document.xml'))).toBe(true);
    const body = await zipEntry(docx, 'word/document.xml');
    expect(body).toContain('3.10 Creating social value');
    expect(body).toContain('Acme | Highways Ltd');
  });

  it('writes a PDF', async () => {
    const pdf = await PACK_FORMATS.pdf.render(pack);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(2000);
  });

  it('names the download by year, hash and extension', () => {
    expect(packDownloadUrl(2025, pack.sha256, 'markdown')).toBe(`/api/strategy/packs/2025/${pack.sha256}.md`);
    expect(packFormatOfExtension('docx')).toBe('docx');
    expect(packFormatOfExtension('exe')).toBeUndefined();
  });
});

/** One entry of a zip archive (a DOCX) as text. */
function zipEntry(archive: Buffer, name: string): Promise<string> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(archive, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
        });
      });
      zip.on('end', () => reject(new Error(`No ${name} in the archive`)));
      zip.readEntry();
    }),
  );
}

describe('what the pack library loads', () => {
  // pdfkit, svg-to-pdfkit, ECharts and resvg were a quarter of a second of every API and `ledger`
  // start: they load with the first PDF or chart drawn, not when the library is imported.
  it('loads no PDF or chart library until a PDF is rendered', async () => {
    const loaded: string[] = [];
    let formats: typeof import('./pack-formats') | undefined;
    jest.isolateModules(() => {
      for (const name of ['pdfkit', 'svg-to-pdfkit', 'echarts', '@resvg/resvg-js']) {
        const actual = jest.requireActual(name);
        jest.doMock(name, () => (loaded.push(name), actual));
      }
      formats = require('./pack-formats');
    });
    expect(loaded).toEqual([]);
    const pdf = await (formats as typeof import('./pack-formats')).PACK_FORMATS.pdf.render((formats as typeof import('./pack-formats')).buildPack(PACK_DATA));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(loaded).toEqual(expect.arrayContaining(['pdfkit', 'svg-to-pdfkit', 'echarts']));
  });
});
