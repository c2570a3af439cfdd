/**
 * What a browser end-to-end test needs: the memory store filled from the seeds, the govgraph HTTP
 * server on a free port (with extra routes), and a page in Debian's headless Chromium driven by
 * playwright-core (no browser download). Requests to anything but our own server are refused and
 * recorded, so a test proves the page works offline.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { GraphStore } from '@govgraph/core';
import { startGovgraphHttpServer, type GovgraphHttpServer, type HttpRoute } from '@govgraph/graphql';
import { loadSeedGraph } from '@govgraph/seeds';
import { createMemoryStore } from '@govgraph/store-memory';

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** A running store, server, browser and page. */
export interface BrowserHarness {
  store: GraphStore;
  server: GovgraphHttpServer;
  browser: Browser;
  page: Page;
  /** URLs the page (or any page from {@link BrowserHarness.openPage}) tried to reach outside our server (refused). */
  refused: string[];
  /** Opens another page (e.g. another viewport) with the same offline rule. */
  openPage(options?: { viewport?: { width: number; height: number }; acceptDownloads?: boolean }): Promise<Page>;
  /** Closes the browser, the server and the store. */
  close(): Promise<void>;
}

/** Starts everything; fails with what to install when Chromium is missing, or with the seed problems. */
export async function startBrowserHarness(options: { routes?: HttpRoute[]; viewport?: { width: number; height: number } } = {}): Promise<BrowserHarness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's package (apt-get update && apt-get install -y chromium), or run \`pnpm test\`, which installs it when run as root.`);
  }
  const seeds = await loadSeedGraph();
  const store = createMemoryStore();
  await store.replaceAll(seeds);
  const server = await startGovgraphHttpServer({ store, port: 0, routes: options.routes });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const refused: string[] = [];
  const openPage = async (pageOptions: { viewport?: { width: number; height: number }; acceptDownloads?: boolean } = {}): Promise<Page> => {
    const opened = await browser.newPage({ viewport: pageOptions.viewport ?? options.viewport ?? { width: 1400, height: 1000 }, acceptDownloads: pageOptions.acceptDownloads ?? true });
    await opened.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      refused.push(url);
      return route.abort();
    });
    return opened;
  };
  const page = await openPage();
  return {
    store,
    server,
    browser,
    page,
    refused,
    openPage,
    async close() {
      await browser.close();
      await server.close();
      await store.close();
    },
  };
}
