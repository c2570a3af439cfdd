/**
 * How the resolver types in `src/generated/graphql-types.ts` are generated from the SDL (the
 * top-level `schema/` folder) with GraphQL Code Generator: the `typescript` and
 * `typescript-resolvers` plugins, the resolvers' context typed as `GovgraphContext`, each SDL type a
 * resolver receives mapped to the core type the store returns, and each enum typed by the values
 * resolvers really see (`in-force`, not `IN_FORCE`), read from the executable schema's enum values.
 * `pnpm codegen` writes the file ({@link generateTypes}); a test fails when the committed file is stale.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import { createMemoryStore } from '@govgraph/store-memory';
import { createSchema, DEFAULT_SCHEMA_DIR } from '../src/schema.js';

/** The package folder. */
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** The generated file, committed. */
export const GENERATED_TYPES_FILE = join(PACKAGE_DIR, 'src/generated/graphql-types.ts');

/** SDL types whose resolvers receive a core object, and that object's type. */
const MAPPERS: Record<string, string> = {
  Entity: '@govgraph/core#Entity',
  Link: '@govgraph/core#Link',
  NameRecord: '@govgraph/core#NameRecord',
  Validity: '@govgraph/core#Validity',
  FuzzyDate: '@govgraph/core#FuzzyDate',
  SourceCitation: '@govgraph/core#SourceRef',
  SearchHit: '@govgraph/core#SearchHit',
  OversightAnswer: '@govgraph/core#OversightAnswer',
  OversightEntry: '@govgraph/core#OversightEntry',
  Path: '@govgraph/core#GraphPath',
  Lineage: '@govgraph/core#Lineage',
  Subgraph: '@govgraph/core#Subgraph',
  AuditEntry: '@govgraph/core#AuditEntry',
  AuditChange: '@govgraph/core#AuditChange',
  DataCoverage: '@govgraph/core#DataCoverage',
  EntityRef: '@govgraph/analytics#EntityRef',
  Seat: '@govgraph/analytics#Seat',
  PersonDependentLink: '@govgraph/analytics#PersonDependentLink',
  BridgingPerson: '@govgraph/analytics#BridgingPerson',
  SinglePointOfFailure: '@govgraph/analytics#SinglePointOfFailure',
  CentralityScore: '@govgraph/analytics#CentralityScore',
  Finding: '@govgraph/analytics#Finding',
  RequiredOutput: '@govgraph/analytics#RequiredOutput',
  Benchmark: '@govgraph/analytics#Benchmark',
  WhatIfResult: '@govgraph/analytics#WhatIfResult',
  DutyImpact: '@govgraph/analytics#DutyImpact',
  StrategyImpact: '@govgraph/analytics#StrategyImpact',
  ImpactEntry: '@govgraph/analytics#ImpactEntry',
  ChangeEvent: '@govgraph/analytics#ChangeEvent',
  EntityEditResult: '@govgraph/editing#EntityEditResult',
  LinkEditResult: '@govgraph/editing#LinkEditResult',
  DeleteResult: '@govgraph/editing#DeleteResult',
  MergePeopleResult: '@govgraph/editing#MergePeopleResult',
};

/** Every enum's values as resolvers see them (GraphQL name → internal value), from the executable schema. */
function internalEnumValues(enumNames: string[] = []): Record<string, Record<string, string>> {
  const schema = createSchema(createMemoryStore());
  const values: Record<string, Record<string, string>> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    // Duck-typed rather than instanceof: under vitest, graphql-tools may build the schema with graphql's other module format.
    if (type.name.startsWith('__') || !('getValues' in type)) continue;
    values[type.name] = Object.fromEntries(type.getValues().map((value) => [value.name, String(value.value)]));
    enumNames.push(type.name);
  }
  return values;
}

/** The codegen configuration; `enumNames` receives the name of every enum it maps. */
export function codegenConfig(enumNames: string[] = []): CodegenConfig {
  return {
    overwrite: true,
    silent: true,
    // The plugins are this package's dev dependencies: load them from here, whatever the working folder.
    pluginLoader: (name: string) => import(name),
    schema: join(DEFAULT_SCHEMA_DIR, '*.graphql'),
    generates: {
      [GENERATED_TYPES_FILE]: {
        plugins: [
          'typescript',
          'typescript-resolvers',
        ],
        config: {
          useTypeImports: true,
          enumsAsTypes: true,
          enumValues: internalEnumValues(enumNames),
          contextType: '../context.js#GovgraphContext',
          mappers: MAPPERS,
          mapperTypeSuffix: 'Model',
          scalars: { Date: '@govgraph/core#IsoDay', JSON: 'unknown' },
          useIndexSignature: false,
          optionalResolveType: true,
        },
      },
    },
  };
}

/**
 * The generated file's text. typescript-resolvers gives an enum whose values are mapped `null` as
 * its resolver type (graphql-code-generator issue 10204, open), so every enum's own union type is
 * put back in `ResolversTypes` and `ResolversParentTypes`.
 */
export async function generateTypes(): Promise<string> {
  const enumNames: string[] = [];
  const [output] = await generate(codegenConfig(enumNames), false);
  if (!output) throw new Error('graphql-codegen generated nothing');
  let content = output.content;
  for (const name of enumNames) content = content.replaceAll(`\n  ${name}: null;\n`, `\n  ${name}: ${name};\n`);
  return content;
}
