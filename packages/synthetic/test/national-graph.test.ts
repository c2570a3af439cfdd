import { describe, expect, it } from 'vitest';
import type { Entity, GraphData } from '@govgraph/core';
import { generateNationalGraph } from '@govgraph/synthetic';

const duty = (id: string): Entity => ({
  id,
  kind: 'Duty',
  name: id,
  names: [{ name: id, sources: [] }],
  aliases: [],
  status: 'in-force',
  confidence: 'confirmed',
  sources: [],
  attributes: {},
});
const reference: GraphData = { entities: [duty('prevent'), duty('serious-violence')], links: [] };

describe('generateNationalGraph', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = generateNationalGraph(reference, { areas: 2, seed: 7 });
    const b = generateNationalGraph(reference, { areas: 2, seed: 7 });
    const c = generateNationalGraph(reference, { areas: 2, seed: 8 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('makes unique ids and links whose ends and sources exist', () => {
    const g = generateNationalGraph(reference, { areas: 3 });
    const ids = new Set(g.entities.map((e) => e.id));
    expect(ids.size).toBe(g.entities.length);
    expect(new Set(g.links.map((l) => l.id)).size).toBe(g.links.length);
    for (const l of g.links) {
      expect(ids.has(l.from) && ids.has(l.to)).toBe(true);
      for (const s of l.sources) expect(ids.has(s.source)).toBe(true);
    }
  });

  it('reaches national scale per area: over 333 nodes and 3,333 links each (100k and 1M at 300 areas)', () => {
    const g = generateNationalGraph(reference, { areas: 1 });
    expect(g.entities.length).toBeGreaterThan(333);
    expect(g.links.length).toBeGreaterThan(3333);
    const csp = g.entities.find((e) => e.id === 'a001-csp');
    expect(csp?.kind).toBe('Body');
    expect(g.links.some((l) => l.kind === 'SUCCEEDED_BY' && l.lineage === 'merge')).toBe(true);
    expect(g.links.some((l) => l.kind === 'SITS_ON' && l.role === 'link')).toBe(true);
  });
});
