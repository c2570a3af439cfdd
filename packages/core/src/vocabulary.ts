/**
 * The words people read for the ontology's values: one label and one description per status,
 * confidence, link kind and entity kind. Diagrams, the health report, the CLI and (through
 * GraphQL) the explorer all print these, so "in force" reads the same everywhere and nobody
 * sees the kebab-case value `in-force` or a link kind such as `SUB_GROUP_OF` in prose.
 */
import { CONFIDENCES, ENTITY_KINDS, LINK_KINDS, STATUSES, type Confidence, type EntityKind, type LinkKind, type Status } from './ontology.js';

/** How one vocabulary value reads. */
export interface VocabularyTerm<V extends string = string> {
  /** The value as the graph stores it, e.g. `in-force`. */
  value: V;
  /** Short lower-case wording for labels and sentences, e.g. "in force". */
  label: string;
  /** One sentence saying what it means (the GraphQL enum descriptions say the same). */
  description: string;
}

/** Statuses: proposed, agreed and in force are kept apart everywhere a fact is shown. */
export const STATUS_TERMS: Record<Status, VocabularyTerm<Status>> = {
  proposed: { value: 'proposed', label: 'proposed', description: 'A paper recommends it or it is on an agenda.' },
  agreed: { value: 'agreed', label: 'agreed', description: 'A resolution approves it; not yet in effect.' },
  'in-force': { value: 'in-force', label: 'in force', description: 'It is happening.' },
  ended: { value: 'ended', label: 'ended', description: 'It has ended.' },
  'enacted-not-in-force': { value: 'enacted-not-in-force', label: 'enacted, not in force', description: 'Law passed but not commenced.' },
  scheduled: { value: 'scheduled', label: 'scheduled', description: 'An agenda item, nothing more.' },
};

/** Confidences: how sure the graph is of a fact. */
export const CONFIDENCE_TERMS: Record<Confidence, VocabularyTerm<Confidence>> = {
  stated: { value: 'stated', label: 'stated', description: 'The source says it.' },
  inferred: { value: 'inferred', label: 'inferred', description: "A reasonable reading of the sources; the fact's `note` says which." },
  confirmed: { value: 'confirmed', label: 'confirmed', description: 'National reference fact, checked.' },
  unverified: { value: 'unverified', label: 'unverified', description: 'National reference fact, not yet checked.' },
};

/** Link kinds, worded as the verb phrase read from the link's `from` to its `to`. */
export const LINK_KIND_TERMS: Record<LinkKind, VocabularyTerm<LinkKind>> = {
  OVERSEES: { value: 'OVERSEES', label: 'oversees', description: 'Holds governance oversight of.' },
  LEADS: { value: 'LEADS', label: 'leads', description: 'Is the lead for.' },
  DELIVERS: { value: 'DELIVERS', label: 'delivers', description: 'Does the work of.' },
  REPORTS_TO: { value: 'REPORTS_TO', label: 'reports to', description: 'Reports to.' },
  SUB_GROUP_OF: { value: 'SUB_GROUP_OF', label: 'sub-group of', description: 'Is a sub-group of.' },
  MEMBER_OF: { value: 'MEMBER_OF', label: 'member of', description: 'Is a member (statutory or co-opted) of.' },
  SITS_ON: { value: 'SITS_ON', label: 'sits on', description: 'A person sits on a body (chair, lead, member, adviser, link).' },
  WORKS_FOR: { value: 'WORKS_FOR', label: 'works for', description: 'A person works for.' },
  IMPOSED_BY: { value: 'IMPOSED_BY', label: 'imposed by', description: 'A duty is imposed by legislation.' },
  BINDS: { value: 'BINDS', label: 'binds', description: 'A duty binds an organisation or body.' },
  OWNS: { value: 'OWNS', label: 'owns', description: 'Owns a strategy.' },
  FEEDS_INTO: { value: 'FEEDS_INTO', label: 'feeds into', description: 'Feeds into a strategy.' },
  COMMISSIONS: { value: 'COMMISSIONS', label: 'commissions', description: 'Commissions a review, assessment or strategy.' },
  SUCCEEDED_BY: { value: 'SUCCEEDED_BY', label: 'succeeded by', description: 'Was succeeded by (renamed, merged, split, replaced, absorbed, relaunched).' },
  ASSESSES: { value: 'ASSESSES', label: 'assesses', description: 'Assesses a duty, body or organisation.' },
  REQUIRES: { value: 'REQUIRES', label: 'requires', description: 'A duty requires an output or body.' },
  MEETING_OF: { value: 'MEETING_OF', label: 'meeting of', description: 'A meeting is a meeting of a body.' },
  ATTENDED: { value: 'ATTENDED', label: 'attended', description: 'A person attended a meeting.' },
  SENT_APOLOGIES: { value: 'SENT_APOLOGIES', label: 'sent apologies to', description: 'A person sent apologies to a meeting.' },
  MENTIONS: { value: 'MENTIONS', label: 'mentions', description: 'A meeting or source mentions something.' },
  LINKS_TO: { value: 'LINKS_TO', label: 'links to', description: 'Has a working link with.' },
};

/** Entity kinds, worded for legends and lists (singular, lower case). */
export const ENTITY_KIND_TERMS: Record<EntityKind, VocabularyTerm<EntityKind>> = {
  Body: { value: 'Body', label: 'partnership, board or group', description: 'A partnership, board, sub-group, panel, forum, service or committee.' },
  Organisation: { value: 'Organisation', label: 'organisation', description: 'An organisation such as a council, police force or NHS body.' },
  Person: { value: 'Person', label: 'person', description: 'A named person.' },
  Duty: { value: 'Duty', label: 'duty', description: 'A statutory or local duty.' },
  Legislation: { value: 'Legislation', label: 'legislation', description: 'An Act or a section of one.' },
  Strategy: { value: 'Strategy', label: 'strategy or plan', description: 'A strategy, plan, statement or other governing document.' },
  Review: { value: 'Review', label: 'review', description: 'A review (e.g. a Domestic Homicide Review).' },
  Assessment: { value: 'Assessment', label: 'assessment', description: 'An assessment, audit or inspection, possibly with benchmark scores.' },
  Meeting: { value: 'Meeting', label: 'meeting', description: 'One meeting of a body.' },
  Source: { value: 'Source', label: 'source document', description: 'A document that facts are cited from (minutes, reports, legislation, web pages).' },
};

/** The label of a status, e.g. "in force" for `in-force`. */
export function statusLabel(status: Status): string {
  return STATUS_TERMS[status].label;
}

/** The label of a confidence, e.g. "inferred". */
export function confidenceLabel(confidence: Confidence): string {
  return CONFIDENCE_TERMS[confidence].label;
}

/** The label of a link kind, e.g. "sub-group of" for `SUB_GROUP_OF`. */
export function linkKindLabel(kind: LinkKind): string {
  return LINK_KIND_TERMS[kind].label;
}

/** The label of an entity kind, e.g. "organisation". */
export function entityKindLabel(kind: EntityKind): string {
  return ENTITY_KIND_TERMS[kind].label;
}

/** Every vocabulary in the ontology's order, for API clients that print the same words (the GraphQL `vocabulary` field). */
export function vocabulary(): {
  statuses: VocabularyTerm<Status>[];
  confidences: VocabularyTerm<Confidence>[];
  linkKinds: VocabularyTerm<LinkKind>[];
  entityKinds: VocabularyTerm<EntityKind>[];
} {
  return {
    statuses: STATUSES.map((s) => STATUS_TERMS[s]),
    confidences: CONFIDENCES.map((c) => CONFIDENCE_TERMS[c]),
    linkKinds: LINK_KINDS.map((k) => LINK_KIND_TERMS[k]),
    entityKinds: ENTITY_KINDS.map((k) => ENTITY_KIND_TERMS[k]),
  };
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day as people write it in British English, e.g. "8 September 2022" for `2022-09-08`; anything else is returned as it is. */
export function dayLabel(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = m ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : day;
}

/** A label at the start of a line or a table cell: "partnership, board or group" → "Partnership, board or group". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
