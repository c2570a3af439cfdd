/**
 * Unit checks of the audit pieces that need no server: upserts judged and recorded in the form reads
 * return, and entries read back from node properties as `apply` returned them.
 */
import { describe, expect, it } from 'vitest';
import { auditChanges, type Entity } from '@govgraph/core';
import { asStoredChanges, auditEntryFromProperties } from '../src/audited-write.js';
import { entityFromProperties, entityToProperties } from '../src/encoding.js';

/** An entity in a form reads never return: a field the store does not keep, a number JSON cannot hold. */
const loose = {
  id: 'loose-body',
  kind: 'Body',
  name: 'Loose Body',
  names: [{ name: 'Loose Body', sources: [] }],
  aliases: [],
  version: 'abcdef0123456789',
  status: 'in-force',
  confidence: 'stated',
  sources: [],
  attributes: { bodyType: 'board', members: Number.NaN },
} as unknown as Entity;

describe('audited writes', () => {
  it('judges and records an upsert in the form reads return it', () => {
    const stored = entityFromProperties(Object.fromEntries(Object.entries(entityToProperties(loose)).filter(([, v]) => v !== null && v !== undefined)));
    const normalised = asStoredChanges({ upsertEntities: [loose], deleteEntityIds: ['gone'] });
    expect(normalised.upsertEntities).toStrictEqual([stored]);
    expect(normalised.deleteEntityIds).toEqual(['gone']);
    // Upserting what is already stored changes nothing, however loosely it was given.
    const current = { entity: (id: string) => (id === stored.id ? stored : null), link: () => null };
    expect(auditChanges(normalised, current)).toEqual([]);
    expect(auditChanges(asStoredChanges({ upsertEntities: [{ ...loose, name: 'Renamed' }] }), current)).toEqual([
      { target: 'entity', id: 'loose-body', before: stored, after: { ...stored, name: 'Renamed' } },
    ]);
  });

  it('reads an entry back without the context fields that were not given', () => {
    const changes = [{ target: 'entity', id: 'x', before: null, after: { id: 'x' } }];
    const entry = auditEntryFromProperties({ sequence: 7, at: '2026-01-02T03:04:05.678Z', actor: 'a', action: 'b', role: null, source: 'src', changesJson: JSON.stringify(changes) });
    expect(entry).toStrictEqual({ sequence: 7, at: '2026-01-02T03:04:05.678Z', actor: 'a', action: 'b', source: 'src', changes });
  });
});
