/**
 * A small invented graph (area "editshire") to edit: two sources, a partnership with a sub-group,
 * a person sitting on the partnership, a duty the partnership oversees. Everything here is made up.
 */
import { entityInputSchema, linkInputSchema, normaliseEntity, normaliseLink, type EntityInput, type GraphData, type LinkInput } from '@govgraph/core';
import type { Principal } from '@govgraph/editing';

const A = 'editshire';

const ENTITIES: EntityInput[] = [
  { id: 'src-minutes', kind: 'Source', name: 'Editshire CSP minutes, 3 March 2021', area: A, sourceType: 'minutes', date: '2021-03-03', status: 'in-force', confidence: 'stated', sources: [] },
  { id: 'src-report', kind: 'Source', name: 'Editshire annual report 2022', area: A, sourceType: 'report', date: '2022', status: 'in-force', confidence: 'stated', sources: [] },
  {
    id: 'editshire-csp', kind: 'Body', bodyType: 'partnership', statutory: true, name: 'Safer Editshire', aliases: ['SE'], area: A,
    validity: { from: '2010-04-01' }, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes', item: '1' }],
  },
  {
    id: 'youth-sub-group', kind: 'Body', bodyType: 'sub-group', name: 'Youth Sub-group', area: A,
    validity: { from: '2016' }, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes', item: '4' }],
  },
  { id: 'jo-example', kind: 'Person', name: 'Jo Example', area: A, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes' }] },
  { id: 'reduce-crime', kind: 'Duty', name: 'Reduce crime', status: 'in-force', confidence: 'confirmed', sources: [{ source: 'src-report' }] },
];

const LINKS: LinkInput[] = [
  { kind: 'SUB_GROUP_OF', from: 'youth-sub-group', to: 'editshire-csp', validity: { from: '2016' }, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes', item: '4' }] },
  { kind: 'SITS_ON', from: 'jo-example', to: 'editshire-csp', role: 'chair', validity: { from: '2019' }, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes', item: '2' }] },
  { kind: 'OVERSEES', from: 'editshire-csp', to: 'reduce-crime', status: 'in-force', confidence: 'stated', sources: [{ source: 'src-report' }] },
];

/** The graph, normalised as seeds would load it. */
export function editshireGraph(): GraphData {
  return {
    entities: ENTITIES.map((e) => normaliseEntity(entityInputSchema.parse(e))),
    links: LINKS.map((l) => normaliseLink(linkInputSchema.parse(l))),
  };
}

/** Principals as an API key would give them. */
export const READER: Principal = { name: 'rita-reader', role: 'reader', anonymous: false, keyId: '0000000000000001' };
export const EDITOR: Principal = { name: 'ed-editor', role: 'editor', anonymous: false, keyId: '0000000000000002' };
export const ADMIN: Principal = { name: 'ada-admin', role: 'admin', anonymous: false, keyId: '0000000000000003' };
