/**
 * Resolving names in minutes to graph ids. Built once from a graph snapshot: every name, former
 * name and alias of the bodies and duties (or other kinds asked for) goes into a word trie, so
 * scanning a document for mentions is linear in its length. Single-word names and acronyms
 * ("Prevent", "SST", "DHR") match only as written (or in capitals), so the verb "prevent" is not
 * the Prevent duty; longer names match whatever their case. A name shared by two entities is
 * ambiguous and resolves to neither.
 */
import { normaliseSearchText, type Entity, type EntityKind, type GraphData, type GraphStore } from '@govgraph/core';
import type { Mention } from './types.js';

/** What a body name resolved to. */
export interface ResolvedName {
  id: string;
  kind: EntityKind;
  /** The name or alias that matched. */
  matched: string;
}

/** Finds graph entities in extracted text; see {@link createGraphResolver}. */
export interface EntityResolver {
  /** The body (or organisation) a meeting's body name denotes, or null when unknown or ambiguous. */
  resolveBody(name: string): ResolvedName | null;
  /** Mentions of known entities in `text`, in order, each entity once. */
  findMentions(text: string): Mention[];
}

/** Options of {@link createGraphResolver}. */
export interface ResolverOptions {
  /** Kinds whose names are looked for in text (default {@link DEFAULT_MENTION_KINDS}). */
  mentionKinds?: readonly EntityKind[];
  /** Kinds a meeting's body may be (default Body, then Organisation). */
  bodyKinds?: readonly EntityKind[];
}

/** What minutes talk about: bodies, duties, organisations, strategies, reviews, assessments and laws (not people, meetings or papers). */
export const DEFAULT_MENTION_KINDS: readonly EntityKind[] = ['Body', 'Duty', 'Organisation', 'Strategy', 'Review', 'Assessment', 'Legislation'];

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Entities whose name ends here, with the exact written form when case matters. */
  targets: { entity: Entity; caseForm: string | null }[];
}

const TOKEN_RE = /\p{L}+|\p{N}+/gu;
const GENERIC_BODY_WORDS = /\s+(?:partnership|board|committee|group|meeting|forum|panel)$/i;

/** Folds case and a plural "s" so "Reviews" finds "review" and "DHRs" finds "DHR". */
function stem(token: string): string {
  const lower = token.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
}

function tokens(text: string): { token: string; start: number; end: number }[] {
  const out: { token: string; start: number; end: number }[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) out.push({ token: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function entityNames(entity: Entity): string[] {
  const names = new Set<string>([entity.name, ...entity.names.map((n) => n.name), ...entity.aliases]);
  return [...names].filter((n) => n.trim().length >= 2);
}

/** Builds a resolver from entities (a snapshot or seed data). */
export function createGraphResolver(data: GraphData | readonly Entity[], options: ResolverOptions = {}): EntityResolver {
  const entities = Array.isArray(data) ? (data as readonly Entity[]) : (data as GraphData).entities;
  const mentionKinds = new Set<EntityKind>(options.mentionKinds ?? DEFAULT_MENTION_KINDS);
  const bodyKinds = options.bodyKinds ?? ['Body', 'Organisation'];
  const root: TrieNode = { children: new Map(), targets: [] };
  const byNormalName = new Map<string, Map<string, { entity: Entity; matched: string }>>();
  const byTokenSet = new Map<string, Map<string, { entity: Entity; matched: string }>>();

  for (const entity of [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    for (const name of entityNames(entity)) {
      if (bodyKinds.includes(entity.kind)) {
        const key = normaliseSearchText(name);
        if (!byNormalName.has(key)) byNormalName.set(key, new Map());
        byNormalName.get(key)!.set(entity.id, { entity, matched: name });
        const setKey = [...new Set(key.split(' '))].sort().join(' ');
        if (!byTokenSet.has(setKey)) byTokenSet.set(setKey, new Map());
        byTokenSet.get(setKey)!.set(entity.id, { entity, matched: name });
      }
      if (!mentionKinds.has(entity.kind)) continue;
      const toks = tokens(name);
      if (toks.length === 0) continue;
      let node = root;
      for (const t of toks) {
        const key = stem(t.token);
        let child = node.children.get(key);
        if (!child) {
          child = { children: new Map(), targets: [] };
          node.children.set(key, child);
        }
        node = child;
      }
      // One-word names and acronyms must match as written: "Prevent" is not "prevent".
      const caseForm = toks.length === 1 ? toks[0]!.token : null;
      if (!node.targets.some((t) => t.entity.id === entity.id && t.caseForm === caseForm)) node.targets.push({ entity, caseForm });
    }
  }

  const unique = (found: Map<string, { entity: Entity; matched: string }> | undefined): ResolvedName | null => {
    if (!found || found.size !== 1) return null;
    const [{ entity, matched }] = [...found.values()];
    return { id: entity!.id, kind: entity!.kind, matched: matched! };
  };

  const resolveBody = (name: string): ResolvedName | null => {
    const bare = name.replace(/^the\s+/i, '');
    // "X Partnership Board" may be known as "X Partnership" or "X".
    const variants = [name, bare, bare.replace(GENERIC_BODY_WORDS, ''), bare.replace(GENERIC_BODY_WORDS, '').replace(GENERIC_BODY_WORDS, '')];
    for (const variant of variants) {
      const hit = unique(byNormalName.get(normaliseSearchText(variant)));
      if (hit) return hit;
    }
    // The same words in another order ("Sefton Safer Together").
    const key = normaliseSearchText(name);
    return unique(byTokenSet.get([...new Set(key.split(' '))].sort().join(' ')));
  };

  const caseMatches = (written: string, caseForm: string | null): boolean => {
    if (caseForm === null) return true;
    if (written === caseForm) return true;
    if (written === caseForm.toUpperCase()) return true;
    // Plurals of acronyms and names: "DHRs", "DHRS".
    return written.length === caseForm.length + 1 && /[sS]$/.test(written) && written.slice(0, -1) === caseForm;
  };

  const findMentions = (text: string): Mention[] => {
    const toks = tokens(text);
    const out: Mention[] = [];
    const seen = new Set<string>();
    let i = 0;
    while (i < toks.length) {
      let node: TrieNode | undefined = root;
      let best: { end: number; targets: TrieNode['targets'] } | null = null;
      for (let j = i; j < toks.length && node; j++) {
        const written = toks[j]!.token;
        node = node.children.get(stem(written));
        if (!node || node.targets.length === 0) continue;
        const single = j === i;
        const targets = node.targets.filter((t) => !single || caseMatches(written, t.caseForm));
        if (targets.length > 0) best = { end: j, targets };
      }
      if (!best) {
        i++;
        continue;
      }
      const ids = new Set(best.targets.map((t) => t.entity.id));
      if (ids.size === 1) {
        const entity = best.targets[0]!.entity;
        if (!seen.has(entity.id)) {
          seen.add(entity.id);
          out.push({ kind: entity.kind, id: entity.id, text: text.slice(toks[i]!.start, toks[best.end]!.end) });
        }
      }
      i = best.end + 1;
    }
    return out;
  };

  return { resolveBody, findMentions };
}

/** Builds a resolver from a store's current graph (one snapshot read). */
export async function createStoreResolver(store: GraphStore, options: ResolverOptions = {}): Promise<EntityResolver> {
  const snapshot = await store.snapshot();
  return createGraphResolver(snapshot, options);
}
