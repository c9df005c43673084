import { CONTENT_TYPES, renderOffTheLoop, writeTablesOffTheLoop } from '@ledger/shared-api';
import { StrategyPackData } from './pack-data';
import { PackDocument, packDocument } from './pack-document';
import { chartSheets, packSheets } from './pack-sheets';
import { PackRendering, documentDate } from './pack-rendering';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { RenderedMarkdown, renderMarkdown } from './render-markdown';
import { renderPdf } from './render-pdf';

/** A pack built from its data: the document and its Markdown with the hashes. */
export interface BuiltPack extends RenderedMarkdown {
  data: StrategyPackData;
  document: PackDocument;
}

export function buildPack(data: StrategyPackData): BuiltPack {
  const document = packDocument(data);
  return { data, document, ...renderMarkdown(document) };
}

/** What the binary renderers take: the document and the cut-off, whose date every format embeds (ADR 0030). */
const rendering = (pack: BuiltPack): PackRendering => ({ document: pack.document, cutOff: pack.data.cutOff });

/** The data sheets, then a sheet per chart with the figures it draws. */
const workbookSheets = (pack: BuiltPack) => {
  const sheets = packSheets(pack.data);
  return [...sheets, ...chartSheets(pack.document, sheets.map((sheet) => sheet.name))];
};

/**
 * The downloads, by the name clients see; the URL uses the extension. Every format gives the
 * same bytes whenever the pack is rebuilt at its recorded position (ADR 0030).
 */
export const PACK_FORMATS = {
  markdown: { extension: 'md', contentType: 'text/markdown; charset=utf-8', render: async (pack: BuiltPack) => Buffer.from(pack.markdown, 'utf8') },
  html: { extension: 'html', contentType: 'text/html; charset=utf-8', render: async (pack: BuiltPack) => Buffer.from(renderHtml(pack.document), 'utf8') },
  // The binary formats take long enough to write that they run on a worker thread when the app has them (ADR 0024).
  xlsx: {
    extension: 'xlsx',
    contentType: CONTENT_TYPES.xlsx,
    render: (pack: BuiltPack) =>
      writeTablesOffTheLoop(workbookSheets(pack), 'xlsx', { date: documentDate(pack.data.cutOff) }),
  },
  docx: { extension: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: (pack: BuiltPack) => renderOffTheLoop('renderDocx', rendering(pack), renderDocx) },
  pdf: { extension: 'pdf', contentType: 'application/pdf', render: (pack: BuiltPack) => renderOffTheLoop('renderPdf', rendering(pack), renderPdf) },
} as const;
export type PackFormat = keyof typeof PACK_FORMATS;

export const packFormatOfExtension = (extension: string): PackFormat | undefined =>
  (Object.keys(PACK_FORMATS) as PackFormat[]).find((format) => PACK_FORMATS[format].extension === extension);

/** Relative to the API's base URL, as the contract's PackDownload.url says. */
export const packDownloadUrl = (year: number, sha256: string, format: PackFormat) => `/api/strategy/packs/${year}/${sha256}.${PACK_FORMATS[format].extension}`;

export const packFileName = (year: number, sha256: string, format: PackFormat) => `strategy-update-pack-${year}-${sha256.slice(0, 12)}.${PACK_FORMATS[format].extension}`;
