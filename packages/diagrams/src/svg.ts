/**
 * SVG laid out in-process by Graphviz compiled to WebAssembly (@hpcc-js/wasm-graphviz), so no
 * system Graphviz is needed.
 */
import { Graphviz } from '@hpcc-js/wasm-graphviz';

let graphviz: Promise<Graphviz> | null = null;

/** How far leaf edges are staggered by `unflatten` (ranks), so wide fan-outs wrap instead of making one endless column. */
const UNFLATTEN_MAX_MINLEN = 3;

/**
 * Lays out DOT source with Graphviz `dot` and returns the SVG document. A partnership has dozens of
 * members and people hanging off it; Graphviz's `unflatten` staggers those leaves over a few ranks
 * first, so the picture keeps a readable aspect ratio. The WebAssembly module loads once.
 */
export async function renderDotToSvg(dot: string): Promise<string> {
  graphviz ??= Graphviz.load();
  const instance = await graphviz;
  return instance.dot(instance.unflatten(dot, UNFLATTEN_MAX_MINLEN, true, 4), 'svg');
}
