import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExplorerRoute, VENDORED_ASSETS } from '@govgraph/explorer';

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

  it('serves every module the page imports and every vendored library (from node_modules, offline)', async () => {
    const html = await (await fetch(`${base}/explorer/`)).text();
    const scripts = [...html.matchAll(/src="\/explorer\/([^"]+)"/g)].map((m) => m[1]!);
    const styles = [...html.matchAll(/href="\/explorer\/([^"]+\.css)"/g)].map((m) => m[1]!);
    expect(scripts).toEqual(expect.arrayContaining(['explorer.js', 'vendor/cytoscape-elk.js', 'vendor/elk.bundled.js', 'vendor/cytoscape-fcose.js', 'vendor/cytoscape-svg.js']));
    // Every relative import of every page module resolves to a file the route serves.
    const modules = new Set(['explorer.js']);
    for (const module of modules) {
      const text = await (await fetch(`${base}/explorer/${module}`)).text();
      for (const [, path] of text.matchAll(/from '\.\/([^']+)'/g)) modules.add(path!);
    }
    for (const path of new Set([...scripts, ...modules, ...VENDORED_ASSETS])) {
      const response = await fetch(`${base}/explorer/${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(path.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      expect((await response.text()).length, path).toBeGreaterThan(100);
    }
    for (const path of styles) expect((await fetch(`${base}/explorer/${path}`)).status, path).toBe(200);
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
