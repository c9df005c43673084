import { PackBlock, PackDocument } from './pack-document';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function block(b: PackBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${escape(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${escape(b.text)}</p>`;
    case 'bullets':
      return b.items.length ? `<ul>\n${b.items.map((item) => `<li>${escape(item)}</li>`).join('\n')}\n</ul>` : '<p>None.</p>';
    case 'table':
      if (!b.rows.length) return '<p>None.</p>';
      return [
        '<table>',
        `<thead><tr>${b.columns.map((c) => `<th>${escape(c)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...b.rows.map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`),
        '</tbody>',
        '</table>',
      ].join('\n');
    case 'chart':
      return `<p>${escape(b.chart.title)}: ${escape(b.chart.altText)}</p>`;
    default: {
      const unknown: never = b;
      throw new Error(`Unknown block ${JSON.stringify(unknown)}`);
    }
  }
}

/** A standalone HTML page of the pack, printable to PDF from any browser. */
export function renderHtml(doc: PackDocument): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${escape(doc.title)}</title>
<style>
body { font-family: Arial, Helvetica, sans-serif; max-width: 60rem; margin: 2rem auto; line-height: 1.4; color: #1b1b1b; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #b1b4b6; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f3f2f1; }
.provenance { color: #505a5f; }
</style>
</head>
<body>
<h1>${escape(doc.title)}</h1>
<p class="provenance">${doc.provenance.map(escape).join('<br>\n')}</p>
${doc.blocks.map(block).join('\n')}
</body>
</html>
`;
}
