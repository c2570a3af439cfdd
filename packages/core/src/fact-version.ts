/**
 * Versions for optimistic concurrency. A fact's version is a hash of its canonical JSON, so it
 * changes whenever anything about the fact changes, needs no counter in the store, and is the same
 * in every store (they return identical facts). Editors send back the version they read; a store
 * refuses the write with CONFLICT when the fact has changed since.
 */
import { createHash } from 'node:crypto';
import type { Entity, Link } from './ontology.js';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const field = (value as Record<string, unknown>)[key];
      if (field !== undefined) out[key] = canonical(field);
    }
    return out;
  }
  return value;
}

/** JSON with object keys sorted and `undefined` fields dropped: equal facts give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

/**
 * Whether two values have the same canonical JSON, without building it: a fraction of the cost when
 * comparing a national graph with the one it replaces. Object fields holding `undefined` count as
 * absent, as in {@link canonicalJson}.
 */
export function sameCanonicalJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameCanonicalJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let fields = 0;
  for (const key in left) {
    if (!Object.hasOwn(left, key) || left[key] === undefined) continue;
    fields++;
    if (!Object.hasOwn(right, key) || !sameCanonicalJson(left[key], right[key])) return false;
  }
  for (const key in right) if (Object.hasOwn(right, key) && right[key] !== undefined) fields--;
  return fields === 0;
}

/** The version of a fact: 16 hex digits of the SHA-256 of its canonical JSON. */
export function factVersion(fact: Entity | Link): string {
  return createHash('sha256').update(canonicalJson(fact)).digest('hex').slice(0, 16);
}
