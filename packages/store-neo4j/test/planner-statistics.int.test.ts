/**
 * After `replaceAll`, Neo4j plans queries on the loaded graph's statistics, not on index samples
 * taken before the load (which once gave the bench's oversight query a plan ten times slower).
 */
import { describe, expect, it } from 'vitest';
import type { GraphData } from '@govgraph/core';
import { body, connectBeforeAll } from './helpers.js';

function bodies(count: number, prefix: string): GraphData {
  return { entities: Array.from({ length: count }, (_, i) => body(`${prefix}-${i}`)), links: [] };
}

interface IndexSample {
  updatesSinceEstimation: number;
  estimatedUniqueSize: number;
}

describe('Neo4j planner statistics after a load', () => {
  const connection = connectBeforeAll();

  /** The sample of the index on :Entity(id), as the planner sees it. */
  async function entityIdSample(): Promise<IndexSample> {
    const { records } = await connection.driver.executeQuery(`CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data.indexes AS indexes`);
    const indexes = records[0]!.get('indexes') as { labels?: string[]; properties: string[]; updatesSinceEstimation: number; estimatedUniqueSize: number }[];
    const index = indexes.find((i) => i.labels?.length === 1 && i.labels[0] === 'Entity' && i.properties.length === 1 && i.properties[0] === 'id');
    expect(index, 'the :Entity(id) index').toBeDefined();
    return { updatesSinceEstimation: index!.updatesSinceEstimation, estimatedUniqueSize: index!.estimatedUniqueSize };
  }


  it('has every index resampled when replaceAll returns, whatever the graph before', async () => {
    await connection.store.replaceAll(bodies(30, 'small'));
    expect(await entityIdSample()).toEqual({ updatesSinceEstimation: 0, estimatedUniqueSize: 30 });
    await connection.store.replaceAll(bodies(3000, 'large'));
    expect(await entityIdSample()).toEqual({ updatesSinceEstimation: 0, estimatedUniqueSize: 3000 });
    await connection.store.replaceAll(bodies(7, 'tiny'));
    expect(await entityIdSample()).toEqual({ updatesSinceEstimation: 0, estimatedUniqueSize: 7 });
  });
});
