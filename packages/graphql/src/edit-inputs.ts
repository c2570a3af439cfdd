/**
 * From GraphQL's edit inputs to the editing library's seed-shaped drafts: nulls dropped, dates
 * from `FuzzyDateInput` (including the text FuzzyDate.text gives back, so a client can read a
 * date and write it again unchanged), `attributes` spread beside the common fields. Problem paths
 * the library reports against the flat draft are mapped back to where the GraphQL input has them
 * (`entity.bodyType` → `entity.attributes.bodyType`).
 */
import { ProblemList, fuzzyDateToInput, isFuzzyDate, type FuzzyDateInput } from '@govgraph/core';

/** GraphQL's `FuzzyDateInput`. */
export interface GraphqlFuzzyDate {
  text?: string | null;
  after?: string | null;
  by?: string | null;
}

/** Fields of EntityInput outside `attributes` (everything else is kind-specific). */
const COMMON_ENTITY_FIELDS: ReadonlySet<string> = new Set(['id', 'kind', 'name', 'names', 'aliases', 'area', 'description', 'validity', 'status', 'confidence', 'sources', 'note']);

const BOUNDS_TEXT = /^(?:after (\d{4}-\d{2}-\d{2}))?(?:, )?(?:by (\d{4}-\d{2}-\d{2}))?$/;

/** Drops nulls (GraphQL's "not given") from an input object, recursively. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) if (field !== null && field !== undefined) out[key] = withoutNulls(field);
    return out;
  }
  return value;
}

/** A GraphQL date as seeds write it: text stays text, except the bounded form, which becomes {after, by}. */
export function toSeedDate(date: GraphqlFuzzyDate, path: string, problems: ProblemList): FuzzyDateInput | undefined {
  const hasText = typeof date.text === 'string';
  const hasBounds = typeof date.after === 'string' || typeof date.by === 'string';
  if (hasText === hasBounds) {
    problems.add(path, 'schema', 'give either "text" (a day, month or year, or "after ..., by ...") or "after" and/or "by"');
    return undefined;
  }
  if (hasBounds) {
    const out: { after?: string; by?: string } = {};
    if (date.after) out.after = date.after;
    if (date.by) out.by = date.by;
    return out;
  }
  const text = date.text!.trim();
  const bounds = text.startsWith('after ') || text.startsWith('by ') ? BOUNDS_TEXT.exec(text) : null;
  if (bounds) {
    const out: { after?: string; by?: string } = {};
    if (bounds[1]) out.after = bounds[1];
    if (bounds[2]) out.by = bounds[2];
    return out;
  }
  return text; // the schema checks it, with the same message as govgraph check
}

function convertValidity(validity: unknown, path: string, problems: ProblemList): unknown {
  if (validity === null || typeof validity !== 'object') return validity;
  const out: Record<string, unknown> = {};
  for (const key of ['from', 'to'] as const) {
    const date = (validity as Record<string, GraphqlFuzzyDate | undefined>)[key];
    if (date !== undefined) out[key] = toSeedDate(date, `${path}.${key}`, problems);
  }
  return out;
}

/** A GraphQL `EntityInput` as a seed-shaped entity (problems of its shape go to `problems`). */
export function entityDraft(input: Record<string, unknown>, problems: ProblemList, path = 'entity'): Record<string, unknown> {
  const { attributes, ...common } = withoutNulls(input) as Record<string, unknown>;
  const draft: Record<string, unknown> = { ...common };
  if (draft['validity'] !== undefined) draft['validity'] = convertValidity(draft['validity'], `${path}.validity`, problems);
  if (Array.isArray(draft['names'])) {
    draft['names'] = (draft['names'] as Record<string, unknown>[]).map((n, i) =>
      n['validity'] === undefined ? n : { ...n, validity: convertValidity(n['validity'], `${path}.names[${i}].validity`, problems) },
    );
  }
  if (attributes !== undefined) {
    if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
      problems.add(`${path}.attributes`, 'schema', 'attributes is a JSON object of kind-specific fields, e.g. {"bodyType": "board"}');
    } else {
      for (const [key, value] of Object.entries(attributes)) {
        if (COMMON_ENTITY_FIELDS.has(key)) {
          problems.add(`${path}.attributes.${key}`, 'schema', `"${key}" is a common field: give it beside "attributes", not inside`);
          continue;
        }
        // A date read from `attributes` (a FuzzyDate object) may be written back as it is.
        draft[key] = key === 'date' && isFuzzyDate(value) ? fuzzyDateToInput(value) : value;
      }
    }
  }
  return draft;
}

/** A GraphQL `LinkInput` as a seed-shaped link. */
export function linkDraft(input: Record<string, unknown>, problems: ProblemList, path = 'link'): Record<string, unknown> {
  const draft = withoutNulls(input) as Record<string, unknown>;
  if (draft['validity'] !== undefined) draft['validity'] = convertValidity(draft['validity'], `${path}.validity`, problems);
  return draft;
}

/**
 * Maps a library problem path back to the GraphQL input: a kind-specific field of `entity` sits
 * in `entity.attributes`.
 */
export function graphqlProblemPath(path: string): string {
  const match = /^entity\.([A-Za-z]+)(.*)$/.exec(path);
  if (!match || COMMON_ENTITY_FIELDS.has(match[1]!)) return path;
  return `entity.attributes.${match[1]}${match[2]}`;
}
