// The drawn graph: turns a diagram (Cytoscape JSON from the API) into what the page shows — the
// filters applied, people and sections folded into their organisation or Act unless opened, every
// node sized to its label at a legible size — lays it out, and keeps selection in step with the
// lists and the details panel.

import { filterDiagram, foldedLabel, foldedSummary, foldingGroups } from './filters.js';
import { GROUP_PADDING, runForceLayout, runGovernanceLayout } from './layouts.js';
import { runBoardLayout } from './board-layout.js';

/** Label sizes in model pixels; the layouts keep the drawing small enough that, at fit, they read at 11 px or more. */
export const NODE_FONT_SIZE = 16;
export const FOCUS_FONT_SIZE = 18;
export const EDGE_FONT_SIZE = 13;
/** Below this rendered size a link's label is not drawn (it appears as you zoom in); node labels never fall below it at fit. */
export const MIN_READABLE_PX = 11;
/** A small drawing (a board view, a path) is shown at most this much enlarged. */
export const MAX_FIT_ZOOM = 1.25;
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif';
const TEXT_MAX_WIDTH = 130;
/** A board view's box is wrapped wider rather than run past this many lines. */
const BOARD_MAX_LINES = 6;
/** A folded group's label, with what it holds, is wrapped wider rather than run past this many lines. */
const FOLDED_MAX_LINES = 4;
/** Extra room a shape needs around its text (an ellipse or diamond holds less than a box). */
const SHAPE_ROOM = {
  Person: [1.3, 1.25],
  Duty: [1.22, 1.1],
  Legislation: [1.25, 1.0],
  Assessment: [1.55, 1.5],
  Review: [1.15, 1.15],
  Meeting: [1.6, 1.6],
};

let measureContext;
function measure(text, size, weight = 'normal') {
  measureContext ??= document.createElement('canvas').getContext('2d');
  measureContext.font = `${weight} ${size}px ${FONT_FAMILY}`;
  return measureContext.measureText(text).width;
}

function wrapLabel(label, size, weight, maxWidth) {
  const lines = [];
  for (const word of String(label).split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && measure(`${lines[last]} ${word}`, size, weight) <= maxWidth) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  if (lines.length === 0) lines.push('');
  return lines;
}

/**
 * Wraps a label as Cytoscape does (at spaces, within the wrap width `tw`) and gives the box it
 * needs. With `maxLines`, a long label (a board view's duty with its lines of law) is wrapped
 * wider, up to 2.5 times, rather than drawn as a tall narrow column.
 */
export function labelBox(label, size, kind, weight, maxLines = Infinity) {
  let tw = TEXT_MAX_WIDTH;
  let lines = wrapLabel(label, size, weight, tw);
  while (lines.length > maxLines && tw < TEXT_MAX_WIDTH * 2.5) {
    tw += 20;
    lines = wrapLabel(label, size, weight, tw);
  }
  const widest = Math.max(...lines.map((line) => measure(line, size, weight)));
  const [wx, hy] = SHAPE_ROOM[kind] ?? [1, 1];
  return { w: Math.ceil((widest + 12) * wx), h: Math.ceil((lines.length * size * 1.25 + 10) * hy), tw };
}

/** The page's additions to the diagram's stylesheet: legible sizes, groups, hidden and highlighted elements. */
function pageStyle() {
  return [
    { selector: 'node', style: { 'font-size': NODE_FONT_SIZE, 'font-family': FONT_FAMILY, 'text-max-width': 'data(tw)', width: 'data(w)', height: 'data(h)', color: '#1a1a1a' } },
    { selector: 'node.focus', style: { 'font-size': FOCUS_FONT_SIZE, 'font-weight': 'bold' } },
    { selector: 'node.folded', style: { 'border-style': 'double', 'border-width': 4 } },
    {
      selector: ':parent',
      style: {
        'text-valign': 'top',
        'text-halign': 'center',
        // Just above the box, in the room the layouts leave there: Cytoscape sizes a group to its members
        // and padding alone, so a name pushed down into the box sat over its first members.
        'text-margin-y': -2,
        'font-size': 14,
        'font-weight': 'bold',
        padding: GROUP_PADDING,
        'background-opacity': 0.45,
        'border-style': 'dashed',
        'compound-sizing-wrt-labels': 'exclude',
      },
    },
    { selector: 'node.act-group', style: { shape: 'round-rectangle', 'background-color': '#e4dfec', 'border-color': '#5b3f86' } },
    {
      selector: 'edge',
      style: {
        'font-size': EDGE_FONT_SIZE,
        'font-family': FONT_FAMILY,
        'text-events': 'no',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        'control-point-step-size': 28,
      },
    },
    { selector: 'edge.folded-link', style: { 'line-style': 'dotted' } },
    // The board view's columns: a link runs straight from the side of one box to the facing side of the next.
    { selector: 'edge.board-ltr', style: { 'curve-style': 'straight', 'source-endpoint': '50% 0%', 'target-endpoint': '-50% 0%' } },
    { selector: 'edge.board-rtl', style: { 'curve-style': 'straight', 'source-endpoint': '-50% 0%', 'target-endpoint': '50% 0%' } },
    // The board view's links into and out of the partnership converge on it: their labels go, level, near their other end, apart.
    { selector: 'edge.board-label-at-source', style: { label: '', 'source-label': 'data(label)', 'source-text-offset': 'data(labelOffset)', 'source-text-rotation': 'none' } },
    { selector: 'edge.board-label-at-target', style: { label: '', 'target-label': 'data(label)', 'target-text-offset': 'data(labelOffset)', 'target-text-rotation': 'none' } },
    { selector: 'edge.label-too-small', style: { label: '', 'source-label': '', 'target-label': '' } },
    { selector: 'edge.label-crowded', style: { label: '', 'source-label': '', 'target-label': '' } },
    { selector: '.dimmed', style: { opacity: 0.25 } },
    { selector: 'edge.on-path, node.on-path', style: { 'overlay-color': '#ffbf00', 'overlay-opacity': 0.2, 'overlay-padding': 5 } },
    { selector: '.picked', style: { 'overlay-color': '#ffbf00', 'overlay-opacity': 0.45, 'overlay-padding': 6 } },
  ];
}

/**
 * Creates the graph view over a container. `onSelect(id, kind)` is called when the reader clicks a
 * node or link; `onOpen(id)` on a double click.
 */
export function createGraphView(cytoscape, container, { onSelect, onOpen }) {
  // Cytoscape's own selection is off (autounselectify): the page marks what the reader picked with the
  // `picked` class, after resolving the click itself (see elementAt).
  const cy = cytoscape({ container, elements: [], boxSelectionEnabled: false, autounselectify: true, minZoom: 0.05, maxZoom: 4 });
  let drawn = { doc: null, folded: new Map(), aggregates: new Map(), groups: new Map() };
  let layoutRun = 0;

  // Cytoscape's own hit test lets an arrowhead beat a nearer line, so a click near a busy node could
  // select another link: resolve every click here instead, by distance to each link's drawn curve.
  cy.on('tap', (event) => {
    const hit = elementAt(cy, event.position);
    if (hit) onSelect(hit.id());
  });
  // Link labels show only once they would read at 11 px or more (Cytoscape's own threshold works in powers of two).
  const showReadableEdgeLabels = () => {
    const small = EDGE_FONT_SIZE * cy.zoom() < MIN_READABLE_PX;
    cy.batch(() => cy.edges().toggleClass('label-too-small', small));
  };
  cy.on('zoom', showReadableEdgeLabels);
  // Nodes can be dragged: a link label moved onto another is hidden, one moved clear shows again.
  cy.on('free', 'node', () => hideCrowdedEdgeLabels(cy));
  cy.on('add', 'edge', showReadableEdgeLabels);
  cy.on('dbltap', 'node', (event) => onOpen(event.target.id()));
  // A folded group says what it holds on hover too (the canvas's title is the browser's own tooltip).
  cy.on('mouseover', 'node.folded', (event) => {
    container.title = foldedTitle(event.target, drawn.doc);
  });
  cy.on('mouseout', 'node', () => container.removeAttribute('title'));

  /**
   * Draws a diagram. `state` carries the filters, layout and opened groups; `personDependent` the
   * analytics' person-dependent links (for the "rests on one person" filter); `layout` is 'force',
   * 'governance' or 'board' (the board view's columns, else governance). Resolves when laid out.
   */
  async function draw(doc, state, { personDependent = null, layout = state.layout, direction = 'DOWN', fold = 'groups' } = {}) {
    const run = ++layoutRun;
    const visible = filterDiagram(doc, state, personDependent);
    // 'leaves' and 'groups' fold (see foldingGroups); 'compounds' draws the diagram's own groups as open boxes.
    const folding = fold === 'leaves' || fold === 'groups';
    const { parentOf, groups, nestingLinks } = folding ? foldingGroups(doc, { visible, leaves: fold === 'leaves' }) : { parentOf: new Map(), groups: new Map(), nestingLinks: new Set() };
    const boxes = new Set();
    if (fold === 'compounds') for (const node of doc.elements.nodes) if (node.data.parent && visible.nodes.has(node.data.id)) boxes.add(node.data.parent);
    const expanded = new Set(state.expanded ?? []);
    const byId = new Map(doc.elements.nodes.map((n) => [n.data.id, n]));
    // Where each visible node is drawn: itself, or (folded) its group.
    const drawnAs = new Map();
    const groupUsed = new Map();
    for (const id of visible.nodes) {
      const groupId = parentOf.get(id);
      const group = groupId ? groups.get(groupId) : undefined;
      const groupDrawn = group && (group.synthetic || visible.nodes.has(groupId));
      if (groupDrawn && id !== doc.data.focus) {
        const members = groupUsed.get(groupId) ?? [];
        members.push(id);
        groupUsed.set(groupId, members);
        drawnAs.set(id, expanded.has(groupId) ? id : groupId);
      } else drawnAs.set(id, id);
    }
    const elements = [];
    const folded = new Map();
    for (const node of doc.elements.nodes) {
      if (node.data.kind === 'group' && boxes.has(node.data.id)) elements.push(nodeElement({ data: { ...node.data, synthetic: true }, classes: node.classes }, true));
    }
    for (const [groupId, members] of groupUsed) {
      const group = groups.get(groupId);
      const open = expanded.has(groupId);
      if (!open) for (const member of members) folded.set(member, groupId);
      if (group.synthetic) {
        const kinds = members.map((m) => byId.get(m)?.data.kind);
        const label = open ? group.label : foldedLabel(group.label, group.memberNoun, kinds);
        elements.push(nodeElement({ data: { id: groupId, label, name: group.label, kind: group.kind, synthetic: true, groupOf: members, memberNoun: group.memberNoun, holds: foldedSummary(kinds) }, classes: `${group.kind} act-group${open ? '' : ' folded'}` }, false));
      }
    }
    for (const id of visible.nodes) {
      if (drawnAs.get(id) !== id) continue;
      const node = byId.get(id);
      const members = groupUsed.get(id);
      const open = expanded.has(id);
      const data = { ...node.data, name: node.data.label };
      if (!boxes.has(data.parent)) delete data.parent;
      let classes = node.classes;
      if (members) {
        data.groupOf = members;
        data.memberNoun = groups.get(id).memberNoun;
        const kinds = members.map((m) => byId.get(m)?.data.kind);
        data.holds = foldedSummary(kinds);
        if (!open) {
          data.label = foldedLabel(node.data.label, data.memberNoun, kinds);
          classes += ' folded';
        }
      }
      const groupId = parentOf.get(id);
      if (groupId && expanded.has(groupId) && drawnAs.get(id) === id && groupUsed.has(groupId)) data.parent = groupId;
      // The board view's boxes carry their chairs, leads and law: keep them short and wide.
      // A folded group that says what it holds is wrapped wider, not stacked into a tall column.
      const maxLines = fold === 'compounds' ? BOARD_MAX_LINES : members && !open && data.memberNoun === 'more' ? FOLDED_MAX_LINES : Infinity;
      elements.push(nodeElement({ data, classes }, Boolean(members && open), maxLines));
    }
    // Links: a folded end is drawn at its group; several links folded onto the same pair and kind become one.
    const aggregates = new Map();
    for (const edge of doc.elements.edges) {
      if (!visible.edges.has(edge.data.id) || nestingLinks.has(edge.data.id)) continue;
      const source = drawnAs.get(edge.data.source);
      const target = drawnAs.get(edge.data.target);
      if (!source || !target || source === target) continue;
      if (source === edge.data.source && target === edge.data.target) {
        elements.push({ group: 'edges', data: { ...edge.data }, classes: edge.classes });
        continue;
      }
      const key = `${edge.data.kind}|${source}|${target}`;
      const entry = aggregates.get(key) ?? { source, target, edges: [] };
      entry.edges.push(edge);
      aggregates.set(key, entry);
    }
    const aggregateOf = new Map();
    for (const [key, { source, target, edges }] of aggregates) {
      const [first] = edges;
      if (edges.length === 1) {
        elements.push({ group: 'edges', data: { ...first.data, source, target, foldedFrom: [first.data.source, first.data.target] }, classes: `${first.classes} folded-link` });
        continue;
      }
      const id = `folded:${key}`;
      const base = first.data.label.replace(/\s*\(.*\)$/, '');
      const classes = [...new Set(edges.flatMap((e) => e.classes.split(' ')).filter((c) => c !== 'statutory' && c !== 'tentative'))].join(' ');
      elements.push({ group: 'edges', data: { id, source, target, kind: first.data.kind, label: `${base} ×${edges.length}`, links: edges.map((e) => e.data.id) }, classes: `${classes} folded-link` });
      for (const e of edges) aggregateOf.set(e.data.id, id);
    }
    cy.batch(() => {
      cy.elements().remove();
      cy.style([...doc.style, ...pageStyle()]);
      cy.add(elements);
    });
    cy.resize();
    drawn = { doc, folded, aggregates: aggregateOf, groups: groupUsed };
    const eles = cy.elements();
    if (layout === 'force') await runForceLayout(cy, eles, {});
    else if (layout !== 'board' || !(await runBoardLayout(cy, doc.data.focus))) await runGovernanceLayout(cytoscape, cy, eles, { direction });
    if (run !== layoutRun) return false;
    // An open group's name sits at its top and does not size it: wrap it to the group's own width,
    // or a long name ("Crime and disorder reduction strategies (...)") stacks up over what is above.
    // (Measured before the batch: inside one, a group's box is not yet updated to its members' places.)
    const groupWidths = cy.nodes(':parent').map((group) => [group, Math.max(TEXT_MAX_WIDTH, group.boundingBox({ includeLabels: false, includeOverlays: false }).w)]);
    cy.batch(() => {
      for (const [group, width] of groupWidths) group.data('tw', width);
    });
    hideCrowdedEdgeLabels(cy);
    fit();
    return true;
  }

  /** Fits the drawing to the canvas, but never blows a small drawing up past {@link MAX_FIT_ZOOM}. */
  function fit() {
    cy.fit(undefined, 24);
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
  }

  /** Where an element of the diagram is drawn: itself, its group (folded), or the link standing for several. */
  function drawnIdOf(id) {
    if (!cy.$id(id).empty()) return id;
    return drawn.folded.get(id) ?? drawn.aggregates.get(id) ?? null;
  }

  /** Selects what stands for `id` in the drawing (returns its drawn id, or null when it is not drawn). */
  function select(id) {
    cy.elements().removeClass('picked');
    const drawnId = id ? drawnIdOf(id) : null;
    if (drawnId) cy.$id(drawnId).addClass('picked');
    return drawnId;
  }

  /** Marks the nodes and links of a path, dimming the rest; an empty list clears the marks. */
  function highlight(ids) {
    cy.elements().removeClass('on-path dimmed');
    if (!ids.length) return;
    const keep = new Set(ids.map(drawnIdOf).filter(Boolean));
    cy.elements().forEach((ele) => ele.addClass(keep.has(ele.id()) ? 'on-path' : 'dimmed'));
  }

  return {
    cy,
    draw,
    fit,
    select,
    highlight,
    drawnIdOf,
    /** The diagram last drawn. */
    get doc() {
      return drawn.doc;
    },
    /** Groups drawn, by group id, with the ids of their members in the view. */
    get groups() {
      return drawn.groups;
    },
  };
}

/** A link label's box as drawn (turned along its line), in model pixels, or null when it has no label. */
export function edgeLabelBox(edge) {
  if (!edge.data('label')) return null;
  const b = edge.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: true, includeSourceLabels: true, includeTargetLabels: true, includeOverlays: false });
  return b.w > 0 && b.h > 0 ? b : null;
}

/**
 * Hides the label of any link whose label would lie over another's (class `label-crowded`): around a
 * busy node a dozen labels piled into one unreadable knot. Labels are kept in turn — a link's own
 * before a folded one's ("sits on ×5"), then by id — and a label is hidden when it overlaps one kept.
 * The line, its colour (named in the legend) and its details on a click stay; the labels keep in
 * model pixels, so the result holds at every zoom.
 */
export function hideCrowdedEdgeLabels(cy, gap = 2) {
  const edges = cy.edges().toArray();
  const hidden = new Map(edges.map((e) => [e, [e.hasClass('label-too-small'), e.hasClass('label-crowded')]]));
  cy.batch(() => cy.edges().removeClass('label-too-small label-crowded'));
  const order = edges
    .map((edge) => ({ edge, box: edge.visible() ? edgeLabelBox(edge) : null }))
    .filter((item) => item.box)
    .sort((a, b) => Number(a.edge.hasClass('folded-link')) - Number(b.edge.hasClass('folded-link')) || (a.edge.id() < b.edge.id() ? -1 : 1));
  const kept = [];
  const crowded = new Set();
  for (const { edge, box } of order) {
    if (kept.some((k) => box.x1 < k.x2 + gap && k.x1 < box.x2 + gap && box.y1 < k.y2 + gap && k.y1 < box.y2 + gap)) crowded.add(edge);
    else kept.push(box);
  }
  cy.batch(() => {
    for (const edge of edges) {
      if (hidden.get(edge)[0]) edge.addClass('label-too-small');
      if (crowded.has(edge)) edge.addClass('label-crowded');
    }
  });
  return crowded.size;
}

/** The hover text of a folded group: what it holds, by kind, and (up to a dozen) their names. */
export function foldedTitle(node, doc) {
  const labels = new Map((doc?.elements.nodes ?? []).map((n) => [n.data.id, n.data.label]));
  const members = (node.data('groupOf') ?? []).map((id) => labels.get(id) ?? id);
  const shown = members.slice(0, 12).join('; ');
  const rest = members.length > 12 ? `; and ${members.length - 12} more` : '';
  return `${node.data('name') ?? node.data('label')} holds ${node.data('holds')}: ${shown}${rest}. Select it to open the group.`;
}

/** Points along a link's drawn curve (one bend: Cytoscape's bezier through its endpoints and midpoint), in model coordinates. */
export function linkCurve(edge, steps = 24) {
  const [s, t, m] = [edge.sourceEndpoint(), edge.targetEndpoint(), edge.midpoint()];
  const c = { x: 2 * m.x - (s.x + t.x) / 2, y: 2 * m.y - (s.y + t.y) / 2 };
  const points = [];
  for (let i = 0; i <= steps; i++) {
    const u = i / steps;
    points.push({ x: (1 - u) ** 2 * s.x + 2 * (1 - u) * u * c.x + u ** 2 * t.x, y: (1 - u) ** 2 * s.y + 2 * (1 - u) * u * c.y + u ** 2 * t.y });
  }
  return points;
}

function squaredDistanceToSegment(p, a, b) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const u = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  const x = a.x + u * dx - p.x;
  const y = a.y + u * dy - p.y;
  return x * x + y * y;
}

/** Squared distance from a point to a link's drawn curve. */
export function squaredDistanceToLink(edge, p) {
  const points = linkCurve(edge);
  let best = Infinity;
  for (let i = 0; i + 1 < points.length; i++) best = Math.min(best, squaredDistanceToSegment(p, points[i], points[i + 1]));
  return best;
}

/**
 * What a click at model point `p` means: the innermost node whose box holds it (nodes are drawn over
 * links), else the link whose curve passes nearest, within 8 screen pixels of its edge.
 */
export function elementAt(cy, p) {
  const inside = cy.nodes().filter((node) => {
    if (!node.visible()) return false;
    const b = node.boundingBox({ includeLabels: false, includeOverlays: false });
    return p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;
  });
  if (inside.length) return inside.toArray().sort((a, b) => b.ancestors().length - a.ancestors().length)[0];
  let nearest = null;
  let best = Infinity;
  for (const edge of cy.edges().toArray()) {
    if (!edge.visible()) continue;
    const reach = edge.pstyle('width').pfValue / 2 + 8 / cy.zoom();
    const d = squaredDistanceToLink(edge, p);
    if (d <= reach * reach && d < best) {
      best = d;
      nearest = edge;
    }
  }
  return nearest;
}

function nodeElement(element, isOpenGroup, maxLines) {
  const { data } = element;
  const focus = String(element.classes ?? '').split(' ').includes('focus');
  data.tw = TEXT_MAX_WIDTH;
  if (!isOpenGroup) Object.assign(data, labelBox(data.label, focus ? FOCUS_FONT_SIZE : NODE_FONT_SIZE, data.kind, focus ? 'bold' : 'normal', maxLines));
  return { group: 'nodes', data, classes: element.classes };
}
