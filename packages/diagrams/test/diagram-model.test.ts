import { describe, expect, it } from 'vitest';
import { buildDiagramModel, nameAsOf } from '@govgraph/diagrams';
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
    expect(early.title).toBe('Town Safer Communities Partnership as of 2013-01-01');

    const late = buildDiagramModel(fixtureSubgraph(), { asOf: '2022-09-08' });
    expect(late.nodes.find((n) => n.id === 'town-partnership')!.label).toBe('Safer Town Together');
  });

  it('styles links: statutory membership and duty links bold, agreed and proposed dashed, labels with roles', () => {
    const model = buildDiagramModel(fixtureSubgraph(), { asOf: '2022-09-08' });
    const byId = new Map(model.edges.map((e) => [e.id, e]));
    expect(byId.get('MEMBER_OF:council->town-partnership')!).toMatchObject({ statutory: true, tentative: false, label: 'member of (statutory)' });
    expect(byId.get('OVERSEES:town-partnership->prevent')!.statutory).toBe(true);
    expect(byId.get('SUB_GROUP_OF:terror-sub-group->town-partnership')!).toMatchObject({ tentative: true, label: 'sub-group of [agreed]' });
    expect(byId.get('SITS_ON:sam-chair->town-partnership')!.label).toBe('sits on (chair)');
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

  it('clusters sub-groups inside their parent body', () => {
    const model = buildDiagramModel(fixtureSubgraph(), { asOf: '2022-09-08' });
    expect(model.clusters).toEqual([{ id: 'town-partnership', label: 'Safer Town Together', parent: undefined }]);
    expect(model.nodes.find((n) => n.id === 'terror-sub-group')!.cluster).toBe('town-partnership');
    expect(model.nodes.find((n) => n.id === 'town-partnership')!.cluster).toBe('town-partnership');
    expect(model.nodes.find((n) => n.id === 'prevent')!.cluster).toBeUndefined();
    expect(buildDiagramModel(fixtureSubgraph(), { asOf: '2022-09-08', cluster: false }).clusters).toEqual([]);
  });

  it('is deterministic whatever order the subgraph comes in', () => {
    const sub = fixtureSubgraph();
    const shuffled = { ...sub, nodes: [...sub.nodes].reverse(), links: [...sub.links].reverse() };
    const strip = (m: ReturnType<typeof buildDiagramModel>) => JSON.stringify(m);
    expect(strip(buildDiagramModel(shuffled, { asOf: '2022-09-08' }))).toBe(strip(buildDiagramModel(sub, { asOf: '2022-09-08' })));
  });
});

describe('nameAsOf', () => {
  it('uses the name holding on the day, else the current name', () => {
    const partnership = fixtureGraph().entities.find((e) => e.id === 'town-partnership')!;
    expect(nameAsOf(partnership, '2020-03-12')).toBe('Town Safer Communities Partnership');
    expect(nameAsOf(partnership, '2021-03-17')).toBe('Safer Town Together');
    const council = fixtureGraph().entities.find((e) => e.id === 'council')!;
    expect(nameAsOf(council, '2012-01-01')).toBe('Town Council');
  });
});
