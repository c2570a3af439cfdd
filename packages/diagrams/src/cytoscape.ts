/**
 * Cytoscape JSON from a diagram model: `{ elements: { nodes, edges }, style }` as Cytoscape.js
 * `cy.json()` reads it (and Cytoscape desktop imports it). The explorer draws this very output, so
 * the web view and the static formats share one visual language.
 */
import type { SourceRef } from '@govgraph/core';
import type { DiagramModel } from './diagram-model.js';
import { ENDED_COLOR, KIND_STYLES, LINK_STYLES, SINGLE_PERSON_COLOR, STATUTORY_WIDTH } from './visual-language.js';

/** One Cytoscape element: `data` plus space-separated `classes`. */
export interface CytoscapeElement {
  data: Record<string, string | number | boolean | SourceRef[] | undefined> & { id: string };
  classes: string;
}

/** One Cytoscape style rule. */
export interface CytoscapeStyleRule {
  selector: string;
  style: Record<string, string | number>;
}

/** The whole Cytoscape document. */
export interface CytoscapeDocument {
  data: { title: string; asOf: string; focus: string };
  elements: { nodes: CytoscapeElement[]; edges: CytoscapeElement[] };
  style: CytoscapeStyleRule[];
}

/** The stylesheet that draws the visual language in Cytoscape.js: kind classes, then status marks. */
export function cytoscapeStylesheet(): CytoscapeStyleRule[] {
  const rules: CytoscapeStyleRule[] = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-valign': 'center',
        'text-halign': 'center',
        'font-size': 10,
        width: 'data(width)',
        height: 'data(height)',
        'border-width': 1,
      },
    },
    {
      selector: 'edge',
      style: {
        label: 'data(label)',
        'font-size': 8,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        width: 1.5,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
      },
    },
  ];
  for (const [kind, style] of Object.entries(KIND_STYLES)) {
    rules.push({ selector: `node.${kind}`, style: { shape: style.cytoscapeShape, 'background-color': style.fill, 'border-color': style.stroke } });
  }
  for (const [kind, style] of Object.entries(LINK_STYLES)) {
    rules.push({ selector: `edge.${kind}`, style: { 'line-color': style.color, 'target-arrow-color': style.color, color: style.color } });
  }
  rules.push(
    { selector: 'node.statutory', style: { 'border-width': STATUTORY_WIDTH } },
    { selector: 'node.focus', style: { 'border-width': 4, 'font-weight': 'bold' } },
    { selector: '.tentative', style: { 'line-style': 'dashed', 'border-style': 'dashed' } },
    { selector: 'edge.statutory', style: { width: STATUTORY_WIDTH } },
    { selector: 'edge.single-person', style: { 'line-color': SINGLE_PERSON_COLOR, 'target-arrow-color': SINGLE_PERSON_COLOR, color: SINGLE_PERSON_COLOR, width: 3 } },
    { selector: 'node.ended', style: { 'background-color': '#f3f3f3', 'border-color': ENDED_COLOR, color: '#808080' } },
    { selector: 'edge.ended', style: { 'line-color': ENDED_COLOR, 'target-arrow-color': ENDED_COLOR, color: '#808080' } },
    { selector: ':selected', style: { 'overlay-color': '#ffbf00', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
  );
  return rules;
}

/** A node size that fits its label wrapped at 120px of 10px text (Cytoscape cannot size to a label itself any more). */
function nodeSize(label: string): { width: number; height: number } {
  const words = label.split(/\s+/);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.length - 1;
    if (last >= 0 && (lines[last]! + ' ' + word).length <= 20) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  const widest = Math.max(...lines.map((l) => l.length));
  return { width: Math.round(Math.min(130, widest * 6) + 18), height: lines.length * 13 + 14 };
}

function classes(...names: (string | false)[]): string {
  return names.filter((n): n is string => n !== false).join(' ');
}

/** Renders the model as a Cytoscape JSON document (the object; {@link toCytoscapeJson} gives the text). */
export function toCytoscape(model: DiagramModel): CytoscapeDocument {
  return {
    data: { title: model.title, asOf: model.asOf, focus: model.focus },
    elements: {
      nodes: model.nodes.map((node) => ({
        data: {
          id: node.id,
          label: node.label,
          name: node.label,
          kind: node.kind,
          subtype: node.subtype,
          status: node.status,
          confidence: node.entity.confidence,
          statutory: node.statutory,
          ended: node.ended,
          focus: node.focus,
          validity: node.validity,
          cluster: node.cluster,
          note: node.entity.note,
          sources: node.entity.sources,
          ...nodeSize(node.label),
        },
        classes: classes(
          node.kind,
          node.statutory && 'statutory',
          node.focus && 'focus',
          (node.status === 'proposed' || node.status === 'agreed' || node.status === 'scheduled') && 'tentative',
          node.ended && 'ended',
        ),
      })),
      edges: model.edges.map((edge) => ({
        data: {
          id: edge.id,
          source: edge.from,
          target: edge.to,
          label: edge.label,
          kind: edge.kind,
          status: edge.status,
          confidence: edge.link.confidence,
          role: edge.link.role ?? edge.link.membership ?? edge.link.lineage,
          statutory: edge.statutory,
          tentative: edge.tentative,
          ended: edge.ended,
          singlePerson: edge.singlePerson,
          validity: edge.validity,
          note: edge.link.note,
          sources: edge.link.sources,
        },
        classes: classes(
          edge.kind,
          edge.statutory && 'statutory',
          edge.tentative && 'tentative',
          edge.singlePerson && 'single-person',
          edge.ended && 'ended',
        ),
      })),
    },
    style: cytoscapeStylesheet(),
  };
}

/** Cytoscape JSON text (two-space indented, stable key order). */
export function toCytoscapeJson(model: DiagramModel): string {
  return `${JSON.stringify(toCytoscape(model), null, 2)}\n`;
}
