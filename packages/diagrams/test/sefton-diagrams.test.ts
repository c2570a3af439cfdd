/**
 * The Sefton seeds drawn in every format: Mermaid passes mermaid's parser, SVG and GraphML are
 * well-formed XML holding the partnership (under the name of the day) and its youth-justice link.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { STATUSES, statusLabel, type GraphStore } from '@govgraph/core';
import { createDiagram, loadDiagramModel, renderDiagram } from '@govgraph/diagrams';
import { createMemoryStore } from '@govgraph/store-memory';
import { loadMermaid } from './mermaid-parser.js';
import { loadSeftonSeeds } from './sefton-seeds.js';
import { overlappingBoxes, svgGeometry } from './svg-geometry.js';

const FOCUS = 'safer-sefton-together';
/** The youth-justice oversight the partnership approved on 14 June 2012 (agreed), and the same seen working from March 2020 (in force). */
const YOUTH_JUSTICE_AGREED = 'OVERSEES:safer-sefton-together->youth-justice#agreed-2012';
const YOUTH_JUSTICE_IN_FORCE = 'OVERSEES:safer-sefton-together->youth-justice';
let store: GraphStore;

beforeAll(async () => {
  const seeds = { data: await loadSeftonSeeds() };
  store = createMemoryStore();
  await store.replaceAll(seeds.data);
});

describe('Sefton diagrams', () => {
  it.each(['2012-07-19', '2020-03-12', '2022-09-08'])('Mermaid as of %s passes the mermaid parser', async (asOf) => {
    const mermaid = await loadMermaid();
    for (const depth of [1, 2]) {
      const text = await createDiagram(store, { focus: FOCUS, depth, asOf, includeEnded: depth === 2 }, 'mermaid');
      await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
    }
  });

  it('names the partnership as of the date and keeps its youth-justice link', async () => {
    const early = await loadDiagramModel(store, { focus: FOCUS, depth: 1, asOf: '2012-07-19' });
    expect(early.nodes.find((n) => n.id === FOCUS)!.label).toBe('Sefton Safer Communities Partnership');
    expect(early.edges.map((e) => e.id)).toContain(YOUTH_JUSTICE_AGREED);
    expect(early.edges.map((e) => e.id)).not.toContain(YOUTH_JUSTICE_IN_FORCE);
    const late = await loadDiagramModel(store, { focus: FOCUS, depth: 1, asOf: '2022-09-08' });
    expect(late.nodes.find((n) => n.id === FOCUS)!.label).toBe('Safer Sefton Together');
    expect(late.edges.map((e) => e.id)).toContain(YOUTH_JUSTICE_IN_FORCE);
  });

  it('never captions a line with a status alone, in the board view or a neighbourhood', async () => {
    const statuses = STATUSES.map(statusLabel);
    for (const asOf of ['2012-07-19', '2022-09-08']) {
      for (const request of [{ preset: 'board' as const }, { depth: 1 }, { depth: 2, includeEnded: true }]) {
        const model = await loadDiagramModel(store, { focus: FOCUS, asOf, ...request });
        expect(model.edges.some((e) => e.tentative)).toBe(true);
        for (const edge of model.edges) expect(statuses, `${edge.id} as of ${asOf}`).not.toContain(edge.caption);
      }
    }
  });

  it('SVG and GraphML are well-formed XML holding every node and link', async () => {
    const request = { focus: FOCUS, depth: 1, asOf: '2012-07-19' };
    const model = await loadDiagramModel(store, request);
    const svg = await createDiagram(store, request, 'svg');
    expect(XMLValidator.validate(svg)).toBe(true);
    const decoded = svg.replace(/&#45;/g, '-').replace(/&gt;/g, '>');
    for (const node of model.nodes) expect(decoded).toContain(`id="node-${node.id}"`);
    for (const edge of model.edges) expect(decoded).toContain(`id="edge-${edge.id}"`);
    expect(decoded).toContain('Sefton Safer Communities');

    const graphml = await createDiagram(store, request, 'graphml');
    expect(XMLValidator.validate(graphml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'node' || name === 'edge' }).parse(graphml);
    type GraphmlNode = { '@id': string; graph?: { node: GraphmlNode[] } };
    const flatten = (list: GraphmlNode[]): string[] => list.flatMap((n) => [n['@id'], ...flatten(n.graph?.node ?? [])]);
    expect(flatten(doc.graphml.graph.node).filter((id) => !id.startsWith('group:')).sort()).toEqual(model.nodes.map((n) => n.id));
    expect(doc.graphml.graph.edge.map((e: Record<string, string>) => e['@id'])).toContain(YOUTH_JUSTICE_AGREED);
  });

  it('the partnership two hops out (about a hundred boxes) lays out with no overlapping boxes and 12 pt names at natural size', async () => {
    const model = await loadDiagramModel(store, { focus: FOCUS, depth: 2, asOf: '2022-09-08' });
    expect(model.nodes.length).toBeGreaterThanOrEqual(90);
    const geometry = svgGeometry(await renderDiagram(model, 'svg'));
    expect(geometry.nodes).toHaveLength(model.nodes.length);
    expect(overlappingBoxes(geometry.nodes)).toEqual([]);
    expect(Math.min(...geometry.nodeFontSizes)).toBeGreaterThanOrEqual(12);
    // Grouped: people under their employer, sub-groups under the partnership.
    expect(model.clusters.filter((c) => c.kind === 'employer').map((c) => c.id)).toContain('sefton-council');
    expect(model.nodes.find((n) => n.id === 'chris-white')!.cluster).toBe('sefton-council');
  });
});
