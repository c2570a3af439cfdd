/**
 * From what people write (seed YAML, mutation input) to what stores hold: dates become ranges,
 * link ids are filled in, kind-specific fields move into `attributes`.
 */
import type { z } from 'zod';
import {
  defaultLinkId,
  entityInputSchema,
  linkInputSchema,
  type Entity,
  type Link,
  type NameRecord,
} from './ontology.js';
import { toFuzzyDate, fuzzyDateInputSchema, type FuzzyDateInput, type Validity } from './time.js';

type ParsedEntity = z.output<typeof entityInputSchema>;
type ParsedLink = z.output<typeof linkInputSchema>;
type ValidityInput = { from?: FuzzyDateInput | undefined; to?: FuzzyDateInput | undefined } | undefined;

const COMMON_ENTITY_FIELDS = new Set([
  'id',
  'kind',
  'name',
  'names',
  'aliases',
  'area',
  'description',
  'validity',
  'status',
  'confidence',
  'sources',
  'note',
]);

/** Converts a validity as written into fuzzy ranges. */
export function normaliseValidity(input: ValidityInput): Validity | undefined {
  if (!input || (input.from === undefined && input.to === undefined)) return undefined;
  const out: Validity = {};
  if (input.from !== undefined) out.from = toFuzzyDate(input.from);
  if (input.to !== undefined) out.to = toFuzzyDate(input.to);
  return out;
}

function convertAttribute(key: string, value: unknown): unknown {
  if (key === 'date' && value !== undefined) {
    return toFuzzyDate(fuzzyDateInputSchema.parse(value));
  }
  return value;
}

/** Normalises an entity that has passed {@link entityInputSchema}. */
export function normaliseEntity(parsed: ParsedEntity): Entity {
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (!COMMON_ENTITY_FIELDS.has(key) && value !== undefined) attributes[key] = convertAttribute(key, value);
  }
  const names: NameRecord[] = parsed.names.map((n) => ({
    name: n.name,
    validity: normaliseValidity(n.validity),
    sources: n.sources,
  }));
  if (!names.some((n) => n.name === parsed.name)) names.push({ name: parsed.name, sources: [] });
  return {
    id: parsed.id,
    kind: parsed.kind,
    name: parsed.name,
    names,
    aliases: parsed.aliases,
    area: parsed.area,
    description: parsed.description,
    validity: normaliseValidity(parsed.validity),
    status: parsed.status,
    confidence: parsed.confidence,
    sources: parsed.sources,
    note: parsed.note,
    attributes,
  };
}

/** Normalises a link that has passed {@link linkInputSchema}. */
export function normaliseLink(parsed: ParsedLink): Link {
  return {
    id: parsed.id ?? defaultLinkId(parsed),
    kind: parsed.kind,
    from: parsed.from,
    to: parsed.to,
    role: parsed.role,
    representing: parsed.representing,
    membership: parsed.membership,
    lineage: parsed.lineage,
    validity: normaliseValidity(parsed.validity),
    status: parsed.status,
    confidence: parsed.confidence,
    sources: parsed.sources,
    note: parsed.note,
  };
}
