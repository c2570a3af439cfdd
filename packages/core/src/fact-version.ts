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

/** The version of a fact: 16 hex digits of the SHA-256 of its canonical JSON. */
export function factVersion(fact: Entity | Link): string {
  return createHash('sha256').update(canonicalJson(fact)).digest('hex').slice(0, 16);
}
