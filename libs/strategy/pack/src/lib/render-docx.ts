import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { reproducibleZip } from '@ledger/shared-api';
import { chartPng, chartSize, svgToPng } from './pack-charts';
import { PackBlock, PackChart, PackDocument } from './pack-document';
import { PackRendering, columnWidths, documentDate } from './pack-rendering';

const HEADINGS = { 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
/** A4 less Word's default 1-inch margins, in twentieths of a point. */
const TEXT_WIDTH_TWIPS = 11906 - 2 * 1440;
/** The table text is 9 pt: about 100 twips a character on average in Calibri. */
const TWIPS_PER_CHARACTER = 100;
const COLUMN_SIZING = { padding: 220, minimum: 700 };
/** The width charts take on the page, in pixels (Word counts 96 to the inch): 6.25 inches. */
const CHART_WIDTH_PX = 600;

const cell = (text: string, width: number, header = false) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { fill: 'F3F2F1' } : undefined,
    children: [new Paragraph({ children: [new TextRun({ text, bold: header, size: 18 })] })],
  });

function table(columns: string[], rows: string[][]): Table {
  const widths = columnWidths((text) => text.length * TWIPS_PER_CHARACTER, columns, rows, TEXT_WIDTH_TWIPS, COLUMN_SIZING).map(Math.floor);
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      // tableHeader: the header row is marked as such (repeated on each page, read as headers).
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c, widths[i], true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, widths[i])) })),
    ],
  });
}

function chartImage(chart: PackChart): Paragraph {
  const size = chartSize(chart);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'png',
        data: chartPng(chart),
        transformation: { width: CHART_WIDTH_PX, height: Math.round((size.height * CHART_WIDTH_PX) / size.width) },
        altText: { name: chart.id, title: chart.title, description: chart.altText },
      }),
    ],
  });
}

function block(b: PackBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ text: b.text, heading: HEADINGS[b.level] })];
    case 'paragraph':
      return [new Paragraph({ text: b.text, spacing: { after: 120 } })];
    case 'bullets':
      return b.items.length ? b.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } })) : [new Paragraph({ text: 'None.' })];
    case 'table':
      if (!b.rows.length) return [new Paragraph({ text: 'None.' })];
      return [table(b.columns, b.rows), new Paragraph({ text: '' })];
    case 'chart':
      return [chartImage(b.chart)];
    default: {
      const unknown: never = b;
      throw new Error(`Unknown block ${JSON.stringify(unknown)}`);
    }
  }
}

/** PNG width and height from its header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

function logo(doc: PackDocument): Paragraph[] {
  const image = doc.authority?.logo;
  if (!image) return [];
  const bytes = Buffer.from(image.base64, 'base64');
  const png = image.mediaType === 'image/png' ? bytes : svgToPng(bytes.toString('utf8'), 1);
  const { width, height } = pngSize(png);
  // At most 200 x 64 pixels, in proportion.
  const scale = Math.min(200 / width, 64 / height, 1);
  return [
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
          altText: { name: 'logo', title: 'Logo', description: `Logo of ${doc.authority?.name ?? 'the authority'}` },
        }),
      ],
    }),
  ];
}

/** W3CDTF, to the second, as Word writes it. */
const w3cdtf = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

/**
 * The pack as a Word document (the board's usual format), from the same blocks as the Markdown:
 * real headings (Title, Heading 2/3), header rows, charts as PNG with their alternative text.
 * The docx library stamps the time of writing and names images at random; both are replaced
 * (the cut-off; names from the image's hash), so the same pack gives the same bytes (ADR 0030).
 */
export async function renderDocx({ document: doc, cutOff }: PackRendering): Promise<Buffer> {
  const date = documentDate(cutOff);
  const document = new Document({
    creator: 'Governance Ledger',
    lastModifiedBy: 'Governance Ledger',
    title: doc.title,
    sections: [
      {
        children: [
          ...logo(doc),
          ...(doc.authority ? [new Paragraph({ children: [new TextRun({ text: doc.authority.name, bold: true, size: 26 })] })] : []),
          new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
          ...doc.provenance.map((line) => new Paragraph({ children: [new TextRun({ text: line, size: 18, color: '383F43' })] })),
          ...doc.blocks.flatMap(block),
        ],
      },
    ],
  });
  const written = await Packer.toBuffer(document);
  const randomNames = new Map<string, string>();
  let media = 0;
  return reproducibleZip(written, date, (entry) => {
    const image = /^word\/media\/([^/.]+)\.(\w+)$/.exec(entry.name);
    if (image) {
      const stable = `image${++media}`;
      randomNames.set(image[1], stable);
      return { name: `word/media/${stable}.${image[2]}`, content: entry.content };
    }
    return entry;
  }).then((once) =>
    // The names are known once every entry was seen: a second pass rewrites the references.
    reproducibleZip(once, date, (entry) => {
      if (!/\.(xml|rels)$/.test(entry.name)) return entry;
      let text = entry.content.toString('utf8');
      for (const [random, stable] of randomNames) text = text.split(random).join(stable);
      text = text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${w3cdtf(date)}$2`);
      return { name: entry.name, content: Buffer.from(text, 'utf8') };
    }),
  );
}
