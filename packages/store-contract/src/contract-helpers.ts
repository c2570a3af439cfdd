/**
 * Small helpers the store contract uses to state expectations briefly: link ids, entry summaries,
 * the brute-force search definition and error-code assertions.
 */
import { expect } from 'vitest';
import {
  bestSearchMatch,
  compareStrings,
  type Entity,
  type ErrorCode,
  type GovgraphError,
  type GraphData,
  type GraphPath,
  type Link,
  type LinkKind,
  type OversightAnswer,
  type SearchHit,
  type SearchOptions,
} from '@govgraph/core';

/** The default id of a link, as the fixture gives none. */
export function lid(kind: LinkKind, from: string, to: string): string {
  return `${kind}:${from}->${to}`;
}

/** An oversight entry reduced to what the tests compare: body id, role, inherited, chain link ids. */
export type EntrySummary = [body: string, role: string, inherited: boolean, chain: string[]];

/** Summarises an oversight answer's entries in order. */
export function summariseOversight(answer: OversightAnswer | null): EntrySummary[] {
  expect(answer).not.toBeNull();
  return answer!.entries.map((e) => [e.body.id, e.role, e.inherited, e.chain.map((l) => l.id)]);
}

/** A path reduced to its node ids and link ids. */
export function summarisePath(path: GraphPath): { nodes: string[]; links: string[] } {
  return { nodes: path.nodes.map((n) => n.id), links: path.links.map((l) => l.id) };
}

/** Ids of a list of entities or links. */
export function ids(items: readonly { id: string }[]): string[] {
  return items.map((i) => i.id);
}

/** Sorted copy of ids, in the order every store uses. */
export function sortedIds(values: Iterable<string>): string[] {
  return [...values].sort(compareStrings);
}

/** The graph with entities and links sorted by id (the order `snapshot` returns). */
export function sortedGraph(data: GraphData): GraphData {
  return {
    entities: [...data.entities].sort((a, b) => compareStrings(a.id, b.id)),
    links: [...data.links].sort((a, b) => compareStrings(a.id, b.id)),
  };
}

/**
 * The definition of search, by brute force over every entity: `bestSearchMatch`, filtered by
 * kinds and area (entities without an area always count), sorted by score descending then id,
 * cut to `limit` (default 20). Stores may index however they like but must return exactly this.
 */
export function bruteForceSearch(entities: readonly Entity[], text: string, options: SearchOptions = {}): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const entity of entities) {
    if (options.kinds && !options.kinds.includes(entity.kind)) continue;
    if (options.area && entity.area && entity.area !== options.area) continue;
    const match = bestSearchMatch(text, entity);
    if (match) hits.push({ entity, ...match });
  }
  hits.sort((a, b) => b.score - a.score || compareStrings(a.entity.id, b.entity.id));
  return hits.slice(0, options.limit ?? 20);
}

/** Asserts that a promise rejects with a GovgraphError of `code` (never the message). */
export async function expectCode(promise: Promise<unknown>, code: ErrorCode): Promise<GovgraphError> {
  await expect(promise).rejects.toMatchObject({ name: 'GovgraphError', code });
  return promise.then(
    () => {
      throw new Error('unreachable: the promise was checked to reject');
    },
    (error: unknown) => error as GovgraphError,
  );
}

/** A new in-force Riverton sub-group, cited to the fixture's 2022 report: what write checks add. */
export function newFixtureBody(id: string, name: string, extra: Partial<Entity> = {}): Entity {
  return {
    id,
    kind: 'Body',
    name,
    names: [{ name, sources: [] }],
    aliases: [],
    area: 'riverton',
    status: 'in-force',
    confidence: 'stated',
    sources: [{ source: 'src-riverton-report-2022' }],
    attributes: { bodyType: 'sub-group' },
    ...extra,
  };
}

/** A new in-force link with its default id, cited to the fixture's 2022 report. */
export function newFixtureLink(kind: LinkKind, from: string, to: string, extra: Partial<Link> = {}): Link {
  return { id: lid(kind, from, to), kind, from, to, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-riverton-report-2022' }], ...extra };
}
