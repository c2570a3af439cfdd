// The board view's layout, in columns as the printed board view (packages/diagrams, Graphviz left to
// right) draws it: the groups answering to the partnership on the left (its own sub-groups at the
// top, inside its box, the bodies reporting to it below that box), the partnership in the middle,
// its duties on the right, and anyone else who oversees, leads or delivers a duty beyond them. Every
// link runs straight from the side of one box to the facing side of the next column's, so a line
// only ever passes through the gap between two columns and never through a box it does not join
// (the layered layout put the duties between the partnership and the bodies reporting to it, and
// their lines ran through the duties). Pure: plain objects in, positions out, so Node tests read it.

import { GROUP_LABEL_ROOM, GROUP_PADDING, GOVERNANCE_RANKING } from './layouts.js';

/** Room between two columns for the links and their labels, in model pixels. */
export const BOARD_COLUMN_GAP = 150;
/**
 * Room between the groups answering to the partnership and the partnership: their links' labels are
 * drawn level, centred {@link BOARD_SOURCE_LABEL_OFFSET} along each line from its start, and must
 * clear both columns.
 */
export const BOARD_ANSWERING_GAP = 210;
/** How far across the gap, from its other end, a link into or out of the partnership has its label centred. */
export const BOARD_SOURCE_LABEL_OFFSET = 95;
/** Room between two boxes of one column. */
export const BOARD_ROW_GAP = 18;
/** How far a link keeps clear of a box it passes. */
const CLEARANCE = 8;

const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Where each box of a board view goes. `nodes` are the drawn leaves `{ id, kind, w, h, parent }`
 * (`parent` the id of the box drawn around it, if any), `links` the drawn links
 * `{ id, source, target, kind }`, `focus` the partnership's id. Returns the centres (`positions`),
 * the side each link leaves and enters by (`sides`: 'right' or 'left' for its source and target
 * ends), and any widths changed so a column's boxes line up (`widths`); or null when the view has a
 * shape the columns do not draw (groups inside groups, or a box other than the partnership's own and
 * the duties'), for which the caller keeps the layered layout.
 */
export function boardLayout({ nodes, links, focus }) {
  const node = new Map(nodes.map((n) => [n.id, n]));
  const focusNode = node.get(focus);
  if (!focusNode) return null;
  const familyBox = focusNode.parent ?? null;
  const dutyBoxes = new Set(nodes.filter((n) => n.kind === 'Duty' && n.parent).map((n) => n.parent));
  if (dutyBoxes.size > 1 || [...dutyBoxes].includes(familyBox)) return null;
  const dutyBox = [...dutyBoxes][0] ?? null;
  for (const n of nodes) {
    if (!n.parent || n.parent === familyBox || n.parent === dutyBox) continue;
    return null;
  }

  // Columns: the partnership 0, each body answering to one in column c at c - 1, duties 1, the rest 2.
  const column = new Map([[focus, 0]]);
  let frontier = [focus];
  while (frontier.length) {
    const next = [];
    for (const link of [...links].sort(byId)) {
      if (GOVERNANCE_RANKING[link.kind] !== 'up' || !frontier.includes(link.target) || column.has(link.source)) continue;
      if (node.get(link.source)?.kind === 'Duty') continue;
      column.set(link.source, column.get(link.target) - 1);
      next.push(link.source);
    }
    frontier = next;
  }
  for (const n of nodes) {
    if (column.has(n.id)) continue;
    column.set(n.id, n.kind === 'Duty' ? 1 : n.parent === familyBox && familyBox ? -1 : 2);
  }
  // Every member of the partnership's box sits left of it (its box is the partnership's and its sub-groups').
  if (nodes.some((n) => familyBox && n.parent === familyBox && column.get(n.id) > 0)) return null;

  const columns = new Map();
  for (const n of [...nodes].sort(byId)) {
    const c = column.get(n.id);
    if (!columns.has(c)) columns.set(c, []);
    columns.get(c).push(n);
  }
  const order = [...columns.keys()].sort((a, b) => a - b);

  // Lines up each column on the side its links leave by: the groups answering to the partnership get
  // one width (their links leave right), the duties (entered from the left) and whoever else holds
  // them (leaving left) share a left edge; the duties share a width too when links reach them from
  // both sides, so a line leaving one box cannot clip another.
  const widths = new Map();
  const columnWidth = new Map();
  const equalise = (c) => c < 0 || (c === 1 && columns.has(2));
  for (const c of order) {
    const members = columns.get(c);
    const width = Math.max(...members.map((n) => n.w));
    columnWidth.set(c, width);
    if (equalise(c)) for (const n of members) if (n.w !== width) widths.set(n.id, width);
  }
  const w = (n) => widths.get(n.id) ?? n.w;

  // Column left edges, left to right.
  const columnLeft = new Map();
  let left = 0;
  for (const c of order) {
    columnLeft.set(c, left);
    left += columnWidth.get(c) + (c === -1 ? BOARD_ANSWERING_GAP : BOARD_COLUMN_GAP);
  }
  const xOf = (n) => {
    const c = column.get(n.id);
    return c === 0 ? columnLeft.get(0) + columnWidth.get(0) / 2 : columnLeft.get(c) + w(n) / 2;
  };

  // Rows. Bodies linked straight to a duty first (their lines pass above the partnership), then the
  // rest by name; duties in the order of the bodies that hold them, then the partnership's.
  const label = (n) => String(n.label ?? n.id);
  const dutyLinks = links.filter((l) => column.get(l.source) < 0 && column.get(l.target) === 1);
  const holdsDuty = new Set(dutyLinks.map((l) => l.source));
  const rank = (n) => (holdsDuty.has(n.id) ? 0 : 1);
  const positions = new Map();
  const stack = (members, top) => {
    let y = top;
    for (const n of members) {
      positions.set(n.id, { x: 0, y: y + n.h / 2 });
      y += n.h + BOARD_ROW_GAP;
    }
    return y - BOARD_ROW_GAP;
  };
  const boxTop = familyBox ? GROUP_LABEL_ROOM + GROUP_PADDING : 0;
  let familyBottom = boxTop;
  const later = [];
  for (const c of order.filter((c) => c < 0)) {
    const members = columns.get(c).sort((a, b) => rank(a) - rank(b) || label(a).localeCompare(label(b)) || byId(a, b));
    // Without a box around the partnership nothing has to keep below it.
    const inBox = familyBox ? members.filter((n) => n.parent === familyBox) : members;
    familyBottom = Math.max(familyBottom, stack(inBox, boxTop));
    later.push([c, members.filter((n) => !inBox.includes(n))]);
  }
  for (const n of nodes) if (positions.has(n.id)) positions.get(n.id).x = xOf(n);

  const duties = columns.get(1) ?? [];
  const firstHolder = new Map();
  for (const link of dutyLinks) {
    const y = positions.get(link.source)?.y ?? Infinity;
    firstHolder.set(link.target, Math.min(firstHolder.get(link.target) ?? Infinity, y));
  }
  duties.sort((a, b) => (firstHolder.get(a.id) ?? Infinity) - (firstHolder.get(b.id) ?? Infinity) || label(a).localeCompare(label(b)) || byId(a, b));
  const dutyTop = dutyBox ? GROUP_LABEL_ROOM + GROUP_PADDING : 0;
  const dutyBottom = stack(duties, dutyTop);
  for (const n of duties) positions.get(n.id).x = xOf(n);

  // The partnership: level with the middle of its sub-groups, moved down past any line that runs from
  // a sub-group straight to a duty at its height.
  const fx = columnLeft.get(0) + columnWidth.get(0) / 2;
  const fw = focusNode.w;
  const crossings = dutyLinks
    .map((l) => ({ from: positions.get(l.source), to: positions.get(l.target), source: node.get(l.source) }))
    .filter(({ from, to }) => from && to)
    .map(({ from, to, source }) => {
      const x1 = from.x + w(source) / 2;
      const x2 = columnLeft.get(1);
      const at = (px) => from.y + ((to.y - from.y) * (px - x1)) / Math.max(1, x2 - x1);
      const ys = [at(fx - fw / 2 - CLEARANCE), at(fx + fw / 2 + CLEARANCE)];
      return [Math.min(...ys) - focusNode.h / 2 - CLEARANCE, Math.max(...ys) + focusNode.h / 2 + CLEARANCE];
    });
  const middle = familyBottom > boxTop ? (boxTop + familyBottom) / 2 : Math.max(focusNode.h / 2, dutyBottom / 2);
  let fy = Math.max(middle, boxTop + focusNode.h / 2);
  for (let moved = true; moved; ) {
    moved = false;
    for (const [lo, hi] of crossings) {
      if (fy > lo && fy < hi) {
        fy = hi;
        moved = true;
      }
    }
  }
  positions.set(focus, { x: fx, y: fy });
  familyBottom = Math.max(familyBottom, fy + focusNode.h / 2);

  // Bodies outside the partnership's box go below it, in their own columns.
  const below = familyBottom + GROUP_PADDING + BOARD_ROW_GAP * 2;
  for (const [c, members] of later) {
    stack(members, below);
    for (const n of members) positions.get(n.id).x = xOf(n);
  }
  const beyond = (columns.get(2) ?? []).sort((a, b) => label(a).localeCompare(label(b)) || byId(a, b));
  stack(beyond, dutyTop);
  for (const n of beyond) positions.get(n.id).x = xOf(n);

  // Sides: a link leaves its source by the side facing its target's column.
  const sides = new Map();
  for (const link of links) {
    const [a, b] = [column.get(link.source), column.get(link.target)];
    if (a === undefined || b === undefined || a === b) continue;
    sides.set(link.id, a < b ? { source: 'right', target: 'left' } : { source: 'left', target: 'right' });
  }
  return { positions, sides, widths };
}

/**
 * Lays out the board view drawn in `cy` with {@link boardLayout}: moves the boxes, widens those a
 * column lines up, and marks each link with the sides it joins (`board-ltr` leaves its source's right
 * side for its target's left, `board-rtl` the other way; the page's stylesheet draws them straight
 * between those sides; a link into or out of the partnership has its label near its other end,
 * `board-label-at-source` or `board-label-at-target`, at `labelOffset` along it). Returns false, changing nothing, when the view has a shape the columns do not
 * draw. Resolves once the boxes (and the groups around them) are in place.
 */
export async function runBoardLayout(cy, focus) {
  const leaves = cy.nodes().filter((n) => !n.isParent());
  const layout = boardLayout({
    focus,
    nodes: leaves.map((n) => ({ id: n.id(), kind: n.data('kind'), label: n.data('label'), w: n.data('w'), h: n.data('h'), parent: n.parent().nonempty() ? n.parent().id() : null })),
    links: cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), kind: e.data('kind') })),
  });
  if (!layout) return false;
  cy.batch(() => {
    for (const [id, w] of layout.widths) cy.$id(id).data('w', w);
    for (const edge of cy.edges()) {
      const side = layout.sides.get(edge.id());
      edge.removeClass('board-ltr board-rtl board-label-at-source board-label-at-target');
      if (side) edge.addClass(side.source === 'right' ? 'board-ltr' : 'board-rtl');
      // Lines into and out of the partnership meet at its side: their labels go level at their other
      // end, where they are apart, the same distance across the gap however steep the line (a label's
      // offset runs along it).
      const far = side && edge.target().id() === focus ? edge.source() : side && edge.source().id() === focus ? edge.target() : null;
      if (far) {
        const [from, to] = [layout.positions.get(far.id()), layout.positions.get(focus)];
        // The line runs side to side: across the gap between the boxes, and up or down between their middles.
        const across = Math.max(1, Math.abs(to.x - from.x) - (far.data('w') + cy.$id(focus).data('w')) / 2);
        const along = Math.hypot(across, to.y - from.y) / across;
        edge.data('labelOffset', Math.min(across / 2, BOARD_SOURCE_LABEL_OFFSET) * along);
        edge.addClass(far.same(edge.source()) ? 'board-label-at-source' : 'board-label-at-target');
      }
    }
  });
  const preset = leaves.layout({ name: 'preset', positions: (node) => layout.positions.get(node.id()), fit: false, animate: false });
  const done = preset.promiseOn('layoutstop');
  preset.run();
  await done;
  return true;
}
