/**
 * The GraphQL IDE in a real headless Chromium (Debian's package, driven by playwright-core): it
 * loads with no network beyond our own server (any other request is refused and recorded), opens
 * with the example questions as tabs, and runs the first one against the real seeds.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '@govgraph/core';
import { EXAMPLE_QUESTIONS, startGovgraphHttpServer, type GovgraphHttpServer } from '@govgraph/graphql';
import { loadSeedGraph } from '@govgraph/seeds';
import { createMemoryStore } from '@govgraph/store-memory';

const CHROMIUM = '/usr/bin/chromium';

let store: GraphStore;
let server: GovgraphHttpServer;
let browser: Browser;
let page: Page;
const refused: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's package (apt-get update && apt-get install -y chromium).`);
  }
  const seeds = await loadSeedGraph();
  store = createMemoryStore();
  await store.replaceAll(seeds);
  server = await startGovgraphHttpServer({ store, port: 0 });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    refused.push(url);
    return route.abort();
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

describe('the GraphQL IDE in Chromium', () => {
  it('works offline, shows every example as a tab and runs the first one', async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    for (const example of EXAMPLE_QUESTIONS) {
      await expect.poll(() => page.locator('.graphiql-tab', { hasText: example.name }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    }
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('Safer Sefton Together');
    expect(await result.textContent()).toContain('prevent-sub-group');
    expect(pageErrors).toEqual([]);
    expect(refused).toEqual([]);
  });
});
