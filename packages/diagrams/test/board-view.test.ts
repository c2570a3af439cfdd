/**
 * The board view: one selection (`selectBoardView`) drawn on one A4 landscape page. Checked on the
 * fixture and on the Sefton seeds as of 8 September 2022, the date of the interdependencies report.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { isGovgraphError, type GraphStore } from '@govgraph/core';
import { PAGE_SIZES, createDiagram, loadDiagramModel, renderDiagram, selectBoardView, toCytoscape, type DiagramFormat } from '@govgraph/diagrams';
import { createMemoryStore } from '@govgraph/store-memory';
import { fixtureGraph } from './fixture.js';
import { loadSeftonSeeds } from './sefton-seeds.js';
import { groupNameCrossings } from '../src/svg-crossings.js';
import { linesThrough, overlappingBoxes, svgGeometry } from './svg-geometry.js';

const SEFTON = 'safer-sefton-together';
const REPORT_DAY = '2022-09-08';
let fixture: GraphStore;
let sefton: GraphStore;

beforeAll(async () => {
  fixture = createMemoryStore();
  await fixture.replaceAll(fixtureGraph());
  sefton = createMemoryStore();
  await sefton.replaceAll(await loadSeftonSeeds());
});

describe('selectBoardView', () => {
  it('takes the partnership, the groups answering to it, their duties and who holds them, with chairs and law', async () => {
    const view = await selectBoardView(fixture, { focus: 'town-partnership', asOf: '2022-09-08' });
    // Not the council or the people who are only members, the forum Pat links to, the plan, or what
    // had ended by date; the forum marked ended (undated) is selected and the model leaves it out.
    expect(view.nodes.map((n) => n.id)).toEqual(['ctsa-2015-s26', 'ctsa-2015-s29', 'old-forum', 'prevent', 'sam-chair', 'terror-sub-group', 'town-partnership', 'youth-service']);
    expect(view.links.map((l) => l.kind).sort()).toEqual(['DELIVERS', 'IMPOSED_BY', 'IMPOSED_BY', 'OVERSEES', 'REPORTS_TO', 'REPORTS_TO', 'SITS_ON', 'SUB_GROUP_OF']);
  });

  it('prints the chair inside the body and the law inside the duty, and tiers the groups below the partnership', async () => {
    const model = await loadDiagramModel(fixture, { focus: 'town-partnership', preset: 'board', asOf: '2022-09-08' });
    const node = (id: string) => model.nodes.find((n) => n.id === id)!;
    expect(model.nodes.map((n) => n.id)).toEqual(['prevent', 'terror-sub-group', 'town-partnership', 'youth-service']);
    expect(node('town-partnership').detail).toEqual(['chair: Sam Chair']);
    expect(node('prevent').detail).toEqual(['Counter-Terrorism and Security Act 2015 s.26, s.29']);
    expect([node('town-partnership').tier, node('terror-sub-group').tier, node('youth-service').tier, node('prevent').tier]).toEqual([0, 1, 1, 2]);
    expect(node('prevent').cluster).toBe('board:duties');
    expect(model.title).toBe('Safer Town Together: its groups and duties as of 8 September 2022');
  });

  it('refuses the walk options, which do not apply, with INVALID_INPUT; an unknown focus is NOT_FOUND', async () => {
    const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: unknown) => (isGovgraphError(e) ? e.code : 'other'));
    for (const extra of [{ depth: 2 }, { duty: 'prevent' }, { kinds: ['OVERSEES' as const] }]) {
      expect(await codeOf(createDiagram(fixture, { focus: 'town-partnership', preset: 'board', ...extra }, 'dot'))).toBe('INVALID_INPUT');
    }
    expect(await codeOf(createDiagram(fixture, { focus: 'nobody', preset: 'board' }, 'dot'))).toBe('NOT_FOUND');
    expect(await codeOf(createDiagram(fixture, { focus: 'town-partnership', preset: 'poster' as never }, 'dot'))).toBe('INVALID_INPUT');
  });
});

describe('the Sefton board view as of 8 September 2022', () => {
  it('shows the partnership, its sub-groups and reporting bodies, its five duties in force and who leads, oversees and delivers each', async () => {
    const model = await loadDiagramModel(sefton, { focus: SEFTON, preset: 'board', asOf: REPORT_DAY });
    const ids = (kind: string) => model.nodes.filter((n) => n.kind === kind).map((n) => n.id);
    // The Serious Violence Duty commenced on 31 January 2023: not yet a duty on the day of the report.
    expect(ids('Duty')).toEqual(['crime-and-disorder', 'domestic-abuse-services', 'domestic-homicide-review', 'prevent', 'youth-justice']);
    expect(ids('Body')).toEqual(
      expect.arrayContaining([SEFTON, 'prevent-sub-group', 'serious-violence-sub-group', 'asb-task-and-finish-group', 'vrp-funding-task-and-finish-group', 'sefton-youth-justice-service']),
    );
    // No people or members as boxes: their seats are lines inside the bodies.
    expect(model.nodes.filter((n) => n.kind === 'Person' || n.kind === 'Organisation' || n.kind === 'Legislation')).toEqual([]);
    const node = (id: string) => model.nodes.find((n) => n.id === id)!;
    expect(node(SEFTON).detail).toEqual(['chair: Trish Hardy']);
    expect(node('prevent-sub-group').detail).toEqual(['lead: Chris White (agreed)']);
    const edge = (id: string) => model.edges.find((e) => e.id === id)!;
    expect(edge('DELIVERS:prevent-sub-group->prevent')).toMatchObject({ caption: 'delivers, agreed', tentative: true });
    expect(edge('OVERSEES:safer-sefton-together->youth-justice').caption).toBe('oversees');
    // Sub-group lines name their kind like every other line, with the status when not in force.
    expect(edge('SUB_GROUP_OF:prevent-sub-group->safer-sefton-together').caption).toBe('sub-group of, agreed');
    expect(edge('SUB_GROUP_OF:serious-violence-sub-group->safer-sefton-together').caption).toBe('sub-group of, proposed');
    expect(edge('SUB_GROUP_OF:vrp-funding-task-and-finish-group->safer-sefton-together').caption).toBe('sub-group of');
    expect(model.nodes.find((n) => n.id === 'prevent-sub-group')!.cluster).toBe(SEFTON);
  });

  it('prints every line of law inside the duty, none left to a hover the printed page lacks', async () => {
    const model = await loadDiagramModel(sefton, { focus: SEFTON, preset: 'board', asOf: REPORT_DAY });
    const law = [
      'Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 regs 5-7, 10-12',
      'Crime and Disorder Act 1998 s.6, ss.5-7',
      'Policing and Crime Act 2009 s.108',
      'SI 2012/2660 (partnership plans and Police and Crime Commissioners)',
    ];
    expect(model.nodes.find((n) => n.id === 'crime-and-disorder')!.detail).toEqual(law);
    // On the page: the box's text, its wrapped lines joined, holds each line whole.
    const svg = await renderDiagram(model, 'svg');
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', htmlEntities: true }).parse(svg);
    const texts: string[] = [];
    const find = (value: unknown, inside: boolean): void => {
      if (Array.isArray(value)) return value.forEach((v) => find(v, inside));
      if (typeof value !== 'object' || value === null) return;
      const record = value as Record<string, unknown>;
      const here = inside || record['@id'] === 'node-crime-and-disorder';
      if (here && record['text'] !== undefined) for (const t of [record['text']].flat()) texts.push(String((t as Record<string, unknown>)['#text'] ?? t));
      for (const [key, child] of Object.entries(record)) if (!key.startsWith('@') && key !== 'text') find(child, here);
    };
    find(doc, false);
    const printed = texts.join(' ');
    for (const line of law) expect(printed).toContain(line);
    expect(printed).not.toMatch(/and \d+ more/);
  });

  it('shows the proposed lead for the Serious Violence Duty from the day the duty commenced', async () => {
    const model = await loadDiagramModel(sefton, { focus: SEFTON, preset: 'board', asOf: '2023-01-31' });
    expect(model.nodes.map((n) => n.id)).toContain('serious-violence');
    expect(model.edges.find((e) => e.id === 'LEADS:safer-sefton-together->serious-violence')).toMatchObject({ caption: 'leads, proposed' });
  });

  it('fits one A4 landscape page with no overlapping boxes and names printed at 9 pt or more', async () => {
    const model = await loadDiagramModel(sefton, { focus: SEFTON, preset: 'board', asOf: REPORT_DAY });
    const svg = await renderDiagram(model, 'svg');
    const geometry = svgGeometry(svg);
    const a4 = { width: PAGE_SIZES.a4.width * 72, height: PAGE_SIZES.a4.height * 72 };
    expect(geometry.widthPt).toBeLessThanOrEqual(a4.width + 1);
    expect(geometry.heightPt).toBeLessThanOrEqual(a4.height + 1);
    expect(geometry.widthPt).toBeGreaterThan(geometry.heightPt);
    expect(geometry.nodes.length).toBe(model.nodes.length);
    expect(overlappingBoxes(geometry.nodes)).toEqual([]);
    // Names (12 pt before scaling) and the smaller detail lines (10 pt) stay legible on paper.
    expect(Math.min(...geometry.nodeFontSizes)).toBeGreaterThanOrEqual(7.5);
    expect(Math.max(...geometry.nodeFontSizes)).toBeGreaterThanOrEqual(9);
    expect(Math.min(...geometry.edgeFontSizes)).toBeGreaterThanOrEqual(7.5);
    // The date is on the page, in words, and so is the legend.
    expect(svg).toContain('its groups and duties as of 8 September 2022');
    expect(svg).toContain('dashed: agreed or proposed, not yet in force');
  });

  it("prints each group's name clear of every box, every line and every line's label", async () => {
    for (const asOf of [REPORT_DAY, '2012-07-19', '2020-03-12', '2023-06-01']) {
      const svg = await renderDiagram(await loadDiagramModel(sefton, { focus: SEFTON, preset: 'board', asOf }), 'svg');
      const geometry = svgGeometry(svg);
      expect(geometry.groupLabels.length, asOf).toBeGreaterThan(0);
      expect(overlappingBoxes(geometry.groupLabels, 0.5, [...geometry.nodes, ...geometry.edgeLabels]), asOf).toEqual([]);
      for (const label of geometry.groupLabels) expect(linesThrough(label, geometry.edgeLines), `${asOf}: lines through ${label.id}'s name`).toEqual([]);
      // The renderer's own quick reading agrees with the full XML one: with the names at the top, on
      // whichever side the lines arrive from, it counts what the XML reading finds.
      const top = await renderDiagram(await loadDiagramModel(sefton, { focus: SEFTON, preset: 'board', asOf }), 'svg', { groupNames: 'top' });
      const topGeometry = svgGeometry(top);
      expect(groupNameCrossings(top), asOf).toBe(topGeometry.groupLabels.flatMap((label) => linesThrough(label, topGeometry.edgeLines)).length);
    }
  });

  it('gives every format the same selection, Cytoscape JSON with tiers and detail lines for the explorer', async () => {
    const model = await loadDiagramModel(sefton, { focus: SEFTON, preset: 'board', asOf: REPORT_DAY });
    const doc = toCytoscape(model);
    expect(doc.data.preset).toBe('board');
    const partnership = doc.elements.nodes.find((n) => n.data.id === SEFTON)!;
    expect(partnership.data).toMatchObject({ tier: 0, detail: ['chair: Trish Hardy'], parent: `group:${SEFTON}` });
    for (const format of ['mermaid', 'dot', 'graphml', 'cytoscape'] satisfies DiagramFormat[]) {
      const text = await createDiagram(sefton, { focus: SEFTON, preset: 'board', asOf: REPORT_DAY }, format);
      expect(text, format).toContain('Chris White');
      expect(text, format).not.toContain('Ian Willman');
    }
  });
});
