/**
 * One Source per document, by content: a document's text (the lines extraction found it on) is
 * normalised and hashed, so the same paper ingested under another file name, with other line
 * endings or re-wrapped spacing, lands on the Source the graph already holds for it.
 */
import { createHash } from 'node:crypto';
import { decodeInput } from '../rules/text.js';

/** The form of a Source's `contentHash`: `sha256:` and 64 hex digits. */
export const CONTENT_HASH_RE = /^sha256:[0-9a-f]{64}$/;

/** The hash of a text: its lines with spacing collapsed and blank lines dropped, hashed with SHA-256. */
export function contentHash(text: string): string {
  const normalised = text
    .split(/\r\n|\r|\n|\f|\u2028|\u2029/)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
  return `sha256:${createHash('sha256').update(normalised, 'utf8').digest('hex')}`;
}

/**
 * The content hash of each document range (1-based, inclusive line numbers as extraction reports
 * them) of one input, decoded as extraction decodes it.
 */
export function documentContentHashes(content: string | Uint8Array, ranges: readonly { from: number; to: number }[]): string[] {
  const lines = decodeInput(content).text.split(/\r\n|\r|\n|\f|\u2028|\u2029/);
  return ranges.map((r) => contentHash(lines.slice(Math.max(0, r.from - 1), Math.max(0, r.to)).join('\n')));
}
