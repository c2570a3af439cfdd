/**
 * Reading a council paper as text, whatever it was published as. Councils publish PDFs; the rules
 * read lines of text. A PDF is read through unpdf (PDF.js built for servers, no native code) and its
 * positioned text laid out as lines ({@link layoutPageLines}), so reading order and table rows
 * survive; any other file is decoded as text. A PDF that cannot give its text (damaged, encrypted,
 * only scanned images) is an INVALID_INPUT error that says why, rather than an empty extraction.
 */
import { readFile } from 'node:fs/promises';
import { GovgraphError } from '@govgraph/core';
import { getDocumentProxy } from 'unpdf';
import { decodeInput } from '../rules/text.js';
import { layoutPageLines, type PositionedText } from './pdf-layout.js';

/** The text of one paper and what it was read from. */
export interface DocumentText {
  /** The words, pages separated by a form feed. */
  text: string;
  /** `pdf` for a PDF, `text` for anything decoded as text. */
  format: 'pdf' | 'text';
  /** Pages of a PDF; null for text. */
  pages: number | null;
  /** What was odd but did not stop the reading (Windows-1252 text, a page without text). */
  warnings: string[];
}

/** Why a PDF gave no text, in `details.reason` of the INVALID_INPUT error. */
export type UnreadablePdfReason = 'unreadable-pdf' | 'encrypted-pdf' | 'image-only-pdf';

/** Pages read from one PDF; longer documents are cut with a warning. */
export const MAX_PDF_PAGES = 2_000;

/** True when the bytes are a PDF (the header may follow a little junk, as readers allow). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function unreadable(reason: UnreadablePdfReason, message: string, name: string | undefined, cause?: unknown): GovgraphError {
  return new GovgraphError('INVALID_INPUT', `${name ? `${name}: ` : ''}${message}`, { reason, ...(name ? { file: name } : {}) }, { cause });
}

interface TextItemLike {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
  height?: unknown;
}

function toRun(item: TextItemLike): PositionedText | null {
  if (typeof item.str !== 'string' || !Array.isArray(item.transform)) return null;
  const [a, b, c, d, x, y] = item.transform as number[];
  // The font size is the length of the text matrix's vertical vector (rotation and scaling included).
  const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || (typeof item.height === 'number' ? item.height : 0);
  return { text: item.str, x: x ?? 0, y: y ?? 0, width: typeof item.width === 'number' ? item.width : 0, size };
}

async function readPdf(bytes: Uint8Array, name: string | undefined): Promise<DocumentText> {
  const warnings: string[] = [];
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js takes over the buffer it is given and refuses a Node Buffer: it gets a plain copy, and
    // the caller's bytes stay whole.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  } catch (error) {
    const kind = (error as { name?: string }).name;
    if (kind === 'PasswordException') throw unreadable('encrypted-pdf', 'the PDF is encrypted with a password; ask the council for an open copy', name, error);
    throw unreadable('unreadable-pdf', `the PDF cannot be read (${error instanceof Error ? error.message : String(error)})`, name, error);
  }
  try {
    const pageCount = Math.min(pdf.numPages, MAX_PDF_PAGES);
    if (pdf.numPages > MAX_PDF_PAGES) warnings.push(`only the first ${MAX_PDF_PAGES} of ${pdf.numPages} pages were read`);
    const pages: string[] = [];
    const empty: number[] = [];
    for (let n = 1; n <= pageCount; n++) {
      let lines: string[];
      try {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        lines = layoutPageLines(content.items.map((i) => toRun(i as TextItemLike)).filter((r): r is PositionedText => r !== null));
        page.cleanup();
      } catch (error) {
        warnings.push(`page ${n} could not be read: ${error instanceof Error ? error.message : String(error)}`);
        lines = [];
      }
      if (lines.length === 0) empty.push(n);
      pages.push(lines.join('\n'));
    }
    if (empty.length === pageCount) {
      throw unreadable('image-only-pdf', 'the PDF holds no text (scanned pages?); run it through OCR first', name);
    }
    if (empty.length > 0) warnings.push(`page(s) ${empty.join(', ')} hold no text (scanned images?) and were skipped`);
    return { text: pages.join('\n\f'), format: 'pdf', pages: pageCount, warnings };
  } finally {
    await pdf.destroy();
  }
}

/**
 * The text of a paper given as bytes: a PDF laid out as lines, anything else decoded as text
 * (UTF-8, or Windows-1252 with a warning). Throws INVALID_INPUT (with `details.reason`) for a PDF
 * that gives no text. `name` only labels errors and warnings.
 */
export async function readDocumentText(bytes: Uint8Array, name?: string): Promise<DocumentText> {
  if (isPdf(bytes)) return readPdf(bytes, name);
  const { text, warnings } = decodeInput(bytes);
  return { text, format: 'text', pages: null, warnings };
}

/** {@link readDocumentText} of a file; a file that cannot be opened is INVALID_INPUT too. */
export async function readDocumentFile(file: string): Promise<DocumentText> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new GovgraphError('INVALID_INPUT', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { reason: 'unreadable-file', file });
  }
  return readDocumentText(bytes, file);
}
