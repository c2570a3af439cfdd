/**
 * Resolvers of `schema/explorer.graphql`: the data's date coverage (computed in core, the same on
 * every store) and a neighbourhood's whole history (the diagrams package's walk with ended facts kept).
 */
import { dataCoverage, type DataCoverage } from '@govgraph/core';
import { loadDiagramModel } from '@govgraph/diagrams';
import { primeEntities } from '../context.js';
import { checkAreaArgument, checkRange } from '../limits.js';
import { typedResolvers, type ResolverModule } from './module.js';

/** The last calendar day: walking "as of" it keeps every fact, whenever it began. */
const END_OF_TIME = '9999-12-31';

/** The explorer's resolver module. */
export const explorerResolvers: ResolverModule = ({ limits }) =>
  typedResolvers({
    Query: {
      dataCoverage: async (_, args, ctx): Promise<DataCoverage> =>
        dataCoverage(ctx.store, { area: checkAreaArgument(args.area) }),

      neighbourhoodHistory: async (_, args, ctx) => {
        const context = ctx;
        const depth = checkRange('depth', args.depth, limits.maxSubgraphDepth, 'maxSubgraphDepth', 0);
        const model = await loadDiagramModel(context.store, {
          focus: args.focus,
          depth,
          kinds: args.kinds ?? undefined,
          asOf: END_OF_TIME,
          includeEnded: true,
          area: checkAreaArgument(args.area),
        });
        const nodes = model.nodes.map((node) => node.entity);
        primeEntities(context, nodes);
        return { focus: nodes.find((node) => node.id === model.focus)!, nodes, links: model.edges.map((edge) => edge.link) };
      },
    },

    DataCoverage: {
      latestSource: (coverage: DataCoverage, _: unknown, ctx) =>
        coverage.latestSourceId === null ? null : ctx.loaders.entity.load(coverage.latestSourceId),
    },
  });
