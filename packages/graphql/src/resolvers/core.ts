/**
 * Resolvers of `schema/core.graphql`: entities, links, time, provenance, and the questions every
 * store answers. They call the `GraphStore` port only, and resolve every entity reference (link
 * ends, citations, path nodes) through the request's DataLoader.
 */
import {
  compareStrings,
  describeValidity,
  GovgraphError,
  holdsOn,
  isFuzzyDate,
  nameAsOf,
  type Entity,
  type FuzzyDate,
  type GraphPath,
  type IsoDay,
  type Link,
  type LinkKind,
  type NameRecord,
  type OversightEntry,
  type SearchHit,
  type SourceRef,
  type Validity,
} from '@govgraph/core';
import { primeEntities, type GovgraphContext } from '../context.js';
import { checkAreaArgument, checkRange } from '../limits.js';
import { currentEntity } from '../succession.js';
import { typedResolvers, type ResolverModule } from './module.js';

interface AsOfArgs {
  asOf?: IsoDay | null;
}

function asOfOf(args: AsOfArgs, context: GovgraphContext): IsoDay {
  return args.asOf ?? context.defaultAsOf;
}

function optionalList<T>(value: readonly T[] | null | undefined): readonly T[] | undefined {
  return value ?? undefined;
}

async function requireEntity(context: GovgraphContext, id: string, argument: string): Promise<Entity> {
  const entity = await context.loaders.entity.load(id);
  if (!entity) throw new GovgraphError('NOT_FOUND', `no entity with id "${id}" (${argument})`, { id, argument });
  return entity;
}

/**
 * A resolver for one kind-specific attribute (null when the entity has none). Attributes were
 * checked against their kind's schema in core when written, so the value has the type of the SDL
 * field it resolves (`T`, inferred from the generated resolver type).
 */
function attribute<T>(key: string): (entity: Entity) => T | null {
  return (entity) => (entity.attributes[key] ?? null) as T | null;
}

/** {@link attribute} of the Source entity a citation names (null when the graph lacks it). */
function sourceAttribute<T>(key: string): (ref: SourceRef, _: unknown, context: GovgraphContext) => Promise<T | null> {
  return async (ref, _, context) => ((await context.loaders.entity.load(ref.source))?.attributes[key] ?? null) as T | null;
}

/** Links of one kind into an entity, whatever their date (a meeting's attendance is evidence of its day, not of today). */
function linksInto(context: GovgraphContext, entity: Entity, kind: LinkKind): Promise<Link[]> {
  return context.loaders.links.load({ entityId: entity.id, options: { kinds: [kind], direction: 'in' } });
}

/** The earliest day a meeting could have been, for ordering ('' when undated). */
function meetingDay(meeting: Entity): string {
  const date = meeting.attributes['date'];
  return isFuzzyDate(date) ? (date.earliest ?? '') : '';
}

/** The core resolver module. */
export const coreResolvers: ResolverModule = ({ limits }) =>
  typedResolvers({
    Query: {
      entity: (_, args, ctx) => ctx.loaders.entity.load(args.id),

      search: async (_, args, ctx): Promise<SearchHit[]> => {
        const context = ctx;
        if (args.text.trim() === '') throw new GovgraphError('INVALID_INPUT', 'search text is empty', { argument: 'text' });
        const limit = checkRange('first', args.first, limits.maxPageSize, 'maxPageSize');
        const hits = await context.store.search(args.text, { kinds: optionalList(args.kinds), area: checkAreaArgument(args.area), limit });
        primeEntities(context, hits.map((h) => h.entity));
        return hits;
      },

      oversight: async (_, args, ctx) => {
        const context = ctx;
        const answer = await context.store.oversight(args.duty, { asOf: asOfOf(args, context), area: checkAreaArgument(args.area) });
        if (!answer) throw new GovgraphError('NOT_FOUND', `no duty with id "${args.duty}"`, { id: args.duty, argument: 'duty' });
        primeEntities(context, [answer.duty, ...answer.entries.map((e) => e.body)]);
        return answer;
      },

      path: async (_, args, ctx): Promise<GraphPath[]> => {
        const context = ctx;
        const maxHops = checkRange('maxHops', args.maxHops, limits.maxHops, 'maxHops');
        const limit = checkRange('first', args.first, limits.maxPageSize, 'maxPageSize');
        await Promise.all([requireEntity(context, args.from, 'from'), requireEntity(context, args.to, 'to')]);
        const paths = await context.store.path(args.from, args.to, {
          asOf: asOfOf(args, context),
          area: checkAreaArgument(args.area),
          maxHops,
          kinds: optionalList(args.kinds),
          limit,
        });
        primeEntities(context, paths.flatMap((p) => p.nodes));
        return paths;
      },

      interdependencies: async (_, args, ctx) => {
        const context = ctx;
        const depth = checkRange('depth', args.depth, limits.maxSubgraphDepth, 'maxSubgraphDepth', 0);
        const subgraph = await context.store.interdependencies(args.focus, {
          asOf: asOfOf(args, context),
          area: checkAreaArgument(args.area),
          depth,
          kinds: optionalList(args.kinds),
        });
        if (!subgraph) throw new GovgraphError('NOT_FOUND', `no entity with id "${args.focus}" (focus)`, { id: args.focus, argument: 'focus' });
        primeEntities(context, subgraph.nodes);
        return subgraph;
      },
    },

    Entity: {
      area: (entity: Entity) => entity.area ?? null,
      description: (entity: Entity) => entity.description ?? null,
      validity: (entity: Entity) => entity.validity ?? null,
      note: (entity: Entity) => entity.note ?? null,
      nameAsOf: (entity: Entity, args: AsOfArgs, ctx) => nameAsOf(entity, asOfOf(args, ctx)),
      holds: (entity: Entity, args: AsOfArgs, ctx) => holdsOn(entity.validity, asOfOf(args, ctx)),
      bodyType: attribute('bodyType'),
      statutory: attribute('statutory'),
      organisationType: attribute('organisationType'),
      honorific: attribute('honorific'),
      title: attribute('title'),
      act: attribute('act'),
      section: attribute('section'),
      citation: attribute('citation'),
      requiredOutputs: attribute('requiredOutputs'),
      strategyType: attribute('strategyType'),
      reviewType: attribute('reviewType'),
      assessmentType: attribute('assessmentType'),
      metThreshold: attribute('metThreshold'),
      benchmarks: attribute('benchmarks'),
      date: attribute('date'),
      venue: attribute('venue'),
      items: attribute('items'),
      attendees: (entity: Entity, _: unknown, ctx) => (entity.kind === 'Meeting' ? linksInto(ctx, entity, 'ATTENDED') : null),
      apologies: (entity: Entity, _: unknown, ctx) => (entity.kind === 'Meeting' ? linksInto(ctx, entity, 'SENT_APOLOGIES') : null),
      chair: async (entity: Entity, _: unknown, ctx) => {
        if (entity.kind !== 'Meeting') return null;
        const context = ctx;
        const chair = (await linksInto(context, entity, 'ATTENDED')).find((link) => link.role === 'chair');
        return chair ? requireEntity(context, chair.from, `link ${chair.id}`) : null;
      },
      meetings: async (entity: Entity, _: unknown, ctx) => {
        if (entity.kind !== 'Body') return null;
        const context = ctx;
        const links = await linksInto(context, entity, 'MEETING_OF');
        const meetings = (await context.loaders.entity.loadMany(links.map((link) => link.from))).filter(
          (meeting): meeting is Entity => meeting !== null && !(meeting instanceof Error),
        );
        return meetings.sort((a, b) => compareStrings(meetingDay(a), meetingDay(b)) || compareStrings(a.id, b.id));
      },
      seats: async (entity: Entity, args: { body?: string | null }, ctx) => {
        if (entity.kind !== 'Person') return null;
        const seats = await ctx.loaders.links.load({ entityId: entity.id, options: { kinds: ['SITS_ON'], direction: 'out' } });
        return args.body ? seats.filter((link) => link.to === args.body) : seats;
      },
      sourceType: attribute('sourceType'),
      url: attribute('url'),
      links: (
        entity: Entity,
        args: AsOfArgs & { kinds?: LinkKind[] | null; direction?: 'out' | 'in' | 'both' | null },
        ctx: GovgraphContext,
      ) => {
        const context = ctx;
        return context.loaders.links.load({
          entityId: entity.id,
          options: { asOf: asOfOf(args, context), kinds: optionalList(args.kinds), direction: args.direction ?? 'both' },
        });
      },
      lineage: (entity: Entity, _: unknown, ctx) => ctx.loaders.lineage.load(entity.id),
      current: (entity: Entity, args: AsOfArgs, ctx) => {
        const context = ctx;
        return currentEntity(context, entity, asOfOf(args, context));
      },
    },

    SearchHit: {
      current: (hit: SearchHit, args: AsOfArgs, ctx) => {
        const context = ctx;
        return currentEntity(context, hit.entity, asOfOf(args, context));
      },
    },

    Link: {
      fromId: (link: Link) => link.from,
      toId: (link: Link) => link.to,
      from: (link: Link, _: unknown, ctx) => requireEntity(ctx, link.from, `link ${link.id}`),
      to: (link: Link, _: unknown, ctx) => requireEntity(ctx, link.to, `link ${link.id}`),
      representing: (link: Link, _: unknown, ctx) => (link.representing ? ctx.loaders.entity.load(link.representing) : null),
      role: (link: Link) => link.role ?? null,
      membership: (link: Link) => link.membership ?? null,
      lineage: (link: Link) => link.lineage ?? null,
      validity: (link: Link) => link.validity ?? null,
      note: (link: Link) => link.note ?? null,
      holds: (link: Link, args: AsOfArgs, ctx) => holdsOn(link.validity, asOfOf(args, ctx)),
    },

    NameRecord: {
      validity: (record: NameRecord) => record.validity ?? null,
      holds: (record: NameRecord, args: AsOfArgs, ctx) => holdsOn(record.validity, asOfOf(args, ctx)),
    },

    Validity: {
      from: (validity: Validity) => validity.from ?? null,
      to: (validity: Validity) => validity.to ?? null,
      text: (validity: Validity) => describeValidity(validity),
    },

    FuzzyDate: {
      earliest: (date: FuzzyDate) => date.earliest,
      latest: (date: FuzzyDate) => date.latest,
    },

    SourceCitation: {
      sourceId: (ref: SourceRef) => ref.source,
      source: (ref: SourceRef, _: unknown, ctx) => ctx.loaders.entity.load(ref.source),
      title: async (ref: SourceRef, _: unknown, ctx) => (await ctx.loaders.entity.load(ref.source))?.name ?? null,
      sourceType: sourceAttribute('sourceType'),
      date: sourceAttribute('date'),
      url: sourceAttribute('url'),
      item: (ref: SourceRef) => ref.item ?? null,
      quote: (ref: SourceRef) => ref.quote ?? null,
    },

    OversightEntry: {
      via: (entry: OversightEntry, _: unknown, ctx) => {
        const first = entry.chain[0];
        return first ? requireEntity(ctx, first.from, 'oversight chain') : entry.body;
      },
    },

    Path: {
      length: (path: GraphPath) => path.links.length,
      steps: (path: GraphPath) =>
        path.links.map((link, i) => {
          const from = path.nodes[i] as Entity;
          const to = path.nodes[i + 1] as Entity;
          return { from, link, to, forward: link.from === from.id };
        }),
    },
  });
