import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestLedger, startTestLedger } from '../testing/test-ledger';
import { ukYear } from '../testing/uk-dates';

/**
 * The demo's strategy update pack as the board receives it (issue 14, ADR 0030): every download
 * gives the same bytes whenever it is fetched, the HTML holds the charts as SVG, the PDF is
 * tagged with alt text for each chart, the workbook's columns all have a width.
 */
const DEMO_PASSWORD = 'demo-ledger-2026';
const PACK = 'year cutOff sha256 downloads { format url contentType }';
const Q = {
  generate: `mutation($year: Int!) { generateStrategyUpdatePack(year: $year) { ${PACK} } }`,
  latest: `query($year: Int!) { strategyUpdatePack(year: $year) { ${PACK} } }`,
};

interface Pack {
  year: number;
  cutOff: string;
  sha256: string;
  downloads: { format: string; url: string; contentType: string }[];
}

describe('the demo’s strategy update pack in every format, on sqlite', () => {
  const year = ukYear();
  const work = mkdtempSync(join(tmpdir(), 'pack-formats-e2e-'));
  let ledger: TestLedger;
  let lead: string;
  let pack: Pack;
  const first = new Map<string, Buffer>();
  const download = async (url: string) => {
    const response = await fetch(`${ledger.url}${url}`, { headers: { authorization: `Bearer ${lead}` } });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  beforeAll(async () => {
    ledger = await startTestLedger('sqlite', { DEMO_DATA: true });
    lead = await ledger.loginAs('procurement.lead@demo.ledger.example', DEMO_PASSWORD);
    pack = await ledger.ok(Q.generate, { year }, lead);
    for (const { format, url } of pack.downloads) first.set(format, await download(url));
  }, 240_000);
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await ledger?.close();
  });

  it('gives the same bytes in all five formats when downloaded again later', async () => {
    expect([...first.keys()].sort()).toEqual(['docx', 'html', 'markdown', 'pdf', 'xlsx']);
    // Every format's embedded dates would differ by now if they came from the clock.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const again: Pack = await ledger.ok(Q.latest, { year }, lead);
    expect(again.sha256).toBe(pack.sha256);
    for (const { format, url } of again.downloads) {
      const bytes = await download(url);
      expect({ format, same: bytes.equals(first.get(format) as Buffer) }).toEqual({ format, same: true });
    }
  }, 120_000);

  it('holds the charts in the HTML as SVG images with their alternative text', () => {
    const html = (first.get('html') as Buffer).toString('utf8');
    const charts = html.match(/<svg [^>]*role="img"[^>]*>/g) ?? [];
    expect(charts.length).toBeGreaterThan(0);
    expect(html.match(/<desc id="[^"]+-desc">[^<]+<\/desc>/g)?.length).toBe(charts.length);
  });

  it('writes a tagged PDF with alt text for each chart', () => {
    const pdf = first.get('pdf') as Buffer;
    const html = (first.get('html') as Buffer).toString('utf8');
    const text = pdf.toString('latin1');
    expect(text).toContain('/StructTreeRoot');
    expect(text).toContain('/Lang (en-GB)');
    expect(text.match(/\/Alt \(/g)?.length).toBeGreaterThanOrEqual((html.match(/role="img"/g) ?? []).length);
    if (spawnSync('pdfinfo', ['-v']).status !== 0) throw new Error('pdfinfo is not installed: install poppler-utils to check the PDF');
    const file = join(work, 'pack.pdf');
    writeFileSync(file, pdf);
    expect(execFileSync('pdfinfo', [file]).toString('utf8')).toMatch(/Tagged:\s+yes/);
  });

  // Every run renders the demo pack's pages as a reader's viewer would; with UPDATE_PACK_EXAMPLE=1
  // (npx jest -c apps/api/jest.config.cjs strategy-pack-formats) they become the example users see
  // before they install, in docs/pack-example.
  it('renders every page of the demo pack’s PDF (the example in docs/pack-example)', () => {
    const folder = process.env['UPDATE_PACK_EXAMPLE'] ? join(__dirname, '../../../../docs/pack-example') : join(work, 'pack-example');
    mkdirSync(folder, { recursive: true });
    for (const name of readdirSync(folder)) if (/^page-\d+\.png$/.test(name)) rmSync(join(folder, name));
    const file = join(folder, 'strategy-update-pack.pdf');
    writeFileSync(file, first.get('pdf') as Buffer);
    execFileSync('pdftoppm', ['-r', '60', '-png', file, join(folder, 'page')]);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString('utf8'))?.[1]);
    const rendered = readdirSync(folder).filter((name) => /^page-\d+\.png$/.test(name));
    expect(pages).toBeGreaterThan(1);
    expect(rendered).toHaveLength(pages);
    // Each page drew something: a blank 60 dpi A4 PNG is a few hundred bytes.
    for (const name of rendered) expect(statSync(join(folder, name)).size).toBeGreaterThan(2000);
  });
});
