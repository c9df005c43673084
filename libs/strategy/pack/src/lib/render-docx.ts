import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { PackBlock, PackDocument } from './pack-document';

const HEADINGS = { 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

const cell = (text: string, header = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] });

function block(b: PackBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ text: b.text, heading: HEADINGS[b.level] })];
    case 'paragraph':
      return [new Paragraph({ text: b.text })];
    case 'bullets':
      return b.items.length ? b.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } })) : [new Paragraph({ text: 'None.' })];
    case 'table':
      if (!b.rows.length) return [new Paragraph({ text: 'None.' })];
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [new TableRow({ tableHeader: true, children: b.columns.map((c) => cell(c, true)) }), ...b.rows.map((row) => new TableRow({ children: row.map((c) => cell(c)) }))],
        }),
        new Paragraph({ text: '' }),
      ];
    case 'chart':
      return [new Paragraph({ text: `${b.chart.title}: ${b.chart.altText}` })];
    default: {
      const unknown: never = b;
      throw new Error(`Unknown block ${JSON.stringify(unknown)}`);
    }
  }
}

/** The pack as a Word document (the board's usual format), from the same blocks as the Markdown. */
export function renderDocx(doc: PackDocument): Promise<Buffer> {
  const document = new Document({
    creator: 'Governance Ledger',
    title: doc.title,
    sections: [
      {
        children: [new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }), ...doc.provenance.map((line) => new Paragraph({ text: line })), ...doc.blocks.flatMap(block)],
      },
    ],
  });
  return Packer.toBuffer(document);
}
