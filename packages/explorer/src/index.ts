// The explorer's HTTP route (mount it with startGovgraphHttpServer({ routes }))
export { createExplorerRoute, EXPLORER_PATH, VENDORED_ASSETS } from './explorer-route.js';
export type { ExplorerRoute, ExplorerRouteOptions } from './explorer-route.js';
