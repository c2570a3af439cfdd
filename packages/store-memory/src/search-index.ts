/**
 * A trigram index over every entity's searchable strings (id, name, former names, aliases), so that
 * search on a large graph looks at a few candidates instead of every entity. It only narrows: each
 * candidate is then scored as core's `bestSearchMatch` scores it (on strings normalised once, at
 * indexing), so results equal the brute-force definition exactly.
 *
 * Why trigrams are enough: a candidate string `c` matches query `q` (both normalised) when `c`
 * equals, starts with, contains as a word or contains `q` (each implies `c` contains `q`, hence all
 * of `q`'s trigrams), or when `c` equals `q` once spaces are removed (looked up in a second map keyed
 * by the space-free form). Queries shorter than three characters have no trigram and are checked
 * against every entity.
 */
import { normaliseSearchText, scoreSearchMatch, searchCandidates, type Entity, type SearchMatchKind } from '@govgraph/core';

/** A searchable string of an entity, normalised once when indexed. */
interface IndexedText {
  text: string;
  kind: SearchMatchKind;
  normalised: string;
  compact: string;
}

/** One entity's best match, as `bestSearchMatch` would give it. */
export interface IndexedMatch {
  entity: Entity;
  matched: string;
  matchKind: SearchMatchKind;
  score: number;
}

/** Each match kind's weight, read off core's scoring (an exact match scores 100 + weight). */
const KIND_WEIGHT: Record<SearchMatchKind, number> = {
  id: scoreSearchMatch('x', 'x', 'id')! - 100,
  name: scoreSearchMatch('x', 'x', 'name')! - 100,
  alias: scoreSearchMatch('x', 'x', 'alias')! - 100,
  'former-name': scoreSearchMatch('x', 'x', 'former-name')! - 100,
};

/**
 * `scoreSearchMatch` of core on strings normalised in advance (normalising is most of its cost).
 * The unit tests hold this to core's definition on random entities and queries.
 */
function scoreNormalised(q: string, compactQ: string, c: IndexedText): number | null {
  let base: number;
  if (c.normalised === q || c.compact === compactQ) base = 100;
  else if (c.normalised.startsWith(q)) base = 60;
  else if (` ${c.normalised} `.includes(` ${q} `)) base = 40;
  else if (c.normalised.includes(q)) base = 20;
  else return null;
  return base + KIND_WEIGHT[c.kind];
}

/** The distinct three-character windows of a normalised string. */
function trigramsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i++) out.add(text.slice(i, i + 3));
  return out;
}

/**
 * Entities live in numbered slots; posting lists hold slot numbers. Replacing or removing an
 * entity frees its slot (lists keep the stale number, skipped on read); the index compacts itself
 * when stale slots outnumber live ones.
 */
export class SearchIndex {
  private slots: (Entity | undefined)[] = [];
  private texts: IndexedText[][] = [];
  private readonly slotById = new Map<string, number>();
  private readonly byTrigram = new Map<string, number[]>();
  private readonly byCompact = new Map<string, number[]>();
  private stale = 0;

  /** Builds an index over `entities`. */
  constructor(entities: Iterable<Entity> = []) {
    for (const entity of entities) this.add(entity);
  }

  /** Indexes a new entity, or re-indexes one whose strings may have changed. */
  put(entity: Entity): void {
    if (this.slotById.has(entity.id)) this.remove(entity.id);
    this.add(entity);
  }

  /** Forgets an entity; unknown ids are ignored. */
  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.slots[slot] = undefined;
    this.texts[slot] = [];
    this.slotById.delete(id);
    this.stale++;
    if (this.stale > 1024 && this.stale > this.slotById.size) this.compact();
  }

  /**
   * Every entity whose best match (as core's `bestSearchMatch` defines it) is not null and that
   * `accept` lets through, with that match. Order is unspecified.
   */
  matches(query: string, accept: (entity: Entity) => boolean): IndexedMatch[] {
    const q = normaliseSearchText(query);
    if (q === '') return [];
    const compactQ = q.replace(/ /g, '');
    const out: IndexedMatch[] = [];
    for (const slot of this.candidateSlots(q, compactQ)) {
      const entity = this.slots[slot];
      if (!entity || !accept(entity)) continue;
      let best: IndexedMatch | null = null;
      for (const text of this.texts[slot]!) {
        const score = scoreNormalised(q, compactQ, text);
        if (score !== null && (best === null || score > best.score)) best = { entity, matched: text.text, matchKind: text.kind, score };
      }
      if (best) out.push(best);
    }
    return out;
  }

  /** Slots that may match (each once): all live ones for queries under three characters. */
  private candidateSlots(q: string, compactQ: string): Iterable<number> {
    if (q.length < 3) return this.slotById.values();
    const found = new Set<number>(this.byCompact.get(compactQ) ?? []);
    let smallest: number[] | undefined;
    for (const gram of trigramsOf(q)) {
      const list = this.byTrigram.get(gram);
      if (!list) return found;
      if (!smallest || list.length < smallest.length) smallest = list;
    }
    for (const slot of smallest ?? []) found.add(slot);
    return found;
  }

  private add(entity: Entity): void {
    const slot = this.slots.length;
    this.slots.push(entity);
    this.slotById.set(entity.id, slot);
    const texts: IndexedText[] = [];
    const grams = new Set<string>();
    const compacts = new Set<string>();
    for (const candidate of searchCandidates(entity)) {
      const normalised = normaliseSearchText(candidate.text);
      if (normalised === '') continue;
      const compact = normalised.replace(/ /g, '');
      texts.push({ text: candidate.text, kind: candidate.kind, normalised, compact });
      compacts.add(compact);
      for (const gram of trigramsOf(normalised)) grams.add(gram);
    }
    this.texts.push(texts);
    for (const gram of grams) pushTo(this.byTrigram, gram, slot);
    for (const compact of compacts) pushTo(this.byCompact, compact, slot);
  }

  private compact(): void {
    const live = this.slots.filter((e): e is Entity => e !== undefined);
    this.slots = [];
    this.texts = [];
    this.slotById.clear();
    this.byTrigram.clear();
    this.byCompact.clear();
    this.stale = 0;
    for (const entity of live) this.add(entity);
  }
}

function pushTo(map: Map<string, number[]>, key: string, slot: number): void {
  const list = map.get(key);
  if (list) list.push(slot);
  else map.set(key, [slot]);
}
