import { chartSvg } from './pack-charts';
import { PackBlock, PackChart, PackDocument } from './pack-document';
import { chartSheets } from './pack-sheets';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function table(columns: string[], rows: (string | number | null)[][]): string {
  return [
    '<table>',
    `<thead><tr>${columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((row) => `<tr>${row.map((cell) => `<td>${escape(cell === null ? '-' : String(cell))}</td>`).join('')}</tr>`),
    '</tbody>',
    '</table>',
  ].join('\n');
}

/**
 * A chart as inline SVG (role="img", with its title and alternative text), and the figures it
 * draws in a table under a disclosure, for those who would rather read them.
 */
function figure(chart: PackChart): string {
  const [figures] = chartSheets({ title: '', provenance: [], blocks: [{ kind: 'chart', chart }] });
  return [
    `<figure class="chart" id="chart-${escape(chart.id)}">`,
    chartSvg(chart).replace(/^<svg width="\d+" height="\d+"/, '<svg'),
    `<figcaption>${escape(chart.altText)}</figcaption>`,
    `<details><summary>The figures behind “${escape(chart.title)}”</summary>`,
    table(figures.columns, figures.rows),
    '</details>',
    '</figure>',
  ].join('\n');
}

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
      return table(b.columns, b.rows);
    case 'chart':
      return figure(b.chart);
    default: {
      const unknown: never = b;
      throw new Error(`Unknown block ${JSON.stringify(unknown)}`);
    }
  }
}

function authority(doc: PackDocument): string {
  if (!doc.authority) return '';
  const { name, logo } = doc.authority;
  const image = logo ? `<img class="logo" src="data:${logo.mediaType};base64,${logo.base64}" alt="Logo of ${escape(name)}">\n` : '';
  return `${image}<p class="authority">${escape(name)}</p>\n`;
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
.authority { font-weight: bold; color: #383f43; margin-bottom: 0; }
.logo { max-height: 4rem; max-width: 14rem; }
figure.chart { margin: 1rem 0 1.5rem; }
figure.chart svg { width: 100%; height: auto; max-width: 45rem; display: block; }
figure.chart figcaption { color: #383f43; font-size: 0.9rem; }
details { margin-top: 0.5rem; }
</style>
</head>
<body>
${authority(doc)}<h1>${escape(doc.title)}</h1>
<p class="provenance">${doc.provenance.map(escape).join('<br>\n')}</p>
${doc.blocks.map(block).join('\n')}
</body>
</html>
`;
}
