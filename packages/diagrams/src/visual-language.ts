/**
 * The visual language every diagram format shares: shape and colour by entity kind, a label and
 * colour by link kind, and the marks for statutory, not-yet-in-force, ended and single-person
 * facts. One table here keeps Mermaid, DOT/SVG, GraphML, Cytoscape and the explorer alike, and
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

/** How one link kind is labelled and coloured. */
export interface LinkStyle {
  /** Short edge label: the link kind's label in the shared vocabulary (`linkKindLabel` of `@govgraph/core`). */
  label: string;
  /** Line colour (hex). */
  color: string;
}

/** Line colour by link kind: governance in blue, membership and people in brown, law in purple, documents in green. */
const LINK_COLORS: Record<LinkKind, string> = {
  OVERSEES: '#1f4e79',
  LEADS: '#1f4e79',
  DELIVERS: '#2e75b6',
  REPORTS_TO: '#2e75b6',
  SUB_GROUP_OF: '#1f4e79',
  MEMBER_OF: '#7f6000',
  SITS_ON: '#984807',
  WORKS_FOR: '#984807',
  IMPOSED_BY: '#5b3f86',
  BINDS: '#5b3f86',
  OWNS: '#38761d',
  FEEDS_INTO: '#38761d',
  COMMISSIONS: '#990000',
  SUCCEEDED_BY: '#666666',
  ASSESSES: '#134f5c',
  REQUIRES: '#5b3f86',
  MEETING_OF: '#666666',
  ATTENDED: '#999999',
  SENT_APOLOGIES: '#999999',
  MENTIONS: '#999999',
  LINKS_TO: '#2e75b6',
};

/** Edge label and colour by link kind. */
export const LINK_STYLES: Record<LinkKind, LinkStyle> = Object.fromEntries(
  LINK_KINDS.map((kind) => [kind, { label: linkKindLabel(kind), color: LINK_COLORS[kind] }]),
) as Record<LinkKind, LinkStyle>;

/** Colour of ended (or not-as-of) facts when they are shown. */
export const ENDED_COLOR = '#b7b7b7';
/** Colour of the links that rest on a single person. */
export const SINGLE_PERSON_COLOR = '#e36c09';
/** Border width of statutory bodies and duties, and line width of statutory links. */
export const STATUTORY_WIDTH = 3;
