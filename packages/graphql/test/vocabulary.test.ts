/**
 * One vocabulary: the SDL's descriptions of the Status, Confidence, LinkKind and EntityKind values
 * are the descriptions of `@govgraph/core`'s vocabulary, so the API docs and every printed label agree.
 */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { GraphQLEnumType, GraphQLSchema } from 'graphql';
import { CONFIDENCE_TERMS, ENTITY_KIND_TERMS, LINK_KIND_TERMS, STATUS_TERMS, type VocabularyTerm } from '@govgraph/core';
import { createSchema, toEnumName } from '@govgraph/graphql';
import { createMemoryStore } from '@govgraph/store-memory';

const { isEnumType } = createRequire(import.meta.url)('graphql') as { isEnumType(type: unknown): type is GraphQLEnumType };

describe('the vocabulary in the schema', () => {
  it.each([
    ['Status', STATUS_TERMS],
    ['Confidence', CONFIDENCE_TERMS],
    ['LinkKind', LINK_KIND_TERMS],
    ['EntityKind', ENTITY_KIND_TERMS],
  ] as const)('%s values are described as the core vocabulary describes them', (name, terms) => {
    const schema: GraphQLSchema = createSchema(createMemoryStore());
    const type = schema.getType(name);
    expect(isEnumType(type)).toBe(true);
    const described = Object.fromEntries((type as GraphQLEnumType).getValues().map((v) => [v.name, v.description]));
    const expected = Object.fromEntries(Object.values(terms as Record<string, VocabularyTerm>).map((t) => [toEnumName(t.value), t.description]));
    expect(described).toEqual(expected);
  });
});
