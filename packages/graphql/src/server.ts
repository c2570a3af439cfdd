/**
 * The Apollo server over a govgraph store: the merged schema, GovgraphError codes in
 * `extensions.code`, depth/cost/alias limits as validation rules, and no stack traces to clients.
 * Transport-agnostic: `startGovgraphHttpServer` puts it on node:http, `govgraph query` calls
 * `executeOperation` in-process.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphStore } from '@govgraph/core';
import type { GovgraphContext } from './context.js';
import { formatGovgraphError } from './errors.js';
import { costLimitPlugin, limitValidationRules, resolveLimits } from './limits.js';
import { createSchema, type CreateSchemaOptions } from './schema.js';

/** Options of {@link createGovgraphServer}. */
export interface CreateGovgraphServerOptions extends CreateSchemaOptions {
  /** The store every request reads. */
  store: GraphStore;
  /** Whether clients may introspect the schema (the IDE needs it); default true. */
  introspection?: boolean | undefined;
  /** Whether error responses include stack traces; default false. */
  includeStacktraceInErrorResponses?: boolean | undefined;
  /** Extra Apollo plugins. */
  plugins?: ApolloServerPlugin<GovgraphContext>[] | undefined;
}

/**
 * Builds (does not start) the Apollo server. Requests need a context from
 * `createGovgraphContext(store)`, which the HTTP server and `govgraph query` build per request.
 */
export function createGovgraphServer(options: CreateGovgraphServerOptions): ApolloServer<GovgraphContext> {
  const limits = resolveLimits(options.limits);
  return new ApolloServer<GovgraphContext>({
    schema: createSchema(options.store, { ...options, limits }),
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: options.includeStacktraceInErrorResponses ?? false,
    formatError: formatGovgraphError,
    validationRules: limitValidationRules(limits),
    parseOptions: { maxTokens: limits.maxTokens },
    // One operation per request: a batch would multiply the per-operation cost limit.
    allowBatchedHttpRequests: false,
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), costLimitPlugin<GovgraphContext>(limits), ...(options.plugins ?? [])],
  });
}
