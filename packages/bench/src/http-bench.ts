/**
 * GraphQL throughput over HTTP: govgraph's server (Apollo, limits, DataLoaders) against a bare
 * graphql-js execution of the same schema behind node:http, with autocannon as the load generator,
 * both on loopback and on the same memory store.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { graphql } from 'graphql';
import type { GraphData } from '@govgraph/core';
import { createMemoryStore } from '@govgraph/store-memory';
import { createSchema, createGovgraphContext, startGovgraphHttpServer } from '@govgraph/graphql';
import { BENCH_AS_OF, areaCode } from './questions.js';

/** Requests per second and latency of each server. */
export interface HttpBenchResult {
  seconds: number;
  connections: number;
  query: string;
  govgraph: { rps: number; p50: number; p99: number; errors: number; non2xx: number };
  bare: { rps: number; p50: number; p99: number; errors: number; non2xx: number };
}

const QUERY = `query Oversight($duty: ID!, $asOf: Date, $area: String) {
  oversight(duty: $duty, asOf: $asOf, area: $area) {
    entries { role inherited body { id name } chain { id kind status } }
  }
}`;

async function load(url: string, body: string, seconds: number, connections: number): Promise<HttpBenchResult['govgraph']> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    duration: seconds,
    connections,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** Runs both servers in turn against one store loaded with `graph`. */
export async function runHttpBench(
  graph: GraphData,
  areas: number,
  dutyIds: readonly string[],
  options: { seconds: number; log: (line: string) => void; connections?: number },
): Promise<HttpBenchResult> {
  const connections = options.connections ?? 20;
  const store = createMemoryStore();
  await store.replaceAll(graph);
  const variables = { duty: dutyIds[0], asOf: BENCH_AS_OF, area: `area-${areaCode(areas, 1)}` };
  const body = JSON.stringify({ query: QUERY, variables });

  const govgraph = await startGovgraphHttpServer({ store, port: 0, host: '127.0.0.1' });
  options.log(`  govgraph server at ${govgraph.url}`);
  const govgraphResult = await load(`${govgraph.url.replace(/\/$/, '')}/graphql`, body, options.seconds, connections);
  await govgraph.close();

  const schema = createSchema(store);
  const bare: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown> };
      void graphql({ schema, source: request.query, variableValues: request.variables, contextValue: createGovgraphContext(store) }).then((result) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(result));
      });
    });
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const port = (bare.address() as AddressInfo).port;
  options.log(`  bare graphql-js at http://127.0.0.1:${port}/`);
  const bareResult = await load(`http://127.0.0.1:${port}/`, body, options.seconds, connections);
  await new Promise<void>((resolve) => bare.close(() => resolve()));
  await store.close();
  return { seconds: options.seconds, connections, query: 'oversight (one duty, one area)', govgraph: govgraphResult, bare: bareResult };
}
