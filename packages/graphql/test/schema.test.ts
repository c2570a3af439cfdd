import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { GraphStore } from '@govgraph/core';
import { CORE_ENUMS, createGovgraphContext, createSchema, loadTypeDefs, toEnumName, type ResolverModule } from '@govgraph/graphql';
import { fixtureStore } from './helpers.js';

/**
 * graphql-js as Node loads it (CommonJS, like @graphql-tools and Apollo): vitest would otherwise
 * hand this file the ESM build, a second copy whose `instanceof` checks reject the schema.
 */
const { graphql, isEnumType, printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

describe('createSchema', () => {
  it('prints the same schema as the committed snapshot', async () => {
    const store = await fixtureStore();
    await expect(printSchema(createSchema(store))).toMatchFileSnapshot('./__snapshots__/schema.graphql');
  });

  it('has every core vocabulary value as an enum value, and no other', async () => {
    const schema = createSchema(await fixtureStore());
    for (const [name, values] of Object.entries(CORE_ENUMS)) {
      const type = schema.getType(name);
      expect(isEnumType(type), name).toBe(true);
      if (!isEnumType(type)) continue;
      expect(type.getValues().map((v) => v.name).sort(), name).toEqual(values.map(toEnumName).sort());
      expect(type.getValues().map((v) => v.value).sort(), name).toEqual([...values].sort());
    }
  });

  it('documents every type and field', async () => {
    const schema = createSchema(await fixtureStore());
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) if (!field.description) undocumented.push(`${type.name}.${field.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('merges extra SDL and resolver modules', async () => {
    const store = await fixtureStore();
    const extra: ResolverModule = ({ context }) => ({
      Query: { entityCount: async (_: unknown, __: unknown, ctx: unknown) => (await context(ctx).store.stats()).entities },
      Entity: { shout: (entity: { name: string }) => entity.name.toUpperCase() },
    });
    const typeDefs = [
      ...loadTypeDefs(),
      'extend type Query { "How many entities." entityCount: Int! }',
      'extend type Entity { "The name, loudly." shout: String! }',
    ];
    const schema = createSchema(store, { typeDefs, resolverModules: [extra] });
    const result = await graphql({ schema, source: '{ entityCount entity(id: "test-act") { shout } }', contextValue: {} });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ entityCount: (await store.stats()).entities, entity: { shout: 'TEST ACT 2015, SECTION 26' } });
  });
});

/** Wraps a store, counting calls of each method. */
function countingStore(inner: GraphStore): { store: GraphStore; calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls[String(property)] = (calls[String(property)] ?? 0) + 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store, calls };
}

describe('batching', () => {
  it('resolves link ends and citations with a few batched getEntities calls, never one per entity', async () => {
    const { store, calls } = countingStore(await fixtureStore());
    const schema = createSchema(store);
    const result = await graphql({
      schema,
      source: `{ entity(id: "testshire-csp") {
          links(asOf: "2020-01-01") { from { name sources { title } } to { name sources { title } } representing { name } sources { title sourceType } }
      } }`,
      contextValue: createGovgraphContext(store),
    });
    expect(result.errors).toBeUndefined();
    expect((result.data as any).entity.links.length).toBeGreaterThan(3);
    expect(calls['getEntity'] ?? 0).toBe(0);
    expect(calls['getEntities']).toBeLessThanOrEqual(4);
  });

  it('works with no context value (a fresh context per call)', async () => {
    const store = await fixtureStore();
    const result = await graphql({ schema: createSchema(store), source: '{ entity(id: "test-act") { name sources { title } } }' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ entity: { name: 'Test Act 2015, section 26', sources: [{ title: 'Test Act 2015' }] } });
  });
});
