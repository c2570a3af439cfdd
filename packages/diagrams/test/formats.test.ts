import { beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildDiagramModel, createDiagram, escapeMermaidLabel, mermaidNodeId, renderDiagram, toCytoscape, toDot, toGraphml, toMermaid, type DiagramModel } from '@govgraph/diagrams';
import { createMemoryStore } from '@govgraph/store-memory';
import { fixtureGraph, fixtureSubgraph } from './fixture.js';
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
    expect(text).toContain('n_terror_sub_group -.->|"sub-group of, agreed"| n_town_partnership');
    // A membership ends in a circle, Mermaid's nearest to the other formats' open circle.
    expect(text).toContain('n_council ==o|"member of (statutory)"| n_town_partnership');
    expect(text).toContain('n_town_partnership ==>|"oversees"| n_prevent');
    expect(text).toMatch(/subgraph c_n_town_partnership \["Safer Town Together"\]\n\s+n_terror_sub_group\("Prevent sub-group"\)\n\s+n_town_partnership\("Safer Town Together"\)\n\s+end/);
    expect(text).toMatch(/class (\S+,)?n_police_authority(,\S+)? ended/);
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
    // Drawn from the parent to the sub-group (arrow kept at the parent), so the parent ranks above it.
    expect(dot).toMatch(/"town-partnership" -> "terror-sub-group" \[label="sub-group of, agreed", dir="back".*style="dashed".*id="edge-SUB_GROUP_OF:terror-sub-group->town-partnership"/);
    // The line end stays at the link's `to` end: the tail of a line drawn backwards.
    expect(dot).toMatch(/"town-partnership" -> "terror-sub-group" \[[^\]]*dir="back", arrowtail="normal", color="#000000"/);
    expect(dot).toMatch(/"council" -> "town-partnership" \[[^\]]*arrowhead="odot", color="#0072b2"/);
    expect(dot).toContain('subgraph "cluster_council"');
    expect(dot).toContain('subgraph "cluster_act:Counter-Terrorism and Security Act 2015"');
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
    type GraphmlNode = { '@id': string; data: { '@key': string; '#text'?: string }[]; graph?: { node: GraphmlNode[] } };
    const flatten = (list: GraphmlNode[]): GraphmlNode[] => list.flatMap((n) => [n, ...flatten(n.graph?.node ?? [])]);
    const nodes = flatten(doc.graphml.graph.node as GraphmlNode[]).filter((n) => !n['@id'].startsWith('group:'));
    expect(nodes.map((n) => n['@id']).sort()).toEqual(m.nodes.map((n) => n.id));
    // Groups nest: the sub-group sits in the partnership's group node, which yEd draws as a box.
    const group = (doc.graphml.graph.node as GraphmlNode[]).find((n) => n['@id'] === 'group:town-partnership')!;
    expect(group.graph!.node.map((n) => n['@id'])).toEqual(['terror-sub-group', 'town-partnership']);
    expect(text).toContain('<y:ProxyAutoBoundsNode>');
    const plan = nodes.find((n) => n['@id'] === 'odd-plan')!;
    expect(plan.data.find((d) => d['@key'] === 'label')!['#text']).toBe('Plan "A" #1 <draft> & `more`');
    const edges = doc.graphml.graph.edge as { '@source': string; '@target': string }[];
    expect(edges.map((e) => `${e['@source']}->${e['@target']}`)).toEqual(m.edges.map((e) => `${e.from}->${e.to}`));
    // The agreed sub-group: black with a filled arrow; the statutory membership: blue with an open circle.
    expect(text).toMatch(/<y:LineStyle color="#000000" type="dashed" width="1.0"\/>\s*<y:Arrows source="none" target="standard"\/>\s*<y:EdgeLabel textColor="#000000">sub-group of, agreed</);
    expect(text).toMatch(/<y:LineStyle color="#0072B2" type="line" width="3.0"\/>\s*<y:Arrows source="none" target="transparent_circle"\/>\s*<y:EdgeLabel textColor="#0072B2">member of \(statutory\)</);
  });
});

describe('cytoscape', () => {
  it('has elements.nodes and elements.edges with ids, ends, labels and classes', async () => {
    const m = model();
    const doc = JSON.parse(await renderDiagram(m, 'cytoscape')) as ReturnType<typeof toCytoscape>;
    expect(doc.elements.nodes).toHaveLength(m.nodes.length + m.clusters.length);
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

  it('carries the groups as compound parents, each defined before its members', () => {
    const doc = toCytoscape(model());
    const seen = new Set<string>();
    for (const node of doc.elements.nodes) {
      const parent = node.data['parent'];
      if (parent !== undefined) expect(seen.has(parent as string), `${node.data.id} before its parent`).toBe(true);
      seen.add(node.data.id);
    }
    const parentOf = (id: string) => doc.elements.nodes.find((n) => n.data.id === id)!.data['parent'];
    expect(parentOf('terror-sub-group')).toBe('group:town-partnership');
    expect(parentOf('sam-chair')).toBe('group:council');
    expect(doc.elements.nodes.find((n) => n.data.id === 'group:council')!.classes).toBe('group group-employer');
  });
});

describe('ended facts', () => {
  // As of 2013 the police authority's membership had ended (by date) and the old forum was marked ended.
  const ENDED = ['police-authority', 'old-forum'];

  it.each(['mermaid', 'dot', 'svg', 'graphml', 'cytoscape'] as const)('are left out of %s unless asked for, and drawn when they are', async (format) => {
    const store = createMemoryStore();
    await store.replaceAll(fixtureGraph());
    const request = { focus: 'town-partnership', depth: 1, asOf: '2013-01-01' };
    const decode = (text: string) => text.replace(/&#45;/g, '-');
    const hidden = decode(await createDiagram(store, request, format));
    const shown = decode(await createDiagram(store, { ...request, includeEnded: true }, format));
    for (const id of ENDED) {
      const token = format === 'mermaid' ? mermaidNodeId(id) : id;
      expect(hidden, `${format} without ended facts`).not.toContain(token);
      expect(shown, `${format} with ended facts`).toContain(token);
    }
    // The names are gone too, not only the ids.
    expect(hidden).not.toContain('Old Community Forum');
    expect(hidden).not.toContain('Police Authority');
  });

  it.each(['mermaid', 'dot', 'svg', 'graphml', 'cytoscape'] as const)('are left out of the board view in %s unless asked for', async (format) => {
    const store = createMemoryStore();
    await store.replaceAll(fixtureGraph());
    const request = { focus: 'town-partnership', preset: 'board' as const, asOf: '2013-01-01' };
    const token = format === 'mermaid' ? mermaidNodeId('old-forum') : 'old-forum';
    const draw = async (includeEnded: boolean) => (await createDiagram(store, { ...request, includeEnded }, format)).replace(/&#45;/g, '-');
    expect(await draw(false)).not.toContain(token);
    expect(await draw(true)).toContain(token);
  });
});

describe('unprintable characters', () => {
  it('a NUL, other controls, a bidi override or a lone surrogate in an id or name still give valid SVG, GraphML and Mermaid', async () => {
    const sub = fixtureSubgraph();
    const odd = 'bad\u0000id\u001b\u202e\ud800';
    const nodes = sub.nodes.map((n) => (n.id === 'violence-forum' ? { ...n, name: `Forum\u0000\u0007 of ${odd}`, names: [] } : n));
    const links = sub.links.map((l) => (l.id === 'MEMBER_OF:council->town-partnership' ? { ...l, id: `MEMBER_OF:${odd}` } : l));
    const m = buildDiagramModel({ ...sub, nodes, links }, { asOf: '2022-09-08' });
    const svg = await renderDiagram(m, 'svg');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('Forum\ufffd\ufffd of');
    expect(XMLValidator.validate(toGraphml(m))).toBe(true);
    await expect(mermaid.parse(toMermaid(m))).resolves.toBeTruthy();
    expect(toDot(m)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202e]/);
  });
});

describe('svg titles', () => {
  it('hover titles are the tooltips in words, never ids or "a->b"', async () => {
    const m = model();
    const svg = await renderDiagram(m, 'svg');
    const titles = [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((t) => t[1]!.replace(/&#45;/g, '-').replace(/&gt;/g, '>'));
    expect(titles.length).toBeGreaterThan(m.nodes.length);
    for (const title of titles) {
      expect(title).not.toContain('->');
      expect(m.nodes.some((n) => title === n.id)).toBe(false);
    }
    expect(titles).toContain('Safer Town Together oversees Prevent duty\nin force, inferred\nfrom by 2012-07-19');
  });
});
