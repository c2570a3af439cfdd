/**
 * Test helpers: the fixture graph in a memory store, and running an operation through the Apollo
 * server in-process (so error codes are checked as clients see them).
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { GraphStore, IsoDay } from '@govgraph/core';
import { createMemoryStore } from '@govgraph/store-memory';
import { createGovgraphContext, createGovgraphServer, startGovgraphHttpServer, type GovgraphContext, type StartGovgraphHttpServerOptions } from '@govgraph/graphql';
import { fixtureGraph } from './fixture-graph.js';

/** A memory store holding the fixture graph. */
export async function fixtureStore(): Promise<GraphStore> {
  const store = createMemoryStore();
  await store.replaceAll(fixtureGraph());
  return store;
}

/** What starting an HTTP server with `options` throws, or null (after closing it) when it starts. */
export function startFailure(options: StartGovgraphHttpServerOptions): Promise<unknown> {
  return startGovgraphHttpServer(options).then(
    async (started) => {
      await started.close();
      return null;
    },
    (error: unknown) => error,
  );
}

/** A started Apollo server over `store`. */
export async function startedServer(store: GraphStore): Promise<ApolloServer<GovgraphContext>> {
  const server = createGovgraphServer({ store });
  await server.start();
  return server;
}

/** The result of one operation. */
export interface OperationResult {
  data?: Record<string, unknown> | null | undefined;
  errors?: readonly GraphQLFormattedError[] | undefined;
}

/** Runs one operation in-process, as `govgraph query` does. */
export async function ask(
  { server, store }: FixtureServer,
  query: string,
  variables?: Record<string, unknown>,
  defaultAsOf?: IsoDay,
): Promise<OperationResult> {
  const response = await server.executeOperation({ query, variables }, { contextValue: createGovgraphContext(store, { defaultAsOf }) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as OperationResult;
}

/** Runs an operation that must succeed and returns its data. */
export async function askData(
  target: FixtureServer,
  query: string,
  variables?: Record<string, unknown>,
  defaultAsOf?: IsoDay,
): Promise<Record<string, any>> {
  const result = await ask(target, query, variables, defaultAsOf);
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, any>;
}

/** The `extensions.code` of each error of a result. */
export function errorCodes(result: OperationResult): unknown[] {
  return (result.errors ?? []).map((e) => e.extensions?.['code']);
}

/** The fixture store and a started server over it, set up once for a test file. */
export interface FixtureServer {
  store: GraphStore;
  server: ApolloServer<GovgraphContext>;
}

/** Registers beforeAll/afterAll hooks that fill (and then close) the returned {@link FixtureServer}. */
export function useFixtureServer(): FixtureServer {
  const handles = {} as FixtureServer;
  beforeAll(async () => {
    handles.store = await fixtureStore();
    handles.server = await startedServer(handles.store);
  });
  afterAll(async () => {
    await handles.server.stop();
    await handles.store.close();
  });
  return handles;
}
