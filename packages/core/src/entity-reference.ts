/**
 * Lets people name an entity the way they know it: an id, a name, a former name or an alias.
 * Command-line options such as `--focus "Safer Sefton Together"` or `--remove-person "Chris White"`
 * go through here, on the store's own search, so they match what the explorer's search finds.
 */
import { GovgraphError } from './errors.js';
import type { Entity, EntityKind } from './ontology.js';
import type { GraphStore, SearchHit } from './port.js';

/** Options of {@link resolveEntityReference}. */
export interface EntityReferenceOptions {
  /** Only entities of these kinds count (a person for `--remove-person`). */
  kinds?: readonly EntityKind[] | undefined;
  /** Only entities of this area (and national ones). */
  area?: string | undefined;
  /** What the reference is for, named in messages, e.g. "--focus". */
  what?: string | undefined;
}

/** One entity a reference could mean, as listed when it is ambiguous. */
export interface EntityCandidate {
  id: string;
  kind: EntityKind;
  name: string;
  /** The name, former name or alias that matched. */
  matched: string;
}

/** Most candidates listed in an AMBIGUOUS error. */
export const MAX_REFERENCE_CANDIDATES = 8;

/** Search scores from this up are whole-string matches (see `scoreSearchMatch`). */
const EXACT_MATCH_SCORE = 100;

function candidate(hit: SearchHit): EntityCandidate {
  return { id: hit.entity.id, kind: hit.entity.kind, name: hit.entity.name, matched: hit.matched };
}

/**
 * The entity `reference` names: the entity with that id; else the only entity whose name, former
 * name or alias is exactly that (ignoring case, accents and punctuation); else the only entity
 * any of them contains it. Throws NOT_FOUND when nothing matches and AMBIGUOUS, with the
 * candidates in `details.candidates`, when several do, so the caller can list them.
 */
export async function resolveEntityReference(store: GraphStore, reference: string, options: EntityReferenceOptions = {}): Promise<Entity> {
  const what = options.what ?? 'reference';
  const kinds = options.kinds;
  const byId = await store.getEntity(reference);
  if (byId && (kinds === undefined || kinds.includes(byId.kind))) return byId;
  const hits = await store.search(reference, { kinds, area: options.area, limit: MAX_REFERENCE_CANDIDATES + 1 });
  const kindText = kinds === undefined ? 'entity' : kinds.join(' or ');
  if (hits.length === 0) {
    throw new GovgraphError('NOT_FOUND', `${what}: no ${kindText} is called or has the id "${reference}"`, { reference, kinds });
  }
  const exact = hits.filter((h) => h.score >= EXACT_MATCH_SCORE);
  if (exact.length === 1) return exact[0]!.entity;
  if (exact.length === 0 && hits.length === 1) return hits[0]!.entity;
  const candidates = (exact.length > 1 ? exact : hits).slice(0, MAX_REFERENCE_CANDIDATES).map(candidate);
  const listed = candidates.map((c) => `  ${c.name} (${c.kind}, id ${c.id})${c.matched !== c.name ? `, matched "${c.matched}"` : ''}`).join('\n');
  throw new GovgraphError('AMBIGUOUS', `${what}: "${reference}" could mean several; use one of these names or ids:\n${listed}`, { reference, candidates });
}
