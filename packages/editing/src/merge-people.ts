/**
 * Merging two Person entities that turn out to be one (minutes spell a name two ways, or a person
 * was added twice): every link of the merged person moves to the one kept, the merged person's
 * id, name, former names and aliases become aliases of the one kept (so searches and the next
 * ingestion find it), its citations join the kept person's, and the merged entity goes. One
 * `store.apply`, with the version of every fact read as an expectation and an audit entry
 * (`mergePeople`), so it works on every store and a concurrent edit makes it CONFLICT, never half
 * done.
 *
 * A moved link keeps its id's form (`KIND:from->to`, with its `#key`); a link whose moved form
 * already exists is merged into it when they say the same (citations added), and kept apart with
 * the key `merged-<id>` when they differ (another role or period). A link between the two people
 * (it would join the kept person to themself) is dropped.
 */
import { GovgraphError, checkFacts, factVersion, invalidInput, type Problem, type ChangeSet, type Entity, type ExpectedVersion, type GraphStore, type Link, type SourceRef, type AuditEntry } from '@govgraph/core';
import { requireRole, type Principal } from './roles.js';
import type { EditRequestBase, SourceRefInput } from './requests.js';

/** Merges person `from` into person `into`. */
export interface MergePeopleRequest extends EditRequestBase {
  /** The person merged away: its id and names are kept as aliases of `into`. */
  from: string;
  /** The person kept. */
  into: string;
  /** The versions read of `from` and `into`; default the versions read now (the store still checks them in the write). */
  fromVersion?: string | undefined;
  intoVersion?: string | undefined;
}

/** What a merge gives back. */
export interface MergePeopleResult {
  /** The kept person as stored now. */
  person: Entity;
  version: string;
  /** Each moved link: its id before and after. */
  movedLinks: { from: string; to: string }[];
  /** Links dropped because they joined the two people. */
  droppedLinkIds: string[];
  auditEntry: AuditEntry | null;
}

function sameRef(a: SourceRef, b: SourceRef): boolean {
  return a.source === b.source && a.item === b.item && a.quote === b.quote;
}

function mergeRefs(a: readonly SourceRef[], b: readonly SourceRef[]): SourceRef[] {
  const out = [...a];
  for (const r of b) if (!out.some((x) => sameRef(x, r))) out.push(r);
  return out;
}

function toRef(input: SourceRefInput): SourceRef {
  const ref: SourceRef = { source: input.source };
  if (input.item) ref.item = input.item;
  if (input.quote) ref.quote = input.quote;
  return ref;
}

/** The id a link gets with new ends: the same form (`KIND:from->to#key`), or the old id as the key of a custom one. */
function movedId(link: Link, from: string, to: string): string {
  const prefix = `${link.kind}:${link.from}->${link.to}`;
  const suffix = link.id.startsWith(prefix) ? link.id.slice(prefix.length) : `#${link.id}`;
  return `${link.kind}:${from}->${to}${suffix}`;
}

/** Everything a link says but its citations (and its id and ends). */
function claim(link: Link): string {
  return JSON.stringify([link.kind, link.role ?? null, link.representing ?? null, link.membership ?? null, link.lineage ?? null, link.status, link.confidence, link.validity ?? null]);
}

/** Runs a merge; see the module comment. The editor role is needed. */
export async function mergePeople(store: GraphStore, principal: Principal, request: MergePeopleRequest): Promise<MergePeopleResult> {
  requireRole(principal, 'editor', 'merging people');
  const what = `"${request.from}" cannot be merged into "${request.into}"`;
  const problems: Problem[] = [];
  if (!request.source || typeof request.source.source !== 'string' || request.source.source === '') {
    problems.push({ path: 'source', code: 'missing-source', message: 'a merge needs a source: the id of the Source entity that shows the two are one person' });
  }
  if (request.from === request.into) problems.push({ path: 'into', code: 'same-person', message: 'a person cannot be merged into themself' });
  if (problems.length > 0) throw invalidInput(what, problems);

  const [from, into, cited] = await store.getEntities([request.from, request.into, request.source.source]);
  if (!from) throw new GovgraphError('NOT_FOUND', `no entity with id "${request.from}"`, { id: request.from, target: 'entity' });
  if (!into) throw new GovgraphError('NOT_FOUND', `no entity with id "${request.into}"`, { id: request.into, target: 'entity' });
  for (const [path, entity] of [
    ['from', from],
    ['into', into],
  ] as const) {
    if (entity.kind !== 'Person') problems.push({ path, code: 'not-a-person', message: `"${entity.id}" is a ${entity.kind}; only people are merged` });
  }
  if (!cited) problems.push({ path: 'source.source', code: 'dangling-reference', message: `source "${request.source.source}": no Source entity has this id` });
  else if (cited.kind !== 'Source') problems.push({ path: 'source.source', code: 'reference-kind', message: `source "${request.source.source}" is a ${cited.kind}, not a Source` });
  if (problems.length > 0) throw invalidInput(what, problems);

  const expect: ExpectedVersion[] = [
    { target: 'entity', id: from.id, version: request.fromVersion ?? factVersion(from) },
    { target: 'entity', id: into.id, version: request.intoVersion ?? factVersion(into) },
  ];
  const citation = toRef(request.source);
  const deleteLinkIds: string[] = [];
  const upsertLinks = new Map<string, Link>();
  const movedLinks: { from: string; to: string }[] = [];
  const droppedLinkIds: string[] = [];
  const existingById = new Map<string, Link | null>();
  const current = async (id: string): Promise<Link | null> => {
    if (!existingById.has(id)) existingById.set(id, upsertLinks.get(id) ?? (await store.getLink(id)));
    return upsertLinks.get(id) ?? existingById.get(id) ?? null;
  };

  for (const link of await store.linksOf(from.id)) {
    expect.push({ target: 'link', id: link.id, version: factVersion(link) });
    deleteLinkIds.push(link.id);
    const ends = { from: link.from === from.id ? into.id : link.from, to: link.to === from.id ? into.id : link.to };
    if (ends.from === ends.to) {
      droppedLinkIds.push(link.id);
      continue;
    }
    let id = movedId(link, ends.from, ends.to);
    let moved: Link = { ...link, ...ends, id, sources: mergeRefs(link.sources, [citation]) };
    const there = await current(id);
    if (there && claim(there) === claim(moved)) {
      moved = { ...there, sources: mergeRefs(there.sources, moved.sources) };
      if (!upsertLinks.has(id)) expect.push({ target: 'link', id, version: factVersion(there) });
    } else if (there) {
      id = `${id.split('#')[0]}#merged-${link.id}`;
      moved = { ...moved, id };
      if (!(await current(id))) expect.push({ target: 'link', id, version: null });
    } else {
      expect.push({ target: 'link', id, version: null });
    }
    upsertLinks.set(id, moved);
    movedLinks.push({ from: link.id, to: id });
  }

  const known = new Set([into.name, ...into.names.map((n) => n.name), ...into.aliases].map((n) => n.toLowerCase()));
  const aliases = [...into.aliases];
  for (const name of [from.id, from.name, ...from.names.map((n) => n.name), ...from.aliases]) {
    if (!known.has(name.toLowerCase())) {
      known.add(name.toLowerCase());
      aliases.push(name);
    }
  }
  const kept: Entity = { ...into, aliases, sources: mergeRefs(mergeRefs(into.sources, from.sources), [citation]) };

  const links = [...upsertLinks.values()];
  const context = (await store.getEntities([...new Set(links.flatMap((l) => [l.from, l.to, ...l.sources.map((s) => s.source), ...(l.representing ? [l.representing] : [])]).concat(kept.sources.map((s) => s.source)))])).filter(
    (e): e is Entity => e !== null && e.id !== from.id && e.id !== kept.id,
  );
  const factProblems = checkFacts({ entities: [{ fact: kept, path: ['into'] }], links: links.map((fact) => ({ fact, path: ['links'] })), context });
  if (factProblems.length > 0) throw invalidInput(what, factProblems.map((p) => ({ path: p.path, code: p.code, message: p.message })));

  const changes: ChangeSet = { upsertEntities: [kept], deleteLinkIds: deleteLinkIds.filter((id) => !upsertLinks.has(id)), deleteEntityIds: [from.id] };
  if (links.length > 0) changes.upsertLinks = links;
  const result = await store.apply(changes, {
    expect,
    audit: { actor: principal.name, role: principal.role, action: 'mergePeople', source: citation.source, comment: request.comment ?? `merged ${from.id} into ${into.id}` },
  });
  const stored = (result.auditEntry?.changes.find((c) => c.target === 'entity' && c.id === kept.id)?.after as Entity | undefined) ?? kept;
  return { person: stored, version: factVersion(stored), movedLinks, droppedLinkIds, auditEntry: result.auditEntry ?? null };
}
