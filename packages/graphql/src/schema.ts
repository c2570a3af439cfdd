/**
 * Builds the executable GraphQL schema: every `schema/*.graphql` file of the repository, merged,
 * with every resolver module of the registry (plus any the caller adds), bound to one store.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { GovgraphError, type GraphStore } from '@govgraph/core';
import { createGovgraphContext, type GovgraphContext } from './context.js';
import { coreEnumResolvers } from './enums.js';
import { createHeavyWorkQueue } from './heavy-work.js';
import { FIELD_WORK, resolveLimits, type GovgraphLimits } from './limits.js';
import { DateScalar, JsonScalar } from './scalars.js';
import { RESOLVER_MODULES, type ResolverMap, type ResolverModule, type ResolverModuleDeps } from './resolvers/index.js';

/**
 * The SDL folder: the repository's top-level `schema/` (the source of truth) when running from
 * `packages/graphql/src` in a checkout; the copy in `dist/schema/` that building or packing this
 * package makes (scripts/copy-package-assets.mjs) when built or installed.
 */
export const DEFAULT_SCHEMA_DIR = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '../../../schema/' : './schema/', import.meta.url));

/** Options of {@link createSchema}. */
export interface CreateSchemaOptions {
  /** SDL to use instead of reading the schema folder. */
  typeDefs?: string | string[] | undefined;
  /** Folder of `*.graphql` files; default {@link DEFAULT_SCHEMA_DIR}. */
  schemaDir?: string | undefined;
  /** Resolver modules added after the registry's (e.g. a plug-in's, or a test's). */
  resolverModules?: readonly ResolverModule[] | undefined;
  /** Replaces the registry's modules altogether (rarely needed; `resolverModules` still follow). */
  baseResolverModules?: readonly ResolverModule[] | undefined;
  /** Limits on page sizes, hops and depth (validation limits are applied by the server). */
  limits?: Partial<GovgraphLimits> | undefined;
}

/** Reads every `*.graphql` file of a folder, sorted by name, so `core.graphql` and each area's file combine. */
export function loadTypeDefs(schemaDir: string = DEFAULT_SCHEMA_DIR): string[] {
  let files: string[];
  try {
    files = readdirSync(schemaDir).filter((f) => f.endsWith('.graphql')).sort();
  } catch (error) {
    throw new GovgraphError('NOT_FOUND', `cannot read the GraphQL schema folder ${schemaDir}`, { schemaDir }, { cause: error });
  }
  if (files.length === 0) throw new GovgraphError('NOT_FOUND', `no *.graphql files in ${schemaDir}`, { schemaDir });
  return files.map((f) => readFileSync(join(schemaDir, f), 'utf8'));
}

/**
 * The govgraph context of a resolver's context value: the value itself when it is one (the server
 * builds one per request), else one built on first use and kept for that value, so a plain
 * `graphql({ schema, contextValue: {} })` call still batches.
 */
function contextResolver(store: GraphStore): (contextValue: unknown) => GovgraphContext {
  const built = new WeakMap<object, GovgraphContext>();
  return (contextValue) => {
    if (isGovgraphContext(contextValue)) return contextValue;
    if (typeof contextValue !== 'object' || contextValue === null) return createGovgraphContext(store);
    let context = built.get(contextValue);
    if (!context) {
      context = createGovgraphContext(store);
      built.set(contextValue, context);
    }
    return context;
  };
}

/** True when `value` is a {@link GovgraphContext}. */
export function isGovgraphContext(value: unknown): value is GovgraphContext {
  return typeof value === 'object' && value !== null && 'loaders' in value && 'store' in value && 'defaultAsOf' in value;
}

/** Builds the executable schema over `store`. */
export function createSchema(store: GraphStore, options: CreateSchemaOptions = {}): GraphQLSchema {
  const typeDefs = options.typeDefs ?? loadTypeDefs(options.schemaDir);
  const limits = resolveLimits(options.limits);
  const deps: ResolverModuleDeps = { store, limits, context: contextResolver(store) };
  const modules = [...(options.baseResolverModules ?? RESOLVER_MODULES), ...(options.resolverModules ?? [])];
  const resolvers: ResolverMap[] = [{ Date: DateScalar, JSON: JsonScalar, ...coreEnumResolvers() }, ...modules.map((m) => m(deps))];
  const schema = makeExecutableSchema({ typeDefs, resolvers, inheritResolversFromInterfaces: true });
  passGovgraphContext(schema, deps.context);
  queueHeavyFields(schema, limits);
  return schema;
}

/**
 * Hands every resolver the request's {@link GovgraphContext} (whatever context value the caller
 * passed), so resolvers are typed with it (`Resolvers` in `generated/graphql-types.ts`) and never
 * cast their context.
 */
function passGovgraphContext(schema: GraphQLSchema, contextOf: (contextValue: unknown) => GovgraphContext): void {
  for (const type of Object.values(schema.getTypeMap())) {
    // Duck-typed rather than isObjectType: graphql-tools may build the schema with graphql's other module format.
    if (type.name.startsWith('__') || !('getFields' in type) || !('getInterfaces' in type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!('resolve' in field)) continue;
      const resolve = field.resolve;
      if (resolve) field.resolve = (source, args, context, info) => resolve(source, args, contextOf(context), info);
    }
  }
}

/**
 * Puts every Query field priced by {@link FIELD_WORK} behind one queue per schema (so per server),
 * so however many such fields requests ask for, only `maxConcurrentHeavyFields` compute at once.
 */
function queueHeavyFields(schema: GraphQLSchema, limits: GovgraphLimits): void {
  const queue = createHeavyWorkQueue(limits.maxConcurrentHeavyFields, limits.maxQueuedHeavyFields);
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const key of Object.keys(FIELD_WORK)) {
    const [typeName, fieldName] = key.split('.') as [string, string];
    const field = typeName === 'Query' ? fields[fieldName] : undefined;
    if (!field) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info) => queue.run(() => resolve(source, args, context, info));
  }
}
