import { beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildDiagramModel, escapeMermaidLabel, renderDiagram, toCytoscape, toDot, toGraphml, toMermaid, type DiagramModel } from '@govgraph/diagrams';
import { fixtureSubgraph } from './fixture.js';
import { loadMermaid, type MermaidParser } from './mermaid-parser.js';

let mermaid: MermaidParser;

beforeAll(async () => {
  mermaid = await loadMermaid();
});

function model(asOf = '2022-09-08'): DiagramModel {
  return buildDiagramModel(fixtureSubgraph(), { asOf });
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['node', 'edge', 'data', 'key', 'g'].includes(name) });

describe('mermaid', () => {
  it("passes mermaid's own parser, with awkward labels escaped", async () => {
    const text = toMermaid(model());
    expect(text).toContain('Plan #quot;A#quot; #35;1 #lt;draft#gt; & #96;more#96;');
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
    await expect(mermaid.parse(toMermaid(model('2013-01-01'), { rankdir: 'TB' }))).resolves.toBeTruthy();
  });

  it('the parser does reject broken text (so the check above means something)', async () => {
    await expect(mermaid.parse('flowchart LR\n  n_a["x"] --> (("')).rejects.toThrow();
  });

  it('draws agreed links dashed, statutory ones thick, sub-groups inside their parent', () => {
    const text = toMermaid(model());
    expect(text).toContain('n_terror_sub_group -.->|"sub-group of [agreed]"| n_town_partnership');
    expect(text).toContain('n_council ==>|"member of (statutory)"| n_town_partnership');
    expect(text).toMatch(/subgraph c_n_town_partnership \["Safer Town Together"\]\n\s+n_terror_sub_group\("Prevent sub-group"\)\n\s+n_town_partnership\("Safer Town Together"\)\n\s+end/);
    expect(text).toContain('class n_police_authority ended');
  });

  it('escapes quotes, hashes, angle brackets and backticks', () => {
    expect(escapeMermaidLabel('a "b" #c <d> `e`\nf')).toBe('a #quot;b#quot; #35;c #lt;d#gt; #96;e#96; f');
  });
});

describe('dot and svg', () => {
  it('clusters bodies and escapes labels in DOT', () => {
    const dot = toDot(model());
    expect(dot).toContain('subgraph "cluster_town-partnership"');
    expect(dot).toContain('Plan \\"A\\" #1 <draft> &');
    expect(dot).toMatch(/"terror-sub-group" -> "town-partnership" \[label="sub-group of \[agreed\]".*style="dashed"/);
  });

  it('renders well-formed SVG in-process holding every node and link', async () => {
    const m = model();
    const svg = await renderDiagram(m, 'svg');
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', htmlEntities: true }).parse(svg);
    const ids: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (typeof value !== 'object' || value === null) return;
      const record = value as Record<string, unknown>;
      if ((record['@class'] === 'node' || record['@class'] === 'edge') && typeof record['@id'] === 'string') ids.push(record['@id']);
      Object.values(record).forEach(walk);
    };
    walk(doc);
    for (const node of m.nodes) expect(ids).toContain(`node-${node.id}`);
    for (const edge of m.edges) expect(ids).toContain(`edge-${edge.id}`);
    expect(svg).toContain('Safer Town Together');
  });
});

describe('graphml', () => {
  it('is well-formed XML with label and kind keys, every node and edge, and yEd graphics', () => {
    const m = model();
    const text = toGraphml(m);
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = xml.parse(text);
    const keys = doc.graphml.key.map((k: Record<string, string>) => `${k['@for']}:${k['@attr.name'] ?? k['@yfiles.type']}`);
    expect(keys).toEqual(expect.arrayContaining(['node:label', 'node:kind', 'node:status', 'edge:label', 'edge:kind', 'edge:singlePerson', 'node:nodegraphics', 'edge:edgegraphics']));
    const nodes = doc.graphml.graph.node as { '@id': string; data: { '@key': string; '#text'?: string }[] }[];
    expect(nodes.map((n) => n['@id'])).toEqual(m.nodes.map((n) => n.id));
    const plan = nodes.find((n) => n['@id'] === 'odd-plan')!;
    expect(plan.data.find((d) => d['@key'] === 'label')!['#text']).toBe('Plan "A" #1 <draft> & `more`');
    const edges = doc.graphml.graph.edge as { '@source': string; '@target': string }[];
    expect(edges.map((e) => `${e['@source']}->${e['@target']}`)).toEqual(m.edges.map((e) => `${e.from}->${e.to}`));
    expect(text).toContain('<y:LineStyle color="#1F4E79" type="dashed"');
  });
});

describe('cytoscape', () => {
  it('has elements.nodes and elements.edges with ids, ends, labels and classes', async () => {
    const m = model();
    const doc = JSON.parse(await renderDiagram(m, 'cytoscape')) as ReturnType<typeof toCytoscape>;
    expect(doc.elements.nodes).toHaveLength(m.nodes.length);
    expect(doc.elements.edges).toHaveLength(m.edges.length);
    const nodeIds = new Set(doc.elements.nodes.map((n) => n.data.id));
    for (const edge of doc.elements.edges) {
      expect(nodeIds.has(edge.data['source'] as string)).toBe(true);
      expect(nodeIds.has(edge.data['target'] as string)).toBe(true);
      expect(typeof edge.data['label']).toBe('string');
    }
    expect(doc.elements.nodes.find((n) => n.data.id === 'town-partnership')!.classes).toBe('Body statutory focus');
    expect(doc.elements.edges.find((e) => e.data.id === 'SITS_ON:pat-link->violence-forum')!.classes).toBe('SITS_ON single-person');
    expect(doc.style.some((rule) => rule.selector === 'edge.single-person')).toBe(true);
  });
});
