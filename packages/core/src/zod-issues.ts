/**
 * Turns zod issues into messages a seed author or an editor can act on ("unknown kind \"Bodyy\" (did you mean
 * \"Body\"?)" rather than "Invalid discriminator value"), each with the field path it is about.
 */
import type { z } from 'zod';
import type { PathSegment } from './problems.js';
import { TEXT_PROBLEM_CODES, type TextProblemCode } from './text-rules.js';

/** One readable schema problem, relative to the value that was validated. */
export interface DescribedIssue {
  path: PathSegment[];
  message: string;
  /** The issue is an unknown field: locate it at its key. */
  unknownField: boolean;
  /** The text rule broken (a lone surrogate, a control character, ...), when the issue is one. */
  textRule?: TextProblemCode | undefined;
}

const TEXT_RULES: ReadonlySet<string> = new Set(TEXT_PROBLEM_CODES);

/** The text rule a custom issue of the ontology's schemas reports (see `textRefinement` in core). */
function textRuleOf(issue: Issue): TextProblemCode | undefined {
  const rule = issue.code === 'custom' ? (issue.params as { textRule?: unknown } | undefined)?.textRule : undefined;
  return typeof rule === 'string' && TEXT_RULES.has(rule) ? (rule as TextProblemCode) : undefined;
}

type Issue = z.core.$ZodIssue;
type SchemaDef = { type: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; options?: unknown[]; discriminator?: string };

/**
 * Describes every issue of a failed `safeParse` of `value` against `schema`. Unknown fields are
 * split into one issue each (so each is located at its own key) with a "did you mean" when a known
 * field is close.
 */
export function describeZodIssues(issues: readonly Issue[], value: unknown, schema: z.ZodType): DescribedIssue[] {
  const out: DescribedIssue[] = [];
  for (const issue of issues) describeIssue(issue, [], value, schema, out);
  return out;
}

function describeIssue(issue: Issue, base: PathSegment[], root: unknown, schema: z.ZodType, out: DescribedIssue[]): void {
  const path = [...base, ...(issue.path as PathSegment[])];
  const actual = valueAt(root, path);
  const field = fieldName(path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(schema, root, path);
      for (const key of issue.keys) {
        const suggestion = known ? closest(key, known) : undefined;
        out.push({
          path: [...path, key],
          message: `unknown field "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
          unknownField: true,
        });
      }
      return;
    }
    case 'invalid_type': {
      if (actual === undefined) {
        out.push({ path, message: `missing required field "${field}"`, unknownField: false });
      } else {
        out.push({ path, message: `${field ? `"${field}" ` : ''}should be ${article(issue.expected)}, not ${describeType(actual)}`, unknownField: false });
      }
      return;
    }
    case 'invalid_value': {
      if (actual === undefined) {
        out.push({ path, message: `missing required field "${field}"`, unknownField: false });
        return;
      }
      const allowed = issue.values.map(String);
      const suggestion = typeof actual === 'string' ? closest(actual, allowed) : undefined;
      out.push({
        path,
        message: `${show(actual)} is not a valid ${field || 'value'}; expected one of: ${allowed.join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
        unknownField: false,
      });
      return;
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const allowed = (issue as { options?: unknown[] }).options?.map(String) ?? [];
        const name = issue.discriminator;
        if (actual === undefined) {
          out.push({ path, message: `missing required field "${name}"; expected one of: ${allowed.join(', ')}`, unknownField: false });
        } else {
          const suggestion = typeof actual === 'string' ? closest(actual, allowed) : undefined;
          out.push({
            path,
            message: `unknown ${name} ${show(actual)}; expected one of: ${allowed.join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
            unknownField: false,
          });
        }
        return;
      }
      // A union (e.g. a date: "YYYY-MM-DD" or {after, by}). If one branch accepted the value's
      // type and failed on its content, its issues say what is wrong; otherwise say what was expected.
      const branches = issue.errors;
      const relevant = branches.find((b) => b.length > 0 && !b.every((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (relevant) {
        for (const sub of relevant) describeIssue(sub, path, root, schema, out);
        return;
      }
      const expected = [...new Set(branches.flatMap((b) => b.filter((i) => i.code === 'invalid_type').map((i) => (i as { expected: string }).expected)))];
      const isDate = looksLikeDateField(path);
      out.push({
        path,
        message: isDate
          ? `"${field}" should be a date: "YYYY-MM-DD", "YYYY-MM", "YYYY" or {after: YYYY-MM-DD, by: YYYY-MM-DD}, not ${describeType(actual)}`
          : `"${field}" should be ${expected.map(article).join(' or ')}, not ${describeType(actual)}`,
        unknownField: false,
      });
      return;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      let message: string;
      if (issue.origin === 'string') message = min <= 1 ? `"${field}" must not be empty` : `"${field}" needs at least ${min} characters`;
      else if (issue.origin === 'array' || issue.origin === 'set') message = `"${field}" needs at least ${min} item${min === 1 ? '' : 's'}`;
      else message = `"${field}" must be ${issue.inclusive ? 'at least' : 'more than'} ${min}`;
      out.push({ path, message, unknownField: false });
      return;
    }
    case 'too_big': {
      out.push({ path, message: `"${field}" must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`, unknownField: false });
      return;
    }
    case 'invalid_format': {
      const message = issue.format === 'regex' ? issue.message : issue.format === 'url' ? `${show(actual)} is not a valid URL` : `${show(actual)} is not a valid ${issue.format}`;
      out.push({ path, message: `"${field}": ${message}`, unknownField: false });
      return;
    }
    default: {
      out.push({ path, message: field ? `"${field}": ${issue.message}` : issue.message, unknownField: false, textRule: textRuleOf(issue) });
    }
  }
}

const DATE_FIELDS = new Set(['from', 'to', 'date']);

function looksLikeDateField(path: readonly PathSegment[]): boolean {
  const last = path[path.length - 1];
  return typeof last === 'string' && DATE_FIELDS.has(last);
}

function fieldName(path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return i === path.length - 1 ? segment : `${segment}${path.slice(i + 1).map((s) => `[${String(s)}]`).join('')}`;
  }
  return '';
}

/** The value at `path` inside `root`, or undefined. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${show(value)}`;
  return `${typeof value === 'number' ? 'the number' : typeof value === 'boolean' ? 'the boolean' : typeof value} ${String(value)}`;
}

function article(expected: string): string {
  if (expected === 'object') return 'a mapping';
  if (expected === 'array') return 'a list';
  if (expected === 'string') return 'text';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : describeType(value);
}

// ---------------------------------------------------------------------------------------------
// Known field names, for "did you mean"
// ---------------------------------------------------------------------------------------------

function defOf(schema: unknown): SchemaDef | undefined {
  return (schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;
}

/** The field names the schema allows at `path` of `root` (picking union branches by the value). */
function knownKeys(schema: z.ZodType, root: unknown, path: readonly PathSegment[]): string[] | undefined {
  let current: unknown = schema;
  let value: unknown = root;
  let depth = 0;
  for (let guard = 0; guard < 64 && current; guard++) {
    const def = defOf(current);
    if (!def) return undefined;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') {
      current = def.innerType;
      continue;
    }
    if (def.type === 'union') {
      current = pickBranch(def, value);
      continue;
    }
    if (depth === path.length) return def.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
    const segment = path[depth];
    if (def.type === 'object' && def.shape && typeof segment === 'string') current = def.shape[segment];
    else if (def.type === 'array' && typeof segment === 'number') current = def.element;
    else return undefined;
    value = valueAt(value, [segment as PathSegment]);
    depth++;
  }
  return undefined;
}

function pickBranch(def: SchemaDef, value: unknown): unknown {
  const options = def.options ?? [];
  if (def.discriminator && value && typeof value === 'object') {
    const wanted = (value as Record<string, unknown>)[def.discriminator];
    for (const option of options) {
      const literal = defOf(defOf(option)?.shape?.[def.discriminator]) as { values?: unknown[] } | undefined;
      if (literal?.values?.includes(wanted)) return option;
    }
    return undefined;
  }
  const wantObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  return options.find((o) => (defOf(o)?.type === 'object') === wantObject);
}

/** The candidate closest to `word` by edit distance (case-insensitive), if it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.floor(word.length / 3));
  return best !== undefined && bestDistance <= limit && best !== word ? best : undefined;
}

/** Edit distance counting an insertion, deletion, substitution or swap of neighbours as one (typos). */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
