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
  type Severity,
} from '@govgraph/analytics';
import { enumValueMap } from '../enums.js';
import { checkAreaArgument, checkRange } from '../limits.js';
import type { ResolverModule } from './module.js';

/** Scope arguments every analytics field takes. */
interface ScopeArgs {
  asOf?: IsoDay | null;
  area?: string | null;
  focus?: string | null;
}

/** The analytics resolver module. */
export const analyticsResolvers: ResolverModule = ({ limits, context: contextOf }) => {
  const scope = (args: ScopeArgs, ctx: unknown) => ({
    asOf: args.asOf ?? contextOf(ctx).defaultAsOf,
    area: checkAreaArgument(args.area),
    focus: args.focus ?? undefined,
  });
  return {
    PersonDependencyBasis: { PERSON_ONLY: 'person-only', STRUCTURAL: 'structural' },
    SinglePointOfFailureKind: enumValueMap(['reporting-line', 'sole-member', 'body-connection']),
    Severity: enumValueMap(SEVERITIES),
    FindingKind: enumValueMap(FINDING_KINDS),
    ChangeKind: enumValueMap(CHANGE_KINDS),
    ReportFormat: { MARKDOWN: 'md', HTML: 'html', JSON: 'json' },

    EntityRef: {
      entity: (ref: EntityRef, _: unknown, ctx: unknown) => contextOf(ctx).loaders.entity.load(ref.id),
    },
    Seat: {
      bodyId: (seat: { body: string }) => seat.body,
    },

    Query: {
      personDependentLinks: (
        _: unknown,
        args: ScopeArgs & { maxPeople: number; maxStructuralHops: number; onlyPersonOnly: boolean },
        ctx: unknown,
      ) =>
        personDependentLinks(contextOf(ctx).store, {
          ...scope(args, ctx),
          maxPeople: checkRange('maxPeople', args.maxPeople, limits.maxPageSize, 'maxPageSize'),
          maxStructuralHops: checkRange('maxStructuralHops', args.maxStructuralHops, limits.maxHops, 'maxHops', 0),
          onlyPersonOnly: args.onlyPersonOnly,
        }),

      singlePointsOfFailure: (_: unknown, args: ScopeArgs & { maxHops: number }, ctx: unknown) =>
        singlePointsOfFailure(contextOf(ctx).store, {
          ...scope(args, ctx),
          maxHops: checkRange('maxHops', args.maxHops, limits.maxHops, 'maxHops'),
        }),

      centrality: (_: unknown, args: ScopeArgs & { limit: number }, ctx: unknown) =>
        centrality(contextOf(ctx).store, { ...scope(args, ctx), limit: checkRange('limit', args.limit, limits.maxPageSize, 'maxPageSize') }),

      gaps: async (_: unknown, args: ScopeArgs & { severities?: Severity[] | null }, ctx: unknown) => {
        const found = await gaps(contextOf(ctx).store, scope(args, ctx));
        return args.severities ? found.filter((f) => args.severities!.includes(f.severity)) : found;
      },

      whatIf: (_: unknown, args: ScopeArgs & { removeBody?: string | null; removePerson?: string | null }, ctx: unknown) => {
        if ((args.removeBody == null) === (args.removePerson == null)) {
          throw new GovgraphError('INVALID_INPUT', 'whatIf needs exactly one of removeBody or removePerson', { argument: 'removeBody' });
        }
        const scenario = args.removeBody != null ? { removeBody: args.removeBody } : { removePerson: args.removePerson! };
        return whatIf(contextOf(ctx).store, scenario, scope(args, ctx));
      },

      changes: (
        _: unknown,
        args: { from: IsoDay; to: IsoDay; area?: string | null; focus?: string | null; includeFirstSeen: boolean },
        ctx: unknown,
      ) =>
        changes(contextOf(ctx).store, {
          from: args.from,
          to: args.to,
          area: checkAreaArgument(args.area),
          focus: args.focus ?? undefined,
          includeFirstSeen: args.includeFirstSeen,
        }),

      healthReport: async (_: unknown, args: ScopeArgs & { since?: IsoDay | null; format: 'md' | 'html' | 'json' }, ctx: unknown) => {
        const report = await buildHealthReport(contextOf(ctx).store, { ...scope(args, ctx), since: args.since ?? undefined });
        if (args.format === 'json') return JSON.stringify(report);
        return args.format === 'html' ? renderReportHtml(report) : renderReportMarkdown(report);
      },
    },
  };
};
