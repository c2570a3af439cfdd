/** Shared set-up of the Neo4j store's own integration tests. */
import { afterAll, beforeAll, inject } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Entity, GraphStore } from '@govgraph/core';
import { createNeo4jStore } from '../src/index.js';

/** A minimal in-force body with no sources, for tests that only need ids in the graph. */
export function body(id: string): Entity {
  return {
    id,
    kind: 'Body',
    name: id,
    names: [{ name: id, sources: [] }],
    aliases: [],
    status: 'in-force',
    confidence: 'stated',
    sources: [],
    attributes: {},
  };
}

/** The store under test and a plain driver for looking inside the database, on the test Neo4j. */
export interface TestConnection {
  store: GraphStore;
  driver: Driver;
}

/** Opens a {@link TestConnection} before the file's tests and closes it after them. */
export function connectBeforeAll(): TestConnection {
  const connection = {} as TestConnection;
  beforeAll(async () => {
    connection.store = await createNeo4jStore({ uri: inject('neo4jUri') });
    connection.driver = neo4j.driver(inject('neo4jUri'), undefined, { disableLosslessIntegers: true });
  });
  afterAll(async () => {
    await connection.store?.close();
    await connection.driver?.close();
  });
  return connection;
}
