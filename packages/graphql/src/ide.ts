/**
 * The GraphQL IDE page. It is GraphiQL 3 (its UMD build, with React 18's UMD builds), served from
 * this package's own node_modules, so it works with no network access and no CDN. GraphiQL 4+
 * dropped the UMD build and React 19 dropped UMD altogether, hence the pinned majors.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { EXAMPLE_QUESTIONS, type ExampleQuestion } from './examples.js';

const require = createRequire(import.meta.url);

/** URL prefix of the IDE's static files. */
export const IDE_ASSET_PREFIX = '/graphql/ide/';

/** The static files the IDE page loads: URL name → npm package, file inside it, content type. */
const IDE_ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript; charset=utf-8' },
  'react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript; charset=utf-8' },
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript; charset=utf-8' },
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css; charset=utf-8' },
};

const assetCache = new Map<string, Buffer>();

/** An IDE static file by its URL name, or null when there is no such file. */
export async function readIdeAsset(name: string): Promise<{ body: Buffer; type: string } | null> {
  const asset = Object.hasOwn(IDE_ASSETS, name) ? IDE_ASSETS[name] : undefined;
  if (!asset) return null;
  let body = assetCache.get(name);
  if (!body) {
    body = await readFile(join(dirname(require.resolve(`${asset.pkg}/package.json`)), asset.file));
    assetCache.set(name, body);
  }
  return { body, type: asset.type };
}

/** JSON safe to embed in a `<script>` element. */
function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Options of {@link renderIdePage}. */
export interface IdePageOptions {
  /** Path of the GraphQL endpoint; default `/graphql`. */
  endpoint?: string | undefined;
  /** Tabs to open with; default {@link EXAMPLE_QUESTIONS}. */
  examples?: readonly ExampleQuestion[] | undefined;
}

/** The IDE's HTML page, with one tab per example question. */
export function renderIdePage(options: IdePageOptions = {}): string {
  const endpoint = options.endpoint ?? '/graphql';
  const tabs = (options.examples ?? EXAMPLE_QUESTIONS).map((e) => ({
    query: e.query,
    ...(e.variables ? { variables: JSON.stringify(e.variables, null, 2) } : {}),
  }));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>govgraph GraphQL</title>
<link rel="stylesheet" href="${IDE_ASSET_PREFIX}graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; } #graphiql > .loading { font: 16px sans-serif; padding: 2em; }</style>
</head>
<body>
<div id="graphiql"><p class="loading">Loading the govgraph GraphQL IDE…</p></div>
<script src="${IDE_ASSET_PREFIX}react.production.min.js"></script>
<script src="${IDE_ASSET_PREFIX}react-dom.production.min.js"></script>
<script src="${IDE_ASSET_PREFIX}graphiql.min.js"></script>
<script>
(function () {
  var tabs = ${embedJson(tabs)};
  var fetcher = GraphiQL.createFetcher({ url: new URL(${embedJson(endpoint)}, window.location.href).href });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultTabs: tabs,
    defaultEditorToolsVisibility: false
  }));
})();
</script>
</body>
</html>
`;
}
