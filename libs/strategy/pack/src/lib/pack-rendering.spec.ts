import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readZipEntries } from '@ledger/shared-api';
import { chartPng, chartSvg } from './pack-charts';
import { PackChart } from './pack-document';
import { BuiltPack, PACK_FORMATS, PackFormat, buildPack } from './pack-formats';
import { PACK_DATA } from './pack-fixture.spec-helper';
import { columnWidths } from './pack-rendering';

/** One chart of each kind, as the content side puts them in the document; the renderers are tested on these. */
const CHARTS: PackChart[] = [
  {
    kind: 'bars',
    id: 'maturity-by-area',
    title: 'Maturity by NPS area',
    altText: 'Developing talent: 1 this year, 1 last year, target 3. Commercial strategy: not re-assessed, 2 last year, target 3.',
    categories: ['Developing talent', 'Commercial strategy and planning'],
    series: [
      { name: 'This year', values: [1, null] },
      { name: 'Last year', values: [1, 2] },
      { name: 'Target', values: [3, 3] },
    ],
    valueAxis: 'Maturity score (1-5)',
    min: 0,
    max: 5,
    horizontal: true,
  },
  {
    kind: 'bars',
    id: 'training-by-quarter',
    title: 'Training completions by quarter',
    altText: 'Completions: Q1 1, Q2 0, Q3 2, Q4 1.',
    categories: ['Q1', 'Q2', 'Q3', 'Q4'],
    series: [{ name: 'Completions', values: [1, 0, 2, 1] }],
    valueAxis: 'Completions',
  },
  {
    kind: 'heatmap',
    id: 'risk-heat-map',
    title: 'Open risks by impact and likelihood',
    altText: 'One risk at impact 4, likelihood 3; two at impact 2, likelihood 2.',
    xLabels: ['1', '2', '3', '4', '5'],
    yLabels: ['1', '2', '3', '4', '5'],
    xAxis: 'Impact',
    yAxis: 'Likelihood',
    cells: [
      [3, 2, 1],
      [1, 1, 2],
    ],
  },
];

/** The fixture's pack with the fixture charts after its first paragraph, whatever charts the content side adds. */
function packWithCharts(): BuiltPack {
  const pack = buildPack(PACK_DATA);
  const [first, ...rest] = pack.document.blocks.filter((block) => block.kind !== 'chart');
  return { ...pack, document: { ...pack.document, blocks: [first, ...CHARTS.map((chart) => ({ kind: 'chart' as const, chart })), ...rest] } };
}

const FORMATS = Object.keys(PACK_FORMATS) as PackFormat[];
/** Only Date is faked: the renderers' streams and zlib still need real timers. */
const NOT_THE_CLOCK = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] as const;

const hasPoppler = spawnSync('pdfinfo', ['-v']).status === 0;
const poppler = (tool: string, args: string[]) => {
  if (!hasPoppler) throw new Error(`${tool} is not installed: install poppler-utils (apt-get install poppler-utils) to check the PDF`);
  return execFileSync(tool, args);
};

describe('the pack’s renderings (ADR 0030)', () => {
  const pack = packWithCharts();
  const work = mkdtempSync(join(tmpdir(), 'pack-rendering-'));
  const rendered = new Map<PackFormat, Buffer>();

  beforeAll(async () => {
    for (const format of FORMATS) rendered.set(format, await PACK_FORMATS[format].render(pack));
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('gives the same bytes in every format when the pack is built again at another time', async () => {
    jest.useFakeTimers({ now: new Date('2031-07-04T10:11:13.456Z'), doNotFake: [...NOT_THE_CLOCK] });
    try {
      const again = packWithCharts();
      for (const format of FORMATS) {
        const bytes = await PACK_FORMATS[format].render(again);
        expect({ format, same: bytes.equals(rendered.get(format) as Buffer) }).toEqual({ format, same: true });
      }
    } finally {
      jest.useRealTimers();
    }
  }, 180_000);

  it('draws each chart as the same SVG and PNG every time, with no instance ids', () => {
    for (const chart of CHARTS) {
      const svg = chartSvg(chart);
      expect(chartSvg(chart)).toBe(svg);
      expect(svg).not.toMatch(/zr\d/);
      expect(svg).toContain(`<title id="${chart.id}-title">`);
      expect(chartPng(chart).equals(chartPng(chart))).toBe(true);
    }
    expect(chartPng(CHARTS[0]).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('holds the charts in the HTML as inline SVG with their title, alternative text and figures', () => {
    const html = (rendered.get('html') as Buffer).toString('utf8');
    expect(html.match(/<svg [^>]*role="img"/g)).toHaveLength(CHARTS.length);
    expect(html).toContain('<title id="risk-heat-map-title">Open risks by impact and likelihood</title>');
    expect(html).toContain('<desc id="maturity-by-area-desc">Developing talent: 1 this year');
    expect(html).toContain('<th scope="col">This year</th>');
    expect(html).toContain('<details><summary>');
  });

  it('writes a tagged PDF in en-GB with its title, alt text for every chart and a header row per table', () => {
    const pdf = rendered.get('pdf') as Buffer;
    const file = join(work, 'pack.pdf');
    writeFileSync(file, pdf);
    const info = poppler('pdfinfo', [file]).toString('utf8');
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:.*strategy update pack 2025/i);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    const text = pdf.toString('latin1');
    expect(text).toContain('/Lang (en-GB)');
    expect(text).toContain('/DisplayDocTitle true');
    expect(text.match(/\/S \/Figure/g)?.length).toBeGreaterThanOrEqual(CHARTS.length);
    for (const chart of CHARTS) expect(text).toContain(`/Alt (${chart.title}. `);
    for (const tag of ['H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD']) expect(text).toContain(`/S /${tag}\n`);
    expect(poppler('pdftotext', [file, '-']).toString('utf8')).toMatch(/strategy update pack\s+2025/i);
  });

  it('renders every page of the PDF to a picture that is not blank (pdftoppm)', () => {
    const file = join(work, 'pages.pdf');
    writeFileSync(file, rendered.get('pdf') as Buffer);
    poppler('pdftoppm', ['-r', '60', '-gray', file, join(work, 'page')]);
    const pages = readdirSync(work).filter((name) => /^page-\d+\.pgm$/.test(name));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      const pixels = readFileSync(join(work, page));
      // A PGM: a header of three lines, then one byte a pixel; a blank page is all white (255).
      const dark = pixels.subarray(64).filter((value) => value < 128).length;
      expect({ page, inked: dark > 100 }).toEqual({ page, inked: true });
    }
  });

  it('writes a Word document with real headings, header rows and the charts as pictures with alt text', async () => {
    const entries = await readZipEntries(rendered.get('docx') as Buffer);
    const body = entries.find((entry) => entry.name === 'word/document.xml')?.content.toString('utf8') ?? '';
    expect(body).toContain('<w:pStyle w:val="Title"/>');
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    expect(body).toContain('<w:tblHeader/>');
    for (const chart of CHARTS) expect(body).toContain(`descr="${chart.altText}"`);
    expect(entries.filter((entry) => entry.name.startsWith('word/media/')).map((entry) => entry.name)).toEqual(['word/media/image1.png', 'word/media/image2.png', 'word/media/image3.png']);
    const core = entries.find((entry) => entry.name === 'docProps/core.xml')?.content.toString('utf8');
    expect(core).toContain(`>${PACK_DATA.cutOff.slice(0, 19)}Z</dcterms:created>`);
  });

  it('writes the figures behind every chart to the workbook, every column with a positive width', async () => {
    const entries = await readZipEntries(rendered.get('xlsx') as Buffer);
    const workbook = entries.find((entry) => entry.name === 'xl/workbook.xml')?.content.toString('utf8') ?? '';
    expect(workbook).toContain('name="Chart Maturity by NPS area"');
    expect(workbook).toContain('name="Chart Open risks by impact and"'); // 31 characters, no trailing space
    const sheets = entries.filter((entry) => /^xl\/worksheets\/sheet\d+\.xml$/.test(entry.name));
    for (const sheet of sheets) {
      const cols = sheet.content.toString('utf8').match(/<col [^>]*>/g) ?? [];
      expect(cols.length).toBeGreaterThan(0);
      for (const col of cols) expect(Number(/ width="([^"]+)"/.exec(col)?.[1])).toBeGreaterThan(0);
    }
  });

  it('sizes PDF columns to their content, giving long text the room and keeping every word whole', () => {
    const measure = (text: string) => text.length * 4;
    const widths = columnWidths(measure, ['Area', 'Action', 'Progress'], [['Talent', 'Create a skills matrix for every post in the team and keep it up to date each quarter', '50%']], 300, { padding: 7, minimum: 36 });
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(300);
    expect(widths[1]).toBeGreaterThan(widths[0] + widths[2]);
    expect(widths[2]).toBeGreaterThanOrEqual('Progress'.length * 4 + 7);
  });
});
