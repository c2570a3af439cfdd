/**
 * Serves the explorer: a static page, its ES modules and stylesheet from `public/`, and
 * Cytoscape.js, its layout and SVG extensions and vis-timeline from this package's own
 * dependencies (no CDN, so it works offline). The page talks to
 * the GraphQL endpoint beside it.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the explorer is served unless told otherwise. */
export const EXPLORER_PATH = '/explorer';

/** Options of {@link createExplorerRoute}. */
export interface ExplorerRouteOptions {
  /** URL path the explorer lives under (default `/explorer`). */
  basePath?: string | undefined;
  /** URL of the GraphQL endpoint the page calls (default `/graphql`). */
  graphqlPath?: string | undefined;
}

/** A route for `startGovgraphHttpServer({ routes })`: handles the request and returns true, or returns false. */
export type ExplorerRoute = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

const PUBLIC_DIR = fileURLToPath(new URL('../public/', import.meta.url));
const require = createRequire(import.meta.url);

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** The page's own modules, served from `public/`. */
const PAGE_FILES = [
  'explorer.js',
  'graphql-client.js',
  'details-panel.js',
  'vocabulary.js',
  'view-state.js',
  'graph-view.js',
  'layouts.js',
  'board-layout.js',
  'filters.js',
  'timeline-view.js',
  'timeline-model.js',
  'export-view.js',
] as const;

/** Where a package's file is, found through the package's own `package.json` (so it works wherever it is installed). */
function packageFile(resolveFrom: NodeJS.Require, name: string, file: string): string {
  return join(dirname(resolveFrom.resolve(`${name}/package.json`)), file);
}

/**
 * Every file the explorer serves, by its path under the base path; nothing else is read from disk.
 * The vendored libraries come from this package's dependencies (their UMD builds set a global that
 * the page registers with Cytoscape), and fCoSE's own dependencies are found from fCoSE.
 */
function assetFiles(): Record<string, { file: string; type: string }> {
  const fcose = createRequire(require.resolve('cytoscape-fcose'));
  const coseBase = createRequire(fcose.resolve('cose-base'));
  const assets: Record<string, { file: string; type: string }> = {
    'explorer.css': { file: `${PUBLIC_DIR}explorer.css`, type: CSS },
    // The package exports its ESM build for `import` only, so find its dist folder through the CommonJS entry.
    'vendor/cytoscape.esm.min.mjs': { file: join(dirname(require.resolve('cytoscape')), 'cytoscape.esm.min.mjs'), type: JS },
    'vendor/layout-base.js': { file: coseBase.resolve('layout-base'), type: JS },
    'vendor/cose-base.js': { file: fcose.resolve('cose-base'), type: JS },
    'vendor/cytoscape-fcose.js': { file: require.resolve('cytoscape-fcose'), type: JS },
    'vendor/elk.bundled.js': { file: require.resolve('elkjs/lib/elk.bundled.js'), type: JS },
    'vendor/cytoscape-elk.js': { file: require.resolve('cytoscape-elk'), type: JS },
    'vendor/cytoscape-svg.js': { file: require.resolve('cytoscape-svg'), type: JS },
    // vis-timeline's export map offers its standalone ESM build to `import` only: go through its package.json.
    'vendor/vis-timeline.mjs': { file: packageFile(require, 'vis-timeline', 'standalone/esm/vis-timeline-graph2d.min.mjs'), type: JS },
    'vendor/vis-timeline.css': { file: packageFile(require, 'vis-timeline', 'styles/vis-timeline-graph2d.min.css'), type: CSS },
  };
  for (const file of PAGE_FILES) assets[file] = { file: `${PUBLIC_DIR}${file}`, type: JS };
  return assets;
}

/** Paths (under the base path) of the vendored libraries, for tests and packaging checks. */
export const VENDORED_ASSETS: readonly string[] = [
  'vendor/cytoscape.esm.min.mjs',
  'vendor/layout-base.js',
  'vendor/cose-base.js',
  'vendor/cytoscape-fcose.js',
  'vendor/elk.bundled.js',
  'vendor/cytoscape-elk.js',
  'vendor/cytoscape-svg.js',
  'vendor/vis-timeline.mjs',
  'vendor/vis-timeline.css',
];

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The route serving the explorer at `basePath` (default `/explorer`), e.g.
 * `startGovgraphHttpServer({ store, routes: [createExplorerRoute()] })`.
 */
export function createExplorerRoute(options: ExplorerRouteOptions = {}): ExplorerRoute {
  const basePath = (options.basePath ?? EXPLORER_PATH).replace(/\/+$/, '');
  const graphqlPath = options.graphqlPath ?? '/graphql';
  const assets = assetFiles();
  const cache = new Map<string, Buffer>();

  const load = async (file: string): Promise<Buffer> => {
    let body = cache.get(file);
    if (!body) {
      body = await readFile(file);
      cache.set(file, body);
    }
    return body;
  };

  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('method not allowed\n');
      return true;
    }
    if (url.pathname === basePath) {
      res.writeHead(301, { location: `${basePath}/${url.search}` }).end();
      return true;
    }
    const rest = url.pathname.slice(basePath.length + 1);
    let body: Buffer;
    let type: string;
    if (rest === '' || rest === 'index.html') {
      const page = (await load(`${PUBLIC_DIR}index.html`)).toString('utf8');
      body = Buffer.from(page.replaceAll('%GRAPHQL_PATH%', escapeAttribute(graphqlPath)).replaceAll('%BASE_PATH%', escapeAttribute(basePath)));
      type = 'text/html; charset=utf-8';
    } else {
      const asset = assets[rest];
      if (!asset) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`no such file: ${url.pathname}\n`);
        return true;
      }
      body = await load(asset.file);
      type = asset.type;
    }
    res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
