import { describe, expect, it } from 'vitest';
import { buildDiagramModel } from '@govgraph/diagrams';
import { fixtureGraph, fixtureSubgraph } from './fixture.js';

describe('buildDiagramModel', () => {
  it('names nodes as of the date and marks what had ended', () => {
    const early = buildDiagramModel(fixtureSubgraph(), { asOf: '2013-01-01' });
    const partnership = early.nodes.find((n) => n.id === 'town-partnership')!;
    expect(partnership.label).toBe('Town Safer Communities Partnership');
    expect(partnership.statutory).toBe(true);
    expect(partnership.focus).toBe(true);
    expect(early.nodes.find((n) => n.id === 'police-authority')!.ended).toBe(true);
    expect(early.edges.find((e) => e.id === 'MEMBER_OF:police-authority->town-partnership')!.ended).toBe(true);
    expect(early.title).toBe('Town Safer Communities Partnership as of 1 January 2013');

    const late = buildDiagramModel(fixtureSubgraph(), { asOf: '2022-09-08' });
    expect(late.nodes.find((n) => n.id === 'town-partnership')!.label).toBe('Safer Town Together');
  });

  it('styles links: statutory membership and duty links bold, agreed and proposed dashed, labels with roles', () => {
    const model = buildDiagramModel(fixtureSubgraph(), { asOf: '2022-09-08' });
    const byId = new Map(model.edges.map((e) => [e.id, e]));
    expect(byId.get('MEMBER_OF:council->town-partnership')!).toMatchObject({ statutory: true, tentative: false, label: 'member of (statutory)' });
    expect(byId.get('OVERSEES:town-partnership->prevent')!.statutory).toBe(true);
    // One vocabulary: the status reads "agreed", "in force"; the caption leaves out what the box around
    // the sub-group says, but a line is never captioned by its status alone.
    expect(byId.get('SUB_GROUP_OF:terror-sub-group->town-partnership')!).toMatchObject({ tentative: true, label: 'sub-group of, agreed', caption: 'sub-group of, agreed' });
    expect(byId.get('SITS_ON:sam-chair->town-partnership')!).toMatchObject({ label: 'sits on (chair)', caption: 'chair' });
    expect(byId.get('SITS_ON:pat-link->town-partnership')!.caption).toBe('');
    expect(byId.get('MEMBER_OF:council->town-partnership')!.caption).toBe('');
    expect(byId.get('OVERSEES:town-partnership->prevent')!.caption).toBe('oversees');
    expect(model.edges.map((e) => e.id)).toEqual([...model.edges.map((e) => e.id)].sort());
  });

  it('highlights the bodies joined only through one person', () => {
    const model = buildDiagramModel(fixtureSubgraph(), { asOf: '2022-09-08' });
    // Pat alone joins the partnership and the forum; Sam sits on the partnership and the youth
    // service, but those two are linked directly (REPORTS_TO), so that is no single-person link.
    expect(model.singlePersonBridges).toEqual([{ person: 'pat-link', bodies: ['town-partnership', 'violence-forum'] }]);
    const marked = model.edges.filter((e) => e.singlePerson).map((e) => e.id);
    expect(marked).toEqual(['SITS_ON:pat-link->town-partnership', 'SITS_ON:pat-link->violence-forum']);
  });

  it('groups sub-groups under their parent body, people under their employer and sections under their Act', () => {
    const model = buildDiagramModel(fixtureSubgraph(), { asOf: '2022-09-08' });
    expect(model.clusters).toEqual([
      { id: 'act:Counter-Terrorism and Security Act 2015', kind: 'act', label: 'Counter-Terrorism and Security Act 2015' },
      { id: 'council', kind: 'employer', label: 'Town Council', anchor: 'council', parent: undefined },
      { id: 'town-partnership', kind: 'body', label: 'Safer Town Together', anchor: 'town-partnership', parent: undefined },
    ]);
    const clusterOf = (id: string) => model.nodes.find((n) => n.id === id)!.cluster;
    expect(clusterOf('terror-sub-group')).toBe('town-partnership');
    expect(clusterOf('town-partnership')).toBe('town-partnership');
    expect(clusterOf('sam-chair')).toBe('council');
    expect(clusterOf('ctsa-2015-s29')).toBe('act:Counter-Terrorism and Security Act 2015');
    expect(clusterOf('prevent')).toBeUndefined();
    // Inside its Act's box a section is named by the rest of its name.
    expect(model.nodes.find((n) => n.id === 'ctsa-2015-s29')!.label).toBe('Section 29 (guidance)');
    // Works-for inside the employer's box needs no caption.
    expect(model.edges.find((e) => e.id === 'WORKS_FOR:sam-chair->council')!.caption).toBe('');
    expect(buildDiagramModel(fixtureSubgraph(), { asOf: '2022-09-08', cluster: false }).clusters).toEqual([]);
  });

  it('drops what had ended, and the links touching it, when asked', () => {
    const kept = buildDiagramModel(fixtureSubgraph(), { asOf: '2013-01-01' });
    expect(kept.nodes.filter((n) => n.ended).map((n) => n.id)).toEqual(expect.arrayContaining(['old-forum', 'police-authority']));
    const dropped = buildDiagramModel(fixtureSubgraph(), { asOf: '2013-01-01', dropEnded: true });
    expect(dropped.nodes.some((n) => n.ended)).toBe(false);
    expect(dropped.edges.some((e) => e.ended)).toBe(false);
    expect(dropped.nodes.map((n) => n.id)).not.toContain('old-forum');
    expect(dropped.edges.map((e) => e.id)).not.toContain('REPORTS_TO:old-forum->town-partnership');
  });

  it('words tooltips with names, never ids', () => {
    const model = buildDiagramModel(fixtureSubgraph(), { asOf: '2022-09-08' });
    const link = model.edges.find((e) => e.id === 'OVERSEES:town-partnership->prevent')!;
    expect(link.tooltip.split('\n')[0]).toBe('Safer Town Together oversees Prevent duty');
    expect(link.tooltip).toContain('in force, inferred');
    for (const edge of model.edges) {
      expect(edge.tooltip).not.toContain(edge.id);
      expect(edge.tooltip).not.toContain(edge.kind);
    }
    for (const node of model.nodes) expect(node.tooltip).not.toContain(node.id);
  });

  it('is deterministic whatever order the subgraph comes in', () => {
    const sub = fixtureSubgraph();
    const shuffled = { ...sub, nodes: [...sub.nodes].reverse(), links: [...sub.links].reverse() };
    const strip = (m: ReturnType<typeof buildDiagramModel>) => JSON.stringify(m);
    expect(strip(buildDiagramModel(shuffled, { asOf: '2022-09-08' }))).toBe(strip(buildDiagramModel(sub, { asOf: '2022-09-08' })));
  });
});
