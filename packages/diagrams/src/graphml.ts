/**
 * GraphML from a diagram model. Plain `<data>` keys (label, kind, status, ...) are read by Gephi
 * and any GraphML tool; yFiles `nodegraphics`/`edgegraphics` data make yEd show the same shapes,
 * colours, line ends, labels and dashes as the other formats without any property mapping.
 */
import { walkClusters, type DiagramCluster, type DiagramEdge, type DiagramModel, type DiagramNode } from './diagram-model.js';
import { printableText } from './printable-text.js';
import { ARROW_STYLES, ENDED_COLOR, KIND_STYLES, LINK_STYLES, STATUTORY_WIDTH, lineColorOf } from './visual-language.js';

/** Escapes text for XML character data and attribute values; characters XML cannot carry become U+FFFD. */
export function escapeXml(text: string): string {
  return printableText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

type KeyType = 'string' | 'boolean';
interface DataKey<T> {
  id: string;
  name: string;
  type: KeyType;
  value: (item: T) => string | boolean | undefined;
}

const NODE_KEYS: DataKey<DiagramNode>[] = [
  { id: 'label', name: 'label', type: 'string', value: (n) => n.label },
  { id: 'detail', name: 'detail', type: 'string', value: (n) => (n.detail.length > 0 ? n.detail.join('\n') : undefined) },
  { id: 'kind', name: 'kind', type: 'string', value: (n) => n.kind },
  { id: 'subtype', name: 'subtype', type: 'string', value: (n) => n.subtype },
  { id: 'status', name: 'status', type: 'string', value: (n) => n.status },
  { id: 'confidence', name: 'confidence', type: 'string', value: (n) => n.entity.confidence },
  { id: 'statutory', name: 'statutory', type: 'boolean', value: (n) => n.statutory },
  { id: 'ended', name: 'ended', type: 'boolean', value: (n) => n.ended },
  { id: 'focus', name: 'focus', type: 'boolean', value: (n) => n.focus },
  { id: 'validity', name: 'validity', type: 'string', value: (n) => n.validity },
  { id: 'cluster', name: 'cluster', type: 'string', value: (n) => n.cluster },
  { id: 'area', name: 'area', type: 'string', value: (n) => n.entity.area },
];

const EDGE_KEYS: DataKey<DiagramEdge>[] = [
  { id: 'elabel', name: 'label', type: 'string', value: (e) => e.label },
  { id: 'ekind', name: 'kind', type: 'string', value: (e) => e.kind },
  { id: 'estatus', name: 'status', type: 'string', value: (e) => e.status },
  { id: 'econfidence', name: 'confidence', type: 'string', value: (e) => e.link.confidence },
  { id: 'erole', name: 'role', type: 'string', value: (e) => e.link.role ?? e.link.membership ?? e.link.lineage },
  { id: 'estatutory', name: 'statutory', type: 'boolean', value: (e) => e.statutory },
  { id: 'etentative', name: 'tentative', type: 'boolean', value: (e) => e.tentative },
  { id: 'eended', name: 'ended', type: 'boolean', value: (e) => e.ended },
  { id: 'esingleperson', name: 'singlePerson', type: 'boolean', value: (e) => e.singlePerson },
  { id: 'evalidity', name: 'validity', type: 'string', value: (e) => e.validity },
];

function dataLines<T>(keys: DataKey<T>[], item: T, indent: string): string[] {
  const out: string[] = [];
  for (const key of keys) {
    const value = key.value(item);
    if (value === undefined) continue;
    out.push(`${indent}<data key="${key.id}">${escapeXml(String(value))}</data>`);
  }
  return out;
}

function yedNode(node: DiagramNode, indent: string): string[] {
  const style = KIND_STYLES[node.kind];
  const width = Math.max(90, Math.min(260, node.label.length * 7 + 20));
  const border = node.ended ? ENDED_COLOR : style.stroke;
  const borderWidth = node.focus ? 4 : node.statutory ? STATUTORY_WIDTH : 1;
  const line = node.status === 'proposed' || node.status === 'agreed' || node.status === 'scheduled' ? 'dashed' : 'line';
  return [
    `${indent}<data key="nodegraphics">`,
    `${indent}  <y:ShapeNode>`,
    `${indent}    <y:Geometry width="${width}" height="40"/>`,
    `${indent}    <y:Fill color="${node.ended ? '#F3F3F3' : style.fill.toUpperCase()}" transparent="false"/>`,
    `${indent}    <y:BorderStyle color="${border.toUpperCase()}" type="${line}" width="${borderWidth}.0"/>`,
    `${indent}    <y:NodeLabel textColor="${node.ended ? '#808080' : '#000000'}">${escapeXml([node.label, ...node.detail].join('\n'))}</y:NodeLabel>`,
    `${indent}    <y:Shape type="${style.yedShape}"/>`,
    `${indent}  </y:ShapeNode>`,
    `${indent}</data>`,
  ];
}

/** A yEd group node (open, with a closed state to fold it into), so yEd shows the group as a box it can collapse. */
function yedGroup(cluster: DiagramCluster, indent: string): string[] {
  const realizer = (closed: boolean): string[] => [
    `${indent}      <y:GroupNode>`,
    `${indent}        <y:Fill color="#F7F9FC" transparent="false"/>`,
    `${indent}        <y:BorderStyle color="#7F7F7F" type="dashed" width="1.0"/>`,
    `${indent}        <y:NodeLabel alignment="left" autoSizePolicy="node_width" modelName="internal" modelPosition="t">${escapeXml(cluster.label)}</y:NodeLabel>`,
    `${indent}        <y:Shape type="roundrectangle"/>`,
    `${indent}        <y:State closed="${closed}"/>`,
    `${indent}      </y:GroupNode>`,
  ];
  return [
    `${indent}<data key="nodegraphics">`,
    `${indent}  <y:ProxyAutoBoundsNode>`,
    `${indent}    <y:Realizers active="0">`,
    ...realizer(false),
    ...realizer(true),
    `${indent}    </y:Realizers>`,
    `${indent}  </y:ProxyAutoBoundsNode>`,
    `${indent}</data>`,
  ];
}

function yedEdge(edge: DiagramEdge, indent: string): string[] {
  const color = lineColorOf(edge).toUpperCase();
  const width = edge.singlePerson ? 3 : edge.statutory ? STATUTORY_WIDTH : 1;
  return [
    `${indent}<data key="edgegraphics">`,
    `${indent}  <y:PolyLineEdge>`,
    `${indent}    <y:LineStyle color="${color}" type="${edge.tentative ? 'dashed' : 'line'}" width="${width}.0"/>`,
    `${indent}    <y:Arrows source="none" target="${ARROW_STYLES[LINK_STYLES[edge.kind].arrow].yed}"/>`,
    `${indent}    <y:EdgeLabel textColor="${color}">${escapeXml(edge.label)}</y:EdgeLabel>`,
    `${indent}  </y:PolyLineEdge>`,
    `${indent}</data>`,
  ];
}

/** Renders the model as a GraphML document (directed graph, groups nested; yEd and Gephi both open it). */
export function toGraphml(model: DiagramModel): string {
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
  ];
  for (const key of NODE_KEYS) lines.push(`  <key id="${key.id}" for="node" attr.name="${key.name}" attr.type="${key.type}"/>`);
  for (const key of EDGE_KEYS) lines.push(`  <key id="${key.id}" for="edge" attr.name="${key.name}" attr.type="${key.type}"/>`);
  lines.push('  <key id="nodegraphics" for="node" yfiles.type="nodegraphics"/>');
  lines.push('  <key id="edgegraphics" for="edge" yfiles.type="edgegraphics"/>');
  lines.push('  <key id="gtitle" for="graph" attr.name="title" attr.type="string"/>');
  lines.push('  <key id="gasof" for="graph" attr.name="asOf" attr.type="string"/>');
  lines.push('  <graph id="govgraph" edgedefault="directed">');
  lines.push(`    <data key="gtitle">${escapeXml(model.title)}</data>`);
  lines.push(`    <data key="gasof">${escapeXml(model.asOf)}</data>`);
  // Groups nest as GraphML graphs inside group nodes (`group:<id>`); yEd draws them as boxes, Gephi flattens them.
  const pad = (depth: number): string => '  '.repeat(2 + 2 * depth);
  walkClusters(model, {
    node: (node, depth) => {
      lines.push(`${pad(depth)}<node id="${escapeXml(node.id)}">`);
      lines.push(...dataLines(NODE_KEYS, node, `${pad(depth)}  `), ...yedNode(node, `${pad(depth)}  `));
      lines.push(`${pad(depth)}</node>`);
    },
    enter: (cluster, depth) => {
      const id = escapeXml(`group:${cluster.id}`);
      lines.push(`${pad(depth)}<node id="${id}" yfiles.foldertype="group">`);
      lines.push(`${pad(depth)}  <data key="label">${escapeXml(cluster.label)}</data>`, `${pad(depth)}  <data key="kind">group</data>`);
      lines.push(`${pad(depth)}  <data key="subtype">${cluster.kind}</data>`, ...yedGroup(cluster, `${pad(depth)}  `));
      lines.push(`${pad(depth)}  <graph id="${id}:" edgedefault="directed">`);
    },
    leave: (_cluster, depth) => lines.push(`${pad(depth)}  </graph>`, `${pad(depth)}</node>`),
  });
  for (const edge of model.edges) {
    lines.push(`    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.from)}" target="${escapeXml(edge.to)}">`);
    lines.push(...dataLines(EDGE_KEYS, edge, '      '), ...yedEdge(edge, '      '));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
