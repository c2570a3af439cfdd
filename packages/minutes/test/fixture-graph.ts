/** A small invented graph for the minutes tests: four councils' bodies and three duties. */
import type { Entity, EntityKind } from '@govgraph/core';

/** An entity with the fields the resolver reads. */
export function entity(id: string, kind: EntityKind, name: string, aliases: string[] = [], former: string[] = [], extra: Partial<Entity> = {}): Entity {
  return {
    id,
    kind,
    name,
    names: [...former.map((n) => ({ name: n, sources: [] })), { name, sources: [] }],
    aliases,
    status: 'in-force',
    confidence: 'stated',
    sources: [],
    attributes: {},
    ...extra,
  };
}

/** Bodies and duties named in the fixture documents. */
export const FIXTURE_ENTITIES: Entity[] = [
  entity('eastmere-csp', 'Body', 'Eastmere Community Safety Partnership', ['ECSP'], ['Eastmere Safer Communities Partnership'], { area: 'eastmere', attributes: { bodyType: 'partnership' } }),
  entity('northbay-scb', 'Body', 'Northbay Safer Communities Board', [], [], { area: 'northbay', attributes: { bodyType: 'board' } }),
  entity('westfold-snb', 'Body', 'Westfold Safer Neighbourhoods Board', [], [], { area: 'westfold', attributes: { bodyType: 'board' } }),
  entity('southwick-csp', 'Body', 'Southwick Community Safety Partnership', [], [], { area: 'southwick', attributes: { bodyType: 'partnership' } }),
  entity('prevent', 'Duty', 'Prevent duty', ['Prevent'], [], { attributes: { statutory: true, requiredOutputs: [] } }),
  entity('serious-violence', 'Duty', 'Serious Violence Duty', ['SVD'], [], { attributes: { statutory: true, requiredOutputs: [] } }),
  entity('domestic-homicide-review', 'Duty', 'Domestic homicide reviews', ['DHR', 'DHRs'], [], { attributes: { statutory: true, requiredOutputs: [] } }),
];
