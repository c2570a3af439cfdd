/**
 * Edit requests → validated, audited change sets. Each operation reads what it changes, builds the
 * new facts, holds them to exactly the rules `govgraph check` holds seeds to (the core zod schemas
 * and normalisation, then the seeds' cross-reference checks on the changed facts and the entities
 * they refer to), and writes through `store.apply` with the version the editor read as an
 * expectation and an audit context, so the store refuses a stale edit (CONFLICT) and records who
 * did what, when, on whose authority, atomically with the write.
 */
import {
  checkFacts,
  parseFactInput,
  type CheckFactsInput,
  GovgraphError,
  ProblemList,
  checkExpectedVersions,
  factVersion,
  fuzzyDateInputSchema,
  normaliseEntity,
  normaliseLink,
  toFuzzyDate,
  type ApplyResult,
  type AuditEntry,
  type ChangeSet,
  type Entity,
  type ExpectedVersion,
  type FactTarget,
  type FuzzyDate,
  type GraphStore,
  type Link,
  type SourceRef,
} from '@govgraph/core';
import { mergePeople, type MergePeopleRequest, type MergePeopleResult } from './merge-people.js';
import { requireRole, type Principal } from './roles.js';
import type {
  CreateEntityRequest,
  CreateLinkRequest,
  DeleteEntityRequest,
  DeleteLinkRequest,
  EditRequestBase,
  EndEntityRequest,
  EndLinkRequest,
  EntityEditResult,
  ExistingFactRequest,
  LinkEditResult,
  DeleteResult,
  SourceRefInput,
  UpdateEntityRequest,
  UpdateLinkRequest,
} from './requests.js';

/** Most links or citing facts listed in one problem message. */
const MAX_LISTED = 20;

/** Kinds other facts may name outside link ends: Sources (citations), organisations and bodies (`representing`). */
const REFERENCED_KINDS: ReadonlySet<string> = new Set(['Source', 'Organisation', 'Body']);

/** The edit operations, as recorded in audit entries' `action`. */
export const EDIT_ACTIONS = ['createEntity', 'updateEntity', 'endEntity', 'createLink', 'updateLink', 'endLink', 'deleteEntity', 'deleteLink', 'mergePeople'] as const;
/** One of {@link EDIT_ACTIONS}. */
export type EditAction = (typeof EDIT_ACTIONS)[number];

function sameRef(a: SourceRef | SourceRefInput, b: SourceRefInput): boolean {
  return a.source === b.source && (a.item ?? undefined) === (b.item ?? undefined) && (a.quote ?? undefined) === (b.quote ?? undefined);
}

/** The citation as a stored SourceRef (absent optional fields left out). */
function toSourceRef(ref: SourceRefInput): SourceRef {
  const out: SourceRef = { source: ref.source };
  if (ref.item !== undefined && ref.item !== null) out.item = ref.item;
  if (ref.quote !== undefined && ref.quote !== null) out.quote = ref.quote;
  return out;
}

/**
 * `sources` with the edit's citation added when it is not there yet: the index it sits at (so a
 * problem with it is reported at `source`), or null when it was already cited.
 */
function withCitation(sources: readonly SourceRefInput[] | undefined, ref: SourceRefInput): { sources: SourceRefInput[]; index: number | null } {
  if (sources !== undefined && !Array.isArray(sources)) return { sources: sources as SourceRefInput[], index: null }; // the schema reports it
  const list = [...(sources ?? [])];
  if (list.some((s) => sameRef(s, ref))) return { sources: list, index: null };
  list.push(toSourceRef(ref));
  return { sources: list, index: list.length - 1 };
}

/** Maps `<prefix>.sources[index]...` (the added citation) to `source...`; other paths unchanged. */
function citationPath(prefix: string, index: number | null): (path: string) => string {
  const added = `${prefix ? `${prefix}.` : ''}sources[${index}]`;
  return (path) => {
    if (index === null || (path !== added && !path.startsWith(`${added}.`))) return path;
    const rest = path.slice(added.length);
    return rest === '.source' ? 'source.source' : `source${rest}`;
  };
}

/** Every citation of a fact: its own, its names' and (a Duty's) required outputs'. */
function citations(fact: Entity | Link): SourceRef[] {
  const refs = [...fact.sources];
  if ('attributes' in fact) {
    for (const n of fact.names) refs.push(...n.sources);
    const outputs = fact.attributes['requiredOutputs'];
    if (Array.isArray(outputs)) for (const o of outputs as { sources?: SourceRef[] }[]) refs.push(...(o.sources ?? []));
  }
  return refs;
}

/** Every entity id facts refer to: every citation, and links' ends and `representing`. */
function referencedIds(facts: readonly (Entity | Link)[]): string[] {
  const ids = new Set<string>();
  for (const fact of facts) {
    for (const ref of citations(fact)) ids.add(ref.source);
    if (!('attributes' in fact)) {
      ids.add(fact.from);
      ids.add(fact.to);
      if (fact.representing !== undefined) ids.add(fact.representing);
    }
  }
  return [...ids];
}

function describeLinks(links: readonly Link[]): string {
  const listed = links.slice(0, MAX_LISTED).map((l) => l.id).join(', ');
  return links.length > MAX_LISTED ? `${listed} and ${links.length - MAX_LISTED} more` : listed;
}

/**
 * Whether a link still holds after an entity's end `to`: it is not `ended` and has no end, or an
 * end that may fall after `to` (a link cannot outlive its ends).
 */
function stillInForceAfter(link: Link, to: FuzzyDate): boolean {
  if (link.status === 'ended') return false;
  const linkTo = link.validity?.to?.latest ?? null;
  const end = to.latest;
  return linkTo === null || end === null || linkTo > end;
}

/**
 * The edit operations over one store. Every operation checks the caller's role (editor; admin to
 * delete), validates everything at once (INVALID_INPUT with `details.problems`), and makes exactly
 * one `store.apply` with version expectations and an audit context.
 *
 * @example
 * const editor = new GraphEditor(store);
 * const { entity, version } = await editor.createEntity(principal, {
 *   entity: { id: 'new-board', kind: 'Body', bodyType: 'board', name: 'New Board', status: 'in-force', confidence: 'stated' },
 *   source: { source: 'sscp-minutes-2022-09-08', item: '14' },
 * });
 */
export class GraphEditor {
  constructor(readonly store: GraphStore) {}

  /** Creates an entity. A Source entity may cite itself (`source.source` = its own id). */
  async createEntity(principal: Principal, request: CreateEntityRequest): Promise<EntityEditResult> {
    requireRole(principal, 'editor', 'creating an entity');
    const problems = new ProblemList();
    const draft = (request.entity ?? {}) as { id?: unknown; kind?: unknown; sources?: readonly SourceRefInput[] };
    const citesItself = draft.kind === 'Source' && typeof draft.id === 'string' && request.source?.source === draft.id;
    const entity = await this.buildEntity(request, draft, problems, citesItself);
    problems.throwIfAny('the entity cannot be created');
    return this.writeEntity(principal, request, 'createEntity', entity!, null, []);
  }

  /** Replaces an entity; its kind and id cannot change. */
  async updateEntity(principal: Principal, request: UpdateEntityRequest): Promise<EntityEditResult> {
    requireRole(principal, 'editor', 'updating an entity');
    const current = await this.readEntity(request);
    const problems = new ProblemList();
    const draft = { ...(request.entity ?? {}) } as { id?: unknown; kind?: unknown; sources?: readonly SourceRefInput[] };
    if (draft.id === undefined) draft.id = request.id;
    else if (draft.id !== request.id) problems.add('entity.id', 'immutable-field', `an entity's id cannot change (it is "${request.id}"); create a new entity and link them with SUCCEEDED_BY`);
    if (draft.kind !== undefined && draft.kind !== current.kind) {
      problems.add('entity.kind', 'immutable-field', `an entity's kind cannot change (it is a ${current.kind}); end it and create a new ${String(draft.kind)} linked to it by SUCCEEDED_BY`);
    }
    refuseSelfCitation(request, problems);
    const entity = await this.buildEntity(request, draft, problems, false);
    problems.throwIfAny(`entity "${request.id}" cannot be updated`);
    return this.writeEntity(principal, request, 'updateEntity', entity!, request.expectedVersion, []);
  }

  /**
   * Ends an entity on `to` (validity.to, status `ended`). Links still in force then would outlive
   * it: the request fails listing them (code `links-in-force`), unless `endLinks`, which ends them
   * on the same day in the same write (each with its own version expectation).
   */
  async endEntity(principal: Principal, request: EndEntityRequest): Promise<EntityEditResult> {
    requireRole(principal, 'editor', 'ending an entity');
    const current = await this.readEntity(request);
    const { fact: entity, index, to, problems } = this.prepareEnd(current, request, `entity "${request.id}" cannot be ended`);
    const openLinks = (await this.store.linksOf(current.id)).filter((l) => stillInForceAfter(l, to));
    if (openLinks.length > 0 && !request.endLinks) {
      problems.add(
        'endLinks',
        'links-in-force',
        `"${current.id}" still has ${openLinks.length} link${openLinks.length === 1 ? '' : 's'} in force (${describeLinks(openLinks)}); end them first, or pass endLinks: true to end them on the same day`,
      );
      problems.throwIfAny(`entity "${request.id}" cannot be ended`);
    }
    const links = openLinks.map((l) => ended(l, to, request.source).fact);
    await this.check(
      { entities: [{ fact: entity, path: [] }], links: links.map((fact) => ({ fact, path: ['endLinks'] })) },
      problems,
      (path) => endPath(citationPath('', index)(path)),
    );
    problems.throwIfAny(`entity "${request.id}" cannot be ended`);
    const expectLinks = openLinks.map((l): ExpectedVersion => ({ target: 'link', id: l.id, version: factVersion(l) }));
    return this.writeEntity(principal, request, 'endEntity', entity, request.expectedVersion, links, expectLinks);
  }

  /** Creates a link between existing entities, of a kind `LINK_ENDPOINTS` allows between their kinds. */
  async createLink(principal: Principal, request: CreateLinkRequest): Promise<LinkEditResult> {
    requireRole(principal, 'editor', 'creating a link');
    const problems = new ProblemList();
    const link = await this.buildLink(request, { ...(request.link ?? {}) }, problems);
    problems.throwIfAny('the link cannot be created');
    return this.writeLink(principal, request, 'createLink', link!, null);
  }

  /** Replaces a link; its kind and ends cannot change (end it and create another). */
  async updateLink(principal: Principal, request: UpdateLinkRequest): Promise<LinkEditResult> {
    requireRole(principal, 'editor', 'updating a link');
    const current = await this.readLink(request);
    const problems = new ProblemList();
    const draft = { ...(request.link ?? {}) } as Record<string, unknown>;
    if (draft['id'] !== undefined && draft['id'] !== request.id) problems.add('link.id', 'immutable-field', `a link's id cannot change (it is "${request.id}")`);
    delete draft['key'];
    draft['id'] = request.id;
    for (const field of ['kind', 'from', 'to'] as const) {
      if (draft[field] !== undefined && draft[field] !== current[field]) {
        problems.add(`link.${field}`, 'immutable-field', `a link's ${field === 'kind' ? 'kind' : `${field}-end`} cannot change (it is ${current[field]}); end this link and create another`);
      }
    }
    const link = await this.buildLink(request, draft, problems);
    problems.throwIfAny(`link "${request.id}" cannot be updated`);
    return this.writeLink(principal, request, 'updateLink', link!, request.expectedVersion);
  }

  /** Ends a link on `to` (validity.to, status `ended`). */
  async endLink(principal: Principal, request: EndLinkRequest): Promise<LinkEditResult> {
    requireRole(principal, 'editor', 'ending a link');
    const current = await this.readLink(request);
    const { fact: link, index, problems } = this.prepareEnd(current, request, `link "${request.id}" cannot be ended`);
    await this.check({ links: [{ fact: link, path: [] }] }, problems, (path) => endPath(citationPath('', index)(path)));
    problems.throwIfAny(`link "${request.id}" cannot be ended`);
    return this.writeLink(principal, request, 'endLink', link, request.expectedVersion);
  }

  /**
   * Deletes an entity (admin): meant for mistakes; things that ended should be ended, so history
   * stays. Refused while links touch it (unless `deleteLinks`) or, for a Source, while any fact cites it.
   */
  async deleteEntity(principal: Principal, request: DeleteEntityRequest): Promise<DeleteResult> {
    requireRole(principal, 'admin', 'deleting an entity');
    const current = await this.readEntity(request);
    const problems = new ProblemList();
    await this.checkCitedSource(request.source, current.id, problems);
    const links = await this.store.linksOf(current.id);
    if (links.length > 0 && !request.deleteLinks) {
      problems.add(
        'deleteLinks',
        'has-links',
        `"${current.id}" has ${links.length} link${links.length === 1 ? '' : 's'} (${describeLinks(links)}); delete them first, or pass deleteLinks: true to delete them too`,
      );
    }
    if (REFERENCED_KINDS.has(current.kind)) await this.checkNotReferenced(current, new Set(links.map((l) => l.id)), problems);
    problems.throwIfAny(`entity "${request.id}" cannot be deleted`);
    const expect: ExpectedVersion[] = [
      { target: 'entity', id: current.id, version: request.expectedVersion },
      ...links.map((l): ExpectedVersion => ({ target: 'link', id: l.id, version: factVersion(l) })),
    ];
    const result = await this.apply(principal, request, 'deleteEntity', { deleteLinkIds: links.map((l) => l.id), deleteEntityIds: [current.id] }, expect);
    return { id: current.id, deletedLinkIds: links.map((l) => l.id), auditEntry: result.auditEntry ?? null };
  }

  /** Deletes a link (admin): meant for mistakes; a relationship that ended should be ended. */
  async deleteLink(principal: Principal, request: DeleteLinkRequest): Promise<DeleteResult> {
    requireRole(principal, 'admin', 'deleting a link');
    const current = await this.readLink(request);
    const problems = new ProblemList();
    await this.checkCitedSource(request.source, null, problems);
    problems.throwIfAny(`link "${request.id}" cannot be deleted`);
    const result = await this.apply(principal, request, 'deleteLink', { deleteLinkIds: [current.id] }, [{ target: 'link', id: current.id, version: request.expectedVersion }]);
    return { id: current.id, deletedLinkIds: [current.id], auditEntry: result.auditEntry ?? null };
  }

  /** Merges one person into another: see {@link mergePeople} (editor role). */
  mergePeople(principal: Principal, request: MergePeopleRequest): Promise<MergePeopleResult> {
    return mergePeople(this.store, principal, request);
  }

  // -------------------------------------------------------------------------------------------

  /** Validates and normalises an entity draft with the edit's citation added; null when it has schema problems. */
  private async buildEntity(request: EditRequestBase, draft: { sources?: readonly SourceRefInput[] }, problems: ProblemList, citesItself: boolean): Promise<Entity | null> {
    if (!this.checkSourceShape(request.source, problems)) return null;
    const { sources, index } = citesItself ? { sources: draft.sources, index: null } : withCitation(draft.sources, request.source);
    const input = sources === undefined ? draft : { ...draft, sources };
    const parsed = parseFactInput('entity', input, ['entity']);
    const mapPath = citationPath('entity', index);
    if (!parsed.ok) {
      problems.addAll(parsed.problems, mapPath);
      if (!citesItself) await this.checkCitedSource(request.source, null, problems); // still say whether the source is usable
      return null;
    }
    const entity = normaliseEntity(parsed.value);
    await this.check({ entities: [{ fact: entity, path: ['entity'] }] }, problems, mapPath);
    return entity;
  }

  /** Validates and normalises a link draft with the edit's citation added; null when it has schema problems. */
  private async buildLink(request: EditRequestBase, draft: { sources?: readonly SourceRefInput[] }, problems: ProblemList): Promise<Link | null> {
    if (!this.checkSourceShape(request.source, problems)) return null;
    const { sources, index } = withCitation(draft.sources, request.source);
    const parsed = parseFactInput('link', { ...draft, sources }, ['link']);
    const mapPath = citationPath('link', index);
    if (!parsed.ok) {
      problems.addAll(parsed.problems, mapPath);
      await this.checkCitedSource(request.source, null, problems);
      return null;
    }
    const link = normaliseLink(parsed.value);
    await this.check({ links: [{ fact: link, path: ['link'] }] }, problems, mapPath);
    return link;
  }

  /** Runs the seed cross-reference checks on facts, with the entities they refer to read from the store. */
  private async check(facts: CheckFactsInput, problems: ProblemList, mapPath: (path: string) => string): Promise<void> {
    const checked = [...(facts.entities ?? []).map((e) => e.fact), ...(facts.links ?? []).map((l) => l.fact)];
    const own = new Set((facts.entities ?? []).map((e) => e.fact.id));
    const ids = referencedIds(checked).filter((id) => !own.has(id));
    const context = (await this.store.getEntities(ids)).filter((e): e is Entity => e !== null);
    problems.addAll(checkFacts({ ...facts, context }), mapPath);
  }

  /** The citation must at least name a source before anything else is checked. */
  private checkSourceShape(source: SourceRefInput | undefined, problems: ProblemList): boolean {
    if (!source || typeof source !== 'object' || typeof source.source !== 'string' || source.source === '') {
      problems.add('source', 'missing-source', 'every edit needs a source: the id of the Source entity that justifies it ({source: <Source id>, item?, quote?})');
      return false;
    }
    return true;
  }

  /**
   * The edit's citation names an existing Source entity (other than one being deleted): for deletes,
   * which add it to nothing, and for facts whose schema problems stop the cross-reference checks.
   */
  private async checkCitedSource(source: SourceRefInput | undefined, deleting: string | null, problems: ProblemList): Promise<void> {
    if (!this.checkSourceShape(source, problems)) return;
    const cited = await this.store.getEntity(source!.source);
    if (!cited) problems.add('source.source', 'dangling-reference', `source "${source!.source}": no Source entity has this id`);
    else if (cited.kind !== 'Source') problems.add('source.source', 'reference-kind', `source "${source!.source}" is a ${cited.kind}, not a Source; cite the document that justifies the edit`);
    else if (cited.id === deleting) problems.add('source.source', 'reference-kind', 'a deletion cannot be justified by the source being deleted; cite another document');
  }

  /**
   * Refuses to delete an entity that facts refer to other than as a link end: a Source they cite,
   * an organisation or body a SITS_ON link says someone represents (links deleted with it aside).
   * Reads the whole graph, as the port has no index of these references: deletes are rare.
   */
  private async checkNotReferenced(entity: Entity, deletedLinkIds: ReadonlySet<string>, problems: ProblemList): Promise<void> {
    const graph = await this.store.snapshot();
    const referring: string[] = [];
    for (const fact of [...graph.entities, ...graph.links]) {
      if (fact.id === entity.id || deletedLinkIds.has(fact.id)) continue;
      const cites = citations(fact).some((ref) => ref.source === entity.id);
      const represents = !('attributes' in fact) && fact.representing === entity.id;
      if (cites || represents) referring.push(fact.id);
    }
    if (referring.length > 0) {
      const listed = referring.slice(0, MAX_LISTED).join(', ') + (referring.length > MAX_LISTED ? ` and ${referring.length - MAX_LISTED} more` : '');
      const how = entity.kind === 'Source' ? 'cited by' : 'named as "representing" by';
      problems.add('id', 'referenced', `${entity.kind} "${entity.id}" is ${how} ${referring.length} fact${referring.length === 1 ? '' : 's'} (${listed}); change them first`);
    }
  }

  /** Checks an end request's date and citation (throwing every problem), and builds the ended fact. */
  private prepareEnd<T extends Entity | Link>(current: T, request: EndEntityRequest | EndLinkRequest, what: string): { fact: T; index: number | null; to: FuzzyDate; problems: ProblemList } {
    const problems = new ProblemList();
    const to = this.parseEnd(request.to, problems);
    if (this.checkSourceShape(request.source, problems)) refuseSelfCitation(request, problems);
    problems.throwIfAny(what);
    return { ...ended(current, to!, request.source), to: to!, problems };
  }

  private parseEnd(to: unknown, problems: ProblemList): FuzzyDate | null {
    const parsed = fuzzyDateInputSchema.safeParse(to);
    if (!parsed.success) {
      problems.add('to', 'schema', `"to" should be a date: "YYYY-MM-DD", "YYYY-MM", "YYYY" or {after: YYYY-MM-DD, by: YYYY-MM-DD} (${parsed.error.issues[0]?.message ?? 'invalid'})`);
      return null;
    }
    return toFuzzyDate(parsed.data);
  }

  private async readEntity(request: ExistingFactRequest): Promise<Entity> {
    const entity = await this.store.getEntity(request.id);
    if (!entity) throw new GovgraphError('NOT_FOUND', `no entity with id "${request.id}"`, { id: request.id, target: 'entity' });
    checkStale('entity', entity, request);
    return entity;
  }

  private async readLink(request: ExistingFactRequest): Promise<Link> {
    const link = await this.store.getLink(request.id);
    if (!link) throw new GovgraphError('NOT_FOUND', `no link with id "${request.id}"`, { id: request.id, target: 'link' });
    checkStale('link', link, request);
    return link;
  }

  private async writeEntity(
    principal: Principal,
    request: EditRequestBase,
    action: EditAction,
    entity: Entity,
    version: string | null,
    links: Link[],
    expectLinks: ExpectedVersion[] = [],
  ): Promise<EntityEditResult> {
    const changes: ChangeSet = { upsertEntities: [entity], ...(links.length > 0 ? { upsertLinks: links } : {}) };
    const result = await this.apply(principal, request, action, changes, [{ target: 'entity', id: entity.id, version }, ...expectLinks]);
    const stored = storedAfter(result.auditEntry, 'entity', entity);
    return {
      entity: stored,
      version: factVersion(stored),
      auditEntry: result.auditEntry ?? null,
      endedLinks: links.map((l) => storedAfter(result.auditEntry, 'link', l)),
    };
  }

  private async writeLink(principal: Principal, request: EditRequestBase, action: EditAction, link: Link, version: string | null): Promise<LinkEditResult> {
    const result = await this.apply(principal, request, action, { upsertLinks: [link] }, [{ target: 'link', id: link.id, version }]);
    const stored = storedAfter(result.auditEntry, 'link', link);
    return { link: stored, version: factVersion(stored), auditEntry: result.auditEntry ?? null };
  }

  private apply(principal: Principal, request: EditRequestBase, action: EditAction, changes: ChangeSet, expect: ExpectedVersion[]): Promise<ApplyResult> {
    return this.store.apply(changes, {
      expect,
      audit: {
        actor: principal.name,
        role: principal.role,
        action,
        source: request.source.source,
        comment: request.comment ?? undefined,
      },
    });
  }
}

/** The fact as the store now holds it: the audit entry's `after`, or (when nothing changed) what was written, without undefined fields. */
function storedAfter<T extends Entity | Link>(entry: AuditEntry | undefined, target: FactTarget, written: T): T {
  const change = entry?.changes.find((c) => c.target === target && c.id === written.id);
  if (change?.after) return change.after as T;
  return JSON.parse(JSON.stringify(written)) as T;
}

/** Only a new Source may cite itself: an edit of an existing entity needs another document's authority. */
function refuseSelfCitation(request: ExistingFactRequest, problems: ProblemList): void {
  if (request.source?.source === request.id) {
    problems.add('source.source', 'reference-kind', `an edit of "${request.id}" cannot be justified by "${request.id}" itself; cite another document (only a new Source may cite itself)`);
  }
}

/** CONFLICT before any work when the editor's version is already stale (the store checks again, atomically). */
function checkStale(target: FactTarget, fact: Entity | Link, request: ExistingFactRequest): void {
  if (typeof request.expectedVersion !== 'string' || request.expectedVersion === '') {
    throw new GovgraphError('INVALID_INPUT', `expectedVersion is required: the version of ${target} "${request.id}" you read (its "version" field)`, {
      problems: [{ path: 'expectedVersion', code: 'schema', message: 'expectedVersion is required' }],
    });
  }
  const current = { entity: () => (target === 'entity' ? (fact as Entity) : null), link: () => (target === 'link' ? (fact as Link) : null) };
  checkExpectedVersions([{ target, id: request.id, version: request.expectedVersion }], current);
}

/** A fact ended on `to`, citing the edit's source: the new fact and where the citation was added. */
function ended<T extends Entity | Link>(fact: T, to: FuzzyDate, source: SourceRefInput): { fact: T; index: number | null } {
  const { sources, index } = withCitation(fact.sources, source);
  const validity = { ...fact.validity, to };
  return { fact: { ...fact, validity, status: 'ended', sources: sources.map(toSourceRef) } as T, index };
}

/** Problem paths of an end operation: the new end is the request's `to`. */
function endPath(path: string): string {
  return path === 'validity.to' ? 'to' : path;
}

