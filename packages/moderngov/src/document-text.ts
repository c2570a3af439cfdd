/**
 * A fetched document to the plain text the minutes extractor reads: HTML through html-to-text
 * (headings, paragraphs and table rows kept on their own lines), plain text as it is, PDF through a
 * reader the caller supplies (the import passes the minutes package's PDF reading). Anything else (a Word file, an
 * image) is refused with the reason, so the import reports it instead of ingesting noise.
 */
import { convert } from 'html-to-text';

/** Reads a PDF's text in reading order; the import is given one when PDF reading is available. */
export type PdfTextReader = (bytes: Uint8Array) => Promise<string>;

/** A document's text, or why it has none. */
export type DocumentText = { ok: true; text: string; format: 'html' | 'text' | 'pdf' } | { ok: false; reason: string };

/** Converts HTML (an item's minutes, an HTML document) to text with one line per block and table row. */
export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'table', format: 'dataTable', options: { colSpacing: 3, uppercaseHeaderCells: false } },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'h4', options: { uppercase: false } },
    ],
  });
}

function looksLikePdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}

/** The text of a fetched document, by its content type (and its first bytes, which sites get wrong less often). */
export async function documentText(body: Uint8Array, contentType: string, url: string, readPdf?: PdfTextReader): Promise<DocumentText> {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (looksLikePdf(body) || type === 'application/pdf') {
    if (!readPdf) return { ok: false, reason: 'it is a PDF and this build reads no PDFs' };
    try {
      return { ok: true, text: await readPdf(body), format: 'pdf' };
    } catch (error) {
      return { ok: false, reason: `the PDF could not be read: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const decoded = new TextDecoder('utf-8').decode(body);
  if (type === 'text/html' || type === 'application/xhtml+xml' || /^\s*(?:<!doctype html|<html)/i.test(decoded)) return { ok: true, text: htmlToText(decoded), format: 'html' };
  if (type === 'text/plain' || (type === '' && /\.txt(?:$|\?)/i.test(url))) return { ok: true, text: decoded, format: 'text' };
  return { ok: false, reason: `its type (${type || 'not given'}) is not one govgraph reads (PDF, HTML or plain text)` };
}
