/**
 * Resolutions of an item. Explicit layouts mark them ("RESOLVED:", "Resolved that", "AGREED:",
 * "It was agreed that", "Decision:"), a numbered block giving one resolution per part. Web pages
 * drop the marker; there the resolution is the paragraph that starts "That ..." or a run of
 * "(1) ... be ..." parts, which is how councils word them.
 */
import { matchEntry, matchResolutionMarker } from './lines.js';
import type { TextLine } from './text.js';

/**
 * Whether the document records decisions as formal resolutions ("RESOLVED:", "Resolved that"), as
 * a council's democratic services write them. There an "It was agreed that ..." sentence is part
 * of the discussion, not a resolution of its own; in notes that decide by "AGREED:" it is one.
 */
export function hasFormalResolutions(lines: readonly TextLine[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const marker = matchResolutionMarker(lines[i]!.text);
    if (marker && !marker.narrative && marker.keyword === 'resolved') return true;
  }
  return false;
}

/**
 * Resolutions of one item: the marked ones when the item has markers (narrative ones only where the
 * document has no formal ones), else the unmarked "That ..." wording a web page leaves.
 */
export function readItemResolutions(lines: readonly TextLine[], start: number, end: number, formalDocument: boolean): string[] {
  let marked = false;
  for (let i = start; i < end && !marked; i++) {
    const marker = matchResolutionMarker(lines[i]!.text);
    marked = marker !== null && !(formalDocument && marker.narrative);
  }
  return marked ? readExplicitResolutions(lines, start, end, formalDocument) : readImplicitResolutions(lines, start, end);
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^[\s\-–—:]+/, '').trim();
}

/** Entries ("(1) ...", "(a) ...", bullets) from `start`, with wrapped lines joined; stops at the first other line. */
function readEntries(lines: readonly TextLine[], start: number, end: number, isStop: (line: TextLine) => boolean): { entries: string[]; next: number } {
  const entries: string[] = [];
  let i = start;
  for (; i < end; i++) {
    const line = lines[i]!;
    if (isStop(line)) break;
    const entry = matchEntry(line);
    if (entry) {
      entries.push(tidy(entry.text));
      continue;
    }
    // A wrapped line of the entry before it.
    if (entries.length > 0 && line.gap === 0 && /^\p{Ll}/u.test(line.text)) {
      entries[entries.length - 1] += ` ${tidy(line.text)}`;
      continue;
    }
    break;
  }
  return { entries: entries.filter(Boolean), next: i };
}

const isActionLabel = (line: TextLine): boolean => /^actions?(?:\s+points?)?\s*(?:[:\-–—]|$)/i.test(line.text);

/** Resolutions marked explicitly within an item's body. */
export function readExplicitResolutions(lines: readonly TextLine[], start: number, end: number, formalOnly = false): string[] {
  const out: string[] = [];
  for (let i = start; i < end; i++) {
    const marker = matchResolutionMarker(lines[i]!.text);
    if (!marker || (formalOnly && marker.narrative)) continue;
    const rest = marker.rest;
    // "RESOLVED:" / "That:" / "(1) ...": the "That" line only introduces the parts.
    const from = i + 1 < end && /^that\s*:?$/i.test(lines[i + 1]!.text) ? i + 2 : i + 1;
    const { entries, next } = readEntries(lines, from, end, (l) => isActionLabel(l) || matchResolutionMarker(l.text) !== null);
    if (entries.length > 0) {
      out.push(...entries);
      i = next - 1;
      continue;
    }
    const restIsText = rest.replace(/^that\b\s*:?/i, '').trim().length > 0;
    if (restIsText) out.push(tidy(rest));
    else {
      const following = lines[i + 1];
      if (i + 1 < end && following && !isActionLabel(following)) {
        out.push(tidy(`${rest} ${following.text}`));
        i++;
      }
    }
  }
  return out;
}

/** How resolutions are worded: "be noted", "notes", "agrees to", "approves". */
const SUBJUNCTIVE_RE = /\bbe\b|\b(?:note|notes|agree|agrees|approve|approves|endorse|endorses|receive|receives|support|supports|request|requests|authorise|authorises|delegate|delegates|refer|refers)\b/i;

/** Resolutions of a web-page layout, where the marker is lost: "That ..." paragraphs and "(1) ... be ..." runs. */
export function readImplicitResolutions(lines: readonly TextLine[], start: number, end: number): string[] {
  const out: string[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (/^That\b/.test(line.text) && !/^That\s+(?:was|is|had|has|would|this|it)\b/.test(line.text) && SUBJUNCTIVE_RE.test(line.text)) {
      const { entries, next } = readEntries(lines, i + 1, end, () => false);
      if (/^That\s*:?$/.test(line.text.trim()) || (entries.length > 0 && /:$/.test(line.text))) {
        out.push(...entries);
        i = next - 1;
      } else out.push(tidy(line.text));
      continue;
    }
    const entry = matchEntry(line);
    if (entry && entry.label && /^(?:1|a|i)$/i.test(entry.label) && line.text.startsWith('(') && SUBJUNCTIVE_RE.test(entry.text)) {
      const { entries, next } = readEntries(lines, i, end, () => false);
      out.push(...entries);
      i = next - 1;
    }
  }
  return out;
}
