/**
 * Resolvers of `schema/diagrams.graphql`: the `diagram` field, which returns exactly what
 * `govgraph diagram` prints, through the same `createDiagram` of `@govgraph/diagrams`.
 */
import type { IsoDay, LinkKind } from '@govgraph/core';
import { DIAGRAM_FORMATS, DIAGRAM_PRESETS, createDiagram, type DiagramFormat, type DiagramPreset, type RankDir } from '@govgraph/diagrams';
import { enumValueMap } from '../enums.js';
import { checkAreaArgument, checkRange } from '../limits.js';
import type { ResolverModule } from './module.js';

interface DiagramArgs {
  focus: string;
  format: DiagramFormat;
  preset?: DiagramPreset | null;
  depth?: number | null;
  duty?: string | null;
  kinds?: LinkKind[] | null;
  asOf?: IsoDay | null;
  includeEnded?: boolean | null;
  area?: string | null;
  direction?: RankDir | null;
}

/** The diagrams resolver module. */
export const diagramResolvers: ResolverModule = ({ limits, context: contextOf }) => ({
  DiagramFormat: enumValueMap(DIAGRAM_FORMATS),
  DiagramPreset: enumValueMap(DIAGRAM_PRESETS),
  Query: {
    diagram: async (_: unknown, args: DiagramArgs, ctx: unknown): Promise<string> => {
      const context = contextOf(ctx);
      const depth = args.depth == null ? undefined : checkRange('depth', args.depth, limits.maxSubgraphDepth, 'maxSubgraphDepth', 0);
      return createDiagram(
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
      );
    },
  },
});
