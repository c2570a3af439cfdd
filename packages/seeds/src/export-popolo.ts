/**
 * The graph as Popolo JSON (https://www.popoloproject.com/), the interchange format civic-data
 * tools read: people, organisations and who sits on what. Only what Popolo can say is written;
 * `docs/export.md` lists the mapping and what stays behind.
 */
import { compareStrings, type Entity, type FuzzyDate, type GraphData, type Link, type SourceRef, type Validity } from '@govgraph/core';

/** A Popolo link used as a source: where a fact comes from. */
export interface PopoloSource {
  url?: string;
  note: string;
}

/** Another name of a person or organisation, with its dates when they are day-precise. */
export interface PopoloOtherName {
  name: string;
  start_date?: string;
  end_date?: string;
  note?: string;
}

/** A Popolo person (a govgraph Person). */
export interface PopoloPerson {
  id: string;
  name: string;
  honorific_prefix?: string;
  summary?: string;
  other_names: PopoloOtherName[];
  note?: string;
  sources: PopoloSource[];
}

/** A Popolo organization (a govgraph Body or Organisation). */
export interface PopoloOrganization {
  id: string;
  name: string;
  classification: string;
  parent_id?: string;
  founding_date?: string;
  dissolution_date?: string;
  other_names: PopoloOtherName[];
  note?: string;
  sources: PopoloSource[];
}

/** A Popolo membership: a person on a body (SITS_ON) or an organisation in a body (MEMBER_OF). */
export interface PopoloMembership {
  id: string;
  organization_id: string;
  person_id?: string;
  member?: { '@type': 'Person' | 'Organization'; id: string };
  role: string;
  label?: string;
  on_behalf_of_id?: string;
  start_date?: string;
  end_date?: string;
  note?: string;
  sources: PopoloSource[];
}

/** A whole Popolo export. */
export interface PopoloDocument {
  persons: PopoloPerson[];
  organizations: PopoloOrganization[];
  memberships: PopoloMembership[];
}

/**
 * Converts a graph to Popolo. Persons are Person entities; organizations are Bodies and
 * Organisations; memberships are SITS_ON (person → body, with role and `on_behalf_of_id` from
 * `representing`) and MEMBER_OF (organisation or body → body) links. Popolo dates must be real
 * days, so a date is written as `start_date`/`end_date` only when day-precise; otherwise its
 * fuzzy text goes into `note`. Everything is sorted by id.
 */
export function toPopolo(data: GraphData): PopoloDocument {
  const byId = new Map(data.entities.map((e) => [e.id, e]));
  const sourcesOf = (refs: readonly SourceRef[]): PopoloSource[] => refs.map((ref) => popoloSource(ref, byId.get(ref.source)));
  const persons: PopoloPerson[] = [];
  const organizations: PopoloOrganization[] = [];
  const parents = parentBodies(data.links);
  for (const entity of [...data.entities].sort(compareById)) {
    if (entity.kind === 'Person') {
      const person: PopoloPerson = { id: entity.id, name: entity.name, other_names: otherNames(entity), sources: sourcesOf(entity.sources) };
      const honorific = entity.attributes['honorific'];
      if (typeof honorific === 'string') person.honorific_prefix = honorific;
      const summary = [typeof entity.attributes['title'] === 'string' ? entity.attributes['title'] : undefined, entity.description].filter(Boolean).join('. ');
      if (summary) person.summary = summary;
      setNote(person, [datesNote(entity.validity), entity.note]);
      persons.push(person);
    } else if (entity.kind === 'Body' || entity.kind === 'Organisation') {
      const type = entity.attributes[entity.kind === 'Body' ? 'bodyType' : 'organisationType'];
      const org: PopoloOrganization = {
        id: entity.id,
        name: entity.name,
        classification: typeof type === 'string' ? type : entity.kind.toLowerCase(),
        other_names: otherNames(entity),
        sources: sourcesOf(entity.sources),
      };
      const parent = parents.get(entity.id);
      if (parent !== undefined && byId.has(parent)) org.parent_id = parent;
      const founding = dayOf(entity.validity?.from);
      const dissolution = dayOf(entity.validity?.to);
      if (founding) org.founding_date = founding;
      if (dissolution) org.dissolution_date = dissolution;
      setNote(org, [datesNote(entity.validity), entity.description, entity.note]);
      organizations.push(org);
    }
  }
  const personIds = new Set(persons.map((p) => p.id));
  const orgIds = new Set(organizations.map((o) => o.id));
  const memberships: PopoloMembership[] = [];
  for (const link of [...data.links].sort(compareById)) {
    if (!orgIds.has(link.to)) continue;
    let membership: PopoloMembership;
    if (link.kind === 'SITS_ON' && personIds.has(link.from)) {
      membership = { id: link.id, person_id: link.from, organization_id: link.to, role: link.role ?? 'member', sources: sourcesOf(link.sources) };
      if (link.representing !== undefined && orgIds.has(link.representing)) membership.on_behalf_of_id = link.representing;
    } else if (link.kind === 'MEMBER_OF' && orgIds.has(link.from)) {
      membership = { id: link.id, member: { '@type': 'Organization', id: link.from }, organization_id: link.to, role: 'member', sources: sourcesOf(link.sources) };
      if (link.membership !== undefined) membership.label = `${link.membership} member`;
    } else {
      continue;
    }
    const start = dayOf(link.validity?.from);
    const end = dayOf(link.validity?.to);
    if (start) membership.start_date = start;
    if (end) membership.end_date = end;
    setNote(membership, [datesNote(link.validity), link.note]);
    memberships.push(membership);
  }
  return { persons, organizations, memberships };
}

/** The Popolo JSON text of a graph (two-space indent, trailing newline). */
export function renderPopoloJson(data: GraphData): string {
  return `${JSON.stringify(toPopolo(data), null, 2)}\n`;
}

function compareById<T extends { id: string }>(a: T, b: T): number {
  return compareStrings(a.id, b.id);
}

/** The day of a day-precise date; Popolo has no way to say "some day in June 2012". */
function dayOf(date: FuzzyDate | undefined): string | undefined {
  return date && date.precision === 'day' && date.earliest !== null ? date.earliest : undefined;
}

/** "from after 2020-03-12, by 2022-03-17" for the parts of a validity that are not day-precise. */
function datesNote(validity: Validity | undefined): string | undefined {
  const parts: string[] = [];
  if (validity?.from && !dayOf(validity.from)) parts.push(`from ${validity.from.text}`);
  if (validity?.to && !dayOf(validity.to)) parts.push(`to ${validity.to.text}`);
  return parts.length > 0 ? `dates: ${parts.join(' ')}` : undefined;
}

function setNote(target: { note?: string }, parts: (string | undefined)[]): void {
  const text = parts.filter((p): p is string => p !== undefined && p !== '').join('; ');
  if (text) target.note = text;
}

function otherNames(entity: Entity): PopoloOtherName[] {
  const out: PopoloOtherName[] = [];
  for (const record of entity.names) {
    if (record.name === entity.name && !record.validity) continue;
    const name: PopoloOtherName = { name: record.name };
    const start = dayOf(record.validity?.from);
    const end = dayOf(record.validity?.to);
    if (start) name.start_date = start;
    if (end) name.end_date = end;
    setNote(name, [datesNote(record.validity)]);
    out.push(name);
  }
  for (const alias of entity.aliases) out.push({ name: alias, note: 'alias' });
  return out;
}

/** Each body's parent: the target of its SUB_GROUP_OF link that has not ended (else its first). */
function parentBodies(links: readonly Link[]): Map<string, string> {
  const parents = new Map<string, string>();
  const sorted = links.filter((l) => l.kind === 'SUB_GROUP_OF').sort(compareById);
  for (const link of sorted) if (!link.validity?.to && !parents.has(link.from)) parents.set(link.from, link.to);
  for (const link of sorted) if (!parents.has(link.from)) parents.set(link.from, link.to);
  return parents;
}

function popoloSource(ref: SourceRef, source: Entity | undefined): PopoloSource {
  const parts = [source?.name ?? ref.source];
  if (ref.item !== undefined) parts.push(`item ${ref.item}`);
  let note = parts.join(', ');
  if (ref.quote !== undefined) note += `: "${ref.quote}"`;
  const url = source?.attributes['url'];
  return typeof url === 'string' ? { url, note } : { note };
}
