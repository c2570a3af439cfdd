/**
 * Resolvers of `schema/analytics.graphql`: thin calls into `@govgraph/analytics`, which answers the
 * same on every store. Results name entities by `EntityRef`; its `entity` field loads the whole
 * entity through the request's DataLoader.
 */
import { GovgraphError, type IsoDay } from '@govgraph/core';
import {
  CHANGE_KINDS,
  FINDING_KINDS,
  SEVERITIES,
  buildHealthReport,
  centrality,
  changes,
  gaps,
  personDependentLinks,
  renderReportHtml,
  renderReportMarkdown,
  singlePointsOfFailure,
  whatIf,
  type EntityRef,
} from '@govgraph/analytics';
import { enumValueMap } from '../enums.js';
import { checkAreaArgument, checkRange } from '../limits.js';
import type { GovgraphContext } from '../context.js';
import { typedResolvers, type ResolverModule } from './module.js';

/** Scope arguments every analytics field takes. */
interface ScopeArgs {
  asOf?: IsoDay | null;
  area?: string | null;
  focus?: string | null;
}

/** The analytics resolver module. */
export const analyticsResolvers: ResolverModule = ({ limits }) => {
  const scope = (args: ScopeArgs, ctx: GovgraphContext) => ({
    asOf: args.asOf ?? ctx.defaultAsOf,
    area: checkAreaArgument(args.area),
    focus: args.focus ?? undefined,
  });
  return {
    // Enums: GraphQL name to the value resolvers see (the generated enum types are these values).
    PersonDependencyBasis: { PERSON_ONLY: 'person-only', STRUCTURAL: 'structural' },
    SinglePointOfFailureKind: enumValueMap(['reporting-line', 'sole-member', 'body-connection']),
    Severity: enumValueMap(SEVERITIES),
    FindingKind: enumValueMap(FINDING_KINDS),
    ChangeKind: enumValueMap(CHANGE_KINDS),
    ReportFormat: { MARKDOWN: 'md', HTML: 'html', JSON: 'json' },
    ...typedResolvers({
      EntityRef: {
        entity: (ref: EntityRef, _: unknown, ctx) => ctx.loaders.entity.load(ref.id),
      },
      Seat: {
        bodyId: (seat) => seat.body,
      },

      Query: {
        personDependentLinks: (_, args, ctx) =>
          personDependentLinks(ctx.store, {
            ...scope(args, ctx),
            maxPeople: checkRange('maxPeople', args.maxPeople, limits.maxPageSize, 'maxPageSize'),
            maxStructuralHops: checkRange('maxStructuralHops', args.maxStructuralHops, limits.maxHops, 'maxHops', 0),
            onlyPersonOnly: args.onlyPersonOnly,
          }),

        singlePointsOfFailure: (_, args, ctx) =>
          singlePointsOfFailure(ctx.store, {
            ...scope(args, ctx),
            maxHops: checkRange('maxHops', args.maxHops, limits.maxHops, 'maxHops'),
          }),

        centrality: (_, args, ctx) =>
          centrality(ctx.store, { ...scope(args, ctx), limit: checkRange('limit', args.limit, limits.maxPageSize, 'maxPageSize') }),

        gaps: async (_, args, ctx) => {
          const found = await gaps(ctx.store, scope(args, ctx));
          return args.severities ? found.filter((f) => args.severities!.includes(f.severity)) : found;
        },

        whatIf: (_, args, ctx) => {
          if ((args.removeBody == null) === (args.removePerson == null)) {
            throw new GovgraphError('INVALID_INPUT', 'whatIf needs exactly one of removeBody or removePerson', { argument: 'removeBody' });
          }
          const scenario = args.removeBody != null ? { removeBody: args.removeBody } : { removePerson: args.removePerson! };
          return whatIf(ctx.store, scenario, scope(args, ctx));
        },

        changes: (_, args, ctx) =>
          changes(ctx.store, {
            from: args.from,
            to: args.to,
            area: checkAreaArgument(args.area),
            focus: args.focus ?? undefined,
            includeFirstSeen: args.includeFirstSeen,
          }),

        healthReport: async (_, args, ctx) => {
          const report = await buildHealthReport(ctx.store, { ...scope(args, ctx), since: args.since ?? undefined });
          if (args.format === 'json') return JSON.stringify(report);
          return args.format === 'html' ? renderReportHtml(report) : renderReportMarkdown(report);
        },
      },
    }),
  };
};
