/**
 * Mermaid flowchart from a diagram model, for Markdown that GitHub renders. Labels are quoted and
 * escaped with Mermaid's entity codes; node ids are derived from entity ids so the text stays readable.
 */
import { walkClusters, type DiagramModel, type DiagramNode } from './diagram-model.js';
import type { RankDir } from './dot.js';
import { printableText } from './printable-text.js';
import { ARROW_STYLES, ENDED_COLOR, KIND_STYLES, LINK_STYLES, STATUTORY_WIDTH, lineColorOf } from './visual-language.js';

/** Options of {@link toMermaid}. */
export interface MermaidOptions {
  /** Flow direction (default LR). */
  rankdir?: RankDir | undefined;
}

/**
 * Escapes text for a double-quoted Mermaid label: `#` first (it starts entity codes), then quotes,
 * angle brackets, backticks (markdown strings) and line breaks.
 */
export function escapeMermaidLabel(text: string): string {
  return printableText(text)
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/\s*\r?\n\s*/g, ' ');
}

/** The Mermaid node id of an entity id (kebab-case ids become snake_case with a prefix, so no keyword or arrow clash). */
export function mermaidNodeId(entityId: string): string {
  return `n_${entityId.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** The name, then the board view's detail lines (chair, lead, the law) on lines of their own. */
function nodeLine(node: DiagramNode): string {
  const [open, close] = KIND_STYLES[node.kind].mermaid;
  const text = [node.label, ...node.detail].map(escapeMermaidLabel).join('<br/>');
  return `${mermaidNodeId(node.id)}${open}"${text}"${close}`;
}

/** Renders the model as a Mermaid `flowchart`, with clusters as subgraphs and the legend's styles as classes. */
export function toMermaid(model: DiagramModel, options: MermaidOptions = {}): string {
  const lines: string[] = [`flowchart ${options.rankdir ?? 'LR'}`, `  accTitle: ${escapeMermaidLabel(model.title)}`];

  const pad = (depth: number): string => '  '.repeat(depth + 1);
  walkClusters(model, {
    node: (node, depth) => lines.push(`${pad(depth)}${nodeLine(node)}`),
    enter: (cluster, depth) => lines.push(`${pad(depth)}subgraph c_${mermaidNodeId(cluster.id)} ["${escapeMermaidLabel(cluster.label)}"]`),
    leave: (_cluster, depth) => lines.push(`${pad(depth)}end`),
  });

  const linkStyles = new Map<string, number[]>();
  model.edges.forEach((edge, index) => {
    // The kind's line end where Mermaid has it (an arrow or a circle), after the dotted or thick stroke.
    const end = ARROW_STYLES[LINK_STYLES[edge.kind].arrow].mermaid;
    const arrow = `${edge.tentative ? '-.-' : edge.statutory ? '==' : '--'}${end}`;
    lines.push(`  ${mermaidNodeId(edge.from)} ${arrow}|"${escapeMermaidLabel(edge.label)}"| ${mermaidNodeId(edge.to)}`);
    const color = lineColorOf(edge);
    const width = edge.singlePerson ? 3 : edge.statutory ? STATUTORY_WIDTH : 1;
    const style = `stroke:${color},stroke-width:${width}px,color:${color}`;
    const list = linkStyles.get(style) ?? [];
    list.push(index);
    linkStyles.set(style, list);
  });
  for (const [style, indexes] of [...linkStyles].sort((a, b) => a[1][0]! - b[1][0]!)) lines.push(`  linkStyle ${indexes.join(',')} ${style}`);

  const kinds = [...new Set(model.nodes.map((n) => n.kind))].sort();
  for (const kind of kinds) {
    const style = KIND_STYLES[kind];
    lines.push(`  classDef ${kind} fill:${style.fill},stroke:${style.stroke},color:#000000`);
  }
  lines.push(`  classDef statutory stroke-width:${STATUTORY_WIDTH}px`);
  lines.push('  classDef focus stroke-width:4px');
  lines.push('  classDef tentative stroke-dasharray:5 3');
  lines.push(`  classDef ended fill:#f3f3f3,stroke:${ENDED_COLOR},color:#808080`);
  const classMembers = (predicate: (n: DiagramNode) => boolean): string =>
    model.nodes
      .filter(predicate)
      .map((n) => mermaidNodeId(n.id))
      .join(',');
  const assignments: [string, string][] = [
    ...kinds.map((kind): [string, string] => [kind, classMembers((n) => n.kind === kind)]),
    ['statutory', classMembers((n) => n.statutory)],
    ['focus', classMembers((n) => n.focus)],
    ['tentative', classMembers((n) => n.status === 'proposed' || n.status === 'agreed' || n.status === 'scheduled')],
    ['ended', classMembers((n) => n.ended)],
  ];
  for (const [className, members] of assignments) if (members) lines.push(`  class ${members} ${className}`);
  return `${lines.join('\n')}\n`;
}
