/**
 * Actions recorded against an item: an "Actions:" block of numbered or bulleted entries,
 * "ACTION: text" lines, "Action - owner" lines under the paragraph they belong to, and a trailing
 * "ACTION: owner" at the end of a paragraph.
 */
import { matchEntry } from './lines.js';
import { parsePeopleList } from './people.js';
import type { TextLine } from './text.js';

const LABEL_RE = /^(?:\d+(?:\.\d+)*\.?\s+)?actions?(?:\s+points?)?(?:\s+(?:for|by|on))?\s*(?:[:\-–—]\s*(.*))?$/i;
const TRAILING_RE = /^(.{8,}?[.;])\s*(?:action|ACTION)\s*(?:by|owner)?\s*[:\-–—]\s*([^.]{1,80})\.?$/;

/** True when `text` names who does something rather than what: "Jane Roe", "JR/KS", "All members". */
function isOwner(text: string): boolean {
  const t = text.trim().replace(/\.$/, '');
  if (t === '' || t.split(/\s+/).length > 8) return false;
  if (/^(?:all|everyone|all members|all partners|chair|the chair|secretariat)$/i.test(t)) return true;
  if (/^[A-Z]{2,4}(?:\s*[,/&]\s*[A-Z]{2,4}|\s+and\s+[A-Z]{2,4})*$/.test(t)) return true;
  return parsePeopleList(t).length > 0 && !/\b(?:to|will|should|must)\b/i.test(t);
}

/** Actions within an item's body. */
export function readActions(lines: readonly TextLine[], start: number, end: number): string[] {
  const out: string[] = [];
  let previousText = '';
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    const label = LABEL_RE.exec(line.text);
    if (label) {
      const rest = (label[1] ?? '').trim();
      if (rest) out.push(isOwner(rest) && previousText ? `${previousText} (action: ${rest})` : rest);
      // Entries that follow the label.
      let j = i + 1;
      for (; j < end; j++) {
        const entry = matchEntry(lines[j]!);
        if (!entry) break;
        if (entry.text) out.push(entry.text);
      }
      i = j - 1;
      continue;
    }
    const trailing = TRAILING_RE.exec(line.text);
    if (trailing && isOwner(trailing[2]!)) out.push(`${trailing[1]!.trim()} (action: ${trailing[2]!.trim()})`);
    previousText = line.text.replace(/^\d+(?:\.\d+)+\s+/, '');
  }
  return out;
}
