import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExplorerRoute } from '@govgraph/explorer';

let server: Server;
let base: string;

beforeAll(async () => {
  const route = createExplorerRoute({ graphqlPath: '/api/graphql' });
  server = createServer(async (req, res) => {
    if (!(await route(req, res))) res.writeHead(418).end('not mine');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('createExplorerRoute', () => {
  it('serves the page with the GraphQL path filled in, and redirects /explorer to /explorer/', async () => {
    const page = await fetch(`${base}/explorer/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<meta name="govgraph-graphql" content="/api/graphql">');
    expect(html).toContain('src="/explorer/explorer.js"');
    const bare = await fetch(`${base}/explorer?focus=x`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/explorer/?focus=x');
  });

  it('serves its modules and the bundled Cytoscape.js offline, as JavaScript', async () => {
    for (const path of ['explorer.js', 'graphql-client.js', 'details-panel.js', 'vendor/cytoscape.esm.min.mjs']) {
      const response = await fetch(`${base}/explorer/${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect((await response.text()).length).toBeGreaterThan(100);
    }
    const css = await fetch(`${base}/explorer/explorer.css`);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('answers 404 for anything else under the path (no file system walking) and leaves other paths alone', async () => {
    expect((await fetch(`${base}/explorer/../package.json`)).status).toBe(418); // normalised by URL to /package.json
    expect((await fetch(`${base}/explorer/nope.js`)).status).toBe(404);
    expect((await fetch(`${base}/explorer/src/index.ts`)).status).toBe(404);
    expect((await fetch(`${base}/graphql`)).status).toBe(418);
    expect((await fetch(`${base}/explorer/`, { method: 'POST' })).status).toBe(405);
  });
});
