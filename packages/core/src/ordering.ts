/**
 * Orderings and scores every store applies, so that the embedded store and Neo4j return the
 * same answers in the same order.
 */
import type { Entity } from './ontology.js';
import type { GraphPath, OversightEntry, SearchHit, SearchMatchKind } from './port.js';

/** Plain code-unit comparison (locale-independent, as Cypher's ORDER BY on strings). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Direct before inherited, shorter chains first, then body id, then the chain's link ids. */
export function compareOversightEntries(a: OversightEntry, b: OversightEntry): number {
  if (a.inherited !== b.inherited) return a.inherited ? 1 : -1;
  if (a.chain.length !== b.chain.length) return a.chain.length - b.chain.length;
  const byBody = compareStrings(a.body.id, b.body.id);
  if (byBody !== 0) return byBody;
  return compareStrings(a.chain.map((l) => l.id).join('|'), b.chain.map((l) => l.id).join('|'));
}

/**
 * Sorts oversight entries in {@link compareOversightEntries} order, joining each chain's link ids
 * once rather than per comparison (a national duty has hundreds of entries). Sorts in place.
 */
export function sortOversightEntries(entries: OversightEntry[]): OversightEntry[] {
  const keyed = entries.map((entry) => ({ entry, chainKey: entry.chain.map((l) => l.id).join('|') }));
  keyed.sort(
    (a, b) =>
      Number(a.entry.inherited) - Number(b.entry.inherited) ||
      a.entry.chain.length - b.entry.chain.length ||
      compareStrings(a.entry.body.id, b.entry.body.id) ||
      compareStrings(a.chainKey, b.chainKey),
  );
  keyed.forEach((k, i) => (entries[i] = k.entry));
  return entries;
}

/** By id: the order of every list of facts a store returns. */
export function compareById(a: { id: string }, b: { id: string }): number {
  return compareStrings(a.id, b.id);
}

/** Search hits in answer order (score descending, then entity id), cut to `limit`. Sorts in place. */
export function rankSearchHits(hits: SearchHit[], limit: number): SearchHit[] {
  hits.sort((a, b) => b.score - a.score || compareStrings(a.entity.id, b.entity.id));
  return hits.slice(0, limit);
}

/** Shorter first, then by the sequence of link ids. */
export function comparePaths(a: GraphPath, b: GraphPath): number {
  if (a.links.length !== b.links.length) return a.links.length - b.links.length;
  return compareStrings(a.links.map((l) => l.id).join('|'), b.links.map((l) => l.id).join('|'));
}

/** Folds case, accents, punctuation and spacing so "S.S.C.P." finds "SSCP". */
export function normaliseSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Base score of each way a hit can match; exact beats prefix beats word beats substring within each. */
const MATCH_KIND_WEIGHT: Record<SearchMatchKind, number> = { id: 4, name: 3, alias: 2, 'former-name': 2 };

/**
 * Scores how well `query` matches one candidate string of an entity, or null for no match.
 * Exact (after {@link normaliseSearchText}) scores 100, a prefix 60, a whole-word match 40,
 * any other substring 20; plus the match kind's weight.
 */
export function scoreSearchMatch(query: string, candidate: string, kind: SearchMatchKind): number | null {
  const q = normaliseSearchText(query);
  const c = normaliseSearchText(candidate);
  if (q === '' || c === '') return null;
  const compactQ = q.replace(/ /g, '');
  let base: number | null = null;
  if (c === q || c.replace(/ /g, '') === compactQ) base = 100;
  else if (c.startsWith(q)) base = 60;
  else if (` ${c} `.includes(` ${q} `)) base = 40;
  else if (c.includes(q)) base = 20;
  if (base === null) return null;
  return base + MATCH_KIND_WEIGHT[kind];
}

/** The strings of an entity that search looks at, with how each would match. */
export function searchCandidates(entity: Entity): { text: string; kind: SearchMatchKind }[] {
  const out: { text: string; kind: SearchMatchKind }[] = [
    { text: entity.id, kind: 'id' },
    { text: entity.name, kind: 'name' },
  ];
  for (const n of entity.names) if (n.name !== entity.name) out.push({ text: n.name, kind: 'former-name' });
  for (const a of entity.aliases) out.push({ text: a, kind: 'alias' });
  return out;
}

/** The best match of `query` against an entity, or null. Ties between candidates go to the earlier one. */
export function bestSearchMatch(query: string, entity: Entity): { matched: string; matchKind: SearchMatchKind; score: number } | null {
  let best: { matched: string; matchKind: SearchMatchKind; score: number } | null = null;
  for (const c of searchCandidates(entity)) {
    const score = scoreSearchMatch(query, c.text, c.kind);
    if (score !== null && (best === null || score > best.score)) best = { matched: c.text, matchKind: c.kind, score };
  }
  return best;
}
