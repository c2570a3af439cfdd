/** The graph and helpers the ingestion tests share (memory store and Neo4j alike). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  entityInputSchema,
  linkInputSchema,
  normaliseEntity,
  normaliseLink,
  type EntityInput,
  type GraphData,
  type GraphStore,
  type LinkInput,
  type SourceRef,
} from '@govgraph/core';
import { createMemoryStore } from '@govgraph/store-memory';
import { createGraphResolver, extractMinutes, type IngestInput } from '@govgraph/minutes';

/** Fields every fixture fact shares. */
export const base = { status: 'in-force' as const, confidence: 'stated' as const, sources: [] as SourceRef[] };

/** Bodies, duties and people (two Okafors, to be ambiguous) the fixture documents name. */
export const SEED: EntityInput[] = [
  { ...base, id: 'eastmere-csp', kind: 'Body', name: 'Eastmere Community Safety Partnership', bodyType: 'partnership', area: 'eastmere' },
  { ...base, id: 'northbay-scb', kind: 'Body', name: 'Northbay Safer Communities Board', bodyType: 'board', area: 'northbay' },
  { ...base, id: 'prevent', kind: 'Duty', name: 'Prevent duty', aliases: ['Prevent'] },
  { ...base, id: 'domestic-homicide-review', kind: 'Duty', name: 'Domestic homicide reviews', aliases: ['DHR'] },
  { ...base, id: 'serious-violence', kind: 'Duty', name: 'Serious Violence Duty' },
  { ...base, id: 'helen-okafor', kind: 'Person', name: 'Helen Okafor', honorific: 'Councillor', area: 'eastmere' },
  { ...base, id: 'chidi-okafor', kind: 'Person', name: 'Chidi Okafor', area: 'eastmere' },
  { ...base, id: 'gareth-pryce', kind: 'Person', name: 'Gareth Pryce', area: 'eastmere' },
  { ...base, id: 'olusegun-adeyemi', kind: 'Person', name: 'Olusegun Adeyemi', area: 'eastmere' },
  { ...base, id: 'amira-khan', kind: 'Person', name: 'Dr Amira Khan', area: 'eastmere' },
];

/** The fixture graph plus `extra` facts, normalised. */
export function seedGraph(extra: EntityInput[] = [], links: LinkInput[] = []): GraphData {
  return {
    entities: [...SEED, ...extra].map((e) => normaliseEntity(entityInputSchema.parse(e))),
    links: links.map((l) => normaliseLink(linkInputSchema.parse(l))),
  };
}

/** A memory store holding {@link seedGraph}. */
export async function seededStore(extra: EntityInput[] = [], links: LinkInput[] = []): Promise<GraphStore> {
  const store = createMemoryStore();
  await store.replaceAll(seedGraph(extra, links));
  return store;
}

/** The text of a fixture document. */
export function fixtureText(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
}

/** Extracts `text` with a resolver over `store`'s graph, as the CLI does. */
export async function inputFor(store: GraphStore, text: string, fileName: string): Promise<IngestInput> {
  const resolver = createGraphResolver(await store.snapshot());
  return { file: `fixtures/${fileName}`, fileName, content: text, extraction: extractMinutes(text, { resolver }) };
}
