/**
 * The explorer end to end, in a real headless Chromium (Debian's package, driven by playwright-core;
 * no browser download): the API and the explorer on the memory store filled from the seeds. A
 * reader's path through the page; then issue 13's measures for the partnership at depth 2 as of
 * 8 September 2022 in a 1400x1000 page (no overlapping nodes, labels of 11 px or more at fit, a click
 * on a link selecting that link), filters, folding, the path view, export files that open, permalinks
 * and saved views, embed mode, the board view printed to one landscape PDF page, and the timeline.
 *
 * Screenshots go into docs/ when GOVGRAPH_UPDATE_DOCS=1 (`pnpm docs:diagrams`), else into a
 * temporary folder, so a test run leaves the work tree as it was. Every wait is on the page's state
 * (`body[data-drawn]` counts finished drawings), never on time.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '@govgraph/core';
import { createExplorerRoute } from '@govgraph/explorer';
import { ARROW_STYLES, LINK_STYLES } from '@govgraph/diagrams';
import type { GovgraphHttpServer } from '@govgraph/graphql';
import { startBrowserHarness, type BrowserHarness } from './setup/browser-harness.js';

const SHOTS =
  process.env.GOVGRAPH_UPDATE_DOCS === '1' ? fileURLToPath(new URL('../docs/', import.meta.url)) : `${mkdtempSync(join(tmpdir(), 'govgraph-explorer-'))}/`;
const PARTNERSHIP = 'safer-sefton-together';
const YOUTH_JUSTICE_LINK = 'OVERSEES:safer-sefton-together->youth-justice';
/** The same oversight as the partnership approved it on 14 June 2012: agreed, until a paper shows it working. */
const YOUTH_JUSTICE_AGREED = `${YOUTH_JUSTICE_LINK}#agreed-2012`;
const DEPTH_2 = `focus=${PARTNERSHIP}&depth=2&asOf=2022-09-08`;
/** The smallest label a board member can read on a screen, in CSS pixels. */
const MIN_LABEL_PX = 11;

let harness: BrowserHarness;
let store: GraphStore;
let server: GovgraphHttpServer;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  harness = await startBrowserHarness({ routes: [createExplorerRoute()] });
  ({ store, server, page } = harness);
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 60_000);

afterAll(() => harness?.close());

/** How many drawings the page has finished. */
async function drawings(target: Page): Promise<number> {
  return Number((await target.getAttribute('body', 'data-drawn')) ?? 0);
}

/** Runs `action` and waits until the page has finished a drawing after it. */
async function afterDrawing(target: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await drawings(target);
  await action();
  await expect.poll(() => drawings(target), { timeout: 30_000 }).toBeGreaterThan(before);
}

/** Opens the explorer with a query and waits for its first drawing. */
async function open(target: Page, query: string): Promise<void> {
  await target.goto(`${server.url}explorer/?${query}`);
  await expect.poll(() => drawings(target), { timeout: 30_000 }).toBeGreaterThan(0);
}

interface Measures {
  zoom: number;
  nodes: string[];
  edges: string[];
  smallestLabelPx: number;
  overlaps: string[];
  edgeLabelsShownBelowMinimum: number;
}

/** What the drawing shows: ids, the smallest node label as rendered, overlapping node pairs (groups and their members aside). */
function measure(target: Page): Promise<Measures> {
  return target.evaluate((minimum) => {
    const { cy } = (window as any).govgraphExplorer;
    const zoom = cy.zoom();
    const nodes = cy.nodes().toArray();
    const boxes = nodes.map((n: any) => ({ n, b: n.boundingBox({ includeLabels: true, includeOverlays: false }) }));
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (a.n.ancestors().contains(b.n) || b.n.ancestors().contains(a.n)) continue;
        if (a.b.x1 < b.b.x2 && b.b.x1 < a.b.x2 && a.b.y1 < b.b.y2 && b.b.y1 < a.b.y2) overlaps.push(`${a.n.id()} / ${b.n.id()}`);
      }
    }
    const shownEdgeLabels = cy.edges().filter((e: any) => e.style('label') !== '' && !e.hasClass('label-too-small'));
    return {
      zoom,
      nodes: nodes.map((n: any) => n.id()),
      edges: cy.edges().map((e: any) => e.id()),
      smallestLabelPx: Math.min(...nodes.map((n: any) => parseFloat(n.style('font-size')) * zoom)),
      overlaps,
      edgeLabelsShownBelowMinimum: shownEdgeLabels.filter((e: any) => parseFloat(e.style('font-size')) * zoom < minimum).length,
    };
  }, MIN_LABEL_PX);
}

/**
 * Where a drawn element is on the page: a node's centre, or for a link the first point along its
 * curve (from its middle outwards) that no node covers and no other link passes within `clearancePx`
 * pixels of (a link may pass beneath a node, run beside or cross another); null when there is none.
 */
function pointOf(target: Page, id: string, clearancePx = 4): Promise<{ x: number; y: number } | null> {
  return target.evaluate(
    ([elementId, clearance]) => {
      const { cy } = (window as any).govgraphExplorer;
      const geometry = (window as any).govgraphExplorer.geometry;
      const element = cy.$id(elementId);
      const container = document.getElementById('graph')!;
      const box = container.getBoundingClientRect();
      const pan = cy.pan();
      const zoom = cy.zoom();
      // The canvas sits inside the container's border.
      const toPage = (p: { x: number; y: number }) => ({ x: box.left + container.clientLeft + p.x * zoom + pan.x, y: box.top + container.clientTop + p.y * zoom + pan.y });
      if (element.isNode()) return toPage(element.position());
      const covered = (p: { x: number; y: number }) =>
        cy.nodes().some((n: any) => {
          const b = n.boundingBox({ includeLabels: true });
          return p.x > b.x1 - 6 && p.x < b.x2 + 6 && p.y > b.y1 - 6 && p.y < b.y2 + 6;
        }) || cy.edges().some((other: any) => other.id() !== element.id() && geometry.squaredDistanceToLink(other, p) < (clearance / zoom) ** 2);
      const curve = geometry.linkCurve(element, 40);
      const order = curve.map((_: unknown, i: number) => i).sort((a: number, b: number) => Math.abs(a - 20) - Math.abs(b - 20));
      for (const i of order.filter((i: number) => i >= 6 && i <= 34)) if (!covered(curve[i])) return toPage(curve[i]);
      return null;
    },
    [id, clearancePx] as const,
  );
}

/**
 * Every drawn link that passes through the box of a node it does not join: "link / node" for each
 * (a node joined is either end, or a group around either end, which the line must enter). Straight
 * links are checked as their one segment, taxi and segment links along their bends, curves along the
 * page's own sampling of them.
 */
function linksThroughBoxes(target: Page): Promise<string[]> {
  return target.evaluate(() => {
    const { cy, geometry } = (window as any).govgraphExplorer;
    type Point = { x: number; y: number };
    type Box = { x1: number; y1: number; x2: number; y2: number };
    // Liang-Barsky: does the segment a-b enter the box?
    const segmentEnters = (a: Point, b: Point, box: Box): boolean => {
      const [dx, dy] = [b.x - a.x, b.y - a.y];
      let [lo, hi] = [0, 1];
      for (const [p, q] of [[-dx, a.x - box.x1], [dx, box.x2 - a.x], [-dy, a.y - box.y1], [dy, box.y2 - a.y]] as const) {
        if (p === 0) {
          if (q < 0) return false;
          continue;
        }
        const r = q / p;
        if (p < 0) lo = Math.max(lo, r);
        else hi = Math.min(hi, r);
        if (lo > hi) return false;
      }
      return true;
    };
    const found: string[] = [];
    for (const edge of cy.edges().toArray()) {
      const style = edge.pstyle('curve-style').value;
      const [s, t] = [edge.sourceEndpoint(), edge.targetEndpoint()];
      const bends: Point[] = style === 'taxi' || style === 'segments' ? (edge.segmentPoints() ?? []) : [];
      const points: Point[] = style === 'straight' || bends.length ? [s, ...bends, t] : geometry.linkCurve(edge, 40);
      const joined = edge.source().union(edge.target()).union(edge.source().ancestors()).union(edge.target().ancestors());
      for (const node of cy.nodes().toArray()) {
        if (joined.contains(node)) continue;
        const b = node.boundingBox({ includeLabels: false, includeOverlays: false });
        // A line may graze a box's edge (its border is drawn half outside): only count one that goes in.
        const box = { x1: b.x1 + 2, y1: b.y1 + 2, x2: b.x2 - 2, y2: b.y2 - 2 };
        for (let i = 0; i + 1 < points.length; i++) {
          if (segmentEnters(points[i]!, points[i + 1]!, box)) {
            found.push(`${edge.id()} / ${node.id()}`);
            break;
          }
        }
      }
    }
    return found;
  });
}

/** Every open group whose name, as drawn, lies over a box ("group / node"), or that has no name drawn. */
function groupNamesOverBoxes(target: Page): Promise<string[]> {
  return target.evaluate(() => {
    const { cy } = (window as any).govgraphExplorer;
    const found: string[] = [];
    for (const group of cy.nodes(':parent').toArray()) {
      const name = group.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      if (!(name.w > 0)) found.push(`${group.id()} has no name drawn`);
      for (const node of cy.nodes().filter((n: any) => !n.isParent()).toArray()) {
        const b = node.boundingBox({ includeLabels: false, includeOverlays: false });
        if (name.x1 < b.x2 && b.x1 < name.x2 && name.y1 < b.y2 && b.y1 < name.y2) found.push(`${group.id()} / ${node.id()}`);
      }
    }
    return found;
  });
}

/**
 * The link labels drawn (a link's own label, or the one the board view draws near an end): how
 * many, the pairs lying over one another, and those lying over a box ("link / node").
 */
function linkLabelClashes(target: Page): Promise<{ shown: number; overLabels: string[]; overBoxes: string[] }> {
  return target.evaluate(() => {
    const { cy } = (window as any).govgraphExplorer;
    const meets = (a: any, b: any) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const shown = cy.edges().filter((e: any) => e.visible() && [e.style('label'), e.style('source-label'), e.style('target-label')].some((text) => text !== ''));
    const boxes = shown.map((e: any) => ({
      id: e.id(),
      b: e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: true, includeSourceLabels: true, includeTargetLabels: true, includeOverlays: false }),
    }));
    const overLabels: string[] = [];
    const overBoxes: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) if (meets(boxes[i].b, boxes[j].b)) overLabels.push(`${boxes[i].id} / ${boxes[j].id}`);
      for (const node of cy.nodes().filter((n: any) => !n.isParent()).toArray()) {
        if (meets(boxes[i].b, node.boundingBox({ includeLabels: false, includeOverlays: false }))) overBoxes.push(`${boxes[i].id} / ${node.id()}`);
      }
    }
    return { shown: shown.length, overLabels, overBoxes };
  });
}

function selectedIds(target: Page): Promise<string[]> {
  return target.evaluate(() => (window as any).govgraphExplorer.cy.$('.picked').map((e: any) => e.id()));
}

async function graphql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe('the explorer in Chromium', () => {
  it('searches by name, moves the date back to 2012 and shows a link with its sources, in words', async () => {
    await page.goto(`${server.url}explorer/`);
    // An exact name focuses at once.
    await page.getByLabel('Search', { exact: true }).fill('Safer Sefton Together');
    await afterDrawing(page, () => page.keyboard.press('Enter'));
    expect(await page.textContent('#diagram-title')).toContain('Safer Sefton Together');
    // The suggestion search the typing started is overtaken by the one submitted: it shows nothing later.
    await page.waitForTimeout(1_000);
    expect(await page.isVisible('#search-suggestions')).toBe(false);
    // No date asked for: the latest day the data covers, and the page says so.
    expect(await page.inputValue('#as-of-date')).toBe('2022-09-08');
    expect(await page.textContent('#coverage-note')).toContain('the latest date the data covers');

    // Move the as-of slider to 19 July 2012 with the keyboard: Home is 1 January 2012, then 200 days on.
    const slider = page.locator('#as-of-slider');
    await slider.focus();
    await page.keyboard.press('Home');
    for (let day = 0; day < 200; day++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent('#as-of-label')).toBe('2012-07-19');
    await expect.poll(() => page.textContent('#diagram-title'), { timeout: 30_000 }).toBe('Sefton Safer Communities Partnership as of 19 July 2012');
    await expect.poll(() => drawings(page)).toBeGreaterThan(1);

    // The old name in the node list, and the youth-justice governance link in the link list.
    const partnershipItem = page.locator(`#node-list [data-id="${PARTNERSHIP}"]`);
    await expect.poll(() => partnershipItem.textContent()).toContain('Sefton Safer Communities Partnership');
    const youthLink = page.locator(`#link-list [data-id="${YOUTH_JUSTICE_AGREED}"]`);
    await expect.poll(() => youthLink.count()).toBe(1);
    expect(await youthLink.textContent()).toMatch(/Sefton Safer Communities Partnership\s*oversees/);

    // Click the focus in the graph itself: the panel names it as of the date, and shows no internal id.
    const position = (await pointOf(page, PARTNERSHIP))!;
    await page.mouse.click(position.x, position.y);
    await expect.poll(() => page.textContent('#details h2')).toBe('Sefton Safer Communities Partnership');
    expect(await page.textContent('#details')).not.toContain(PARTNERSHIP);

    // Pick the youth-justice link from the list: the panel shows the link and its sources, resolved.
    await youthLink.click();
    await expect.poll(() => page.textContent('#details h2')).toMatch(/Sefton Safer Communities Partnership → oversees, agreed → .*[Yy]outh justice/);
    const link = (await store.getLink(YOUTH_JUSTICE_AGREED))!;
    const firstSource = (await store.getEntity(link.sources[0]!.source))!;
    const citation = page.locator(`#details .sources li[data-source="${firstSource.id}"]`);
    await expect.poll(() => citation.count()).toBe(1);
    expect(await citation.textContent()).toContain(firstSource.name);
    if (link.sources[0]!.item) expect(await citation.textContent()).toContain(`item ${link.sources[0]!.item}`);
    if (link.sources[0]!.quote) expect(await citation.textContent()).toContain(link.sources[0]!.quote);
    // Prose never shows a link id, nor a raw status.
    const panel = (await page.textContent('#details'))!;
    expect(panel).not.toContain('->');
    expect(panel).not.toContain('OVERSEES');
    expect(panel).toMatch(/Status\s*agreed/);

    await page.screenshot({ path: `${SHOTS}explorer.png` });
    expect(pageErrors).toEqual([]);
    // Offline: Cytoscape, its extensions, vis-timeline and everything else came from our own server.
    expect(harness.refused).toEqual([]);
  }, 90_000);

  it('search accepts an alias and suggests when several entities match', async () => {
    await page.getByLabel('Search', { exact: true }).fill('Sefton');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#search-results button').count()).toBeGreaterThan(1);
    expect(await page.isVisible('#search-suggestions')).toBe(true);
    expect(await page.textContent('#search-message')).toMatch(/matches for “Sefton”: pick one/);

    await page.getByLabel('Search', { exact: true }).fill('SSCP');
    await afterDrawing(page, () => page.keyboard.press('Enter'));
    expect(new URL(page.url()).searchParams.get('focus')).toBe(PARTNERSHIP);
  });

  it('filters by duty and hides what had ended unless "show ended" is on', async () => {
    // In July 2012 the Prevent duty had not begun (1 July 2015): filter by domestic homicide reviews.
    await afterDrawing(page, () => page.locator('#duty').selectOption('domestic-homicide-review'));
    await expect.poll(() => page.locator('#link-list [data-id="OVERSEES:safer-sefton-together->domestic-homicide-review#agreed-2012"]').count()).toBe(1);
    expect(await page.locator(`#link-list [data-id="${YOUTH_JUSTICE_AGREED}"]`).count()).toBe(0);
    await afterDrawing(page, () => page.locator('#duty').selectOption(''));
    await expect.poll(() => page.locator(`#link-list [data-id="${YOUTH_JUSTICE_AGREED}"]`).count()).toBe(1);

    // In mid-2013 the police authority (abolished November 2012) is gone, unless ended facts are shown in grey.
    await afterDrawing(page, () => page.locator('#as-of-date').fill('2013-06-01'));
    expect(await page.textContent('#diagram-title')).toBe('Sefton Safer Communities Partnership as of 1 June 2013');
    const authority = page.locator('#node-list [data-id="merseyside-police-authority"]');
    expect(await authority.count()).toBe(0);
    await afterDrawing(page, () => page.locator('#include-ended').check());
    await expect.poll(() => authority.getAttribute('class')).toBe('ended');
    await afterDrawing(page, () => page.locator('#include-ended').uncheck());
    expect(await authority.count()).toBe(0);
    expect(await page.evaluate(() => (window as any).govgraphExplorer.cy.$('.ended').length)).toBe(0);
  });

  it('is usable from the keyboard: tab to the node list, arrow down, Enter selects', async () => {
    const list = page.locator('#node-list');
    await list.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    const active = await list.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    const id = await page.locator(`#${active}`).getAttribute('data-id');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    const entity = (await store.getEntity(id!))!;
    await expect.poll(() => page.textContent('#details h2')).toBeTruthy();
    // The entity loads after the Enter: wait for its panel (the last test's link panel may still show).
    await expect.poll(() => page.textContent('#details dl')).toMatch(/Kind/);
    expect(await page.isVisible('#details')).toBe(true);
    expect(entity).not.toBeNull();
    // Escape closes the panel.
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#details')).toBe(false);

    // Every control is reachable with Tab, in order.
    await page.locator('#search-text').focus();
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''));
    }
    for (const control of ['depth', 'layout', 'duty', 'include-ended', 'as-of-slider', 'as-of-date', 'show-timeline']) expect(reached).toContain(control);
  });
});

describe('the partnership at depth 2 as of 8 September 2022, in a 1400x1000 page', () => {
  it('draws no overlapping nodes, with every node label at 11 px or more at fit, in the governance layout', async () => {
    await open(page, DEPTH_2);
    const m = await measure(page);
    expect(m.nodes.length).toBeGreaterThan(20);
    expect(m.overlaps).toEqual([]);
    expect(m.smallestLabelPx).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    // Link labels too small to read are not drawn at fit; zooming in brings them back.
    expect(m.edgeLabelsShownBelowMinimum).toBe(0);
    await page.click('#zoom-in');
    await page.click('#zoom-in');
    expect(await page.evaluate(() => (window as any).govgraphExplorer.cy.edges('.label-too-small').length)).toBe(0);
    // The labels shown never lie over one another (around the partnership they piled into a knot);
    // a hidden one's link keeps its colour, which the legend names.
    const labels = await linkLabelClashes(page);
    expect(labels.shown).toBeGreaterThan(10);
    expect(labels.overLabels).toEqual([]);
    const drawnKinds = await page.evaluate(() => [...new Set((window as any).govgraphExplorer.cy.edges().map((e: any) => e.data('kind')))].sort());
    expect(await page.locator('#legend [data-link-kind]').evaluateAll((spans) => spans.map((s) => s.getAttribute('data-link-kind')).sort())).toEqual(drawnKinds);
    await page.click('#zoom-fit');
    // Boards above their sub-groups: the Prevent sub-group is drawn below the partnership.
    const [partnership, prevent] = await Promise.all([pointOf(page, PARTNERSHIP), pointOf(page, 'prevent-sub-group')]);
    expect(prevent!.y).toBeGreaterThan(partnership!.y);
    await page.screenshot({ path: `${SHOTS}explorer-depth-2.png` });
  }, 60_000);

  it('selects the link clicked, for the given link and for every link with a stretch clear of nodes', async () => {
    await open(page, DEPTH_2);
    // The given link runs in a bundle with the partnership's other links to the left: click right on it.
    const given = (await pointOf(page, YOUTH_JUSTICE_LINK, 1))!;
    expect(given).not.toBeNull();
    await page.mouse.click(given.x, given.y);
    await expect.poll(() => selectedIds(page)).toEqual([YOUTH_JUSTICE_LINK]);
    await expect.poll(() => page.textContent('#details h2')).toMatch(/Safer Sefton Together → oversees → .*[Yy]outh justice/);
    await page.keyboard.press('Escape');

    // Every link: a click on a visible stretch of it (a point no node covers) selects that link and no other.
    const ids = await page.evaluate(() => (window as any).govgraphExplorer.cy.edges().map((e: any) => e.id()));
    const clear: string[] = [];
    for (const id of ids) if (await pointOf(page, id)) clear.push(id);
    expect(clear.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const id of clear) {
      const point = (await pointOf(page, id))!;
      await page.mouse.click(point.x, point.y);
      const selected = await selectedIds(page);
      if (selected.length !== 1 || selected[0] !== id) wrong.push(`${id} selected ${selected.join(', ') || 'nothing'}`);
      // The details panel opens over the right of the graph: close it, as a reader would, before the next click.
      await page.keyboard.press('Escape');
    }
    expect(wrong).toEqual([]);
  }, 180_000);

  it('folds people into their organisation and opens them again, still without overlaps', async () => {
    await open(page, DEPTH_2);
    // Merseyside Police: every member of its group is a person (the council's group also holds the bodies
    // that only its officers connect to the partnership, so it is labelled "more").
    const council = await page.evaluate(() => (window as any).govgraphExplorer.cy.$id('merseyside-police').data());
    expect(council.groupOf.length).toBeGreaterThan(1);
    expect(council.label).toMatch(/\(\+\d+ people\)$/);
    // A group of several kinds says what it holds, by kind, in its label and on hover: the partnership's
    // own (people, bodies, strategies... that hang only from it) counted from the diagram's members.
    const focus = await page.evaluate((id) => {
      const { cy, graph } = (window as any).govgraphExplorer;
      const kinds = new Map(graph.doc.elements.nodes.map((n: any) => [n.data.id, n.data.kind]));
      const counts: Record<string, number> = {};
      for (const member of cy.$id(id).data('groupOf')) counts[kinds.get(member) as string] = (counts[kinds.get(member) as string] ?? 0) + 1;
      return { label: cy.$id(id).data('label') as string, members: cy.$id(id).data('groupOf').length as number, counts };
    }, PARTNERSHIP);
    expect(Object.keys(focus.counts).length).toBeGreaterThan(1);
    const summary = /^Safer Sefton Together \(\+(\d+) more: (.+)\)$/.exec(focus.label)!;
    expect(summary).not.toBeNull();
    expect(Number(summary[1])).toBe(focus.members);
    const words: Record<string, [string, string]> = {
      Person: ['person', 'people'],
      Body: ['body', 'bodies'],
      Organisation: ['organisation', 'organisations'],
      Strategy: ['strategy or plan', 'strategies or plans'],
      Legislation: ['Act or section', 'Acts or sections'],
      Assessment: ['assessment', 'assessments'],
      Review: ['review', 'reviews'],
    };
    const parts = summary[2]!.split(', ');
    expect(parts.length).toBe(Object.keys(focus.counts).length);
    for (const [kind, count] of Object.entries(focus.counts)) expect(parts).toContain(`${count} ${words[kind]![count === 1 ? 0 : 1]}`);
    const over = (await pointOf(page, PARTNERSHIP))!;
    await page.mouse.move(over.x, over.y);
    await expect.poll(() => page.getAttribute('#graph', 'title')).toContain(`Safer Sefton Together holds ${summary[2]}`);
    await page.mouse.move(0, 0);

    const point = (await pointOf(page, 'merseyside-police'))!;
    await page.mouse.click(point.x, point.y);
    const toggle = page.locator('#details [data-action="toggle-group"]');
    await expect.poll(() => toggle.textContent()).toBe(`Show its ${council.groupOf.length} people`);
    await afterDrawing(page, () => toggle.click());
    const children = await page.evaluate(() => (window as any).govgraphExplorer.cy.$id('merseyside-police').children().map((n: any) => n.id()));
    expect(children.sort()).toEqual([...council.groupOf].sort());
    expect(new URL(page.url()).searchParams.get('expanded')).toBe('merseyside-police');
    expect((await measure(page)).overlaps).toEqual([]);
    // The open group's name sits above its box, not over its first members.
    expect(await groupNamesOverBoxes(page)).toEqual([]);

    // Everything open at once (every person, section and leaf in its box): still no overlaps.
    await afterDrawing(page, () => page.click('#expand-all'));
    const all = await measure(page);
    expect(all.overlaps).toEqual([]);
    expect(all.nodes.length).toBeGreaterThan(80);
    expect(await groupNamesOverBoxes(page)).toEqual([]);
  }, 180_000);

  it('the force layout leaves no overlaps either', async () => {
    await open(page, `${DEPTH_2}&layout=force`);
    expect((await measure(page)).overlaps).toEqual([]);
  }, 60_000);
});

describe('filters, path, export and sharing', () => {
  it('filters by kind, status and confidence, and to the links that rest on one person (from the analytics)', async () => {
    await open(page, DEPTH_2);
    await page.click('#filters summary');
    await afterDrawing(page, () => page.locator('#kind-filters input[value="Person"]').uncheck());
    expect(await page.evaluate(() => (window as any).govgraphExplorer.cy.nodes('[kind = "Person"]').length)).toBe(0);
    expect(new URL(page.url()).searchParams.get('hideKinds')).toBe('Person');
    await afterDrawing(page, () => page.locator('#kind-filters input[value="Person"]').check());

    // Keep only what is proposed: every link drawn is proposed.
    for (const status of ['agreed', 'scheduled', 'enacted-not-in-force', 'in-force', 'ended']) {
      await afterDrawing(page, () => page.locator(`#status-filters input[value="${status}"]`).uncheck());
    }
    const statuses = await page.evaluate(() => [...new Set((window as any).govgraphExplorer.cy.edges().map((e: any) => e.data('status')))]);
    expect(statuses).toEqual(['proposed']);
    for (const status of ['agreed', 'scheduled', 'enacted-not-in-force', 'in-force', 'ended']) {
      await afterDrawing(page, () => page.locator(`#status-filters input[value="${status}"]`).check());
    }

    await afterDrawing(page, () => page.locator('#confidence-filters input[value="inferred"]').uncheck());
    const confidences = await page.evaluate(() => (window as any).govgraphExplorer.cy.edges().map((e: any) => e.data('confidence')));
    expect(confidences).not.toContain('inferred');
    await afterDrawing(page, () => page.locator('#confidence-filters input[value="inferred"]').check());

    // Links resting on one person: only the seats the analytics names, and the bodies and people of those pairs.
    await afterDrawing(page, () => page.locator('#one-person').check());
    const answer = await graphql<{ personDependentLinks: { bodies: { id: string }[]; people: { person: { id: string }; seats: { link: { id: string } }[] }[] }[] }>(
      '{ personDependentLinks(focus: "safer-sefton-together", asOf: "2022-09-08") { bodies { id } people { person { id } seats { link { id } } } } }',
    );
    const seats = new Set(answer.personDependentLinks.flatMap((p) => p.people.flatMap((person) => person.seats.map((s) => s.link.id))));
    expect(seats.size).toBeGreaterThan(0);
    const listed = await page.locator('#link-list [data-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
    expect(listed.length).toBeGreaterThan(0);
    for (const id of listed) expect(seats.has(id!)).toBe(true);
    expect(await page.textContent('#status')).toMatch(/rest on one person/);
    await afterDrawing(page, () => page.locator('#one-person').uncheck());
    await page.click('#filters summary');
  }, 120_000);

  it('draws the shortest paths between two chosen entities', async () => {
    await open(page, DEPTH_2);
    await page.click('#node-list [data-id="prevent"]');
    await page.locator('#details [data-action="path-from"]').click();
    await page.click(`#node-list [data-id="${PARTNERSHIP}"]`);
    await afterDrawing(page, () => page.locator('#details [data-action="path-to"]').click());
    expect(await page.textContent('#diagram-title')).toMatch(/^Path from Prevent duty to Safer Sefton Together as of 8 September 2022/);
    const expected = await graphql<{ path: { nodes: { id: string }[]; links: { id: string }[] }[] }>(
      '{ path(from: "prevent", to: "safer-sefton-together", asOf: "2022-09-08", maxHops: 6, first: 10) { nodes { id } links { id } } }',
    );
    const m = await measure(page);
    expect(m.nodes.sort()).toEqual([...new Set(expected.path.flatMap((p) => p.nodes.map((n) => n.id)))].sort());
    expect(m.edges.sort()).toEqual([...new Set(expected.path.flatMap((p) => p.links.map((l) => l.id)))].sort());
    expect(m.overlaps).toEqual([]);
    await afterDrawing(page, () => page.click('#clear-path'));
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
  }, 60_000);

  it('exports the view as an SVG that parses and a PNG whose header is sound', async () => {
    await open(page, DEPTH_2);
    await page.click('#share summary');
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
    expect(svgDownload.suggestedFilename()).toMatch(/^Safer-Sefton-Together-as-of-8-September-2022\.svg$/);
    const svgText = (await streamText(await svgDownload.createReadStream())).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.getElementsByTagName('parsererror').length, root: doc.documentElement.nodeName, width: Number(doc.documentElement.getAttribute('width')), text: doc.documentElement.textContent };
    }, svgText);
    expect(parsed).toMatchObject({ error: 0, root: 'svg' });
    expect(parsed.width).toBeGreaterThan(300);
    expect(parsed.text).toContain('Safer Sefton Together');

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
    const png = await streamText(await pngDownload.createReadStream());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBeGreaterThan(600);
    expect(png.readUInt32BE(20)).toBeGreaterThan(300);
    await page.click('#share summary');
  }, 60_000);

  it('keeps the view in a permalink and in saved views', async () => {
    await open(page, `${DEPTH_2}&layout=force&hideKinds=Legislation`);
    const permalink = page.url();
    const first = await measure(page);
    expect(first.nodes.some((id) => id.startsWith('group:act:'))).toBe(false);
    const other = await harness.openPage();
    await open(other, new URL(permalink).search.slice(1));
    expect(await other.inputValue('#layout')).toBe('force');
    expect(await other.locator('#kind-filters input[value="Legislation"]').isChecked()).toBe(false);
    expect((await measure(other)).nodes.sort()).toEqual(first.nodes.sort());

    // Save it under a name, move away, open it again.
    await other.click('#share summary');
    await other.fill('#view-name', 'Partnership without law');
    await other.click('#save-view');
    await expect.poll(() => other.inputValue('#saved-views')).toBe('Partnership without law');
    await afterDrawing(other, () => other.locator('#depth').selectOption('1'));
    expect(new URL(other.url()).searchParams.get('depth')).toBeNull();
    await other.click('#open-view');
    await expect.poll(() => other.url()).toContain('depth=2');
    await expect.poll(() => drawings(other), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await other.inputValue('#depth')).toBe('2');
    expect(await other.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('govgraph.explorer.savedViews')!)))).toEqual(['Partnership without law']);
    await other.close();
  }, 60_000);

  it('embeds: a chromeless page that works inside an iframe', async () => {
    await open(page, `${DEPTH_2}&embed=1`);
    for (const selector of ['#search-form', '.controls', '#node-list', '.graph-tools']) expect(await page.isVisible(selector)).toBe(false);
    for (const selector of ['#graph', '#legend', '#diagram-title', '#embed-open']) expect(await page.isVisible(selector)).toBe(true);
    const openLink = new URL((await page.getAttribute('#embed-open', 'href'))!);
    expect(openLink.searchParams.get('embed')).toBeNull();
    expect(openLink.searchParams.get('focus')).toBe(PARTNERSHIP);

    const host = await harness.openPage();
    const src = `${server.url}explorer/?${DEPTH_2}&embed=1`;
    await host.goto(`${server.url}explorer/nope.js`); // any page of our origin to host the frame
    await host.setContent(`<iframe id="frame" src="${src}" width="900" height="600"></iframe>`);
    const frame = host.frameLocator('#frame');
    await expect.poll(() => frame.locator('body').getAttribute('data-drawn'), { timeout: 30_000 }).toBe('1');
    expect(await frame.locator('#diagram-title').textContent()).toBe('Safer Sefton Together as of 8 September 2022');
    await host.screenshot({ path: `${SHOTS}explorer-embed.png` });
    await host.close();
  }, 60_000);

  it('prints the board view on one landscape page with the date and legend', async () => {
    await open(page, `focus=${PARTNERSHIP}&asOf=2022-09-08&view=board`);
    expect(await page.textContent('#diagram-title')).toBe('Board view: Safer Sefton Together: its groups and duties as of 8 September 2022');
    const m = await measure(page);
    // The partnership, its sub-groups and the duties they oversee, lead or deliver.
    expect(m.nodes).toEqual(expect.arrayContaining([PARTNERSHIP, 'prevent-sub-group', 'prevent', 'domestic-homicide-review']));
    // The Serious Violence Duty commenced on 31 January 2023: not yet a duty on this day.
    expect(m.nodes).not.toContain('serious-violence');
    expect(await page.evaluate(() => (window as any).govgraphExplorer.cy.nodes('[kind = "Person"]').length)).toBe(0);
    expect(m.overlaps).toEqual([]);
    // The partnership between the groups answering to it and its duties: no line runs through a box
    // it does not join (the bodies reporting to it had their lines through the duties).
    expect(await linksThroughBoxes(page)).toEqual([]);
    const [prevent, partnership, duty, reporting] = await Promise.all(['prevent-sub-group', PARTNERSHIP, 'prevent', 'sefton-youth-justice-service'].map((id) => pointOf(page, id)));
    expect(prevent!.x).toBeLessThan(partnership!.x);
    expect(reporting!.x).toBeLessThan(partnership!.x);
    expect(duty!.x).toBeGreaterThan(partnership!.x);
    // Each group's name ("Duties, and the law imposing each") is clear of every box, its own members' too.
    expect(await groupNamesOverBoxes(page)).toEqual([]);
    // Every link says what it is, in a label clear of the boxes and of the other labels.
    const linkLabels = await linkLabelClashes(page);
    expect(linkLabels.shown).toBe(m.edges.length);
    expect(linkLabels.overLabels).toEqual([]);
    expect(linkLabels.overBoxes).toEqual([]);
    // Every kind of link drawn is named in the legend, in words, with its line's colour.
    const drawnKinds = await page.evaluate(() => [...new Set((window as any).govgraphExplorer.cy.edges().map((e: any) => e.data('kind')))].sort());
    expect(drawnKinds).toEqual(expect.arrayContaining(['OVERSEES', 'SUB_GROUP_OF']));
    expect(await page.locator('#legend [data-link-kind]').evaluateAll((spans) => spans.map((s) => s.getAttribute('data-link-kind')).sort())).toEqual(drawnKinds);
    expect(await page.textContent('#legend [data-link-kind="OVERSEES"]')).toBe('oversees');
    // ... and its line's end, the diagrams' glyph for it (the end tells apart kinds sharing a colour).
    const legendLines = await page.locator('#legend [data-link-kind] .line').evaluateAll((lines) =>
      lines.map((l) => ({ kind: l.parentElement!.getAttribute('data-link-kind'), end: l.getAttribute('data-end'), colour: getComputedStyle(l).borderTopColor })),
    );
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(legendLines).toEqual(drawnKinds.map((kind) => ({ kind, end: ARROW_STYLES[LINK_STYLES[kind as keyof typeof LINK_STYLES].arrow].glyph, colour: rgb(LINK_STYLES[kind as keyof typeof LINK_STYLES].color) })));
    // The links that rest on one person are said in words on the page, as the analytics judge them.
    const { personDependentLinks } = await graphql<{ personDependentLinks: { explanation: string; bodies: { name: string }[]; people: { person: { name: string } }[] }[] }>(
      `{ personDependentLinks(focus: "${PARTNERSHIP}", asOf: "2022-09-08") { explanation bodies { name } people { person { name } } } }`,
    );
    expect(personDependentLinks.length).toBeGreaterThan(0);
    expect(await page.isVisible('#one-person-notes')).toBe(true);
    const notes = page.locator('#one-person-notes li');
    expect(await notes.count()).toBe(personDependentLinks.length);
    for (const [index, pair] of personDependentLinks.entries()) {
      const note = (await notes.nth(index).textContent())!;
      for (const name of [...pair.bodies.map((b) => b.name), ...pair.people.map((p) => p.person.name)]) expect(note).toContain(name);
      expect(await notes.nth(index).getAttribute('title')).toBe(pair.explanation);
    }
    await page.screenshot({ path: `${SHOTS}explorer-board-view.png` });

    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#print-image')).toBe(true);
    expect(await page.isVisible('.controls')).toBe(false);
    expect(await page.textContent('#legend')).toContain('As of 8 September 2022');
    expect(await page.isVisible('#one-person-notes')).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const text = pdf.toString('latin1');
    expect(text.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text)!;
    expect(Number(box[1])).toBeGreaterThan(Number(box[2]));
  }, 60_000);

  it('shows a timeline with renames marked; clicking a mark sets the date of the map', async () => {
    await open(page, `focus=${PARTNERSHIP}&asOf=2022-09-08&timeline=true`);
    await expect.poll(() => page.locator('#timeline .vis-item').count(), { timeout: 30_000 }).toBeGreaterThan(5);
    // A bar for the partnership, shaded as in force, and the mark of its 2022 rename on its row.
    expect(await page.locator('#timeline [data-row="safer-sefton-together"]').count()).toBe(1);
    expect(await page.locator('#timeline .vis-item.tl-bar.tl-in-force').count()).toBeGreaterThan(0);
    const renames = page.locator('#timeline .vis-item.tl-mark-renamed');
    expect(await renames.count()).toBeGreaterThan(0);
    const { changes } = await graphql<{ changes: { kind: string; day: string; subjects: { id: string }[] }[] }>(
      '{ changes(from: "2012-01-01", to: "2023-12-31", focus: "safer-sefton-together") { kind day subjects { id } } }',
    );
    const rename = changes.find((c) => c.kind === 'RENAMED' && c.subjects.some((s) => s.id === PARTNERSHIP))!;
    expect(rename).toBeDefined();
    // The partnership's bar says the name it had in each stretch, as the API's nameAsOf has it on a
    // day within it: "Sefton Safer Communities Partnership" up to the rename, "Safer Sefton Together" after.
    const stretches = await page.evaluate((id) => {
      const view = (window as any).govgraphExplorer.timeline.timeline;
      const local = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      return view.itemsData
        .get()
        .filter((item: any) => item.group === `row:${id}` && item.type === 'range')
        .sort((a: any, b: any) => a.start - b.start)
        .map((item: any) => ({ id: item.id, middle: local(new Date((item.start.getTime() + item.end.getTime()) / 2)), start: local(item.start), end: local(item.end) }));
    }, PARTNERSHIP);
    expect(stretches.length).toBe(2);
    expect(stretches[0]!.end).toBe(stretches[1]!.start);
    const shownNames: string[] = [];
    for (const stretch of stretches) {
      // The text drawn in the stretch's own box on the page (vis-timeline keeps each item's element).
      const shown = await page.evaluate((itemId) => {
        const box = (window as any).govgraphExplorer.timeline.timeline.itemSet.items[itemId]?.dom?.box as HTMLElement | undefined;
        return box && box.isConnected && box.offsetWidth > 0 ? box.textContent : null;
      }, stretch.id);
      const { entity } = await graphql<{ entity: { nameAsOf: string } }>('query ($id: ID!, $day: Date) { entity(id: $id) { nameAsOf(asOf: $day) } }', { id: PARTNERSHIP, day: stretch.middle });
      expect(shown).toBe(entity.nameAsOf);
      shownNames.push(shown!);
    }
    expect(shownNames).toEqual(['Sefton Safer Communities Partnership', 'Safer Sefton Together']);
    // The name changes where the rename is marked.
    expect(stretches[1]!.start).toBe(rename.day);
    await page.screenshot({ path: `${SHOTS}explorer-timeline.png`, fullPage: true });

    // Move the map back to 2015 first, then click the partnership's rename mark: the map jumps to that day.
    await afterDrawing(page, () => page.locator('#as-of-date').fill('2015-01-01'));
    expect(await page.textContent('#diagram-title')).toBe('Sefton Safer Communities Partnership as of 1 January 2015');
    const index = await partnershipMarkIndex(page);
    expect(index).toBeGreaterThanOrEqual(0);
    const partnershipMark = renames.nth(index);
    await afterDrawing(page, () => partnershipMark.click());
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(rename.day);
    expect(await page.textContent('#diagram-title')).toMatch(/^Safer Sefton Together as of /);
    expect(pageErrors).toEqual([]);
    expect(harness.refused).toEqual([]);
  }, 90_000);
});

/** Which of the drawn rename marks sits on the partnership's row. */
function partnershipMarkIndex(target: Page): Promise<number> {
  return target.evaluate((id) => {
    const marks = [...document.querySelectorAll('#timeline .vis-item.tl-mark-renamed')];
    const row = document.querySelector(`#timeline [data-row="${id}"]`)!.closest('.vis-label')!.getBoundingClientRect();
    return marks.findIndex((m) => {
      const box = m.getBoundingClientRect();
      return box.top >= row.top - 2 && box.bottom <= row.bottom + 2;
    });
  }, PARTNERSHIP);
}

async function streamText(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
