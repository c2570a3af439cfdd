/**
 * A trigram index over every entity's searchable strings (id, name, former names, aliases), so that
 * search on a large graph looks at a few candidates instead of every entity. It only narrows: each
 * candidate is then scored with `bestSearchMatch` from core, so results equal the brute-force
 * definition exactly.
 *
 * Why trigrams are enough: a candidate string `c` matches query `q` (both normalised) when `c`
 * equals, starts with, contains as a word or contains `q` (each implies `c` contains `q`, hence all
 * of `q`'s trigrams), or when `c` equals `q` once spaces are removed (looked up in a second map keyed
 * by the space-free form). Queries shorter than three characters have no trigram and are checked
 * against every entity.
 */
import { normaliseSearchText, searchCandidates, type Entity } from '@govgraph/core';

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
    this.slotById.delete(id);
    this.stale++;
    if (this.stale > 1024 && this.stale > this.slotById.size) this.compact();
  }

  /**
   * Every entity that may match `query` (a superset of the true matches, each once). The caller
   * scores them; order is unspecified.
   */
  candidates(query: string): Entity[] {
    const q = normaliseSearchText(query);
    if (q === '') return [];
    if (q.length < 3) return this.slots.filter((e): e is Entity => e !== undefined);
    const found = new Set<number>(this.byCompact.get(q.replace(/ /g, '')) ?? []);
    let smallest: number[] | undefined;
    for (const gram of trigramsOf(q)) {
      const list = this.byTrigram.get(gram);
      if (!list) {
        smallest = [];
        break;
      }
      if (!smallest || list.length < smallest.length) smallest = list;
    }
    for (const slot of smallest ?? []) found.add(slot);
    const out: Entity[] = [];
    for (const slot of found) {
      const entity = this.slots[slot];
      if (entity) out.push(entity);
    }
    return out;
  }

  private add(entity: Entity): void {
    const slot = this.slots.length;
    this.slots.push(entity);
    this.slotById.set(entity.id, slot);
    const grams = new Set<string>();
    const compacts = new Set<string>();
    for (const candidate of searchCandidates(entity)) {
      const text = normaliseSearchText(candidate.text);
      if (text === '') continue;
      compacts.add(text.replace(/ /g, ''));
      for (const gram of trigramsOf(text)) grams.add(gram);
    }
    for (const gram of grams) pushTo(this.byTrigram, gram, slot);
    for (const compact of compacts) pushTo(this.byCompact, compact, slot);
  }

  private compact(): void {
    const live = this.slots.filter((e): e is Entity => e !== undefined);
    this.slots = [];
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
