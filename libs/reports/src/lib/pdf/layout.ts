import { PassThrough, type Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { FONT_BOLD, FONT_REGULAR, registerCjkFonts } from './fonts';

/** Shared page furniture for the PDF builders: A4, CJK fonts, headings, paragraphs, tables. */
export const PAGE = { margin: 48, width: 595.28, height: 841.89 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const RED = '#c00000';

export function newDocument(title: string): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: false,
    info: { Title: title, Creator: 'Pathboard' },
  });
  registerCjkFonts(doc);
  return doc;
}

/** Pipe a document into `output`, run `draw`, end it, and resolve when the bytes are flushed. */
export async function renderTo(doc: PDFKit.PDFDocument, output: Writable, draw: () => void): Promise<void> {
  const done = new Promise<void>((resolve, reject) => {
    output.on('finish', resolve);
    output.on('error', reject);
    doc.on('error', reject);
  });
  doc.pipe(output);
  draw();
  doc.end();
  await done;
}

export async function collectPdf(write: (stream: Writable) => Promise<void>): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  await write(stream);
  return Buffer.concat(chunks);
}

export function heading(doc: PDFKit.PDFDocument, text: string, size = 13): void {
  // Keep a heading with the first lines of what follows instead of leaving it alone at a page foot.
  ensureSpace(doc, size * 3 + 60);
  doc
    .moveDown(0.4)
    .font(FONT_BOLD)
    .fontSize(size)
    .fillColor(RED)
    .text(text, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  doc.font(FONT_REGULAR).fillColor('black').moveDown(0.2);
}

export function paragraph(doc: PDFKit.PDFDocument, text: string, size = 10.5): void {
  doc
    .font(FONT_REGULAR)
    .fontSize(size)
    .fillColor('black')
    .text(text, PAGE.margin, doc.y, { width: CONTENT_WIDTH, indent: size * 2, lineGap: 3 });
  doc.moveDown(0.3);
}

/** Start a new page when fewer than `height` points are left. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > PAGE.height - PAGE.margin) doc.addPage();
}

export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

/**
 * A table drawn row by row with explicit positions (no text wrapping, which is what makes pdfkit
 * slow), cut into pages with the header repeated on each.
 */
export function table(
  doc: PDFKit.PDFDocument,
  columns: TableColumn[],
  rows: Iterable<string[]>,
  options: { fontSize?: number; rowHeight?: number } = {},
): void {
  const fontSize = options.fontSize ?? 8;
  const rowHeight = options.rowHeight ?? fontSize + 6;
  // pdfkit starts a page itself (one per cell!) when a text's line would pass the bottom margin; a
  // row goes to the next page before that can happen.
  const lineHeight = doc.font(FONT_REGULAR).fontSize(fontSize).currentLineHeight(true);
  const bottom = PAGE.height - PAGE.margin - Math.max(0, 3 + lineHeight - rowHeight);
  // pdfkit moves doc.y after every text call, so each row keeps its own top.
  const drawHeader = () => {
    const y = doc.y;
    doc.rect(PAGE.margin, y, CONTENT_WIDTH, rowHeight).fill('#f2dcdb');
    drawCells(
      doc,
      columns,
      columns.map((c) => c.header),
      y,
      fontSize,
      FONT_BOLD,
    );
    doc.y = y + rowHeight;
  };
  ensureSpace(doc, rowHeight * 3);
  drawHeader();
  let index = 0;
  for (const cells of rows) {
    if (doc.y + rowHeight > bottom) {
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    if (index % 2 === 1) doc.rect(PAGE.margin, y, CONTENT_WIDTH, rowHeight).fill('#f7f7f7');
    drawCells(doc, columns, cells, y, fontSize, FONT_REGULAR);
    doc.y = y + rowHeight;
    index++;
  }
  doc.x = PAGE.margin;
  doc.moveDown(0.5);
}

function drawCells(
  doc: PDFKit.PDFDocument,
  columns: TableColumn[],
  cells: string[],
  y: number,
  fontSize: number,
  font: string,
): void {
  doc.font(font).fontSize(fontSize).fillColor('black');
  let x = PAGE.margin;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    const { text, size } = fitCell(cells[i] ?? '', column.width - 4, fontSize);
    if (size !== fontSize) doc.fontSize(size);
    doc.text(text, x + 2, y + 3, {
      width: column.width - 4,
      align: column.align ?? 'left',
      lineBreak: false,
    });
    if (size !== fontSize) doc.fontSize(fontSize);
    x += column.width;
  }
}

/** Smallest share of the row's font size a long cell may shrink to before it is cut. */
const MIN_SHRINK = 0.72;

/**
 * A cell's text and font size: as it is when it fits; else in a smaller font, so that a long branch
 * name stays whole ("…" made two different branches look alike); cut only past MIN_SHRINK.
 */
export function fitCell(text: string, width: number, fontSize: number): { text: string; size: number } {
  const used = estimatedWidth(text, fontSize);
  if (used <= width) return { text, size: fontSize };
  const size = Math.floor(((fontSize * width) / used) * 10) / 10;
  if (size >= fontSize * MIN_SHRINK) return { text, size };
  const smallest = Math.round(fontSize * MIN_SHRINK * 10) / 10;
  return { text: fitText(text, width, smallest), size: smallest };
}

function estimatedWidth(text: string, fontSize: number): number {
  let used = 0;
  for (let i = 0; i < text.length; i++) used += text.charCodeAt(i) > 0x2e80 ? fontSize : fontSize * 0.56;
  return used;
}

/**
 * Cut text to a column by counting CJK characters as full width and others as about half; exact
 * measuring of every cell of a 5,000-row table would cost more than the rest of the report.
 */
export function fitText(text: string, width: number, fontSize: number): string {
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    used += text.charCodeAt(i) > 0x2e80 ? fontSize : fontSize * 0.56;
    if (used > width) return `${text.slice(0, Math.max(0, i - 1))}…`;
  }
  return text;
}
