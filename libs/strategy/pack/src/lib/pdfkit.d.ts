// pdfkit ships no type declarations; these cover the calls render-pdf.ts makes (pdfkit 0.20).
declare module 'pdfkit' {
  interface PdfTableOptions {
    data: string[][];
    rowStyles?: (index: number) => { font?: { src: string } };
    defaultStyle?: { padding?: number };
  }
  interface PdfTextOptions {
    indent?: number;
  }
  class PDFDocument {
    constructor(options?: { size?: string; margin?: number; info?: Record<string, string | Date>; compress?: boolean });
    font(name: string): this;
    fontSize(size: number): this;
    text(text: string, options?: PdfTextOptions): this;
    moveDown(lines?: number): this;
    table(options: PdfTableOptions): this;
    on(event: 'data', listener: (chunk: Buffer) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    end(): void;
  }
  export = PDFDocument;
}
