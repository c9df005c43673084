// pdfkit and svg-to-pdfkit ship no types: the reference carries our declarations into every program compiling this file (API, CLI, tests).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./pdfkit.d.ts" />
import type PDFDocument from 'pdfkit';
import type SVGtoPDFFunction from 'svg-to-pdfkit';
import { chartSize, chartSvg } from './pack-charts';
import { PackBlock, PackDocument } from './pack-document';
import { PackRendering, columnWidths, documentDate } from './pack-rendering';


/**
 * pdfkit (with fontkit and its fonts) and svg-to-pdfkit load with the first PDF, not with every
 * API, CLI and worker start that imports the pack: together with ECharts (pack-charts.ts) they were
 * a quarter of a second of each `ledger` command's start-up. Synchronous, as the drawing is.
 */
const pdfkit = () => ({
  PDFDocument: require('pdfkit') as typeof PDFDocument,
  SVGtoPDF: require('svg-to-pdfkit') as typeof SVGtoPDFFunction,
});
type PdfDocument = InstanceType<typeof PDFDocument>;
type StructureElement = ReturnType<PdfDocument['struct']>;

const MARGIN = 48;
const BODY_SIZE = 9.5;
const TABLE_SIZE = 8;
const CELL_PADDING = 3;
/** No column narrower than this (points), whatever its content: a number and its header still fit. */
const MIN_COLUMN = 36;
const COLUMN_SIZING = { padding: 2 * CELL_PADDING + 1, minimum: MIN_COLUMN };

/**
 * The standard PDF fonts (Helvetica) encode WinAnsi only: the few characters the pack uses
 * beyond it are written as their nearest WinAnsi equivalent rather than dropped.
 */
const winAnsi = (text: string) =>
  text
    .replace(/\u2212/g, '-')
    .replace(/\u2264/g, '<=')
    .replace(/\u2265/g, '>=')
    .replace(/\u2192/g, '->')
    .replace(/[\u2009\u202f\u00a0]/g, ' ');

/**
 * The pack as a tagged PDF for the board papers (ADR 0030): a structure tree in reading order
 * (H1-H3, P, L/LI/Lbl/LBody, Table/TR/TH/TD, Figure with its alternative text), language en-GB,
 * the title shown by the viewer, and the cut-off as its dates, so the same pack gives the same
 * bytes. Charts are vector (the ECharts SVG drawn by svg-to-pdfkit).
 */
export function renderPdf({ document: doc, cutOff }: PackRendering): Promise<Buffer> {
  const date = documentDate(cutOff);
  return new Promise((resolve, reject) => {
    const pdf = new (pdfkit().PDFDocument)({
      size: 'A4',
      margin: MARGIN,
      tagged: true,
      lang: 'en-GB',
      displayTitle: true,
      pdfVersion: '1.7',
      // The file identifier is a hash of these: fixed dates give a fixed identifier.
      info: { Title: winAnsi(doc.title), Author: winAnsi(doc.authority?.name ?? 'Governance Ledger'), Creator: 'Governance Ledger', Producer: 'Governance Ledger', CreationDate: date, ModDate: date },
    });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    try {
      const root = pdf.struct('Document');
      pdf.addStructure(root);
      drawTitle(pdf, root, doc);
      for (const block of doc.blocks) drawBlock(pdf, root, block);
      root.end();
      pdf.end();
    } catch (error) {
      reject(error);
    }
  });
}

const contentWidth = (pdf: PdfDocument) => pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
const spaceLeft = (pdf: PdfDocument) => pdf.page.height - pdf.page.margins.bottom - pdf.y;

function paragraph(pdf: PdfDocument, parent: StructureElement, type: string, text: string, font: string, size: number, after = 0.4, color = '#0b0c0c') {
  pdf.font(font).fontSize(size).fillColor(color);
  parent.add(pdf.struct(type, () => pdf.text(winAnsi(text), MARGIN, pdf.y, { width: contentWidth(pdf) })));
  pdf.moveDown(after);
}

function drawTitle(pdf: PdfDocument, root: StructureElement, doc: PackDocument) {
  const logo = doc.authority?.logo;
  if (logo) {
    const name = doc.authority?.name ?? 'the authority';
    const top = pdf.y;
    root.add(
      pdf.struct('Figure', { alt: `Logo of ${name}` }, () => {
        const bytes = Buffer.from(logo.base64, 'base64');
        if (logo.mediaType === 'image/png') pdf.image(bytes, MARGIN, top, { fit: [160, 48] });
        else pdfkit().SVGtoPDF(pdf, bytes.toString('utf8'), MARGIN, top, { width: 160, height: 48 });
      }),
    );
    pdf.y = top + 56;
  }
  if (doc.authority) paragraph(pdf, root, 'P', doc.authority.name, 'Helvetica-Bold', 12, 0.2, '#383f43');
  paragraph(pdf, root, 'H1', doc.title, 'Helvetica-Bold', 20, 0.3);
  for (const line of doc.provenance) paragraph(pdf, root, 'P', line, 'Helvetica', 8.5, 0.1, '#383f43');
  pdf.moveDown(0.8);
}

function drawBlock(pdf: PdfDocument, root: StructureElement, block: PackBlock) {
  switch (block.kind) {
    case 'heading':
      // A heading never sits alone at the foot of a page.
      if (spaceLeft(pdf) < 90) pdf.addPage();
      pdf.moveDown(block.level === 2 ? 0.6 : 0.3);
      paragraph(pdf, root, `H${block.level}`, block.text, 'Helvetica-Bold', block.level === 2 ? 14 : 11.5, 0.35);
      return;
    case 'paragraph':
      paragraph(pdf, root, 'P', block.text, 'Helvetica', BODY_SIZE, 0.5);
      return;
    case 'bullets':
      if (!block.items.length) return paragraph(pdf, root, 'P', 'None.', 'Helvetica', BODY_SIZE, 0.5);
      drawList(pdf, root, block.items);
      return;
    case 'table':
      if (!block.rows.length) return paragraph(pdf, root, 'P', 'None.', 'Helvetica', BODY_SIZE, 0.5);
      drawTable(pdf, root, block.columns, block.rows);
      return;
    case 'chart':
      drawChart(pdf, root, block.chart);
      return;
    default: {
      const unknown: never = block;
      throw new Error(`Unknown block ${JSON.stringify(unknown)}`);
    }
  }
}

function drawList(pdf: PdfDocument, root: StructureElement, items: string[]) {
  pdf.font('Helvetica').fontSize(BODY_SIZE).fillColor('#0b0c0c');
  const list = pdf.struct('L');
  root.add(list);
  pdf.x = MARGIN;
  pdf.list(items.map(winAnsi), { structParent: list, width: contentWidth(pdf) - 14, bulletRadius: 1.6, textIndent: 10, bulletIndent: 12, paragraphGap: 2 });
  list.end();
  pdf.x = MARGIN;
  pdf.moveDown(0.5);
}

function drawTable(pdf: PdfDocument, root: StructureElement, columns: string[], rows: string[][]) {
  const measure = (text: string, header: boolean) => pdf.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(TABLE_SIZE).widthOfString(winAnsi(text));
  const widths = columnWidths(measure, columns, rows, contentWidth(pdf), COLUMN_SIZING);
  // The header row and a first row stay together.
  if (spaceLeft(pdf) < 60) pdf.addPage();
  pdf.font('Helvetica').fontSize(TABLE_SIZE).fillColor('#0b0c0c');
  pdf.x = MARGIN;
  pdf.table({
    data: [columns.map((text) => ({ text: winAnsi(text), type: 'TH' as const, scope: 'Column' as const })), ...rows.map((row) => row.map(winAnsi))],
    columnStyles: widths.map((width) => ({ width })),
    rowStyles: (index) => (index === 0 ? { font: { src: 'Helvetica-Bold' }, backgroundColor: '#f3f2f1' } : {}),
    defaultStyle: { padding: CELL_PADDING, border: 0.5, borderColor: '#8f979b' },
    structParent: root,
  });
  pdf.font('Helvetica').fontSize(BODY_SIZE);
  pdf.x = MARGIN;
  pdf.moveDown(0.7);
}

function drawChart(pdf: PdfDocument, root: StructureElement, chart: Parameters<typeof chartSvg>[0]) {
  const size = chartSize(chart);
  let width = Math.min(contentWidth(pdf), size.width * 0.72);
  let height = (size.height * width) / size.width;
  // A chart a little too tall for what is left of the page is drawn smaller rather than leave the page empty.
  if (spaceLeft(pdf) < height + 8 && spaceLeft(pdf) >= 0.75 * height + 8) {
    height = spaceLeft(pdf) - 8;
    width = (size.width * height) / size.height;
  }
  if (spaceLeft(pdf) < height + 8) pdf.addPage();
  const top = pdf.y;
  const left = MARGIN + (contentWidth(pdf) - width) / 2;
  // svg-to-pdfkit sizes the drawing from the SVG's own width and height (in px, i.e. 3/4 pt): set them to the box, in points.
  const svg = chartSvg(chart).replace(/^<svg width="\d+" height="\d+"/, `<svg width="${width}" height="${height}"`);
  root.add(pdf.struct('Figure', { alt: winAnsi(`${chart.title}. ${chart.altText}`) }, () => pdfkit().SVGtoPDF(pdf, svg, left, top, { width, height, assumePt: true })));
  pdf.x = MARGIN;
  pdf.y = top + height + 10;
}
