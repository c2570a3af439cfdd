/**
 * Graphviz DOT from a diagram model, in a governance layout: boards above their sub-groups and the
 * bodies reporting to them, people and members above the bodies they sit on, duties below who
 * oversees, leads or delivers them and the law below the duties; each group (a body with its
 * sub-groups, an organisation with its people, an Act with its sections) drawn as a box. The
 * drawing is scaled to one landscape page. The SVG renderer lays this out with Graphviz (WebAssembly, in a worker thread).
 */
import { capitalised, entityKindLabel, type LinkKind } from '@govgraph/core';
import { walkClusters, type DiagramCluster, type DiagramEdge, type DiagramModel, type DiagramNode } from './diagram-model.js';
import { printableText } from './printable-text.js';
import { ARROW_STYLES, ENDED_COLOR, KIND_STYLES, LINK_STYLES, SINGLE_PERSON_COLOR, STATUTORY_WIDTH, lineColorOf } from './visual-language.js';

/** Graphviz layout direction. */
export type RankDir = 'LR' | 'RL' | 'TB' | 'BT';

/** Paper a static diagram is scaled to fit, landscape. */
export const PAGE_SIZES = {
  /** A4 landscape: the board view, as a board paper's appendix. */
  a4: { width: 11.69, height: 8.27 },
  /** A3 landscape: a small neighbourhood, or a large one at a smaller print. */
  a3: { width: 16.54, height: 11.69 },
} as const;
/** One of {@link PAGE_SIZES}, or `none` to draw at natural size (12 pt names, for a screen or a poster). */
export type PageSize = keyof typeof PAGE_SIZES | 'none';

/** Margin kept free on every side of the page (inches). */
export const PAGE_MARGIN_INCHES = 0.4;

/** Font sizes (points, before scaling to the page). */
export const DOT_FONT_SIZES = { title: 18, cluster: 13, node: 12, detail: 10, edge: 10, legend: 10 } as const;

/** Options of {@link toDot}. */
export interface DotOptions {
  /** Layout direction (default TB: the partnership at the top, its sub-groups and duties below). */
  rankdir?: RankDir | undefined;
  /** Draw the legend of the kinds and marks used under the title (default true). */
  legend?: boolean | undefined;
  /** Page the drawing is scaled down to fit (default: A4 for the board view, natural size for a neighbourhood). */
  page?: PageSize | undefined;
  /**
   * Where a group's name is printed on its box: at the top or the foot. Default: the top, except
   * that the board view's SVG takes the foot when lines would cross the names at the top.
   */
  groupNames?: 'top' | 'foot' | undefined;
}

/**
 * Links drawn from their `to` end to their `from` end (arrow kept at the `to` end), so the body a
 * group answers to ranks above it.
 */
const RANKED_UPWARD: ReadonlySet<LinkKind> = new Set(['SUB_GROUP_OF', 'REPORTS_TO']);
/** Links that must not pull the layout: they join things the governance layout places far apart. */
const UNRANKED: ReadonlySet<LinkKind> = new Set(['BINDS', 'LINKS_TO', 'SUCCEEDED_BY', 'MENTIONS']);

/** Escapes text for a Graphviz HTML-like label. */
function htmlText(text: string): string {
  return printableText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r?\n/g, ' ');
}

/** Quotes a string as a DOT ID: double-quoted, backslashes and quotes escaped, newlines as \n, unprintable characters as U+FFFD. */
export function dotString(text: string): string {
  return `"${printableText(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

/** An HTML-like label, written between angle brackets instead of quotes (its text already escaped). */
interface HtmlLabel {
  html: string;
}

function attributes(attrs: Record<string, string | number | HtmlLabel | undefined>): string {
  const parts = Object.entries(attrs)
    .filter((entry): entry is [string, string | number | HtmlLabel] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${typeof value === 'number' ? value : typeof value === 'string' ? dotString(value) : `<${value.html}>`}`);
  return `[${parts.join(', ')}]`;
}

/** Breaks text into lines of at most `width` characters, at spaces. */
function wrapLines(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** An HTML-like label: the name wrapped (bold for the focus) and the detail lines smaller below it. */
function nodeLabel(node: DiagramNode): HtmlLabel {
  const name = wrapLines(node.label, 22).map(htmlText).join('<br/>');
  const parts = [node.focus ? `<b>${name}</b>` : name];
  for (const line of node.detail) {
    parts.push(`<font point-size="${DOT_FONT_SIZES.detail}">${wrapLines(line, 36).map(htmlText).join('<br/>')}</font>`);
  }
  return { html: parts.join('<br/>') };
}

function isTentativeNode(node: DiagramNode): boolean {
  return node.status === 'proposed' || node.status === 'agreed' || node.status === 'scheduled';
}

function nodeStatement(node: DiagramNode, board: boolean): string {
  const style = KIND_STYLES[node.kind];
  const styles = ['filled'];
  // A hexagon grows tall around the lines of law the board view prints; a box with cut corners keeps the column short.
  const compactDuty = board && node.kind === 'Duty';
  if (compactDuty) styles.push('diagonals');
  if (node.kind === 'Body') styles.push('rounded');
  if (isTentativeNode(node)) styles.push('dashed');
  return `${dotString(node.id)} ${attributes({
    label: nodeLabel(node),
    shape: compactDuty ? 'box' : style.dotShape,
    style: styles.join(','),
    fillcolor: node.ended ? '#f3f3f3' : style.fill,
    color: node.ended ? ENDED_COLOR : style.stroke,
    fontcolor: node.ended ? '#808080' : '#000000',
    penwidth: node.focus ? 4 : node.statutory ? STATUTORY_WIDTH : 1,
    tooltip: node.tooltip,
    id: `node-${node.id}`,
  })};`;
}

/** A hub with more neighbours than this has them staggered over several ranks. */
const HUB_DEGREE = 10;
/** Most groups (a box, or a node outside any box) on one rank beside a hub before another rank is started. */
const HUB_ROW_WIDTH = 7;

/**
 * Extra rank length for the links of hubs. A partnership is a star: sixty members, people, groups
 * and duties around one body, which `dot` puts in two endless rows. Giving the links of each side
 * of a hub a rank length of 1, 2, 3, ... in turn (per group of neighbours, so a box moves as one)
 * folds each row into a block that fits a page. What `unflatten` does for leaves, for boxes.
 */
function hubStagger(model: DiagramModel, rankUpward: boolean): Map<string, number> {
  const minlen = new Map<string, number>();
  const degree = new Map<string, number>();
  for (const e of model.edges) for (const end of [e.from, e.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const parentOf = new Map(model.clusters.map((c) => [c.id, c.parent]));
  const clusterOf = new Map(model.nodes.map((n) => [n.id, n.cluster]));
  const outermost = (id: string): string => {
    let cluster = clusterOf.get(id);
    if (cluster === undefined) return id;
    while (parentOf.get(cluster) !== undefined) cluster = parentOf.get(cluster)!;
    return cluster;
  };
  for (const [hub, count] of [...degree].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (count <= HUB_DEGREE) continue;
    const hubBlock = outermost(hub);
    // Per side of the hub (above it, below it), the neighbouring blocks in id order.
    const sides = new Map<string, Map<string, string[]>>();
    for (const e of model.edges) {
      if (e.from !== hub && e.to !== hub) continue;
      if (minlen.has(e.id) || UNRANKED.has(e.kind)) continue;
      const other = e.from === hub ? e.to : e.from;
      const block = outermost(other);
      if (block === hubBlock) continue;
      const upward = rankUpward && RANKED_UPWARD.has(e.kind);
      const side = (e.to === hub) !== upward ? 'above' : 'below';
      const blocks = sides.get(side) ?? new Map<string, string[]>();
      blocks.set(block, [...(blocks.get(block) ?? []), e.id]);
      sides.set(side, blocks);
    }
    for (const blocks of sides.values()) {
      const ordered = [...blocks].sort((a, b) => (a[0] < b[0] ? -1 : 1));
      const lanes = Math.ceil(ordered.length / HUB_ROW_WIDTH);
      if (lanes < 2) continue;
      ordered.forEach(([, edgeIds], index) => edgeIds.forEach((id) => minlen.set(id, 1 + (index % lanes))));
    }
  }
  return minlen;
}

function edgeStatement(edge: DiagramEdge, rankUpward: boolean, minlen?: number): string {
  const styles: string[] = [];
  if (edge.tentative) styles.push('dashed');
  if (edge.statutory) styles.push('bold');
  const color = lineColorOf(edge);
  const upward = rankUpward && RANKED_UPWARD.has(edge.kind);
  const [tail, head] = upward ? [edge.to, edge.from] : [edge.from, edge.to];
  // The kind's line end stays at the link's `to` end, which is the tail of a line drawn backwards.
  const end = ARROW_STYLES[LINK_STYLES[edge.kind].arrow].dot;
  return `${dotString(tail)} -> ${dotString(head)} ${attributes({
    label: edge.caption || undefined,
    dir: upward ? 'back' : undefined,
    arrowhead: upward ? undefined : end,
    arrowtail: upward ? end : undefined,
    constraint: UNRANKED.has(edge.kind) ? 'false' : undefined,
    minlen: minlen !== undefined && minlen > 1 ? minlen : undefined,
    color,
    fontcolor: edge.ended ? '#808080' : color,
    style: styles.length > 0 ? styles.join(',') : undefined,
    penwidth: edge.singlePerson ? 3 : edge.statutory ? STATUTORY_WIDTH : undefined,
    tooltip: edge.tooltip,
    labeltooltip: edge.tooltip,
    id: `edge-${edge.id}`,
  })};`;
}

function clusterStyle(cluster: DiagramCluster): Record<string, string | number> {
  switch (cluster.kind) {
    case 'body':
      return { style: 'rounded,dashed', color: KIND_STYLES.Body.stroke, fontcolor: KIND_STYLES.Body.stroke };
    case 'employer':
      return { style: 'rounded', color: '#a6a6a6', fontcolor: '#404040', bgcolor: '#fafafa' };
    case 'act':
      return { style: 'rounded', color: KIND_STYLES.Legislation.stroke, fontcolor: KIND_STYLES.Legislation.stroke };
    case 'duties':
      return { style: 'rounded', color: KIND_STYLES.Duty.stroke, fontcolor: KIND_STYLES.Duty.stroke, bgcolor: '#fffbf0' };
  }
}

function small(html: string): string {
  return `<font point-size="${DOT_FONT_SIZES.legend}">${html}</font>`;
}

/** Colour of the legend's samples of the statutory and not-yet-in-force marks, which any line colour can carry. */
const MARK_SAMPLE_COLOR = '#595959';

/** Most legend entries on one row of the header. */
const LEGEND_ITEMS_PER_ROW = 6;

/**
 * The header: the title (with the date), then the legend of the kinds, line colours and ends, and marks
 * used, in short rows across the page, so a printed page explains itself without taking a column.
 */
function headerLabel(model: DiagramModel, legend: boolean): HtmlLabel {
  const items: string[] = [];
  for (const kind of [...new Set(model.nodes.map((n) => n.kind))].sort()) {
    const style = KIND_STYLES[kind];
    items.push(`<td bgcolor="${style.fill}" border="1" color="${style.stroke}" width="22"> </td><td align="left">${small(htmlText(capitalised(entityKindLabel(kind))))}</td>`);
  }
  for (const kind of [...new Set(model.edges.map((e) => e.kind))].sort()) {
    const style = LINK_STYLES[kind];
    items.push(`<td>${small(`<font color="${style.color}"><b>&#9473;&#9473;${htmlText(ARROW_STYLES[style.arrow].glyph)}</b></font>`)}</td><td align="left">${small(htmlText(style.label))}</td>`);
  }
  const marks: [boolean, string, string][] = [
    // Drawn in a neutral grey: these marks go with any kind's colour (and black is the sub-group line's).
    [model.nodes.some((n) => n.statutory) || model.edges.some((e) => e.statutory), `<font color="${MARK_SAMPLE_COLOR}"><b>&#9473;&#9473;&#9473;</b></font>`, 'bold: statutory'],
    [model.nodes.some(isTentativeNode) || model.edges.some((e) => e.tentative), `<font color="${MARK_SAMPLE_COLOR}">- - - -</font>`, 'dashed: agreed or proposed, not yet in force'],
    [model.edges.some((e) => e.singlePerson), `<font color="${SINGLE_PERSON_COLOR}"><b>&#9473;&#9473;&#9473;</b></font>`, 'orange: the only link is one person'],
    [model.edges.some((e) => e.ended) || model.nodes.some((n) => n.ended), `<font color="${ENDED_COLOR}">&#9472;&#9472;&#9472;</font>`, 'grey: ended by this date'],
  ];
  for (const [used, sample, text] of marks) if (used) items.push(`<td>${small(sample)}</td><td align="left">${small(htmlText(text))}</td>`);
  // One table per row, so each row is as wide as its own entries rather than a grid's columns.
  const rows: string[] = [];
  // Rows of even length: Graphviz stretches a shorter row's cells to the widest row.
  const perRow = Math.ceil(items.length / Math.max(1, Math.ceil(items.length / LEGEND_ITEMS_PER_ROW)));
  for (let i = 0; legend && i < items.length; i += perRow) {
    rows.push(`<tr><td align="center"><table border="0" cellborder="0" cellspacing="1" cellpadding="1" align="center"><tr>${items.slice(i, i + perRow).join('<td width="12"></td>')}</tr></table></td></tr>`);
  }
  const legendTable = rows.join('');
  return { html: `<table border="0" cellborder="0" cellpadding="2"><tr><td><font point-size="${DOT_FONT_SIZES.title}">${htmlText(model.title)}</font></td></tr>${legendTable}</table>` };
}

/**
 * The page a model is drawn on by default: the board view on A4 landscape; a neighbourhood at
 * natural size, since one hop around a partnership is already some sixty boxes, which no desk page
 * holds legibly (scaled to A3 its names print at about 4 pt; at natural size they are 12 pt, for a
 * screen or a poster).
 */
export function defaultPage(model: DiagramModel): PageSize {
  return model.preset === 'board' ? 'a4' : 'none';
}

/** Renders the model as a DOT digraph. */
export function toDot(model: DiagramModel, options: DotOptions = {}): string {
  const board = model.preset === 'board';
  const page = options.page ?? defaultPage(model);
  const size = page === 'none' ? undefined : `${(PAGE_SIZES[page].width - 2 * PAGE_MARGIN_INCHES).toFixed(2)},${(PAGE_SIZES[page].height - 2 * PAGE_MARGIN_INCHES).toFixed(2)}`;
  const lines: string[] = [
    `digraph ${dotString('govgraph')} {`,
    `  graph ${attributes({
      label: headerLabel(model, options.legend !== false && model.nodes.length > 0),
      labelloc: 't',
      fontname: 'Helvetica',
      fontsize: DOT_FONT_SIZES.title,
      rankdir: options.rankdir ?? (board ? 'LR' : 'TB'),
      nodesep: 0.3,
      ranksep: 0.55,
      newrank: 'true',
      compound: 'true',
      size,
      ratio: size ? 'compress' : undefined,
      margin: page === 'none' ? undefined : PAGE_MARGIN_INCHES,
      tooltip: model.title,
      id: 'diagram',
    })};`,
    `  node ${attributes({ fontname: 'Helvetica', fontsize: DOT_FONT_SIZES.node, margin: '0.14,0.07' })};`,
    `  edge ${attributes({ fontname: 'Helvetica', fontsize: DOT_FONT_SIZES.edge, arrowsize: 0.9 })};`,
  ];
  const pad = (depth: number): string => '  '.repeat(depth + 1);
  // The board view's bodies outside every group (those reporting to the partnership) are kept
  // together in one unseen group, so Graphviz draws them all on one side of the partnership's group
  // and its name can go on the other side, clear of their lines.
  const outside: string[] = [];
  walkClusters(model, {
    node: (node, depth) => {
      if (board && depth === 0 && node.kind !== 'Duty') outside.push(`    ${nodeStatement(node, board)}`);
      else lines.push(`${pad(depth)}${nodeStatement(node, board)}`);
    },
    enter: (cluster, depth) => {
      lines.push(`${pad(depth)}subgraph ${dotString(`cluster_${cluster.id}`)} {`);
      lines.push(`${pad(depth + 1)}graph ${attributes({ label: cluster.label, fontsize: DOT_FONT_SIZES.cluster, ...clusterStyle(cluster), rank: cluster.kind === 'duties' ? 'same' : undefined, labelloc: options.groupNames === 'foot' ? 'b' : undefined, id: `group-${cluster.id}`, tooltip: cluster.label })};`);
    },
    leave: (_cluster, depth) => lines.push(`${pad(depth)}}`),
  });
  if (outside.length > 0) lines.push(`  subgraph ${dotString('cluster_board:outside')} {`, `    graph ${attributes({ style: 'invis', label: '' })};`, ...outside, '  }');
  const stagger = board ? new Map<string, number>() : hubStagger(model, true);
  for (const edge of model.edges) lines.push(`  ${edgeStatement(edge, !board, stagger.get(edge.id))}`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
