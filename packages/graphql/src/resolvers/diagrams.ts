/**
 * Resolvers of `schema/diagrams.graphql`: the `diagram` field, which returns exactly what
 * `govgraph diagram` prints, through the same `createDiagram` of `@govgraph/diagrams`.
 */
import { GraphQLError } from 'graphql';
import { isGovgraphError } from '@govgraph/core';
import { DIAGRAM_FORMATS, DIAGRAM_PRESETS, createDiagram, type DiagramFormat } from '@govgraph/diagrams';
import { enumValueMap } from '../enums.js';
import { checkAreaArgument, checkRange } from '../limits.js';
import { typedResolvers, type ResolverModule } from './module.js';

/**
 * A diagram, or a DIAGRAM_FAILED error saying so in words when drawing it fails for a reason that
 * is not a govgraph error (Graphviz's own message, say): the raw message stays in the server log
 * (it is the error's `originalError`), never in the answer.
 */
async function drawing(focus: string, format: DiagramFormat, diagram: Promise<string>): Promise<string> {
  try {
    return await diagram;
  } catch (error) {
    if (isGovgraphError(error)) throw error;
    const other = format === 'svg' ? '; the MERMAID, DOT and CYTOSCAPE formats are drawn without Graphviz' : '';
    throw new GraphQLError(`the ${format} diagram of ${JSON.stringify(focus)} could not be drawn (the failure is in the server log)${other}`, {
      originalError: error instanceof Error ? error : new Error(String(error)),
      extensions: { code: 'DIAGRAM_FAILED', details: { focus, format } },
    });
  }
}

/** The diagrams resolver module. */
export const diagramResolvers: ResolverModule = ({ limits }) => ({
  DiagramFormat: enumValueMap(DIAGRAM_FORMATS),
  DiagramPreset: enumValueMap(DIAGRAM_PRESETS),
  ...typedResolvers({
    Query: {
      diagram: async (_, args, ctx): Promise<string> => {
        const context = ctx;
        const depth = args.depth == null ? undefined : checkRange('depth', args.depth, limits.maxSubgraphDepth, 'maxSubgraphDepth', 0);
        return drawing(args.focus, args.format, createDiagram(
          context.store,
          {
            focus: args.focus,
            preset: args.preset ?? undefined,
            depth,
            duty: args.duty ?? undefined,
            kinds: args.kinds ?? undefined,
            asOf: args.asOf ?? context.defaultAsOf,
            includeEnded: args.includeEnded === true,
            area: checkAreaArgument(args.area),
            rankdir: args.direction ?? undefined,
          },
          args.format,
        ));
      },
    },
  }),
});
