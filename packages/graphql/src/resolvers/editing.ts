/**
 * Resolvers of `schema/editing.graphql`: the mutations (a thin layer over `GraphEditor` of
 * @govgraph/editing, which checks roles, validates and writes with version expectations and an
 * audit context), `version` on entities and links, and the audit log (editor or admin only).
 */
import { GovgraphError, ProblemList, factVersion, isGovgraphError, type AuditEntry, type Entity, type Link, type Problem } from '@govgraph/core';
import { GraphEditor, requireRole, type Principal, type Role, type SourceRefInput } from '@govgraph/editing';
import type { GovgraphContext } from '../context.js';
import { entityDraft, graphqlProblemPath, linkDraft, toSeedDate, withoutNulls } from '../edit-inputs.js';
import { checkRange } from '../limits.js';
import type { MutationResolvers, SourceRefInput as GraphqlSourceRefInput } from '../generated/graphql-types.js';
import { typedResolvers, type ResolverModule } from './module.js';

interface EditArgs {
  source: GraphqlSourceRefInput;
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

/** The arguments of one mutation, as generated from the SDL. */
type MutationArgs<F extends keyof MutationResolvers> = Parameters<Extract<NonNullable<MutationResolvers[F]>, (...args: never[]) => unknown>>[1];

/** What a mutation does with the editor once the caller's role is checked. */
type EditRun<A, R> = (editor: GraphEditor, principal: Principal, args: A, problems: ProblemList) => Promise<R>;

/**
 * The resolver of mutation `field`: FORBIDDEN before anything else unless the caller holds
 * `needed`; then the edit, whose INVALID_INPUT problems get paths as the GraphQL input has them;
 * the request's caches are dropped afterwards, so later fields of the operation read what was written.
 */
function mutationResolver<F extends keyof MutationResolvers, R>(_field: F, what: string, needed: Role, run: EditRun<MutationArgs<F>, R>) {
  return async (_: unknown, args: MutationArgs<F>, context: GovgraphContext): Promise<R> => {
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
export const editingResolvers: ResolverModule = ({ limits }) => {
  return {
    FactTarget: FACT_TARGETS,
    ...typedResolvers({

      Entity: {
        version: (entity: Entity) => factVersion(entity),
      },

      Link: {
        version: (link: Link) => factVersion(link),
      },

      Query: {
        auditLog: async (_, args, ctx) => {
          const context = ctx;
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
        source: (entry: AuditEntry, _: unknown, ctx) => (entry.source ? ctx.loaders.entity.load(entry.source) : null),
      },

      Mutation: {
        createEntity: mutationResolver('createEntity', 'creating an entity', 'editor', (editor, principal, args, problems) => {
          const entity = entityDraft(args.entity, problems);
          problems.throwIfAny('the edit was rejected');
          return editor.createEntity(principal, { entity: entity as never, ...citation(args) });
        }),

        updateEntity: mutationResolver('updateEntity', 'updating an entity', 'editor', (editor, principal, args, problems) => {
          const entity = entityDraft(args.entity, problems);
          problems.throwIfAny('the edit was rejected');
          return editor.updateEntity(principal, { ...existing(args), entity: entity as never });
        }),

        endEntity: mutationResolver('endEntity', 'ending an entity', 'editor', (editor, principal, args, problems) => {
          const to = toSeedDate(args.to, 'to', problems);
          problems.throwIfAny('the edit was rejected');
          return editor.endEntity(principal, { ...existing(args), to: to!, endLinks: args.endLinks });
        }),

        createLink: mutationResolver('createLink', 'creating a link', 'editor', (editor, principal, args, problems) => {
          const link = linkDraft(args.link, problems);
          problems.throwIfAny('the edit was rejected');
          return editor.createLink(principal, { link: link as never, ...citation(args) });
        }),

        updateLink: mutationResolver('updateLink', 'updating a link', 'editor', (editor, principal, args, problems) => {
          const link = linkDraft(args.link, problems);
          problems.throwIfAny('the edit was rejected');
          return editor.updateLink(principal, { ...existing(args), link: link as never });
        }),

        endLink: mutationResolver('endLink', 'ending a link', 'editor', (editor, principal, args, problems) => {
          const to = toSeedDate(args.to, 'to', problems);
          problems.throwIfAny('the edit was rejected');
          return editor.endLink(principal, { ...existing(args), to: to! });
        }),

        deleteEntity: mutationResolver('deleteEntity', 'deleting an entity', 'admin', (editor, principal, args) =>
          editor.deleteEntity(principal, { ...existing(args), deleteLinks: args.deleteLinks }),
        ),

        deleteLink: mutationResolver('deleteLink', 'deleting a link', 'admin', (editor, principal, args) => editor.deleteLink(principal, existing(args))),

        mergePeople: mutationResolver('mergePeople', 'merging people', 'editor', (editor, principal, args) =>
          editor.mergePeople(principal, { from: args.from, into: args.into, fromVersion: args.fromVersion ?? undefined, intoVersion: args.intoVersion ?? undefined, ...citation(args) }),
        ),
      },
    }),
  };
};

