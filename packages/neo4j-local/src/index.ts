// Fetching Neo4j Community from Maven Central
export { ensureNeo4jJars, checkTools, defaultCacheDir, findRepoRoot, MissingToolError, DEFAULT_NEO4J_VERSION_RANGE } from './fetch.js';
export type { FetchOptions, Neo4jDistribution } from './fetch.js';

// Running it
export { startLocalNeo4j, findFreePort } from './server.js';
export type { LocalNeo4j, LocalNeo4jOptions, StopOptions } from './server.js';
