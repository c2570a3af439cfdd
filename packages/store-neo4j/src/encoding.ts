/**
 * How entities and links are written as Neo4j properties and read back exactly. Scalars that
 * analysts filter on (id, kind, name, area, status, validFrom/validTo days, scalar attributes such as
 * bodyType) are plain properties; nested fields (names, sources, validity, attributes) are JSON strings,
 * the source of truth when reading back, so round trips are exact.
 */
import {
  normaliseSearchText,
  searchCandidates,
  validFromDay,
  validToDay,
  type Entity,
  type Link,
  type NameRecord,
} from '@govgraph/core';

/** Properties of an entity node that are not attributes; scalar attributes never overwrite them. */
const RESERVED_NODE_PROPERTIES = new Set([
  'id',
  'kind',
  'name',
  'area',
  'description',
  'status',
  'confidence',
  'note',
  'aliases',
  'validFrom',
  'validTo',
  'validityJson',
  'namesJson',
  'sourcesJson',
  'attributesJson',
  'searchTexts',
  'searchText',
  'searchCompact',
  'sourceIds',
  'areaKey',
]);

/** Ids of the Source entities cited, so Cypher can join a fact to its sources (`WHERE s.id IN n.sourceIds`). */
function sourceIds(sources: readonly { source: string }[]): string[] {
  return [...new Set(sources.map((s) => s.source))];
}

/** The node properties of an entity. Absent values are null (Neo4j then stores no property). */
export function entityToProperties(entity: Entity): Record<string, unknown> {
  const searchTexts = [...new Set(searchCandidates(entity).map((c) => normaliseSearchText(c.text)))];
  const props: Record<string, unknown> = {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    area: entity.area ?? null,
    areaKey: entity.area ?? '',
    description: entity.description ?? null,
    status: entity.status,
    confidence: entity.confidence,
    note: entity.note ?? null,
    aliases: entity.aliases,
    validFrom: validFromDay(entity.validity),
    validTo: validToDay(entity.validity),
    validityJson: entity.validity ? JSON.stringify(entity.validity) : null,
    namesJson: JSON.stringify(entity.names),
    sourcesJson: JSON.stringify(entity.sources),
    sourceIds: sourceIds(entity.sources),
    attributesJson: JSON.stringify(entity.attributes),
    searchTexts,
    // One line per candidate, for TEXT indexes (normalised text never holds a newline).
    searchText: searchTexts.join('\n'),
    searchCompact: searchTexts.map((t) => t.replace(/ /g, '')).join('\n'),
  };
  for (const [key, value] of Object.entries(entity.attributes)) {
    if (RESERVED_NODE_PROPERTIES.has(key)) continue;
    if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) props[key] = value;
  }
  return props;
}

/**
 * Every property a link's relationship may have: the bulk load names them one by one in its CREATE
 * pattern (a map of unknown keys would make Neo4j buffer each batch, an Eager plan).
 */
export const LINK_PROPERTY_KEYS = [
  'id',
  'kind',
  'role',
  'representing',
  'membership',
  'lineage',
  'status',
  'confidence',
  'note',
  'validFrom',
  'validTo',
  'validityJson',
  'sourcesJson',
  'sourceIds',
] as const;

/** The relationship properties of a link (its ends and kind are the relationship itself). */
export function linkToProperties(link: Link): Record<(typeof LINK_PROPERTY_KEYS)[number], unknown> {
  return {
    id: link.id,
    kind: link.kind,
    role: link.role ?? null,
    representing: link.representing ?? null,
    membership: link.membership ?? null,
    lineage: link.lineage ?? null,
    status: link.status,
    confidence: link.confidence,
    note: link.note ?? null,
    validFrom: validFromDay(link.validity),
    validTo: validToDay(link.validity),
    validityJson: link.validity ? JSON.stringify(link.validity) : null,
    sourcesJson: JSON.stringify(link.sources),
    sourceIds: sourceIds(link.sources),
  };
}

type Props = Record<string, unknown>;

/** `props` without its null values: Neo4j stores none, so a bulk load need not send them. */
export function withoutNulls(props: Props): Props {
  const out: Props = {};
  for (const key of Object.keys(props)) if (props[key] !== null) out[key] = props[key];
  return out;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function parseJson<T>(value: unknown, fallback: T): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : fallback;
}

/** Drops properties whose value is undefined (absent and undefined mean the same; both stores return neither). */
function withoutUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/** Reads an entity back from its node properties (as stored: fields that were undefined are absent). */
export function entityFromProperties(props: Props): Entity {
  const names = parseJson<NameRecord[]>(props.namesJson, []);
  return withoutUndefined<Entity>({
    id: props.id as string,
    kind: props.kind as Entity['kind'],
    name: props.name as string,
    names,
    aliases: Array.isArray(props.aliases) ? (props.aliases as string[]) : [],
    area: optionalString(props.area),
    description: optionalString(props.description),
    validity: parseJson<Entity['validity']>(props.validityJson, undefined),
    status: props.status as Entity['status'],
    confidence: props.confidence as Entity['confidence'],
    sources: parseJson<Entity['sources']>(props.sourcesJson, []),
    note: optionalString(props.note),
    attributes: parseJson<Record<string, unknown>>(props.attributesJson, {}),
  });
}

/** Reads a link back from its relationship properties and end ids (fields that were undefined are absent). */
export function linkFromProperties(props: Props, from: string, to: string): Link {
  return withoutUndefined<Link>({
    id: props.id as string,
    kind: props.kind as Link['kind'],
    from,
    to,
    role: optionalString(props.role),
    representing: optionalString(props.representing),
    membership: optionalString(props.membership) as Link['membership'],
    lineage: optionalString(props.lineage) as Link['lineage'],
    validity: parseJson<Link['validity']>(props.validityJson, undefined),
    status: props.status as Link['status'],
    confidence: props.confidence as Link['confidence'],
    sources: parseJson<Link['sources']>(props.sourcesJson, []),
    note: optionalString(props.note),
  });
}
