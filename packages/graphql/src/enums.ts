/**
 * GraphQL enum names are SCREAMING_SNAKE_CASE while the ontology's vocabularies are kebab-case
 * (`in-force`, `sub-group`). These maps let resolvers keep using the core values: GraphQL turns
 * `IN_FORCE` into `in-force` on the way in and back on the way out.
 */
import {
  BODY_TYPES,
  CONFIDENCES,
  DATE_PRECISIONS,
  ENTITY_KINDS,
  LINEAGE_KINDS,
  LINK_KINDS,
  MEMBERSHIP_KINDS,
  OVERSIGHT_ROLE_KINDS,
  SOURCE_TYPES,
  STATUSES,
  STRATEGY_TYPES,
} from '@govgraph/core';

/** The GraphQL enum value name for a core vocabulary value (`in-force` → `IN_FORCE`; `Body` stays `Body`). */
export function toEnumName(value: string): string {
  return /^[A-Z][a-z]/.test(value) ? value : value.toUpperCase().replace(/-/g, '_');
}

/** An enum resolver map (GraphQL name → internal value) for one core vocabulary. */
export function enumValueMap(values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((v) => [toEnumName(v), v]));
}

/** Every SDL enum backed by a core vocabulary, with the vocabulary; a test checks the SDL lists exactly these values. */
export const CORE_ENUMS: Record<string, readonly string[]> = {
  EntityKind: ENTITY_KINDS,
  LinkKind: LINK_KINDS,
  Status: STATUSES,
  Confidence: CONFIDENCES,
  BodyType: BODY_TYPES,
  StrategyType: STRATEGY_TYPES,
  SourceType: SOURCE_TYPES,
  DatePrecision: DATE_PRECISIONS,
  SearchMatchKind: ['id', 'name', 'former-name', 'alias'],
  LinkDirection: ['out', 'in', 'both'],
  OversightRole: OVERSIGHT_ROLE_KINDS,
  LineageKind: LINEAGE_KINDS,
  MembershipKind: MEMBERSHIP_KINDS,
};

/** Enum resolvers for {@link CORE_ENUMS}, ready to merge into a resolver map. */
export function coreEnumResolvers(): Record<string, Record<string, string>> {
  return Object.fromEntries(Object.entries(CORE_ENUMS).map(([name, values]) => [name, enumValueMap(values)]));
}
