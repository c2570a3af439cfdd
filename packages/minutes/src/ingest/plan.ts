/**
 * Ingestion: extracted documents to graph facts with provenance. Each document becomes (or
 * confirms) a Meeting of its body (MEETING_OF; a meeting of the body on that day already in the
 * graph is reused, else one is added as `<body id>-<date>`), cited to a Source for the document,
 * found by content (the Source whose `contentHash` is the document's; else one recorded for the same
 * file and date before hashes were, which gets the hash; else a new one), with ATTENDED and
 * SENT_APOLOGIES links for the people matched to Person entities and MENTIONS links to the duties
 * and bodies its items name (each citation carrying the item number).
 *
 * People policy: a name that matches one Person (names, aliases, titles ignored) is linked; a name
 * matching several is reported as ambiguous and not linked; an unmatched full name ("Jane Roe")
 * becomes a new Person with confidence `stated` and a note saying it came from minutes ingestion
 * (unless `createPeople` is false, when it is reported); an unmatched surname alone ("Roe") is
 * reported, never created.
 *
 * Planning reads the store and writes nothing; {@link applyIngestPlan} writes the plan through the
 * port's `apply`. Ids derive from body, date and names, and existing facts are merged (sources
 * added, a scheduled meeting upgraded when its minutes arrive), so a second ingest plans nothing.
 */
import {
  LINK_ENDPOINTS,
  entityInputSchema,
  linkInputSchema,
  normaliseEntity,
  normaliseLink,
  type ChangeSet,
  type Entity,
  type EntityInput,
  type GraphStore,
  type Link,
  type LinkInput,
  type ApplyResult,
  type GraphData,
  type SourceRef,
} from '@govgraph/core';
import { createGraphResolver, type EntityResolver } from '../resolver.js';
import type { ExtractionResult, PersonRecord } from '../types.js';
import { planMeetingDecisions, type ProposedDecision } from './decision-facts.js';
import { documentContentHashes } from './content-hash.js';
import { documentSourceId, meetingId, personId } from './ids.js';
import { isFullName, matchPerson, surnameOf } from './people-match.js';

/** One extracted file to ingest. */
export interface IngestInput {
  /** The file name as given (for messages). */
  file: string;
  /** The file's base name, recorded as a new Source's `file` (and matched for Sources that have no content hash yet). */
  fileName: string;
  /** What was extracted (text or bytes, as given to `extractMinutes`): each document's lines are hashed to find its Source. */
  content: string | Uint8Array;
  /** Where the document was published (recorded as a new Source's `url`), when it was fetched. */
  url?: string | undefined;
  extraction: ExtractionResult;
}

/** Options of {@link planIngest}. */
export interface IngestOptions {
  /** Create Person entities for unmatched full names (default true). */
  createPeople?: boolean | undefined;
  /**
   * Which governance decisions of the minutes to write: `'all'`, or decision ids as the plan lists
   * them. Default none: decisions are shown, never written unreviewed.
   */
  acceptDecisions?: 'all' | readonly string[] | undefined;
}

/** A governance decision the minutes record, as the plan shows it. */
export interface PlannedDecision extends ProposedDecision {
  /** The minutes file it was read from. */
  file: string;
  /** Whether it was accepted, so its facts are in the plan's changes. */
  accepted: boolean;
  /** Its facts against what the store holds. */
  diff: DiffEntry[];
}

/** Something ingestion could not do or would not guess. */
export interface IngestProblem {
  file: string;
  /** "minutes 2022-06-22" */
  document: string;
  code:
    | 'ambiguous-person'
    | 'variant-person'
    | 'unmatched-person'
    | 'unresolved-body'
    | 'undated'
    | 'id-taken'
    | 'invalid-fact'
    | 'unresolved-decision'
    | 'invalid-decision';
  message: string;
  /** Candidate entity ids for an ambiguous match; the matched id for a variant match. */
  candidates?: string[] | undefined;
}

/** One line of the reviewable diff. */
export interface DiffEntry {
  op: 'add' | 'change';
  type: 'entity' | 'link';
  id: string;
  kind: string;
  /** A one-line description of the fact. */
  summary: string;
  /** For changes: which fields change, as "field: before -> after". */
  changes: string[];
}

/** What ingestion would write, and why not more. */
export interface IngestPlan {
  changes: ChangeSet;
  diff: DiffEntry[];
  problems: IngestProblem[];
  /** Governance decisions read from the minutes' resolutions; only accepted ones are in `changes`. */
  decisions: PlannedDecision[];
  /** Ids given to `acceptDecisions` that match no decision of the plan (a caller should refuse to write). */
  unknownAccepts: string[];
  /** What each document became. */
  documents: {
    file: string;
    kind: string;
    date: string | null;
    bodyId: string | null;
    meetingId: string | null;
    sourceId: string | null;
    /** The document's content hash (what its Source records as `contentHash`). */
    contentHash: string;
  }[];
}

const MEETING_RANK: Record<string, number> = { scheduled: 0, proposed: 0, agreed: 1, 'in-force': 2, ended: 2 };

/** Canonical JSON (sorted keys, no undefined) so equal facts compare equal whatever the store. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v as Record<string, unknown>).sort()) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== undefined) out[k] = x;
      }
      return out;
    }
    return v;
  });
}

function mergeSources(existing: readonly SourceRef[], added: readonly SourceRef[]): SourceRef[] {
  const out = [...existing];
  const keys = new Set(existing.map((s) => canonical(s)));
  for (const s of added) {
    const key = canonical(s);
    if (!keys.has(key)) {
      keys.add(key);
      out.push(s);
    }
  }
  return out;
}

function describeChange(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const a = canonical(before[key]);
    const b = canonical(after[key]);
    if (a === b) continue;
    if (key === 'attributes' && isRecord(before[key]) && isRecord(after[key])) {
      out.push(...describeChange(before[key], after[key]));
    } else if (key === 'sources' && Array.isArray(before[key]) && Array.isArray(after[key])) {
      out.push(`sources: +${(after[key] as unknown[]).length - (before[key] as unknown[]).length}`);
    } else out.push(`${key}: ${a ?? '(none)'} -> ${b ?? '(none)'}`);
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m! - 1];
  return `${d} ${month} ${y}`;
}

/** Reads through to the store, with the plan's own writes on top. */
class Staging {
  readonly entities = new Map<string, Entity>();
  readonly links = new Map<string, Link>();
  private readonly entityCache = new Map<string, Entity | null>();
  private readonly linkCache = new Map<string, Link | null>();
  constructor(private readonly store: GraphStore) {}

  async entity(id: string): Promise<Entity | null> {
    const staged = this.entities.get(id);
    if (staged) return staged;
    if (!this.entityCache.has(id)) this.entityCache.set(id, await this.store.getEntity(id));
    return this.entityCache.get(id) ?? null;
  }

  /** Links touching an entity, with the plan's own versions of them. */
  async linksOf(id: string): Promise<Link[]> {
    return (await this.store.linksOf(id)).map((l) => this.links.get(l.id) ?? l);
  }

  private graphResolver: Promise<EntityResolver> | null = null;

  /** A resolver over the graph as stored (read once), for reading resolutions. */
  resolver(): Promise<EntityResolver> {
    this.graphResolver ??= this.graph().then((g) => createGraphResolver(g));
    return this.graphResolver;
  }

  private snapshot: Promise<GraphData> | null = null;

  private graph(): Promise<GraphData> {
    this.snapshot ??= this.store.snapshot();
    return this.snapshot;
  }

  async link(id: string): Promise<Link | null> {
    const staged = this.links.get(id);
    if (staged) return staged;
    if (!this.linkCache.has(id)) this.linkCache.set(id, await this.store.getLink(id));
    return this.linkCache.get(id) ?? null;
  }

  /** A Meeting of `bodyId` on `date` the graph (or the plan) already holds, whatever its id. */
  async meetingOn(bodyId: string, date: string): Promise<string | null> {
    for (const e of this.entities.values()) if (e.kind === 'Meeting' && dateOf(e) === date && this.links.has(`MEETING_OF:${e.id}->${bodyId}`)) return e.id;
    const links = await this.store.linksOf(bodyId, { kinds: ['MEETING_OF'], direction: 'in' });
    const meetings = await this.store.getEntities(links.map((l) => l.from));
    const onDay = meetings.filter((m): m is Entity => m !== null && m.kind === 'Meeting' && dateOf(m) === date).map((m) => m.id).sort();
    return onDay[0] ?? null;
  }

  /** Stored entities of the store (not staged), unchanged by the plan. */
  async stored(id: string): Promise<Entity | null> {
    if (!this.entityCache.has(id)) this.entityCache.set(id, await this.store.getEntity(id));
    return this.entityCache.get(id) ?? null;
  }

  async storedLink(id: string): Promise<Link | null> {
    if (!this.linkCache.has(id)) this.linkCache.set(id, await this.store.getLink(id));
    return this.linkCache.get(id) ?? null;
  }

  private storedByKind: Promise<Map<string, Entity[]>> | null = null;

  /** Every entity of a kind, stored (the graph is read once) or staged, the staged version first. */
  private async ofKind(kind: 'Person' | 'Source'): Promise<Entity[]> {
    this.storedByKind ??= this.graph().then((graph) => {
      const byKind = new Map<string, Entity[]>();
      for (const e of graph.entities) if (e.kind === 'Person' || e.kind === 'Source') byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
      return byKind;
    });
    const stored = (await this.storedByKind).get(kind) ?? [];
    const staged = [...this.entities.values()].filter((e) => e.kind === kind);
    return [...staged, ...stored.filter((e) => !this.entities.has(e.id))];
  }

  /** Every Person of the graph and of the plan, for the matcher to choose among (the area filter is the caller's). */
  persons(): Promise<Entity[]> {
    return this.ofKind('Person');
  }

  private sources(): Promise<Entity[]> {
    return this.ofKind('Source');
  }

  /** The Source holding a document with this content hash, if the graph (or the plan) has one. */
  async sourceWithHash(hash: string): Promise<Entity | null> {
    return (await this.sources()).filter((e) => e.attributes['contentHash'] === hash).sort((a, b) => compareIds(a.id, b.id))[0] ?? null;
  }

  /** Sources without a content hash whose `file` attribute is `fileName` (recorded before hashes were). */
  async unhashedSourcesForFile(fileName: string): Promise<Entity[]> {
    return (await this.sources()).filter((e) => e.attributes['file'] === fileName && e.attributes['contentHash'] === undefined);
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function entityFrom(input: EntityInput): Entity {
  return normaliseEntity(entityInputSchema.parse(input));
}

function linkFrom(input: LinkInput): Link {
  return normaliseLink(linkInputSchema.parse(input));
}

function dateOf(entity: Entity): string | null {
  const d = entity.attributes['date'] as { earliest?: string | null; latest?: string | null } | undefined;
  return d && d.earliest && d.earliest === d.latest ? d.earliest : null;
}

function sourceTypeFits(entity: Entity, kind: 'agenda' | 'minutes'): boolean {
  const t = entity.attributes['sourceType'];
  return kind === 'minutes' ? t === 'minutes' || t === 'draft-minutes' : t === 'agenda' || t === 'agenda-pack';
}

/** Plans the ingestion of `inputs` against `store` (reads only). */
export async function planIngest(store: GraphStore, inputs: readonly IngestInput[], options: IngestOptions = {}): Promise<IngestPlan> {
  const createPeople = options.createPeople ?? true;
  const staging = new Staging(store);
  const problems: IngestProblem[] = [];
  const documents: IngestPlan['documents'] = [];
  const accept = options.acceptDecisions ?? [];
  const decisions: PlannedDecision[] = [];

  const stage = async (fact: Entity): Promise<void> => {
    const current = await staging.entity(fact.id);
    staging.entities.set(fact.id, current ? mergeEntity(current, fact) : fact);
  };
  const stageLink = async (fact: Link): Promise<void> => {
    const current = await staging.link(fact.id);
    staging.links.set(fact.id, current ? mergeLink(current, fact) : fact);
  };

  for (const input of inputs) {
    const hashes = documentContentHashes(input.content, input.extraction.documents.map((d) => d.lines));
    for (const [index, doc] of input.extraction.documents.entries()) {
      const hash = hashes[index]!;
      const label = `${doc.kind} ${doc.date ?? '(undated)'}`;
      const report = (code: IngestProblem['code'], message: string, candidates?: string[]): void => {
        problems.push({ file: input.file, document: label, code, message, candidates });
      };
      const record = { file: input.file, kind: doc.kind, date: doc.date, bodyId: doc.bodyId, meetingId: null as string | null, sourceId: null as string | null, contentHash: hash };
      documents.push(record);
      if (!doc.bodyId) {
        report('unresolved-body', `body "${doc.body ?? '(none)'}" is not an entity of the graph; the document was not ingested`);
        continue;
      }
      if (!doc.date) {
        report('undated', 'no meeting date was found; the document was not ingested');
        continue;
      }
      const body = await staging.entity(doc.bodyId);
      if (!body) {
        report('unresolved-body', `body id "${doc.bodyId}" is not in the store; the document was not ingested`);
        continue;
      }
      if (!LINK_ENDPOINTS.MEETING_OF.to.includes(body.kind)) {
        report('invalid-fact', `"${doc.body}" resolves to ${body.kind} ${body.id}, which cannot hold meetings (MEETING_OF needs a Body); the document was not ingested`);
        continue;
      }
      const area = body.area;
      const status = doc.kind === 'minutes' ? 'in-force' : 'scheduled';
      const validity = { from: doc.date };

      // The Source: the one holding this content; else one recorded for this file and date before
      // content hashes were (it gets the hash); else a new one for this document.
      let sourceId: string;
      const hashed = await staging.sourceWithHash(hash);
      const fileSources = hashed ? [] : (await staging.unhashedSourcesForFile(input.fileName)).filter((s) => dateOf(s) === doc.date);
      const legacy = fileSources.find((s) => sourceTypeFits(s, doc.kind)) ?? (fileSources.length === 1 ? fileSources[0] : undefined);
      if (hashed) sourceId = hashed.id;
      else if (legacy) {
        sourceId = legacy.id;
        staging.entities.set(legacy.id, { ...legacy, attributes: { ...legacy.attributes, contentHash: hash } });
      } else {
        sourceId = documentSourceId(doc.bodyId, doc.kind, doc.date);
        let taken = await staging.entity(sourceId);
        // Another document of that body, kind and day (a revised set of minutes): told apart by its hash.
        if (taken && taken.kind === 'Source') {
          sourceId = `${sourceId}-${hash.slice('sha256:'.length, 'sha256:'.length + 8)}`;
          taken = await staging.entity(sourceId);
        }
        if (taken) {
          report('id-taken', `id "${sourceId}" belongs to a ${taken.kind}; the document was not ingested`);
          continue;
        }
        await stage(
          entityFrom({
            id: sourceId,
            kind: 'Source',
            name: `${body.name} ${doc.kind}, ${formatDay(doc.date)}`,
            sourceType: doc.kind,
            date: doc.date,
            file: input.fileName,
            url: input.url,
            contentHash: hash,
            area,
            status: 'in-force',
            confidence: 'stated',
            sources: [],
          }),
        );
      }
      record.sourceId = sourceId;
      const cite = (item?: string | null): SourceRef => (item ? { source: sourceId, item } : { source: sourceId });

      // The Meeting and MEETING_OF.
      const mId = (await staging.meetingOn(doc.bodyId, doc.date)) ?? meetingId(doc.bodyId, doc.date);
      const taken = await staging.entity(mId);
      if (taken && taken.kind !== 'Meeting') {
        report('id-taken', `id "${mId}" belongs to a ${taken.kind}; the document was not ingested`);
        continue;
      }
      record.meetingId = mId;
      await stage(
        entityFrom({
          id: mId,
          kind: 'Meeting',
          name: `${body.name} meeting, ${formatDay(doc.date)}`,
          date: doc.date,
          venue: doc.venue ?? undefined,
          area,
          validity,
          status,
          confidence: 'stated',
          sources: [cite()],
        }),
      );
      await stageLink(linkFrom({ kind: 'MEETING_OF', from: mId, to: doc.bodyId, validity, status, confidence: 'stated', sources: [cite()] }));

      // Attendance and apologies (minutes only: an agenda's membership is not attendance).
      if (doc.kind === 'minutes') {
        for (const person of doc.people) {
          if (person.role === 'member') continue;
          const personEntity = await resolvePerson(person, area, cite(person.item), report);
          if (!personEntity) continue;
          const kind = person.role === 'apologies' ? 'SENT_APOLOGIES' : 'ATTENDED';
          const role = person.role === 'apologies' ? undefined : person.chair ? 'chair' : person.role === 'also-present' ? 'in-attendance' : undefined;
          await stageLink(
            linkFrom({ kind, from: personEntity.id, to: mId, role, validity, status: 'in-force', confidence: 'stated', sources: [cite(person.item)] }),
          );
        }
      }

      // Mentions of duties and other bodies, cited to the items that name them.
      const mentioned = new Map<string, SourceRef[]>();
      for (const item of doc.items) {
        for (const m of item.mentions) {
          if (m.id === doc.bodyId) continue;
          const refs = mentioned.get(m.id) ?? [];
          refs.push(cite(item.number ?? item.title.slice(0, 80)));
          mentioned.set(m.id, refs);
        }
      }
      for (const [target, refs] of [...mentioned].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const entity = await staging.entity(target);
        if (!entity || !LINK_ENDPOINTS.MENTIONS.to.includes(entity.kind)) continue;
        await stageLink(linkFrom({ kind: 'MENTIONS', from: mId, to: target, status, confidence: 'stated', sources: refs }));
      }

      // What the minutes decide: proposed facts, staged only when accepted.
      if (doc.kind === 'minutes') {
        const read = await planMeetingDecisions(staging, await staging.resolver(), { meetingId: mId, sourceId, date: doc.date, body, items: doc.items });
        for (const u of read.unresolved) {
          report('unresolved-decision', `item ${u.item}: "${u.quote}" reads as a decision but names ${u.names.map((n) => `"${n}"`).join(', ')}, which the graph does not hold; nothing proposed`);
        }
        for (const i of read.invalid) report('invalid-decision', `item ${i.item}: "${i.quote}": ${i.message}; nothing proposed`);
        for (const d of read.decisions) {
          const accepted = accept === 'all' || accept.includes(d.id);
          if (accepted) {
            for (const e of d.entities) staging.entities.set(e.id, e);
            for (const l of d.links) staging.links.set(l.id, l);
          }
          decisions.push({ ...d, file: input.file, accepted, diff: [] });
        }
      }
    }
  }

  async function resolvePerson(
    person: PersonRecord,
    area: string | undefined,
    ref: SourceRef,
    report: (code: IngestProblem['code'], message: string, candidates?: string[]) => void,
  ): Promise<Entity | null> {
    if (!surnameOf(person.name)) return null;
    const written = `${person.title ? `${person.title} ` : ''}${person.name}`;
    const pool = (await staging.persons()).filter((e) => !area || !e.area || e.area === area);
    const match = matchPerson(person.name, pool);
    if (match.status === 'matched') {
      if (match.fit === 'nickname' || match.fit === 'variant') {
        report('variant-person', `"${written}" (${person.role}) matched ${match.entity.id} "${match.entity.name}" as a ${match.fit === 'nickname' ? 'short or other form of the given name' : 'spelling variant'}; linked, and the name as written added to its aliases`, [match.entity.id]);
        return addAlias(match.entity, person.name, ref);
      }
      return match.entity;
    }
    if (match.status === 'ambiguous') {
      const ids = match.candidates.map((c) => c.id);
      report('ambiguous-person', `"${written}" (${person.role}) could be ${ids.join(', ')} (${match.fit} match); not linked`, ids);
      return null;
    }
    if (!createPeople || !isFullName(person.name)) {
      report('unmatched-person', `"${written}" (${person.role}) matches no person in the graph${isFullName(person.name) ? '' : ' and a surname alone is too little to add one'}; not linked`);
      return null;
    }
    const id = personId(person.name);
    const taken = await staging.entity(id);
    if (taken) {
      report('id-taken', `"${written}" would be added as "${id}", which is already a ${taken.kind} with another name; not linked`);
      return null;
    }
    const entity = entityFrom({
      id,
      kind: 'Person',
      name: person.name,
      honorific: person.title,
      area,
      description: person.affiliation ? `Affiliation as written in the minutes: ${person.affiliation}.` : undefined,
      status: 'in-force',
      confidence: 'stated',
      sources: [ref],
      note: 'Added by minutes ingestion: named in the minutes cited, not matched to a person already in the graph. Check for duplicates before relying on it.',
    });
    await stage(entity);
    return entity;
  }

  /** A person with a name as written kept among its aliases (cited), so the next document finds it exactly. */
  async function addAlias(entity: Entity, name: string, ref: SourceRef): Promise<Entity> {
    const current = (await staging.entity(entity.id)) ?? entity;
    const known = [current.name, ...current.names.map((n) => n.name), ...current.aliases].map((n) => n.toLowerCase());
    if (!isFullName(name) || known.includes(name.toLowerCase())) return current;
    const updated: Entity = { ...current, aliases: [...current.aliases, name], sources: mergeSources(current.sources, [ref]) };
    staging.entities.set(updated.id, updated);
    return updated;
  }

  // The diff: staged facts against what the store holds.
  const entityDiff = async (entity: Entity): Promise<DiffEntry | null> => {
    const before = await staging.stored(entity.id);
    if (before && canonical(before) === canonical(entity)) return null;
    return {
      op: before ? 'change' : 'add',
      type: 'entity',
      id: entity.id,
      kind: entity.kind,
      summary: `${entity.kind} ${entity.id} "${entity.name}"`,
      changes: before ? describeChange(before as unknown as Record<string, unknown>, entity as unknown as Record<string, unknown>) : [],
    };
  };
  const linkDiff = async (link: Link): Promise<DiffEntry | null> => {
    const before = await staging.storedLink(link.id);
    if (before && canonical(before) === canonical(link)) return null;
    const cites = link.sources.map((s) => (s.item ? `${s.source}#${s.item}` : s.source)).join(', ');
    return {
      op: before ? 'change' : 'add',
      type: 'link',
      id: link.id,
      kind: link.kind,
      summary: `${link.from} -${link.kind}${link.role ? `(${link.role})` : ''}-> ${link.to} [${cites}]`,
      changes: before ? describeChange(before as unknown as Record<string, unknown>, link as unknown as Record<string, unknown>) : [],
    };
  };
  const upsertEntities: Entity[] = [];
  const upsertLinks: Link[] = [];
  const diff: DiffEntry[] = [];
  for (const entity of [...staging.entities.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const entry = await entityDiff(entity);
    if (!entry) continue;
    upsertEntities.push(entity);
    diff.push(entry);
  }
  for (const link of [...staging.links.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const entry = await linkDiff(link);
    if (!entry) continue;
    upsertLinks.push(link);
    diff.push(entry);
  }
  for (const d of decisions) {
    for (const e of d.entities) {
      const entry = await entityDiff(d.accepted ? (staging.entities.get(e.id) ?? e) : e);
      if (entry) d.diff.push(entry);
    }
    for (const l of d.links) {
      const entry = await linkDiff(d.accepted ? (staging.links.get(l.id) ?? l) : l);
      if (entry) d.diff.push(entry);
    }
  }
  const known = new Set(decisions.map((d) => d.id));
  const unknownAccepts = accept === 'all' ? [] : accept.filter((id) => !known.has(id));
  const changes: ChangeSet = {};
  if (upsertEntities.length > 0) changes.upsertEntities = upsertEntities;
  if (upsertLinks.length > 0) changes.upsertLinks = upsertLinks;
  return { changes, diff, problems, decisions, unknownAccepts, documents };
}

/** An existing entity with a new document's facts added: sources merged, status raised, gaps filled. */
function mergeEntity(current: Entity, incoming: Entity): Entity {
  if (current.kind !== incoming.kind || (current.kind !== 'Meeting' && current.kind !== 'Source' && current.kind !== 'Person')) return current;
  const attributes = { ...current.attributes };
  for (const [key, value] of Object.entries(incoming.attributes)) if (attributes[key] === undefined) attributes[key] = value;
  const raise = current.kind === 'Meeting' && (MEETING_RANK[incoming.status] ?? 0) > (MEETING_RANK[current.status] ?? 0);
  return {
    ...current,
    status: raise ? incoming.status : current.status,
    sources: mergeSources(current.sources, incoming.sources),
    attributes,
  };
}

/** An existing link with a new document's citations added. */
function mergeLink(current: Link, incoming: Link): Link {
  const raise = (MEETING_RANK[incoming.status] ?? 0) > (MEETING_RANK[current.status] ?? 0);
  return { ...current, status: raise ? incoming.status : current.status, sources: mergeSources(current.sources, incoming.sources) };
}

/** Who runs an ingest, for the audit log. */
export interface IngestActor {
  /** The person (or service) running the ingest. */
  actor: string;
  role?: string | undefined;
}

/**
 * Writes a plan through the store's `apply` (one transaction) and records it in the audit log as
 * `ingestMinutes` by `by`, citing the document's Source (or, for several documents, listing them);
 * null when there is nothing to write.
 */
export async function applyIngestPlan(store: GraphStore, plan: IngestPlan, by?: IngestActor): Promise<ApplyResult | null> {
  if (!plan.changes.upsertEntities && !plan.changes.upsertLinks) return null;
  if (!by) return store.apply(plan.changes);
  const sources = [...new Set(plan.documents.map((d) => d.sourceId).filter((id): id is string => id !== null))];
  const files = [...new Set(plan.documents.map((d) => d.file))].join(', ');
  return store.apply(plan.changes, {
    audit: {
      actor: by.actor,
      role: by.role,
      action: 'ingestMinutes',
      source: sources.length === 1 ? sources[0] : undefined,
      comment: sources.length > 1 ? `ingested ${files} (sources ${sources.join(', ')})` : `ingested ${files}`,
    },
  });
}

/** The plan as reviewable text: one line per added (+) or changed (~) fact, then the problems (!). */
export function formatIngestPlan(plan: IngestPlan): string {
  const lines: string[] = [];
  const decisionFacts = new Set(plan.decisions.filter((d) => d.accepted).flatMap((d) => d.diff.map((e) => `${e.type}:${e.id}`)));
  const print = (d: DiffEntry, indent = ''): void => {
    lines.push(`${indent}${d.op === 'add' ? '+' : '~'} ${d.type === 'entity' ? 'entity' : 'link  '} ${d.summary}`);
    for (const c of d.changes) lines.push(`${indent}      ${c}`);
  };
  for (const d of plan.diff) if (!decisionFacts.has(`${d.type}:${d.id}`)) print(d);
  if (plan.decisions.length > 0) {
    const pending = plan.decisions.filter((d) => !d.accepted).length;
    lines.push(`decisions (${plan.decisions.length}; ${pending} not accepted, so not written: accept with --accept all or --accept ID,...):`);
    for (const d of plan.decisions) {
      lines.push(`${d.accepted ? '✓' : '?'} ${d.id} ${d.kind}: ${d.summary}${d.diff.length === 0 ? ' (the graph already holds it)' : ''}`);
      lines.push(`    "${d.quote}"`);
      for (const e of d.diff) print(e, '    ');
    }
  }
  const count = (type: DiffEntry['type'], op: DiffEntry['op']): number => plan.diff.filter((d) => d.type === type && d.op === op).length;
  lines.push(
    `${count('entity', 'add')} entities to add, ${count('entity', 'change')} to change; ${count('link', 'add')} links to add, ${count('link', 'change')} to change`,
  );
  for (const p of plan.problems) lines.push(`! ${p.file} (${p.document}): ${p.code}: ${p.message}`);
  return `${lines.join('\n')}\n`;
}
