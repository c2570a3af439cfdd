/**
 * SVG laid out by Graphviz compiled to WebAssembly (@hpcc-js/wasm-graphviz), so no system Graphviz
 * is needed, in a worker thread (graphviz-worker.ts), so a long layout never blocks the event loop.
 */
import type { DiagramModel } from './diagram-model.js';
import { DEFAULT_LAYOUT_TIMEOUT_MILLIS, GraphvizWorker } from './graphviz-worker.js';
import { groupNameCrossings } from './svg-crossings.js';
import { toDot, type DotOptions } from './dot.js';
import { printableText } from './printable-text.js';

/** The process's one Graphviz worker: layouts run one at a time, in the order asked. */
const graphviz = new GraphvizWorker();

/** How far leaf edges are staggered by `unflatten` (ranks), so wide fan-outs wrap instead of making one endless row. */
const UNFLATTEN_MAX_MINLEN = 3;

/**
 * Lays out DOT source with Graphviz `dot` and returns the SVG document. A partnership has dozens of
 * members and people hanging off it; Graphviz's `unflatten` staggers those leaves over a few ranks
 * first (unless `unflatten: false`), so the picture keeps a readable aspect ratio. The layout runs
 * in the process's Graphviz worker (the WebAssembly module loads there once) and is stopped after
 * {@link DEFAULT_LAYOUT_TIMEOUT_MILLIS}.
 */
export async function renderDotToSvg(dot: string, options: { unflatten?: boolean | undefined } = {}): Promise<string> {
  return graphviz.layout(dot, options.unflatten === false ? null : UNFLATTEN_MAX_MINLEN);
}

/** Undoes the character references Graphviz writes in SVG ids (`&#45;` for `-`, `&gt;` for `>`). */
function decodeXml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function encodeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The model drawn as SVG. Graphviz gives every node and edge a `<title>` holding its DOT name (the
 * entity id, or `a->b` for an edge), which browsers show on hover; those become the tooltip text
 * in words, so nobody reads an internal id off the picture.
 */
export async function renderDiagramSvg(model: DiagramModel, options: DotOptions = {}): Promise<string> {
  // The board view's tiers are the point of it: its groups stay on one row, not staggered.
  const board = model.preset === 'board';
  let svg = await renderDotToSvg(toDot(model, options), { unflatten: !board });
  // Names at the top are struck through when the lines from outside arrive from above: then try the foot.
  if (board && options.groupNames === undefined) {
    const crossings = groupNameCrossings(svg);
    if (crossings > 0) {
      const atFoot = await renderDotToSvg(toDot(model, { ...options, groupNames: 'foot' }), { unflatten: false });
      if (groupNameCrossings(atFoot) < crossings) svg = atFoot;
    }
  }
  const titles = new Map<string, string>([['diagram', model.title], ['legend', 'Legend']]);
  for (const node of model.nodes) titles.set(`node-${printableText(node.id)}`, node.tooltip);
  for (const edge of model.edges) titles.set(`edge-${printableText(edge.id)}`, edge.tooltip);
  for (const cluster of model.clusters) titles.set(`group-${printableText(cluster.id)}`, cluster.label);
  return svg.replace(/(<g id="([^"]*)" class="(?:graph|node|edge|cluster)"[^>]*>\s*<title>)([^<]*)(<\/title>)/g, (whole, open: string, id: string, _title: string, close: string) => {
    const text = titles.get(decodeXml(id));
    return text === undefined ? whole : `${open}${encodeXml(text)}${close}`;
  });
}
