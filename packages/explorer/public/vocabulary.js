// The explorer's words, in one place: statuses, confidences, kinds of entity, kinds of link and of
// source, as a reader sees them. Values arrive raw from the diagram JSON (`in-force`) or as GraphQL
// enum names (`IN_FORCE`); both read the same. (The diagrams package will expose the shared status
// list; until then this is the explorer's only copy.)

/** A raw value or a GraphQL enum name as the raw value: `IN_FORCE` -> `in-force`. */
export function rawValue(value) {
  return String(value ?? '').toLowerCase().replaceAll('_', '-');
}

/** Statuses, in the order a fact moves through them. */
export const STATUSES = [
  ['proposed', 'proposed'],
  ['agreed', 'agreed'],
  ['scheduled', 'scheduled'],
  ['enacted-not-in-force', 'enacted, not in force'],
  ['in-force', 'in force'],
  ['ended', 'ended'],
];
const STATUS_LABELS = new Map(STATUSES);

/** How a status reads: "in force", "enacted, not in force", ... */
export function statusLabel(status) {
  const raw = rawValue(status);
  return STATUS_LABELS.get(raw) ?? raw.replaceAll('-', ' ');
}

/** Confidences, most certain first. */
export const CONFIDENCES = [
  ['confirmed', 'confirmed (national reference, checked)'],
  ['stated', 'stated in a source'],
  ['inferred', 'inferred from the sources'],
  ['unverified', 'not yet checked'],
];
const CONFIDENCE_LABELS = new Map(CONFIDENCES);

/** How a confidence reads. */
export function confidenceLabel(confidence) {
  const raw = rawValue(confidence);
  return CONFIDENCE_LABELS.get(raw) ?? raw;
}

/** Kinds of entity, as the legend and the filters name them. */
export const ENTITY_KINDS = [
  ['Body', 'Boards and groups'],
  ['Organisation', 'Organisations'],
  ['Person', 'People'],
  ['Duty', 'Duties'],
  ['Legislation', 'Law'],
  ['Strategy', 'Strategies and plans'],
  ['Review', 'Reviews'],
  ['Assessment', 'Assessments'],
  ['Meeting', 'Meetings'],
  ['Source', 'Sources'],
];
const KIND_LABELS = new Map(ENTITY_KINDS);

/** How a kind of entity reads in the legend and filters (plural). */
export function kindLabel(kind) {
  return KIND_LABELS.get(kind) ?? kind;
}

/** One entity of a kind, in running text. */
export function kindNoun(kind) {
  return { Body: 'body', Organisation: 'organisation', Person: 'person', Duty: 'duty', Legislation: 'law', Strategy: 'strategy or plan', Review: 'review', Assessment: 'assessment', Meeting: 'meeting', Source: 'source' }[kind] ?? String(kind).toLowerCase();
}

/** Kinds of link, in the words the diagrams use. */
export const LINK_KINDS = [
  ['OVERSEES', 'oversees'],
  ['LEADS', 'leads'],
  ['DELIVERS', 'delivers'],
  ['REPORTS_TO', 'reports to'],
  ['SUB_GROUP_OF', 'sub-group of'],
  ['MEMBER_OF', 'member of'],
  ['SITS_ON', 'sits on'],
  ['WORKS_FOR', 'works for'],
  ['IMPOSED_BY', 'imposed by'],
  ['BINDS', 'binds'],
  ['REQUIRES', 'requires'],
  ['OWNS', 'owns'],
  ['FEEDS_INTO', 'feeds into'],
  ['COMMISSIONS', 'commissions'],
  ['ASSESSES', 'assesses'],
  ['SUCCEEDED_BY', 'succeeded by'],
  ['LINKS_TO', 'links to'],
  ['MEETING_OF', 'meeting of'],
  ['ATTENDED', 'attended'],
  ['SENT_APOLOGIES', 'sent apologies to'],
  ['MENTIONS', 'mentions'],
];
const LINK_KIND_LABELS = new Map(LINK_KINDS);

/** Evidence links (meetings, attendance, mentions): left out of the map unless asked for. */
export const EVIDENCE_LINK_KINDS = ['MEETING_OF', 'ATTENDED', 'SENT_APOLOGIES', 'MENTIONS'];

/** How a kind of link reads: "sub-group of". */
export function linkKindLabel(kind) {
  return LINK_KIND_LABELS.get(String(kind).toUpperCase()) ?? String(kind).toLowerCase().replaceAll('_', ' ');
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
