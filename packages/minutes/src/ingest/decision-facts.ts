/**
 * Decisions to proposed facts. Each decision a resolution reads as (see `decisions.ts`) becomes the
 * facts that record it: a body created is a Body with status `agreed` from the meeting's day; a
 * sub-group, reporting line or lead is a SUB_GROUP_OF, REPORTS_TO or LEADS link with status
 * `agreed`; a merger or rename is a SUCCEEDED_BY link (lineage `merge` or `rename`) to the successor
 * (created when the resolution names a new one); an end is the body's end on that day, with its
 * governance links still in force. Every fact has confidence `stated` and cites the minutes, the
 * item and the resolution's words. An agreed link is kept apart from an in-force link between the
 * same ends (its id gets the key `agreed-<date>`), so "agreed" and "in force" stay two facts.
 */
import {
  GOVERNANCE_LINK_KINDS,
  LINK_ENDPOINTS,
  entityInputSchema,
  linkInputSchema,
  normaliseEntity,
  normaliseLink,
  toFuzzyDate,
  type Entity,
  type Link,
  type LinkInput,
  type LinkKind,
  type SourceRef,
} from '@govgraph/core';
import type { EntityResolver } from '../resolver.js';
import { bodyTypeFromName, readDecisions, type DecisionKind, type DecisionReading, type DecisionRef } from './decisions.js';
import { slugify } from './ids.js';

/** Longest quote kept in a decision's citation. */
export const MAX_DECISION_QUOTE = 400;

/** What decision planning reads: the graph with the plan's own writes on top. */
export interface DecisionFactReader {
  entity(id: string): Promise<Entity | null>;
  link(id: string): Promise<Link | null>;
  linksOf(id: string): Promise<Link[]>;
}

/** One decision of a set of minutes, with the facts that would record it. */
export interface ProposedDecision {
  /** `<meeting id>#<item>.<n>`: what `--accept` names. */
  id: string;
  kind: DecisionKind;
  /** The item number (or title) the resolution stands under. */
  item: string;
  /** The resolution as written (cut to {@link MAX_DECISION_QUOTE} characters). */
  quote: string;
  /** One line saying what it decides. */
  summary: string;
  entities: Entity[];
  links: Link[];
}

/** What the minutes of one meeting decide, and what they seem to decide but name too little for. */
export interface MeetingDecisions {
  decisions: ProposedDecision[];
  /** Resolutions that read as decisions but name something the graph does not hold (as written). */
  unresolved: { item: string; quote: string; names: string[] }[];
  /** Facts that could not be built (an id taken by another kind, a link kind the ends do not allow). */
  invalid: { item: string; quote: string; message: string }[];
}

/** The meeting whose minutes are read. */
export interface DecisionContext {
  meetingId: string;
  sourceId: string;
  date: string;
  body: Entity;
  items: readonly { number: string | null; title: string; resolutions: readonly string[] }[];
}

const LINK_KIND: Partial<Record<DecisionKind, LinkKind>> = { 'sub-group': 'SUB_GROUP_OF', 'reporting-line': 'REPORTS_TO', lead: 'LEADS' };

function quoteOf(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= MAX_DECISION_QUOTE ? clean : `${clean.slice(0, MAX_DECISION_QUOTE - 1)}…`;
}

/** Reads every resolution of a meeting's minutes for governance decisions and builds their facts. */
export async function planMeetingDecisions(reader: DecisionFactReader, resolver: EntityResolver, context: DecisionContext): Promise<MeetingDecisions> {
  const out: MeetingDecisions = { decisions: [], unresolved: [], invalid: [] };
  for (const [index, item] of context.items.entries()) {
    const itemLabel = item.number ?? item.title.slice(0, 80) ?? String(index + 1);
    let n = 0;
    for (const resolution of item.resolutions) {
      const quote = quoteOf(resolution);
      const reading = readDecisions(resolution, resolver, { id: context.body.id, name: context.body.name });
      if (reading.unresolved.length > 0 && reading.decisions.length === 0) out.unresolved.push({ item: itemLabel, quote, names: reading.unresolved });
      const cite: SourceRef = { source: context.sourceId, item: itemLabel, quote };
      for (const decision of foldCreations(reading.decisions)) {
        n++;
        try {
          const facts = await factsOf(reader, decision, context, cite);
          out.decisions.push({ id: `${context.meetingId}#${itemLabel.replace(/\s+/g, '-')}.${n}`, kind: decision.kind, item: itemLabel, quote, ...facts });
        } catch (error) {
          if (!(error instanceof DecisionFactError)) throw error;
          out.invalid.push({ item: itemLabel, quote, message: error.message });
        }
      }
    }
  }
  return out;
}

/** A create read together with the links of the body it creates: accepted or left as one decision. */
interface FoldedDecision extends DecisionReading {
  /** Links of a created body ("as a sub-group of X", "reporting to Y"). */
  createdLinks?: DecisionReading[] | undefined;
}

function foldCreations(decisions: readonly DecisionReading[]): FoldedDecision[] {
  const creations = decisions.filter((d) => d.kind === 'create').map((d): FoldedDecision => ({ ...d, createdLinks: [] }));
  const rest: FoldedDecision[] = [];
  for (const d of decisions) {
    if (d.kind === 'create') continue;
    const subject = d.subjects[0];
    const creation = subject && subject.id === null ? creations.find((c) => c.subjects[0]!.name === subject.name) : undefined;
    if (creation && (d.kind === 'sub-group' || d.kind === 'reporting-line')) creation.createdLinks!.push(d);
    else if (d.subjects.every((s) => s.id !== null) || d.kind === 'merge' || d.kind === 'rename') rest.push(d);
  }
  return [...creations, ...rest];
}

class DecisionFactError extends Error {}

async function factsOf(
  reader: DecisionFactReader,
  decision: FoldedDecision,
  context: DecisionContext,
  cite: SourceRef,
): Promise<{ summary: string; entities: Entity[]; links: Link[] }> {
  const entities: Entity[] = [];
  const links: Link[] = [];
  const validity = { from: context.date };
  const area = context.body.area;

  const newBody = async (ref: DecisionRef, bodyType: string): Promise<Entity> => {
    const id = slugify(ref.name);
    const existing = await reader.entity(id);
    const fact = normaliseEntity(
      entityInputSchema.parse({
        id,
        kind: 'Body',
        name: ref.name,
        bodyType,
        area,
        validity,
        status: 'agreed',
        confidence: 'stated',
        sources: [cite],
        note: 'Agreed by the resolution cited; added by minutes ingestion with its body type read from its name.',
      }),
    );
    if (existing) {
      if (existing.kind !== 'Body') throw new DecisionFactError(`"${ref.name}" would be added as "${id}", which is already a ${existing.kind}`);
      entities.push({ ...existing, sources: mergeRefs(existing.sources, [cite]) });
      return existing;
    }
    entities.push(fact);
    return fact;
  };

  const endpoint = async (ref: DecisionRef, created: Map<string, string>): Promise<Entity> => {
    const id = ref.id ?? created.get(ref.name);
    const entity = id ? (entities.find((e) => e.id === id) ?? (await reader.entity(id))) : null;
    if (!entity) throw new DecisionFactError(`"${ref.name}" is not in the graph`);
    return entity;
  };

  const agreedLink = async (kind: LinkKind, from: Entity, to: Entity, extra: Partial<LinkInput> = {}): Promise<void> => {
    const { from: fromKinds, to: toKinds } = LINK_ENDPOINTS[kind];
    if (!fromKinds.includes(from.kind) || !toKinds.includes(to.kind)) {
      throw new DecisionFactError(`${kind} cannot join ${from.kind} ${from.id} to ${to.kind} ${to.id}`);
    }
    const input = { kind, from: from.id, to: to.id, validity, status: 'agreed' as const, confidence: 'stated' as const, sources: [cite], ...extra };
    let link = normaliseLink(linkInputSchema.parse(input));
    let existing = await reader.link(link.id);
    if (existing && !(existing.status === 'agreed' && existing.validity?.from?.earliest === context.date)) {
      link = normaliseLink(linkInputSchema.parse({ ...input, key: `agreed-${context.date}` }));
      existing = await reader.link(link.id);
    }
    links.push(existing ? { ...existing, sources: mergeRefs(existing.sources, [cite]) } : link);
  };

  const created = new Map<string, string>();
  const names = (refs: readonly DecisionRef[]): string => refs.map((r) => `"${r.name}"`).join(' and ');
  switch (decision.kind) {
    case 'create': {
      const ref = decision.subjects[0]!;
      const body = await newBody(ref, bodyTypeFromName(ref.name)!);
      created.set(ref.name, body.id);
      const parts: string[] = [];
      for (const link of decision.createdLinks ?? []) {
        const target = await endpoint(link.object!, created);
        await agreedLink(LINK_KIND[link.kind]!, body, target);
        parts.push(`${link.kind === 'sub-group' ? 'a sub-group of' : 'reporting to'} ${target.id}`);
      }
      return { summary: `create ${body.id} "${ref.name}"${parts.length ? `, ${parts.join(', ')}` : ''}`, entities, links };
    }
    case 'sub-group':
    case 'reporting-line':
    case 'lead': {
      const from = await endpoint(decision.subjects[0]!, created);
      const to = await endpoint(decision.object!, created);
      await agreedLink(LINK_KIND[decision.kind]!, from, to);
      const verb = decision.kind === 'sub-group' ? 'is a sub-group of' : decision.kind === 'lead' ? 'leads' : 'reports to';
      return { summary: `${from.id} ${verb} ${to.id}`, entities, links };
    }
    case 'merge':
    case 'rename': {
      const predecessors = await Promise.all(decision.subjects.map((s) => endpoint(s, created)));
      const successorRef = decision.object!;
      let successor: Entity;
      if (successorRef.id) successor = await endpoint(successorRef, created);
      else {
        const type = (predecessors[0]!.kind === 'Body' && decision.kind === 'rename' ? (predecessors[0]!.attributes['bodyType'] as string | undefined) : undefined) ?? bodyTypeFromName(successorRef.name);
        if (!type) throw new DecisionFactError(`"${successorRef.name}" names no kind of body`);
        successor = await newBody(successorRef, type);
      }
      for (const p of predecessors) await agreedLink('SUCCEEDED_BY', p, successor, { lineage: decision.kind });
      return {
        summary: decision.kind === 'merge' ? `merge ${names(decision.subjects)} into ${successor.id}` : `rename ${predecessors[0]!.id} "${successorRef.name}" (${successor.id})`,
        entities,
        links,
      };
    }
    case 'end': {
      const ended = await endpoint(decision.subjects[0]!, created);
      const to = toFuzzyDate(context.date);
      entities.push({ ...ended, validity: { ...ended.validity, to }, status: 'ended', sources: mergeRefs(ended.sources, [cite]) });
      for (const l of await reader.linksOf(ended.id)) {
        if (!GOVERNANCE_LINK_KINDS.includes(l.kind) || l.status === 'ended' || l.validity?.to) continue;
        links.push({ ...l, validity: { ...l.validity, to }, status: 'ended', sources: mergeRefs(l.sources, [cite]) });
      }
      return { summary: `end ${ended.id} on ${context.date}${links.length ? ` with its ${links.length} governance link(s) in force` : ''}`, entities, links };
    }
  }
}

function mergeRefs(existing: readonly SourceRef[], added: readonly SourceRef[]): SourceRef[] {
  const out = [...existing];
  for (const ref of added) {
    if (!out.some((s) => s.source === ref.source && s.item === ref.item && s.quote === ref.quote)) out.push(ref);
  }
  return out;
}
