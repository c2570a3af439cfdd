/**
 * What a load replaced, fact by fact: both stores report it in the same shape, the memory store by
 * comparing the two graphs it holds, the Neo4j store by comparing staged and live nodes in Cypher.
 */
import { sameCanonicalJson } from './fact-version.js';
import { compareStrings } from './ordering.js';
import { MAX_LISTED_REPLACED_IDS, type ReplacedFacts } from './port.js';

/** Counts of each kind of difference, with the ids a store collected (up to one past the cap is enough). */
export interface FactDifferences {
  added: number;
  removed: number;
  changed: number;
  addedIds: readonly string[];
  removedIds: readonly string[];
  changedIds: readonly string[];
}

function listed(count: number, ids: readonly string[]): string[] | undefined {
  if (count > MAX_LISTED_REPLACED_IDS || ids.length !== count) return undefined;
  return [...ids].sort(compareStrings);
}

/** The audit entry's form: counts always, sorted ids for each kind with at most the cap. */
export function toReplacedFacts(differences: FactDifferences): ReplacedFacts {
  const facts: ReplacedFacts = { added: differences.added, removed: differences.removed, changed: differences.changed };
  const addedIds = listed(differences.added, differences.addedIds);
  const removedIds = listed(differences.removed, differences.removedIds);
  const changedIds = listed(differences.changed, differences.changedIds);
  if (addedIds) facts.addedIds = addedIds;
  if (removedIds) facts.removedIds = removedIds;
  if (changedIds) facts.changedIds = changedIds;
  return facts;
}

/**
 * Compares two versions of one target's facts by id; a fact is changed when its canonical JSON
 * differs (any field, a link's ends included). Facts that `sameFact` says are not the same fact
 * (links: of another kind) count as one removed and one added, as in Neo4j, where a link's kind is
 * its relationship type.
 */
export function compareReplacedFacts<T extends { id: string }>(
  before: ReadonlyMap<string, T>,
  after: ReadonlyMap<string, T>,
  sameFact: (old: T, fact: T) => boolean = () => true,
): ReplacedFacts {
  const differences = { added: 0, removed: 0, changed: 0, addedIds: [] as string[], removedIds: [] as string[], changedIds: [] as string[] };
  const note = (kind: 'added' | 'removed' | 'changed', id: string): void => {
    differences[kind]++;
    const ids = differences[`${kind}Ids`];
    if (ids.length <= MAX_LISTED_REPLACED_IDS) ids.push(id);
  };
  for (const [id, fact] of after) {
    const old = before.get(id);
    if (old === undefined) note('added', id);
    else if (!sameFact(old, fact)) {
      note('added', id);
      note('removed', id);
    } else if (!sameCanonicalJson(old, fact)) note('changed', id);
  }
  for (const id of before.keys()) if (!after.has(id)) note('removed', id);
  return toReplacedFacts(differences);
}
