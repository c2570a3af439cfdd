/**
 * From the positioned text runs a PDF page holds to lines in reading order. A PDF has no lines,
 * only runs of text drawn at positions; the rules read lines, and an attendance table must come out
 * one row a line with its columns apart. So runs are grouped by baseline, ordered left to right,
 * joined with a space where the gap is a word space and a tab where it is a column gap, and a
 * table cell wrapped onto a second line is put back into its row.
 */

/** One run of text as the PDF draws it (PDF units; y grows up the page). */
export interface PositionedText {
  text: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline. */
  y: number;
  /** Advance width of the run. */
  width: number;
  /** Font size (height of an em). */
  size: number;
}

/** A column gap is wider than this many ems; a word gap narrower. */
const COLUMN_GAP_EMS = 1.5;
/** Runs closer than this many ems join without a space (kerned pieces of one word). */
const WORD_GAP_EMS = 0.15;
/** Runs whose baselines differ by less than this share of the font size are on one line (superscripts count). */
const SAME_LINE_EMS = 0.5;
/** A wrapped cell's second line sits at most this many line heights below its row. */
const WRAP_LINE_HEIGHTS = 1.6;
/** Cells start in the same column when their left edges are this close (ems). */
const COLUMN_ALIGN_EMS = 1;

interface Cell {
  x: number;
  right: number;
  text: string;
}

interface Line {
  y: number;
  size: number;
  cells: Cell[];
}

function groupLines(runs: readonly PositionedText[]): PositionedText[][] {
  const sorted = runs.filter((r) => r.text.trim() !== '' && Number.isFinite(r.x) && Number.isFinite(r.y)).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; runs: PositionedText[] }[] = [];
  for (const run of sorted) {
    const last = lines.at(-1);
    const size = Math.max(run.size, 1);
    if (last && Math.abs(last.y - run.y) <= SAME_LINE_EMS * Math.max(last.size, size)) {
      last.runs.push(run);
      // The line's baseline is that of its largest text, so a superscript does not move it.
      if (size > last.size) {
        last.size = size;
        last.y = run.y;
      }
      continue;
    }
    lines.push({ y: run.y, size, runs: [run] });
  }
  return lines.map((l) => l.runs.sort((a, b) => a.x - b.x));
}

function toCells(runs: readonly PositionedText[]): Line {
  const size = Math.max(...runs.map((r) => Math.max(r.size, 1)));
  const cells: Cell[] = [];
  for (const run of runs) {
    const last = cells.at(-1);
    const text = run.text.replace(/\s+/g, ' ');
    if (!last) {
      cells.push({ x: run.x, right: run.x + run.width, text: text.trimStart() });
      continue;
    }
    const gap = run.x - last.right;
    if (gap > COLUMN_GAP_EMS * size) {
      last.text = last.text.trimEnd();
      cells.push({ x: run.x, right: run.x + run.width, text: text.trimStart() });
      continue;
    }
    const spaced = gap > WORD_GAP_EMS * size || /\s$/.test(last.text) || /^\s/.test(text);
    last.text = spaced ? `${last.text.trimEnd()} ${text.trimStart()}` : `${last.text}${text}`;
    last.right = Math.max(last.right, run.x + run.width);
  }
  for (const c of cells) c.text = c.text.trim();
  return { y: runs[0]!.y, size, cells: cells.filter((c) => c.text !== '') };
}

/** A first cell that numbers or bullets what follows ("1.", "4.2", "(a)", "•"): the row is a hanging-indent paragraph, not a table. */
const LABEL_CELL_RE = /^(?:(?:(?:agenda\s+)?item|minute|no\.?)\s*)?\(?(?:\d{1,3}(?:\.\d{1,3})*[a-z]?|[a-z]|[ivx]{1,4})[.):]?$|^[•·▪◦‣∙●○■□➢➤►*-]$/i;

/** The cell of `row` whose column starts where `x` does, or -1. */
function columnAt(row: Line, x: number, size: number): number {
  return row.cells.findIndex((c) => Math.abs(c.x - x) <= COLUMN_ALIGN_EMS * size);
}

/**
 * Puts back a table cell that wrapped: a line with nothing in the first column, just under a row of
 * several columns, whose cells start where that row's later columns do ("Eastshire County" /
 * "Council" in the agency column).
 */
function mergeWrappedCells(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const row = out.at(-1);
    if (row && row.cells.length >= 2 && !LABEL_CELL_RE.test(row.cells[0]!.text) && row.y - line.y <= WRAP_LINE_HEIGHTS * 1.2 * row.size && line.cells[0]!.x > row.cells[0]!.x + COLUMN_ALIGN_EMS * row.size) {
      const targets = line.cells.map((c) => columnAt(row, c.x, row.size));
      if (targets.every((t) => t >= 1)) {
        line.cells.forEach((c, k) => {
          const cell = row.cells[targets[k]!]!;
          cell.text = `${cell.text} ${c.text}`;
        });
        // The row now ends lower on the page: a third wrapped line follows on from here.
        row.y = line.y;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

/**
 * Lines of one page in reading order: top to bottom, left to right, with table columns separated by
 * a tab (which the attendance rules read as table cells) and words by a space.
 */
export function layoutPageLines(runs: readonly PositionedText[]): string[] {
  const lines = groupLines(runs)
    .map(toCells)
    .filter((l) => l.cells.length > 0);
  return mergeWrappedCells(lines).map((l) => l.cells.map((c) => c.text).join('\t'));
}
