/**
 * The visual language every diagram format shares: shape and colour by entity kind, a label, line
 * colour and line end by link kind, and the marks for statutory, not-yet-in-force, ended and
 * single-person facts. One table here keeps Mermaid, DOT/SVG, GraphML, Cytoscape and the explorer alike, and
 * `docs/diagrams.md` documents it as the legend.
 */
import { LINK_KINDS, linkKindLabel, type EntityKind, type LinkKind } from '@govgraph/core';

/** How one entity kind is drawn. Shapes are given per format because each names them differently. */
export interface KindStyle {
  /** Fill colour (hex). */
  fill: string;
  /** Border colour (hex). */
  stroke: string;
  /** Graphviz node shape. */
  dotShape: string;
  /** yEd ShapeNode type. */
  yedShape: string;
  /** Cytoscape.js node shape. */
  cytoscapeShape: string;
  /** Mermaid node shape delimiters, around the quoted label. */
  mermaid: readonly [open: string, close: string];
  /** Legend wording. */
  description: string;
}

/** Shape and colour by entity kind (colour-blind-safe palette, dark text on every fill). */
export const KIND_STYLES: Record<EntityKind, KindStyle> = {
  Body: {
    fill: '#cfe2f3',
    stroke: '#1f4e79',
    dotShape: 'box',
    yedShape: 'roundrectangle',
    cytoscapeShape: 'round-rectangle',
    mermaid: ['(', ')'],
    description: 'a partnership, board, sub-group, panel, forum or service (rounded box)',
  },
  Organisation: {
    fill: '#e6e6e6',
    stroke: '#404040',
    dotShape: 'box',
    yedShape: 'rectangle',
    cytoscapeShape: 'rectangle',
    mermaid: ['[', ']'],
    description: 'a council, police force, NHS body or other organisation (square box)',
  },
  Person: {
    fill: '#fde9d9',
    stroke: '#984807',
    dotShape: 'ellipse',
    yedShape: 'ellipse',
    cytoscapeShape: 'ellipse',
    mermaid: ['([', '])'],
    description: 'a person (ellipse / stadium)',
  },
  Duty: {
    fill: '#fff2cc',
    stroke: '#7f6000',
    dotShape: 'hexagon',
    yedShape: 'hexagon',
    cytoscapeShape: 'hexagon',
    mermaid: ['{{', '}}'],
    description: 'a statutory or local duty (hexagon)',
  },
  Legislation: {
    fill: '#e4dfec',
    stroke: '#5b3f86',
    dotShape: 'parallelogram',
    yedShape: 'parallelogram',
    cytoscapeShape: 'rhomboid',
    mermaid: ['[/', '/]'],
    description: 'an Act or section of an Act (parallelogram)',
  },
  Strategy: {
    fill: '#d9ead3',
    stroke: '#38761d',
    dotShape: 'note',
    yedShape: 'rectangle',
    cytoscapeShape: 'cut-rectangle',
    mermaid: ['[[', ']]'],
    description: 'a strategy, plan, statement or terms of reference (note / framed box)',
  },
  Review: {
    fill: '#f4cccc',
    stroke: '#990000',
    dotShape: 'octagon',
    yedShape: 'octagon',
    cytoscapeShape: 'octagon',
    mermaid: ['>', ']'],
    description: 'a review, e.g. a Domestic Homicide Review (octagon / flag)',
  },
  Assessment: {
    fill: '#d0e0e3',
    stroke: '#134f5c',
    dotShape: 'diamond',
    yedShape: 'diamond',
    cytoscapeShape: 'diamond',
    mermaid: ['{', '}'],
    description: 'an assessment or health check (diamond)',
  },
  Meeting: {
    fill: '#ffffff',
    stroke: '#666666',
    dotShape: 'trapezium',
    yedShape: 'trapezoid',
    cytoscapeShape: 'round-triangle',
    mermaid: ['[/', '\\]'],
    description: 'a meeting (trapezium)',
  },
  Source: {
    fill: '#ffffff',
    stroke: '#999999',
    dotShape: 'cylinder',
    yedShape: 'rectangle',
    cytoscapeShape: 'barrel',
    mermaid: ['[(', ')]'],
    description: 'a source document (cylinder)',
  },
};

/**
 * The end of a line (drawn at the link's `to` end), which tells apart link kinds that share a line
 * colour. Ends, not dashes: a dashed line already means "not yet in force" in every format, and the
 * explorer dots the lines it draws to folded groups.
 */
export type LinkArrow = 'triangle' | 'open-triangle' | 'diamond' | 'open-diamond' | 'dot' | 'open-dot';

/** How one {@link LinkArrow} is named in each format, and drawn in a legend. */
export interface ArrowStyle {
  /** Graphviz `arrowhead` (or `arrowtail` on a line drawn backwards). */
  dot: string;
  /** Cytoscape.js `target-arrow-shape`. */
  cytoscapeShape: string;
  /** Cytoscape.js `target-arrow-fill`. */
  cytoscapeFill: 'filled' | 'hollow';
  /** yEd `<y:Arrows target>`. */
  yed: string;
  /** Mermaid's link end: it draws only arrows (`-->`) and circles (`--o`), so diamonds become arrows there. */
  mermaid: '>' | 'o';
  /** The end as a character, for text legends (the DOT header, the explorer). */
  glyph: string;
  /** Legend wording. */
  description: string;
}

/** Every line end, per format. */
export const ARROW_STYLES: Record<LinkArrow, ArrowStyle> = {
  triangle: { dot: 'normal', cytoscapeShape: 'triangle', cytoscapeFill: 'filled', yed: 'standard', mermaid: '>', glyph: '\u25B6', description: 'filled arrow' },
  'open-triangle': { dot: 'onormal', cytoscapeShape: 'triangle', cytoscapeFill: 'hollow', yed: 'white_delta', mermaid: '>', glyph: '\u25B7', description: 'open arrow' },
  diamond: { dot: 'diamond', cytoscapeShape: 'diamond', cytoscapeFill: 'filled', yed: 'diamond', mermaid: '>', glyph: '\u25C6', description: 'filled diamond' },
  'open-diamond': { dot: 'odiamond', cytoscapeShape: 'diamond', cytoscapeFill: 'hollow', yed: 'white_diamond', mermaid: '>', glyph: '\u25C7', description: 'open diamond' },
  dot: { dot: 'dot', cytoscapeShape: 'circle', cytoscapeFill: 'filled', yed: 'circle', mermaid: 'o', glyph: '\u25CF', description: 'filled circle' },
  'open-dot': { dot: 'odot', cytoscapeShape: 'circle', cytoscapeFill: 'hollow', yed: 'transparent_circle', mermaid: 'o', glyph: '\u25CB', description: 'open circle' },
};

/**
 * The line colours: Okabe and Ito's blue, bluish green and black, and Paul Tol's purple and indigo,
 * chosen because they stay apart for readers with protanopia, deuteranopia or tritanopia, all have
 * at least 3:1 contrast on white (WCAG's minimum for graphics) and none is near the orange of a
 * single-person link or the grey of an ended one. `test/visual-language.test.ts` measures all this.
 */
export const LINE_COLORS = {
  blue: '#0072b2',
  green: '#009e73',
  purple: '#aa3377',
  indigo: '#332288',
  black: '#000000',
} as const;

/** How one link kind is labelled and drawn. */
export interface LinkStyle {
  /** Short edge label: the link kind's label in the shared vocabulary (`linkKindLabel` of `@govgraph/core`). */
  label: string;
  /** Line colour (hex). */
  color: string;
  /** Line end: the same for a family of kinds (governance, people, law, ...), so no two kinds look alike. */
  arrow: LinkArrow;
}

/**
 * Line colour and end by link kind. The end names the family: filled arrows for governance (the
 * five kinds the board view draws, each its own colour), open circles for people and membership,
 * filled diamonds for law, open arrows for documents, reviews and assessments, open diamonds for
 * lineage and working links, filled circles for meetings and their evidence. Within a family every
 * kind has its own colour, so no two kinds are drawn alike.
 */
const LINK_LOOKS: Record<LinkKind, { color: string; arrow: LinkArrow }> = {
  OVERSEES: { color: LINE_COLORS.blue, arrow: 'triangle' },
  LEADS: { color: LINE_COLORS.purple, arrow: 'triangle' },
  DELIVERS: { color: LINE_COLORS.green, arrow: 'triangle' },
  REPORTS_TO: { color: LINE_COLORS.indigo, arrow: 'triangle' },
  SUB_GROUP_OF: { color: LINE_COLORS.black, arrow: 'triangle' },
  MEMBER_OF: { color: LINE_COLORS.blue, arrow: 'open-dot' },
  SITS_ON: { color: LINE_COLORS.purple, arrow: 'open-dot' },
  WORKS_FOR: { color: LINE_COLORS.black, arrow: 'open-dot' },
  IMPOSED_BY: { color: LINE_COLORS.purple, arrow: 'diamond' },
  BINDS: { color: LINE_COLORS.green, arrow: 'diamond' },
  REQUIRES: { color: LINE_COLORS.indigo, arrow: 'diamond' },
  OWNS: { color: LINE_COLORS.green, arrow: 'open-triangle' },
  FEEDS_INTO: { color: LINE_COLORS.blue, arrow: 'open-triangle' },
  COMMISSIONS: { color: LINE_COLORS.purple, arrow: 'open-triangle' },
  ASSESSES: { color: LINE_COLORS.indigo, arrow: 'open-triangle' },
  SUCCEEDED_BY: { color: LINE_COLORS.black, arrow: 'open-diamond' },
  LINKS_TO: { color: LINE_COLORS.blue, arrow: 'open-diamond' },
  MEETING_OF: { color: LINE_COLORS.black, arrow: 'dot' },
  ATTENDED: { color: LINE_COLORS.green, arrow: 'dot' },
  SENT_APOLOGIES: { color: LINE_COLORS.purple, arrow: 'dot' },
  MENTIONS: { color: LINE_COLORS.blue, arrow: 'dot' },
};

/** Edge label, colour and line end by link kind. */
export const LINK_STYLES: Record<LinkKind, LinkStyle> = Object.fromEntries(
  LINK_KINDS.map((kind) => [kind, { label: linkKindLabel(kind), ...LINK_LOOKS[kind] }]),
) as Record<LinkKind, LinkStyle>;

/** Colour of ended (or not-as-of) facts when they are shown. */
export const ENDED_COLOR = '#b7b7b7';
/** Colour of the links that rest on a single person. */
export const SINGLE_PERSON_COLOR = '#e36c09';
/** Border width of statutory bodies and duties, and line width of statutory links. */
export const STATUTORY_WIDTH = 3;

/** What decides a line's colour: its kind, unless the marks for ended or single-person facts override it. */
export interface LineFacts {
  kind: LinkKind;
  ended: boolean;
  singlePerson: boolean;
}

/** A line's colour in every format: grey when ended, orange when it rests on one person, else its kind's. */
export function lineColorOf(edge: LineFacts): string {
  return edge.ended ? ENDED_COLOR : edge.singlePerson ? SINGLE_PERSON_COLOR : LINK_STYLES[edge.kind].color;
}
