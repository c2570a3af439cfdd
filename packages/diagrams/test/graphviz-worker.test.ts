/**
 * The Graphviz worker: the same SVG as Graphviz on the main thread, the event loop free while a
 * layout computes, a runaway layout stopped at its time limit with the worker replaced, and
 * Graphviz's own errors passed on without losing the worker.
 */
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { afterEach, describe, expect, it } from 'vitest';
import { isGovgraphError } from '@govgraph/core';
import { GraphvizWorker } from '@govgraph/diagrams';

/** A tangled graph (random edges, fixed seed): hard for `dot`, so its layout takes a while. */
function tangledDot(nodes: number, edges: number): string {
  let seed = 12_345;
  const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const lines = ['digraph G {'];
  for (let i = 0; i < nodes; i++) lines.push(`  n${i} [label="node ${i}"];`);
  for (let j = 0; j < edges; j++) lines.push(`  n${Math.floor(random() * nodes)} -> n${Math.floor(random() * nodes)};`);
  lines.push('}');
  return lines.join('\n');
}

const SMALL = 'digraph G { partnership -> board [label="reports to"]; board -> "sub-group"; }';

/** How many turns the event loop takes while `work` is pending. */
async function turnsWhile<T>(work: Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let pending = true;
  const spin = (): void => {
    if (!pending) return;
    turns++;
    setImmediate(spin);
  };
  setImmediate(spin);
  const result = await work.finally(() => {
    pending = false;
  });
  return { result, turns };
}

const workers: GraphvizWorker[] = [];
const worker = (timeoutMillis?: number): GraphvizWorker => {
  const created = new GraphvizWorker(timeoutMillis);
  workers.push(created);
  return created;
};

afterEach(async () => {
  for (const w of workers.splice(0)) await w.close();
});

describe('GraphvizWorker', () => {
  it('gives exactly the SVG Graphviz gives on the main thread, with and without unflatten', async () => {
    const graphviz = await Graphviz.load();
    const w = worker();
    expect(await w.layout(SMALL, null)).toBe(graphviz.dot(SMALL, 'svg'));
    expect(await w.layout(SMALL, 3)).toBe(graphviz.dot(graphviz.unflatten(SMALL, 3, true, 4), 'svg'));
  });

  it('leaves the event loop free while a long layout computes', { timeout: 120_000 }, async () => {
    const w = worker();
    await w.layout(SMALL, null); // the worker started and Graphviz loaded
    const { result, turns } = await turnsWhile(w.layout(tangledDot(120, 240), null));
    expect(result).toContain('<svg');
    // On the main thread the layout is one synchronous call: no turn at all until it returns.
    expect(turns).toBeGreaterThan(20);
  });

  it('stops a layout that runs past its time limit, and the next layout gets a fresh worker', { timeout: 120_000 }, async () => {
    const w = worker(3_000);
    await w.layout(SMALL, null);
    await expect(w.layout(tangledDot(400, 800), null)).rejects.toThrow('the Graphviz layout took longer than 3000 ms and was stopped');
    expect(await w.layout(SMALL, null)).toContain('<svg');
  });

  it("passes Graphviz's error on and keeps the worker", async () => {
    const w = worker();
    await expect(w.layout('digraph { a -> }', null)).rejects.toThrow(/syntax error/i);
    expect(await w.layout(SMALL, null)).toContain('<svg');
  });

  it('refuses a time limit that is not a whole number of milliseconds', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      let thrown: unknown;
      try {
        new GraphvizWorker(bad);
      } catch (error) {
        thrown = error;
      }
      expect(isGovgraphError(thrown, 'INVALID_INPUT'), String(bad)).toBe(true);
    }
  });
});
