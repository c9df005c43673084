import ExcelJS from 'exceljs';
import { PACK_FORMATS, buildPack, packDownloadUrl, packFormatOfExtension } from './pack-formats';
import { PACK_DATA } from './pack-fixture.spec-helper';

describe('the pack’s downloads', () => {
  const pack = buildPack(PACK_DATA);

  it('serves the Markdown exactly as hashed', async () => {
    expect((await PACK_FORMATS.markdown.render(pack)).toString('utf8')).toBe(pack.markdown);
  });

  it('renders HTML with the same content, escaped', async () => {
    const html = (await PACK_FORMATS.html.render(pack)).toString('utf8');
    expect(html).toContain('<h1>Strategy update pack 2025</h1>');
    expect(html).toContain('<td>Modern slavery &lt;supply chain&gt;</td>');
    expect(html).toContain('Log position: 1234');
  });

  it('writes the data to a workbook, one sheet per section', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await PACK_FORMATS.xlsx.render(pack)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'Maturity', 'Action plan', 'Establishment', 'Training', 'Gateway decisions', 'Lessons', 'Risks']);
    const summary = workbook.getWorksheet('Summary') as ExcelJS.Worksheet;
    expect(summary.getRow(5).values).toEqual([undefined, 'Maturity overall score', 1.8]);
  });

  it('writes a Word document (a zip with the document part)', async () => {
    const docx = await PACK_FORMATS.docx.render(pack);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.includes(Buffer.from('word/document.xml'))).toBe(true);
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
