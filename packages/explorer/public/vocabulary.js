// The explorer's words. Statuses, confidences, link kinds and entity kinds come from the API's
// `vocabulary` field (core's one list, which the CLI, the diagrams and the report print too), loaded
// once with setVocabulary; before it arrives, or for a value it lacks, the raw value is shown with
// its hyphens as spaces. Values arrive raw from the diagram JSON (`in-force`) or as GraphQL enum
// names (`IN_FORCE`); both read the same.

/** A raw value or a GraphQL enum name as the raw value: `IN_FORCE` -> `in-force`. */
export function rawValue(value) {
  return String(value ?? '').toLowerCase().replaceAll('_', '-');
}

const words = { statuses: [], confidences: [], linkKinds: [], entityKinds: [] };
const labels = { statuses: new Map(), confidences: new Map(), linkKinds: new Map(), entityKinds: new Map() };

/** Takes the API's vocabulary (GraphQL `vocabulary { statuses { value label } ... }`). */
export function setVocabulary(vocabulary) {
  for (const list of Object.keys(words)) {
    words[list] = (vocabulary?.[list] ?? []).map((term) => [list === 'entityKinds' ? term.value : list === 'linkKinds' ? term.name : rawValue(term.value), term.label]);
    labels[list] = new Map(words[list]);
  }
}

/** Statuses as [value, label], in the order a fact moves through them. */
export function statusTerms() {
  return words.statuses;
}

/** Confidences as [value, label]. */
export function confidenceTerms() {
  return words.confidences;
}

/** Entity kinds as [kind, label]. */
export function entityKindTerms() {
  return words.entityKinds;
}

/** How a status reads: "in force", ... */
export function statusLabel(status) {
  const raw = rawValue(status);
  return labels.statuses.get(raw) ?? raw.replaceAll('-', ' ');
}

/** How a confidence reads. */
export function confidenceLabel(confidence) {
  const raw = rawValue(confidence);
  return labels.confidences.get(raw) ?? raw;
}

/** One entity of a kind, in running text: "partnership, board or group". */
export function kindNoun(kind) {
  return labels.entityKinds.get(kind) ?? String(kind).toLowerCase();
}

/**
 * Entities of a kind counted in running text: "1 person", "9 people", "14 bodies" (a folded group's
 * summary says what it holds). The API's vocabulary has singular labels only, so the plurals live here.
 */
const COUNTED_KINDS = {
  Body: ['body', 'bodies'],
  Organisation: ['organisation', 'organisations'],
  Person: ['person', 'people'],
  Duty: ['duty', 'duties'],
  Legislation: ['Act or section', 'Acts or sections'],
  Strategy: ['strategy or plan', 'strategies or plans'],
  Review: ['review', 'reviews'],
  Assessment: ['assessment', 'assessments'],
  Meeting: ['meeting', 'meetings'],
  Source: ['source document', 'source documents'],
};

/** `count` entities of `kind` in words: "3 strategies or plans". */
export function countedKind(kind, count) {
  const [one, many] = COUNTED_KINDS[kind] ?? [kindNoun(kind), `${kindNoun(kind)}s`];
  return `${count} ${count === 1 ? one : many}`;
}

/** A kind as the legend and filters name it (capitalised). */
export function kindLabel(kind) {
  const noun = kindNoun(kind);
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}

/** Evidence links (meetings, attendance, mentions): left out of the map unless asked for. */
export const EVIDENCE_LINK_KINDS = ['MEETING_OF', 'ATTENDED', 'SENT_APOLOGIES', 'MENTIONS'];

/** How a kind of link reads: "sub-group of". */
export function linkKindLabel(kind) {
  const name = String(kind).toUpperCase();
  return labels.linkKinds.get(name) ?? name.toLowerCase().replaceAll('_', ' ');
}

/** How a kind of source reads: "agenda pack". */
export function sourceTypeLabel(type) {
  return rawValue(type).replaceAll('-', ' ');
}

/** Kinds of change the timeline marks on a row. */
export const MARKED_CHANGES = {
  RENAMED: 'renamed',
  MERGED: 'merged',
  SPLIT: 'split',
  REPLACED: 'replaced',
  ABSORBED: 'absorbed',
  RELAUNCHED: 'relaunched',
};

/** A day as a reader writes it: "8 September 2022". */
export function longDate(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso || '')) return String(iso ?? '');
  const [y, m, d] = iso.split('-').map(Number);
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
  return `${d} ${month} ${y}`;
}
