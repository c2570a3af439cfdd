import { describe, expect, it } from 'vitest';
import { reachWithin, reachWithinNow } from '../src/index.js';

/** An undirected graph as adjacency lists: a - b - c - d, with b - e and a cycle e - a. */
const graph: Record<string, string[]> = { a: ['b', 'e'], b: ['a', 'c', 'e'], c: ['b', 'd'], d: ['c'], e: ['b', 'a'] };

describe('reachWithin', () => {
  it('reaches level by level up to the depth, each entity once, the focus first', async () => {
    const levels: string[][] = [];
    const expand = (frontier: readonly string[]) => {
      levels.push([...frontier]);
      return frontier.flatMap((id) => graph[id] ?? []);
    };
    expect(reachWithinNow('a', 2, expand)).toEqual(['a', 'b', 'e', 'c']);
    expect(levels).toEqual([['a'], ['b', 'e']]);
    expect(await reachWithin('a', 9, async (frontier) => frontier.flatMap((id) => graph[id] ?? []))).toEqual(['a', 'b', 'e', 'c', 'd']);
  });

  it('asks for nothing at depth 0, and stops once a level reaches nothing new', () => {
    let asked = 0;
    const expand = (frontier: readonly string[], reached: ReadonlySet<string>) => {
      asked++;
      return frontier.flatMap((id) => graph[id] ?? []).filter((id) => !reached.has(id));
    };
    expect(reachWithinNow('d', 0, expand)).toEqual(['d']);
    expect(asked).toBe(0);
    expect(reachWithinNow('d', 4, expand)).toEqual(['d', 'c', 'b', 'a', 'e']);
    expect(asked).toBe(4);
    asked = 0;
    expect(reachWithinNow('lonely', 4, expand)).toEqual(['lonely']);
    expect(asked).toBe(1);
  });
});
