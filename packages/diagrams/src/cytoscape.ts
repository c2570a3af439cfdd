/**
 * Cytoscape JSON from a diagram model: `{ elements: { nodes, edges }, style }` as Cytoscape.js
 * `cy.json()` reads it (and Cytoscape desktop imports it). The explorer draws this very output, so
 * the web view and the static formats share one visual language.
 */
import type { SourceRef } from '@govgraph/core';
import type { DiagramCluster, DiagramModel, DiagramNode, DiagramPreset } from './diagram-model.js';
import { ARROW_STYLES, ENDED_COLOR, KIND_STYLES, LINK_STYLES, SINGLE_PERSON_COLOR, STATUTORY_WIDTH } from './visual-language.js';

/** One Cytoscape element: `data` plus space-separated `classes`. */
export interface CytoscapeElement {
  data: Record<string, string | number | boolean | string[] | SourceRef[] | undefined> & { id: string };
  classes: string;
}

/** One Cytoscape style rule. */
export interface CytoscapeStyleRule {
  selector: string;
  style: Record<string, string | number>;
}

/** The whole Cytoscape document. */
export interface CytoscapeDocument {
  data: { title: string; asOf: string; focus: string; preset: DiagramPreset };
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
    const arrow = ARROW_STYLES[style.arrow];
    rules.push({
      selector: `edge.${kind}`,
      style: { 'line-color': style.color, 'target-arrow-color': style.color, 'target-arrow-shape': arrow.cytoscapeShape, 'target-arrow-fill': arrow.cytoscapeFill, color: style.color },
    });
  }
  rules.push(
    { selector: 'node.statutory', style: { 'border-width': STATUTORY_WIDTH } },
    { selector: 'node.focus', style: { 'border-width': 4, 'font-weight': 'bold' } },
    { selector: '.tentative', style: { 'line-style': 'dashed', 'border-style': 'dashed' } },
    { selector: 'edge.statutory', style: { width: STATUTORY_WIDTH } },
    { selector: 'edge.single-person', style: { 'line-color': SINGLE_PERSON_COLOR, 'target-arrow-color': SINGLE_PERSON_COLOR, color: SINGLE_PERSON_COLOR, width: 3 } },
    { selector: 'node.ended', style: { 'background-color': '#f3f3f3', 'border-color': ENDED_COLOR, color: '#808080' } },
    { selector: 'edge.ended', style: { 'line-color': ENDED_COLOR, 'target-arrow-color': ENDED_COLOR, color: '#808080' } },
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        'background-color': '#f7f9fc',
        'background-opacity': 0.6,
        'border-style': 'dashed',
        'border-color': '#7f7f7f',
        'text-valign': 'top',
        'text-halign': 'center',
        'font-size': 11,
        padding: '12px',
      },
    },
    { selector: 'node.group-body', style: { 'border-color': KIND_STYLES.Body.stroke, color: KIND_STYLES.Body.stroke } },
    { selector: 'node.group-employer', style: { 'border-style': 'solid', 'border-color': '#a6a6a6', 'background-color': '#fafafa' } },
    { selector: 'node.group-act', style: { 'border-style': 'solid', 'border-color': KIND_STYLES.Legislation.stroke, color: KIND_STYLES.Legislation.stroke } },
    { selector: 'node.group-duties', style: { 'border-style': 'solid', 'border-color': KIND_STYLES.Duty.stroke, 'background-color': '#fffbf0' } },
    { selector: ':selected', style: { 'overlay-color': '#ffbf00', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
  );
  return rules;
}

/** A node size that fits its label wrapped at 120px of 10px text (Cytoscape cannot size to a label itself any more). */
function nodeSize(texts: readonly string[]): { width: number; height: number } {
  const lines: string[] = [];
  for (const text of texts) {
    const first = lines.length;
    for (const word of text.split(/\s+/)) {
      const last = lines.length - 1;
      if (last >= first && (lines[last]! + ' ' + word).length <= 20) lines[last] += ` ${word}`;
      else lines.push(word);
    }
  }
  const widest = Math.max(...lines.map((l) => l.length));
  return { width: Math.round(Math.min(130, widest * 6) + 18), height: lines.length * 13 + 14 };
}

/** The id of a group's compound node: never an entity id, which has no colon. */
export function cytoscapeGroupId(clusterId: string): string {
  return `group:${clusterId}`;
}

function groupElement(cluster: DiagramCluster): CytoscapeElement {
  return {
    data: {
      id: cytoscapeGroupId(cluster.id),
      label: cluster.label,
      kind: 'group',
      groupKind: cluster.kind,
      anchor: cluster.anchor,
      parent: cluster.parent === undefined ? undefined : cytoscapeGroupId(cluster.parent),
    },
    classes: `group group-${cluster.kind}`,
  };
}

function classes(...names: (string | false)[]): string {
  return names.filter((n): n is string => n !== false).join(' ');
}

function nodeElement(node: DiagramNode): CytoscapeElement {
  return {
    data: {
      id: node.id,
      parent: node.cluster === undefined ? undefined : cytoscapeGroupId(node.cluster),
      label: node.detail.length > 0 ? [node.label, ...node.detail].join('\n') : node.label,
      name: node.label,
      detail: node.detail,
      tier: node.tier,
      tooltip: node.tooltip,
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
      ...nodeSize([node.label, ...node.detail]),
    },
    classes: classes(
      node.kind,
      node.statutory && 'statutory',
      node.focus && 'focus',
      (node.status === 'proposed' || node.status === 'agreed' || node.status === 'scheduled') && 'tentative',
      node.ended && 'ended',
    ),
  };
}

/**
 * Renders the model as a Cytoscape JSON document (the object; {@link toCytoscapeJson} gives the
 * text). Groups become compound nodes (`group:<id>`, class `group`), listed first so every
 * `parent` is defined before its children; nodes carry `parent`, the board view's `detail` lines
 * and `tier`, and edges the short `caption` static layouts print.
 */
export function toCytoscape(model: DiagramModel): CytoscapeDocument {
  return {
    data: { title: model.title, asOf: model.asOf, focus: model.focus, preset: model.preset },
    elements: {
      nodes: [
        ...model.clusters.map(groupElement),
        ...model.nodes.map(nodeElement),
      ],
      edges: model.edges.map((edge) => ({
        data: {
          id: edge.id,
          source: edge.from,
          target: edge.to,
          label: edge.label,
          caption: edge.caption,
          tooltip: edge.tooltip,
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
