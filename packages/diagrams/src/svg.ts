/**
 * SVG laid out in-process by Graphviz compiled to WebAssembly (@hpcc-js/wasm-graphviz), so no
 * system Graphviz is needed.
 */
import { Graphviz } from '@hpcc-js/wasm-graphviz';

let graphviz: Promise<Graphviz> | null = null;

/** Lays out DOT source with Graphviz `dot` and returns the SVG document. The WebAssembly module loads once. */
export async function renderDotToSvg(dot: string): Promise<string> {
  graphviz ??= Graphviz.load();
  const instance = await graphviz;
  return instance.dot(dot, 'svg');
}
