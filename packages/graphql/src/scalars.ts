/**
 * Custom scalars: `Date` (an ISO day, validated so a typo fails loudly instead of silently
 * matching nothing) and `JSON` (kind-specific attributes).
 */
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GovgraphError, isIsoDay, type IsoDay } from '@govgraph/core';

function parseIsoDay(value: unknown): IsoDay {
  if (typeof value !== 'string' || !isIsoDay(value)) {
    throw new GovgraphError('INVALID_INPUT', `expected a date as YYYY-MM-DD (a real calendar day), got ${JSON.stringify(value)}`, {
      expected: 'YYYY-MM-DD',
    });
  }
  return value;
}

/** `Date`: an ISO calendar day. Invalid input fails with code INVALID_INPUT. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'An ISO calendar day, YYYY-MM-DD.',
  serialize: (value) => parseIsoDay(value),
  parseValue: (value) => parseIsoDay(value),
  parseLiteral: (ast) => parseIsoDay(ast.kind === Kind.STRING ? ast.value : `<${ast.kind}>`),
});

function literalToJson(ast: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
    case Kind.ENUM:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((v) => literalToJson(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
  }
}

/** `JSON`: any JSON value, passed through as it is. */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => literalToJson(ast, variables),
});
