// pdfkit ships no type declarations; these cover the calls render-pdf.ts makes (pdfkit 0.20).
declare module 'pdfkit' {
  interface PdfCell {
    text: string;
    /** TH marks a header cell in the tagged table; scope says which cells it heads. */
    type?: 'TH' | 'TD';
    scope?: 'Column' | 'Row' | 'Both';
  }
  interface PdfCellStyle {
    font?: { src: string; size?: number };
    padding?: number | [number, number];
    border?: number | [number, number, number, number];
    borderColor?: string;
    backgroundColor?: string;
    width?: number;
  }
  interface PdfTableOptions {
    data: (string | PdfCell)[][];
    rowStyles?: (index: number) => PdfCellStyle;
    columnStyles?: PdfCellStyle[];
    defaultStyle?: PdfCellStyle;
    /** Tags the table (Table, TR, TH/TD) under this element. */
    structParent?: PDFStructureElement;
  }
  interface PdfTextOptions {
    indent?: number;
    width?: number;
    lineGap?: number;
    paragraphGap?: number;
    lineBreak?: boolean;
  }
  interface PdfListOptions extends PdfTextOptions {
    /** Tags the list (LI, Lbl, LBody) under this element, normally an L. */
    structParent?: PDFStructureElement;
    bulletRadius?: number;
    textIndent?: number;
    bulletIndent?: number;
  }
  interface PdfImageOptions {
    fit?: [number, number];
    width?: number;
    height?: number;
  }
  class PDFStructureElement {
    add(child: PDFStructureElement | (() => void)): this;
    end(): void;
  }
  interface PdfPage {
    width: number;
    height: number;
    margins: { top: number; bottom: number; left: number; right: number };
  }
  class PDFDocument {
    constructor(options?: {
      size?: string;
      margin?: number;
      info?: Record<string, string | Date>;
      compress?: boolean;
      tagged?: boolean;
      lang?: string;
      displayTitle?: boolean;
      pdfVersion?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7' | '1.7ext3';
    });
    x: number;
    y: number;
    page: PdfPage;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    text(text: string, options?: PdfTextOptions): this;
    text(text: string, x: number, y: number, options?: PdfTextOptions): this;
    widthOfString(text: string): number;
    heightOfString(text: string, options?: PdfTextOptions): number;
    moveDown(lines?: number): this;
    addPage(): this;
    image(src: Buffer, x: number, y: number, options?: PdfImageOptions): this;
    list(items: string[], options?: PdfListOptions): this;
    table(options: PdfTableOptions): this;
    struct(type: string, children?: () => void): PDFStructureElement;
    struct(type: string, options?: { alt?: string; title?: string; lang?: string }, children?: (() => void) | PDFStructureElement[]): PDFStructureElement;
    addStructure(element: PDFStructureElement): this;
    markContent(tag: 'Artifact', options?: { type?: 'Pagination' | 'Layout' }): this;
    endMarkedContent(): this;
    on(event: 'data', listener: (chunk: Buffer) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    end(): void;
  }
  export = PDFDocument;
}

declare module 'svg-to-pdfkit' {
  import PDFDocument = require('pdfkit');
  /** Draws an SVG (XML text) into a pdfkit document as vector paths and text. */
  function SVGtoPDF(doc: PDFDocument, svg: string, x: number, y: number, options?: { width?: number; height?: number; assumePt?: boolean; warningCallback?: (message: string) => void }): void;
  export = SVGtoPDF;
}
