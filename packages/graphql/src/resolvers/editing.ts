/**
 * Resolvers of `schema/editing.graphql`: the mutations (a thin layer over `GraphEditor` of
 * @govgraph/editing, which checks roles, validates and writes with version expectations and an
 * audit context), `version` on entities and links, and the audit log (editor or admin only).
 */
import { GovgraphError, ProblemList, factVersion, isGovgraphError, type AuditEntry, type Entity, type Link, type Problem } from '@govgraph/core';
import { GraphEditor, requireRole, type Principal, type Role, type SourceRefInput } from '@govgraph/editing';
import type { GovgraphContext } from '../context.js';
import { entityDraft, graphqlProblemPath, linkDraft, toSeedDate, withoutNulls, type GraphqlFuzzyDate } from '../edit-inputs.js';
import { checkRange } from '../limits.js';
import type { ResolverModule } from './module.js';

interface EditArgs {
  source: SourceRefInput;
  comment?: string | null;
}

interface ExistingArgs extends EditArgs {
  id: string;
  expectedVersion: string;
}

/** The edit's citation and comment, without GraphQL's nulls. */
function citation(args: EditArgs): { source: SourceRefInput; comment: string | undefined } {
  return { source: withoutNulls(args.source) as SourceRefInput, comment: args.comment ?? undefined };
}

/** The arguments every edit of an existing fact shares. */
function existing(args: ExistingArgs): { id: string; expectedVersion: string; source: SourceRefInput; comment: string | undefined } {
  return { id: args.id, expectedVersion: args.expectedVersion, ...citation(args) };
}

/** What a mutation does with the editor once the caller's role is checked. */
type EditRun<A> = (editor: GraphEditor, principal: Principal, args: A, problems: ProblemList) => Promise<unknown>;

/**
 * A mutation resolver: FORBIDDEN before anything else unless the caller holds `needed`; then the
 * edit, whose INVALID_INPUT problems get paths as the GraphQL input has them; the request's caches
 * are dropped afterwards, so later fields of the operation read what was written.
 */
function mutationResolver<A>(contextOf: (ctx: unknown) => GovgraphContext, what: string, needed: Role, run: EditRun<A>) {
  return async (_: unknown, args: A, ctx: unknown): Promise<unknown> => {
    const context = contextOf(ctx);
    requireRole(context.principal, needed, what);
    try {
      return await run(new GraphEditor(context.store), context.principal, args, new ProblemList());
    } catch (error) {
      if (isGovgraphError(error, 'INVALID_INPUT') && Array.isArray(error.details?.['problems'])) {
        const original = error.details['problems'] as Problem[];
        const problems = original.map((p) => ({ ...p, path: graphqlProblemPath(p.path) }));
        const message = original[0] ? error.message.replace(`${original[0].path}: `, `${problems[0]!.path}: `) : error.message;
        throw new GovgraphError('INVALID_INPUT', message, { ...error.details, problems }, { cause: error });
      }
      throw error;
    } finally {
      context.loaders.entity.clearAll();
      context.loaders.links.clearAll();
      context.loaders.lineage.clearAll();
    }
  };
}

const FACT_TARGETS = { ENTITY: 'entity', LINK: 'link' };

/** The editing resolver module. */
export const editingResolvers: ResolverModule = ({ limits, context: contextOf }) => {
  const mutation = <A>(what: string, needed: Role, run: EditRun<A>) => mutationResolver(contextOf, what, needed, run);
  return {
    FactTarget: FACT_TARGETS,

    Entity: {
      version: (entity: Entity) => factVersion(entity),
    },

    Link: {
      version: (link: Link) => factVersion(link),
    },

    Query: {
      auditLog: async (
        _: unknown,
        args: { first: number; after?: string | null; factId?: string | null; actor?: string | null; action?: string | null; newestFirst: boolean },
        ctx: unknown,
      ) => {
        const context = contextOf(ctx);
        requireRole(context.principal, 'editor', 'reading the audit log');
        const first = checkRange('first', args.first, limits.maxPageSize, 'maxPageSize');
        let after: number | undefined;
        if (args.after !== undefined && args.after !== null) {
          if (!/^\d{1,15}$/.test(args.after)) throw new GovgraphError('INVALID_INPUT', `"after" must be a cursor from auditLog's edges, got ${JSON.stringify(args.after)}`, { argument: 'after' });
          after = Number(args.after);
        }
        const entries = await context.store.auditLog({
          after,
          limit: first + 1,
          factId: args.factId ?? undefined,
          actor: args.actor ?? undefined,
          action: args.action ?? undefined,
          newestFirst: args.newestFirst,
        });
        const page = entries.slice(0, first);
        return {
          edges: page.map((node) => ({ cursor: String(node.sequence), node })),
          pageInfo: { hasNextPage: entries.length > first, endCursor: page.length > 0 ? String(page[page.length - 1]!.sequence) : null },
        };
      },
    },

    AuditEntry: {
      role: (entry: AuditEntry) => entry.role ?? null,
      comment: (entry: AuditEntry) => entry.comment ?? null,
      sourceId: (entry: AuditEntry) => entry.source ?? null,
      replacedGraph: (entry: AuditEntry) => entry.replacedGraph ?? null,
      source: (entry: AuditEntry, _: unknown, ctx: unknown) => (entry.source ? contextOf(ctx).loaders.entity.load(entry.source) : null),
    },

    Mutation: {
      createEntity: mutation<EditArgs & { entity: Record<string, unknown> }>('creating an entity', 'editor', (editor, principal, args, problems) => {
        const entity = entityDraft(args.entity, problems);
        problems.throwIfAny('the edit was rejected');
        return editor.createEntity(principal, { entity: entity as never, ...citation(args) });
      }),

      updateEntity: mutation<ExistingArgs & { entity: Record<string, unknown> }>('updating an entity', 'editor', (editor, principal, args, problems) => {
        const entity = entityDraft(args.entity, problems);
        problems.throwIfAny('the edit was rejected');
        return editor.updateEntity(principal, { ...existing(args), entity: entity as never });
      }),

      endEntity: mutation<ExistingArgs & { to: GraphqlFuzzyDate; endLinks: boolean }>('ending an entity', 'editor', (editor, principal, args, problems) => {
        const to = toSeedDate(args.to, 'to', problems);
        problems.throwIfAny('the edit was rejected');
        return editor.endEntity(principal, { ...existing(args), to: to!, endLinks: args.endLinks });
      }),

      createLink: mutation<EditArgs & { link: Record<string, unknown> }>('creating a link', 'editor', (editor, principal, args, problems) => {
        const link = linkDraft(args.link, problems);
        problems.throwIfAny('the edit was rejected');
        return editor.createLink(principal, { link: link as never, ...citation(args) });
      }),

      updateLink: mutation<ExistingArgs & { link: Record<string, unknown> }>('updating a link', 'editor', (editor, principal, args, problems) => {
        const link = linkDraft(args.link, problems);
        problems.throwIfAny('the edit was rejected');
        return editor.updateLink(principal, { ...existing(args), link: link as never });
      }),

      endLink: mutation<ExistingArgs & { to: GraphqlFuzzyDate }>('ending a link', 'editor', (editor, principal, args, problems) => {
        const to = toSeedDate(args.to, 'to', problems);
        problems.throwIfAny('the edit was rejected');
        return editor.endLink(principal, { ...existing(args), to: to! });
      }),

      deleteEntity: mutation<ExistingArgs & { deleteLinks: boolean }>('deleting an entity', 'admin', (editor, principal, args) =>
        editor.deleteEntity(principal, { ...existing(args), deleteLinks: args.deleteLinks }),
      ),

      deleteLink: mutation<ExistingArgs>('deleting a link', 'admin', (editor, principal, args) => editor.deleteLink(principal, existing(args))),

      mergePeople: mutation<EditArgs & { from: string; into: string; fromVersion?: string | null; intoVersion?: string | null }>('merging people', 'editor', (editor, principal, args) =>
        editor.mergePeople(principal, { from: args.from, into: args.into, fromVersion: args.fromVersion ?? undefined, intoVersion: args.intoVersion ?? undefined, ...citation(args) }),
      ),
    },
  };
};

