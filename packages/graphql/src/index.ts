// The schema
export { createSchema, loadTypeDefs, isGovgraphContext, DEFAULT_SCHEMA_DIR } from './schema.js';
export type { CreateSchemaOptions } from './schema.js';
export { DateScalar, JsonScalar } from './scalars.js';
export { toEnumName, enumValueMap, CORE_ENUMS } from './enums.js';

// Resolver modules (add an area in resolvers/index.ts)
export { RESOLVER_MODULES } from './resolvers/index.js';
export { coreResolvers } from './resolvers/core.js';
export { editingResolvers } from './resolvers/editing.js';
export type { ResolverModule, ResolverModuleDeps, ResolverMap } from './resolvers/index.js';

// Per-request context and DataLoaders
export { createGovgraphContext, primeEntities } from './context.js';
export type { GovgraphContext, GovgraphContextOptions, GovgraphLoaders } from './context.js';
export { currentEntity } from './succession.js';

// Errors and limits
export { formatGovgraphError, findGovgraphError, INTERNAL_ERROR_MESSAGE } from './errors.js';
export { jsonLinesLog, redactSecrets, STORE_FAILURE_CODES } from './server-log.js';
export type { ServerLog, ServerLogEntry } from './server-log.js';
export { DEFAULT_LIMITS, FIELD_WORK, resolveLimits, limitValidationRules, checkRange, operationCost } from './limits.js';
export type { GovgraphLimits } from './limits.js';

// Servers
export { createGovgraphServer } from './server.js';
export type { CreateGovgraphServerOptions } from './server.js';
export { startGovgraphHttpServer, DEFAULT_REQUEST_TIMEOUT_MILLIS, DEFAULT_HEALTH_CHECK_TIMEOUT_MILLIS } from './http-server.js';
export type { StartGovgraphHttpServerOptions, GovgraphHttpServer, HttpRoute } from './http-server.js';
export type { RateLimitOptions } from './rate-limit.js';

// The IDE and the example questions
export { renderIdePage, readIdeAsset, IDE_ASSET_PREFIX } from './ide.js';
export type { IdePageOptions } from './ide.js';
export { EXAMPLE_QUESTIONS, exampleQuestion } from './examples.js';
export type { ExampleQuestion } from './examples.js';
