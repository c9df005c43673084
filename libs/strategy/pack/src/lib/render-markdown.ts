import { createHash } from 'node:crypto';
import { PackBlock, PackDocument } from './pack-document';

/** Text from the registers is escaped so it can never change the document's structure. */
const inline = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>|#])/g, '\\$1');

function block(b: PackBlock): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${inline(b.text)}`;
    case 'paragraph':
      return inline(b.text);
    case 'bullets':
      return b.items.length ? b.items.map((item) => `- ${inline(item)}`).join('\n') : 'None.';
    case 'table':
      if (!b.rows.length) return 'None.';
      return [`| ${b.columns.map(inline).join(' | ')} |`, `|${b.columns.map(() => ' --- |').join('')}`, ...b.rows.map((row) => `| ${row.map(inline).join(' | ')} |`)].join('\n');
    case 'chart':
      return `${inline(b.chart.title)}: ${inline(b.chart.altText)}`;
    default: {
      const unknown: never = b;
      throw new Error(`Unknown block ${JSON.stringify(unknown)}`);
    }
  }
}

export interface RenderedMarkdown {
  markdown: string;
  /** sha256 (hex) of the whole Markdown, UTF-8. */
  sha256: string;
  /** sha256 of the Markdown without the provenance lines: changes only when what the pack shows changes. */
  contentSha256: string;
}

export const sha256Of = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The pack's Markdown: the title, the provenance lines, then the body. Deterministic: no clock, no locale. */
export function renderMarkdown(doc: PackDocument): RenderedMarkdown {
  const title = `# ${inline(doc.title)}`;
  const body = doc.blocks.map(block).join('\n\n');
  const markdown = `${title}\n\n${doc.provenance.map((line) => `${inline(line)}  `).join('\n')}\n\n${body}\n`;
  return { markdown, sha256: sha256Of(markdown), contentSha256: sha256Of(`${title}\n\n${body}\n`) };
}
