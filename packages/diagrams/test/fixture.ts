/**
 * A small governance graph written for these tests (not the Sefton seeds): a partnership renamed in
 * 2021, a statutory duty it oversees (imposed by two sections of one Act) and its agreed sub-group
 * delivers, an ended statutory member, a forum whose reporting line is marked ended without a date,
 * a service reporting to it, a chair who works for the council, and a person who alone connects it
 * to another body.
 */
import { entityInputSchema, linkInputSchema, normaliseEntity, normaliseLink, type EntityInput, type GraphData, type LinkInput, type Subgraph } from '@govgraph/core';

const source = [{ source: 'minutes-2012' }];

/** The fixture entities as a seed file would give them. */
export const FIXTURE_ENTITIES: EntityInput[] = [
  {
    id: 'town-partnership',
    kind: 'Body',
    bodyType: 'partnership',
    statutory: true,
    name: 'Safer Town Together',
    names: [
      { name: 'Town Safer Communities Partnership', validity: { to: { after: '2020-03-12', by: '2021-03-17' } } },
      { name: 'Safer Town Together', validity: { from: { after: '2020-03-12', by: '2021-03-17' } } },
    ],
    status: 'in-force',
    confidence: 'stated',
    sources: source,
  },
  { id: 'youth-service', kind: 'Body', bodyType: 'service', name: 'Youth Offending Service', status: 'in-force', confidence: 'stated', sources: source },
  { id: 'terror-sub-group', kind: 'Body', bodyType: 'sub-group', name: 'Prevent sub-group', status: 'agreed', confidence: 'stated', sources: source, validity: { from: '2022-06-22' } },
  { id: 'violence-forum', kind: 'Body', bodyType: 'forum', name: 'Violence Reduction Forum', status: 'in-force', confidence: 'stated', sources: source },
  { id: 'prevent', kind: 'Duty', name: 'Prevent duty', statutory: true, status: 'in-force', confidence: 'confirmed', sources: source },
  { id: 'ctsa-2015-s26', kind: 'Legislation', act: 'Counter-Terrorism and Security Act 2015', section: 's.26', name: 'CTSA 2015 s.26', status: 'in-force', confidence: 'confirmed', sources: source },
  {
    id: 'ctsa-2015-s29',
    kind: 'Legislation',
    act: 'Counter-Terrorism and Security Act 2015',
    section: 's.29',
    name: 'Counter-Terrorism and Security Act 2015, section 29 (guidance)',
    status: 'in-force',
    confidence: 'confirmed',
    sources: source,
  },
  { id: 'police-authority', kind: 'Organisation', name: 'Police Authority', status: 'ended', confidence: 'stated', sources: source, validity: { to: '2012-11' } },
  { id: 'council', kind: 'Organisation', name: 'Town Council', status: 'in-force', confidence: 'stated', sources: source },
  { id: 'pat-link', kind: 'Person', name: 'Pat Link', status: 'in-force', confidence: 'stated', sources: source },
  { id: 'sam-chair', kind: 'Person', name: 'Sam Chair', status: 'in-force', confidence: 'stated', sources: source },
  { id: 'odd-plan', kind: 'Strategy', strategyType: 'plan', name: 'Plan "A" #1 <draft> & `more`', status: 'proposed', confidence: 'stated', sources: source },
  { id: 'old-forum', kind: 'Body', bodyType: 'forum', name: 'Old Community Forum', status: 'ended', confidence: 'stated', sources: source },
  { id: 'minutes-2012', kind: 'Source', sourceType: 'minutes', name: 'Minutes, 14 June 2012', date: '2012-06-14', status: 'in-force', confidence: 'stated', sources: [] },
];

/** The fixture links as a seed file would give them. */
export const FIXTURE_LINKS: LinkInput[] = [
  { kind: 'OVERSEES', from: 'town-partnership', to: 'prevent', status: 'in-force', confidence: 'inferred', sources: source, validity: { from: { by: '2012-07-19' } } },
  { kind: 'IMPOSED_BY', from: 'prevent', to: 'ctsa-2015-s26', status: 'in-force', confidence: 'confirmed', sources: source },
  { kind: 'IMPOSED_BY', from: 'prevent', to: 'ctsa-2015-s29', status: 'in-force', confidence: 'confirmed', sources: source },
  { kind: 'DELIVERS', from: 'terror-sub-group', to: 'prevent', status: 'agreed', confidence: 'stated', sources: source, validity: { from: '2022-06-22' } },
  { kind: 'REPORTS_TO', from: 'old-forum', to: 'town-partnership', status: 'ended', confidence: 'stated', sources: source },
  { kind: 'WORKS_FOR', from: 'sam-chair', to: 'council', status: 'in-force', confidence: 'stated', sources: source },
  { kind: 'REPORTS_TO', from: 'youth-service', to: 'town-partnership', status: 'in-force', confidence: 'stated', sources: source, validity: { from: '2012-06-14' } },
  { kind: 'SUB_GROUP_OF', from: 'terror-sub-group', to: 'town-partnership', status: 'agreed', confidence: 'stated', sources: source, validity: { from: '2022-06-22' } },
  { kind: 'MEMBER_OF', from: 'police-authority', to: 'town-partnership', membership: 'statutory', status: 'ended', confidence: 'stated', sources: source, validity: { to: '2012-11' } },
  { kind: 'MEMBER_OF', from: 'council', to: 'town-partnership', membership: 'statutory', status: 'in-force', confidence: 'stated', sources: source },
  { kind: 'SITS_ON', from: 'pat-link', to: 'town-partnership', role: 'member', status: 'in-force', confidence: 'stated', sources: source },
  { kind: 'SITS_ON', from: 'pat-link', to: 'violence-forum', role: 'link', status: 'in-force', confidence: 'inferred', sources: source },
  { kind: 'SITS_ON', from: 'sam-chair', to: 'town-partnership', role: 'chair', status: 'in-force', confidence: 'stated', sources: source },
  { kind: 'SITS_ON', from: 'sam-chair', to: 'youth-service', role: 'member', status: 'in-force', confidence: 'stated', sources: source },
  { kind: 'OWNS', from: 'town-partnership', to: 'odd-plan', status: 'proposed', confidence: 'stated', sources: source },
];

/** The fixture graph, normalised as a store holds it. */
export function fixtureGraph(): GraphData {
  return {
    entities: FIXTURE_ENTITIES.map((e) => normaliseEntity(entityInputSchema.parse(e))).sort((a, b) => (a.id < b.id ? -1 : 1)),
    links: FIXTURE_LINKS.map((l) => normaliseLink(linkInputSchema.parse(l))).sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

/** The whole fixture (minus the source) as one subgraph around the partnership. */
export function fixtureSubgraph(): Subgraph {
  const data = fixtureGraph();
  const nodes = data.entities.filter((e) => e.kind !== 'Source');
  return { focus: nodes.find((e) => e.id === 'town-partnership')!, nodes, links: data.links };
}
