// pdfkit ships no types: the reference carries our declaration into every program compiling this file (API, CLI, tests).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./pdfkit.d.ts" />
import PDFDocument from 'pdfkit';
import { PackDocument } from './pack-document';

/**
 * The pack as a PDF for the board papers, from the same blocks as the Markdown. Standard PDF
 * fonts (Helvetica) cover Latin-1 text, which is what the registers hold here.
 */
export function renderPdf(doc: PackDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', margin: 48, info: { Title: doc.title, Creator: 'Governance Ledger' } });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.font('Helvetica-Bold').fontSize(18).text(doc.title);
    pdf.font('Helvetica').fontSize(9);
    for (const line of doc.provenance) pdf.text(line);
    pdf.moveDown();
    for (const block of doc.blocks) {
      switch (block.kind) {
        case 'heading':
          pdf.moveDown(0.5).font('Helvetica-Bold').fontSize(block.level === 2 ? 14 : 11).text(block.text).font('Helvetica').fontSize(9).moveDown(0.3);
          break;
        case 'paragraph':
          pdf.text(block.text).moveDown(0.5);
          break;
        case 'bullets':
          for (const item of block.items.length ? block.items : ['None.']) pdf.text(`•  ${item}`, { indent: 8 });
          pdf.moveDown(0.5);
          break;
        case 'table':
          if (block.rows.length) {
            pdf.fontSize(8).table({ data: [block.columns, ...block.rows], rowStyles: (i) => (i === 0 ? { font: { src: 'Helvetica-Bold' } } : {}), defaultStyle: { padding: 3 } });
            pdf.font('Helvetica').fontSize(9);
          } else pdf.text('None.');
          pdf.moveDown(0.5);
          break;
        case 'chart':
          pdf.text(`${block.chart.title}: ${block.chart.altText}`).moveDown(0.5);
          break;
        default: {
          const unknown: never = block;
          reject(new Error(`Unknown block ${JSON.stringify(unknown)}`));
        }
      }
    }
    pdf.end();
  });
}
