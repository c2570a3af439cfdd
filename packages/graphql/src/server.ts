/**
 * The Apollo server over a govgraph store: the merged schema, GovgraphError codes in
 * `extensions.code`, depth/cost/alias limits as validation rules, and no stack traces to clients.
 * Transport-agnostic: `startGovgraphHttpServer` puts it on node:http, `govgraph query` calls
 * `executeOperation` in-process.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import { GovgraphError, type GraphStore } from '@govgraph/core';
import type { GovgraphContext } from './context.js';
import { findGovgraphError, formatGovgraphError } from './errors.js';
import { costLimitPlugin, limitValidationRules, resolveLimits } from './limits.js';
import { createSchema, type CreateSchemaOptions } from './schema.js';
import { SERVER_FAULT_GRAPHQL_CODES, STORE_FAILURE_CODES, describeError, serverLogOf, type ServerLog } from './server-log.js';

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
  /**
   * For a public deployment: introspection off (unless `introspection` says otherwise), no "Did
   * you mean" suggestions in validation errors (they spell out the schema field by field), and,
   * over HTTP, no IDE (unless `ide` says otherwise). `govgraph serve --production` sets it.
   */
  production?: boolean | undefined;
  /**
   * Where store failures and unexpected errors are logged (secrets removed, see server-log.ts);
   * `false` for nowhere. Default: nowhere for this in-process server, JSON lines on stderr for
   * `startGovgraphHttpServer`.
   */
  log?: ServerLog | false | undefined;
}

/**
 * Logs every error of a response that is the server's fault, not the request's: a store failure
 * (STORE_UNAVAILABLE, STORE_ERROR, STORE_AUTH_FAILED, TIMEOUT) or an error with no govgraph code,
 * which the client sees only as INTERNAL_SERVER_ERROR.
 */
function errorLogPlugin(log: ServerLog): ApolloServerPlugin<GovgraphContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const govgraph = findGovgraphError(error);
            const field = error.path?.join('.');
            if (govgraph) {
              if (STORE_FAILURE_CODES.has(govgraph.code)) log({ event: 'store-error', code: govgraph.code, message: govgraph.message, operation: operationName ?? undefined, field });
            } else if (SERVER_FAULT_GRAPHQL_CODES.has(String(error.extensions['code']))) {
              const cause = describeError(rootCause(error));
              log({ event: 'internal-error', code: String(error.extensions['code']), message: `${error.message}: ${cause.message}`, stack: cause.stack, operation: operationName ?? undefined, field });
            } else if (isInternal(error)) {
              const described = describeError(rootCause(error));
              log({ event: 'internal-error', code: 'INTERNAL_SERVER_ERROR', message: described.message, stack: described.stack, operation: operationName ?? undefined, field });
            }
          }
        },
      };
    },
  };
}

/** What was first thrown behind an error that graphql-js and resolvers wrapped (`originalError` links). */
function rootCause(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 10; i++) {
    const next = (current as { originalError?: unknown } | null)?.originalError;
    if (next === undefined || next === null || next === current) break;
    current = next;
  }
  return current;
}

/** An error GraphQL or Apollo gave no code to: something threw that nobody expected. */
function isInternal(error: GraphQLError): boolean {
  return error.extensions['code'] === undefined || error.extensions['code'] === 'INTERNAL_SERVER_ERROR';
}

/**
 * Refuses subscriptions with INVALID_INPUT (HTTP 400) before execution: govgraph has none, and
 * graphql-js would otherwise answer with an error that has no code.
 */
const noSubscriptionsPlugin: ApolloServerPlugin<GovgraphContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation !== 'subscription') return;
        const message = 'this API has no subscriptions: ask with a query (or, to edit, a mutation); see the schema';
        throw new GraphQLError(message, {
          originalError: new GovgraphError('INVALID_INPUT', message, { operation: 'subscription' }),
          extensions: { http: { status: 400 } },
        });
      },
    };
  },
};

/**
 * Builds (does not start) the Apollo server. Requests need a context from
 * `createGovgraphContext(store)`, which the HTTP server and `govgraph query` build per request.
 */
export function createGovgraphServer(options: CreateGovgraphServerOptions): ApolloServer<GovgraphContext> {
  const limits = resolveLimits(options.limits);
  const production = options.production === true;
  return new ApolloServer<GovgraphContext>({
    schema: createSchema(options.store, { ...options, limits }),
    introspection: options.introspection ?? !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: options.includeStacktraceInErrorResponses ?? false,
    formatError: formatGovgraphError,
    validationRules: limitValidationRules(limits),
    parseOptions: { maxTokens: limits.maxTokens },
    // One operation per request: a batch would multiply the per-operation cost limit.
    allowBatchedHttpRequests: false,
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      noSubscriptionsPlugin,
      costLimitPlugin<GovgraphContext>(limits),
      errorLogPlugin(serverLogOf(options.log ?? false)),
      ...(options.plugins ?? []),
    ],
  });
}
