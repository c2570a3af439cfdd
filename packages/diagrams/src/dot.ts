/**
 * Graphviz DOT from a diagram model: bodies clustered with their sub-groups (nested), shapes and
 * colours by kind, labelled edges styled by status. The SVG renderer lays this out in-process.
 */
import { walkClusters, type DiagramEdge, type DiagramModel, type DiagramNode } from './diagram-model.js';
import { ENDED_COLOR, KIND_STYLES, LINK_STYLES, SINGLE_PERSON_COLOR, STATUTORY_WIDTH } from './visual-language.js';

/** Graphviz layout direction. */
export type RankDir = 'LR' | 'RL' | 'TB' | 'BT';

/** Options of {@link toDot}. */
export interface DotOptions {
  /** Layout direction (default LR: people and sub-groups on the left, duties and law on the right). */
  rankdir?: RankDir | undefined;
  /** Draw a legend box of the kinds and marks used (default true). */
  legend?: boolean | undefined;
}

function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A legend node (an HTML-like table) listing the kinds present and the marks, so a picture explains itself. */
function legendStatement(model: DiagramModel): string {
  const kinds = [...new Set(model.nodes.map((n) => n.kind))].sort();
  const rows = kinds.map((kind) => {
    const style = KIND_STYLES[kind];
    return `<tr><td bgcolor="${style.fill}" border="1" color="${style.stroke}" width="24"> </td><td align="left">${htmlText(kind)}</td></tr>`;
  });
  const marks: [string, string][] = [
    [`<font color="#1f4e79"><b>&#9473;&#9473;&#9473;</b></font>`, 'statutory (bold)'],
    ['<font color="#555555">- - - -</font>', 'proposed / agreed (dashed)'],
    [`<font color="${SINGLE_PERSON_COLOR}"><b>&#9473;&#9473;&#9473;</b></font>`, 'only link is one person'],
    [`<font color="${ENDED_COLOR}">&#9472;&#9472;&#9472;</font>`, 'ended (grey)'],
  ];
  if (!model.edges.some((e) => e.ended) && !model.nodes.some((n) => n.ended)) marks.pop();
  for (const [sample, text] of marks) rows.push(`<tr><td>${sample}</td><td align="left">${htmlText(text)}</td></tr>`);
  const table = `<table border="0" cellborder="0" cellspacing="2" cellpadding="2"><tr><td colspan="2"><b>Legend</b></td></tr>${rows.join('')}</table>`;
  return `"govgraph-legend" [shape=box, style="rounded", color="#999999", fontsize=9, label=<${table}>, id="legend"];`;
}

/** Quotes a string as a DOT ID (double-quoted, backslashes and quotes escaped, newlines as \n). */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

function attributes(attrs: Record<string, string | number | undefined>): string {
  const parts = Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${typeof value === 'number' ? value : dotString(value)}`);
  return `[${parts.join(', ')}]`;
}

function wrap(text: string, width = 24): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function nodeStatement(node: DiagramNode): string {
  const style = KIND_STYLES[node.kind];
  const styles = ['filled'];
  if (node.kind === 'Body') styles.push('rounded');
  if (node.status === 'proposed' || node.status === 'agreed' || node.status === 'scheduled') styles.push('dashed');
  const tooltip = [`${node.kind}${node.subtype ? ` (${node.subtype})` : ''}: ${node.label}`, `status: ${node.status}`, node.validity].join('\n');
  return `${dotString(node.id)} ${attributes({
    label: wrap(node.label),
    shape: style.dotShape,
    style: styles.join(','),
    fillcolor: node.ended ? '#f3f3f3' : style.fill,
    color: node.ended ? ENDED_COLOR : style.stroke,
    fontcolor: node.ended ? '#808080' : '#000000',
    penwidth: node.focus ? 4 : node.statutory ? STATUTORY_WIDTH : 1,
    tooltip,
    id: `node-${node.id}`,
  })};`;
}

function edgeStatement(edge: DiagramEdge): string {
  const styles: string[] = [];
  if (edge.tentative) styles.push('dashed');
  if (edge.statutory) styles.push('bold');
  const color = edge.ended ? ENDED_COLOR : edge.singlePerson ? SINGLE_PERSON_COLOR : LINK_STYLES[edge.kind].color;
  return `${dotString(edge.from)} -> ${dotString(edge.to)} ${attributes({
    label: edge.label,
    color,
    fontcolor: edge.ended ? '#808080' : color,
    style: styles.length > 0 ? styles.join(',') : undefined,
    penwidth: edge.singlePerson ? 3 : edge.statutory ? STATUTORY_WIDTH : undefined,
    tooltip: `${edge.kind}: ${edge.from} -> ${edge.to}\nstatus: ${edge.status}\n${edge.validity}`,
    id: `edge-${edge.id}`,
  })};`;
}

/** Renders the model as a DOT digraph. */
export function toDot(model: DiagramModel, options: DotOptions = {}): string {
  const lines: string[] = [
    `digraph ${dotString('govgraph')} {`,
    `  graph ${attributes({ label: model.title, labelloc: 't', fontname: 'Helvetica', fontsize: 16, rankdir: options.rankdir ?? 'LR', nodesep: 0.25, ranksep: 0.6, newrank: 'true', compound: 'true' })};`,
    `  node ${attributes({ fontname: 'Helvetica', fontsize: 10, margin: '0.12,0.06' })};`,
    `  edge ${attributes({ fontname: 'Helvetica', fontsize: 8, arrowsize: 0.7 })};`,
  ];
  const pad = (depth: number): string => '  '.repeat(depth + 1);
  walkClusters(model, {
    node: (node, depth) => lines.push(`${pad(depth)}${nodeStatement(node)}`),
    enter: (cluster, depth) => {
      lines.push(`${pad(depth)}subgraph ${dotString(`cluster_${cluster.id}`)} {`);
      lines.push(`${pad(depth + 1)}graph ${attributes({ label: cluster.label, style: 'rounded,dashed', color: KIND_STYLES.Body.stroke, fontsize: 11 })};`);
    },
    leave: (_cluster, depth) => lines.push(`${pad(depth)}}`),
  });
  if (options.legend !== false && model.nodes.length > 0) lines.push(`  ${legendStatement(model)}`);
  for (const edge of model.edges) lines.push(`  ${edgeStatement(edge)}`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
