/**
 * The explorer end to end, in a real headless Chromium (Debian's package, driven by playwright-core;
 * no browser download): the API and the explorer on the memory store filled from the seeds, then a
 * person's path through the page. Takes a screenshot: into docs/explorer.png when GOVGRAPH_UPDATE_DOCS=1
 * (`pnpm docs:diagrams`), else into a temporary folder, so a test run leaves the work tree as it was.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '@govgraph/core';
import { createExplorerRoute } from '@govgraph/explorer';
import type { GovgraphHttpServer } from '@govgraph/graphql';
import { startBrowserHarness, type BrowserHarness } from './setup/browser-harness.js';

const SCREENSHOT =
  process.env.GOVGRAPH_UPDATE_DOCS === '1'
    ? fileURLToPath(new URL('../docs/explorer.png', import.meta.url))
    : join(mkdtempSync(join(tmpdir(), 'govgraph-explorer-')), 'explorer.png');
const PARTNERSHIP = 'safer-sefton-together';
const YOUTH_JUSTICE_LINK = 'OVERSEES:safer-sefton-together->youth-justice';

let harness: BrowserHarness;
let store: GraphStore;
let server: GovgraphHttpServer;
let page: Page;

beforeAll(async () => {
  harness = await startBrowserHarness({ routes: [createExplorerRoute()] });
  ({ store, server, page } = harness);
}, 60_000);

afterAll(() => harness?.close());

describe('the explorer in Chromium', () => {
  it('searches, focuses, moves the date back to 2012 and shows a link with its source', async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}explorer/`);

    // Search and focus.
    await page.getByLabel('Search', { exact: true }).fill('Safer Sefton Together');
    await page.keyboard.press('Enter');
    const result = page.locator(`#search-results button[data-id="${PARTNERSHIP}"]`);
    await result.waitFor();
    await result.click();
    await expect.poll(() => page.textContent('#diagram-title')).toContain('Safer Sefton Together');

    // Move the as-of slider to 19 July 2012 with the keyboard: Home is 1 January 2012, then 200 days on.
    const slider = page.locator('#as-of-slider');
    await slider.focus();
    await page.keyboard.press('Home');
    for (let day = 0; day < 200; day++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent('#as-of-label')).toBe('2012-07-19');
    await expect.poll(() => page.textContent('#diagram-title'), { timeout: 10_000 }).toBe('Sefton Safer Communities Partnership as of 19 July 2012');

    // The old name in the graph's node list, and the youth-justice governance link in the link list.
    const partnershipItem = page.locator(`#node-list [data-id="${PARTNERSHIP}"]`);
    await expect.poll(() => partnershipItem.textContent()).toContain('Sefton Safer Communities Partnership');
    const youthLink = page.locator(`#link-list [data-id="${YOUTH_JUSTICE_LINK}"]`);
    await expect.poll(() => youthLink.count()).toBe(1);
    expect(await youthLink.textContent()).toMatch(/Sefton Safer Communities Partnership\s*oversees/);

    // Click a node in the graph itself: the side panel names it as of the date.
    const position = await page.evaluate((id) => {
      const cy = (window as unknown as { govgraphExplorer: { cy: { $id(id: string): { renderedPosition(): { x: number; y: number } } } } }).govgraphExplorer.cy;
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const p = cy.$id(id).renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }, PARTNERSHIP);
    await page.mouse.click(position.x, position.y);
    await expect.poll(() => page.textContent('#details h2')).toBe('Sefton Safer Communities Partnership');

    // Click the youth-justice link: the panel shows the link and its sources, resolved to their titles.
    await youthLink.click();
    await expect.poll(() => page.textContent('#details h2')).toMatch(/Sefton Safer Communities Partnership → oversees → .*[Yy]outh justice/);
    const link = (await store.getLink(YOUTH_JUSTICE_LINK))!;
    const firstSource = (await store.getEntity(link.sources[0]!.source))!;
    const citation = page.locator(`#details .sources li[data-source="${firstSource.id}"]`);
    await expect.poll(() => citation.count()).toBe(1);
    expect(await citation.textContent()).toContain(firstSource.name);
    if (link.sources[0]!.item) expect(await citation.textContent()).toContain(`item ${link.sources[0]!.item}`);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(pageErrors).toEqual([]);
    // Offline: Cytoscape and everything else came from our own server.
    expect(harness.refused).toEqual([]);
  });

  it('filters by duty and greys what had ended when asked', async () => {
    // The duty filter lists the duties seen; Prevent narrows the graph to its oversight.
    await page.locator('#duty').selectOption('prevent');
    await expect.poll(() => page.locator('#link-list [data-id="OVERSEES:safer-sefton-together->prevent"]').count()).toBe(1);
    await expect.poll(() => page.locator(`#link-list [data-id="${YOUTH_JUSTICE_LINK}"]`).count()).toBe(0);
    await page.locator('#duty').selectOption('');
    await expect.poll(() => page.locator(`#link-list [data-id="${YOUTH_JUSTICE_LINK}"]`).count()).toBe(1);

    // In mid-2013 the police authority (abolished November 2012) is gone, unless ended facts are shown in grey.
    await page.locator('#as-of-date').fill('2013-06-01');
    await expect.poll(() => page.textContent('#diagram-title')).toBe('Sefton Safer Communities Partnership as of 1 June 2013');
    const authority = page.locator('#node-list [data-id="merseyside-police-authority"]');
    expect(await authority.count()).toBe(0);
    await page.locator('#include-ended').check();
    await expect.poll(() => authority.getAttribute('class')).toBe('ended');
    await page.locator('#include-ended').uncheck();
    await expect.poll(() => authority.count()).toBe(0);
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
    await expect.poll(() => page.textContent('#details dl')).toContain(entity.id);

    // Every control is reachable with Tab, in order.
    await page.locator('#search-text').focus();
    const reached: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''));
    }
    for (const control of ['depth', 'duty', 'include-ended', 'as-of-slider', 'as-of-date']) expect(reached).toContain(control);
  });
});
