/**
 * A small governance graph in the shape of the Sefton data, written as seed-style input and
 * normalised with core's schemas: one partnership ("Testshire Community Safety Partnership") with a
 * sub-group, a board and a regional partnership each tied to it by one person, duties in and out of
 * force, a merger, a relaunch, a rename and an ended statutory partner.
 */
import {
  entityInputSchema,
  linkInputSchema,
  normaliseEntity,
  normaliseLink,
  type EntityInput,
  type GraphData,
  type LinkInput,
} from '@govgraph/core';

const SRC = [{ source: 'src-minutes' }];
const fact = { status: 'in-force' as const, confidence: 'stated' as const, sources: SRC };
const area = 'testshire';

const entities: EntityInput[] = [
  { id: 'src-minutes', kind: 'Source', name: 'Minutes', sourceType: 'minutes', ...fact, sources: [] },
  { id: 'act-one', kind: 'Legislation', name: 'Act One s.1', act: 'Act One', validity: { from: '2015-07-01' }, ...fact },
  { id: 'act-two', kind: 'Legislation', name: 'Act Two s.9', act: 'Act Two', ...fact, status: 'enacted-not-in-force' },
  { id: 'duty-prevent', kind: 'Duty', name: 'Prevent', ...fact },
  {
    id: 'duty-violence',
    kind: 'Duty',
    name: 'Serious violence',
    ...fact,
    requiredOutputs: [
      { id: 'violence-strategy', name: 'Serious violence strategy', kind: 'strategy', withinMonthsOfStart: 12, confidence: 'confirmed', sources: SRC },
    ],
  },
  { id: 'duty-orphan', kind: 'Duty', name: 'Orphan duty', ...fact },
  { id: 'duty-future', kind: 'Duty', name: 'Future duty', ...fact },
  {
    id: 'partnership',
    kind: 'Body',
    name: 'Testshire Together',
    names: [
      { name: 'Testshire Safer Communities', validity: { to: { after: '2020-03-12', by: '2022-03-17' } }, sources: SRC },
      { name: 'Testshire Together', validity: { from: { after: '2020-03-12', by: '2022-03-17' } }, sources: SRC },
    ],
    bodyType: 'partnership',
    statutory: true,
    area,
    ...fact,
  },
  { id: 'prevent-group', kind: 'Body', name: 'Prevent sub-group', bodyType: 'sub-group', area, validity: { from: '2022-08-31' }, ...fact, status: 'agreed' },
  { id: 'adults-board', kind: 'Body', name: 'Safeguarding Adults Board', bodyType: 'board', area, ...fact },
  { id: 'regional-vrp', kind: 'Body', name: 'Regional Violence Reduction Partnership', bodyType: 'partnership' as const, ...fact },
  { id: 'da-operational', kind: 'Body', name: 'DA operational group', bodyType: 'forum', area, validity: { to: '2020-03-12' }, ...fact, status: 'ended' },
  { id: 'da-executive', kind: 'Body', name: 'DA executive group', bodyType: 'forum', area, validity: { to: '2020-03-12' }, ...fact, status: 'ended' },
  { id: 'da-steering', kind: 'Body', name: 'Domestic Abuse Steering Group', bodyType: 'forum', area, validity: { from: '2020-03-12' }, ...fact, status: 'agreed' },
  { id: 'marsoc', kind: 'Body', name: 'MARSOC', bodyType: 'panel', area, validity: { to: { by: '2022-03-17' } }, ...fact, status: 'ended' },
  { id: 'marthr', kind: 'Body', name: 'MARTHR', bodyType: 'panel', area, validity: { from: { by: '2022-03-17' } }, ...fact },
  { id: 'council', kind: 'Organisation', name: 'Testshire Council', area, ...fact },
  { id: 'police', kind: 'Organisation', name: 'Testshire Police', area, ...fact },
  { id: 'police-authority', kind: 'Organisation', name: 'Police Authority', area, validity: { to: '2012-11-22' }, ...fact, status: 'ended' },
  { id: 'fire', kind: 'Organisation', name: 'Fire and Rescue', area, ...fact },
  { id: 'sue', kind: 'Person', name: 'Sue Link', area, ...fact },
  { id: 'ian', kind: 'Person', name: 'Ian Liaison', area, ...fact },
  { id: 'chris', kind: 'Person', name: 'Chris Lead', area, ...fact },
  { id: 'chair', kind: 'Person', name: 'Pat Chair', area, ...fact },
  {
    id: 'terms-of-reference',
    kind: 'Strategy',
    name: 'Terms of reference 2012',
    strategyType: 'terms-of-reference',
    description: 'Meets quarterly; quorate with at least 3 of the 6 responsible authorities.',
    area,
    validity: { from: '2012-07-19' },
    ...fact,
    status: 'proposed',
  },
  { id: 'partnership-plan', kind: 'Strategy', name: 'Partnership plan', strategyType: 'plan', area, ...fact },
  { id: 'orphan-plan', kind: 'Strategy', name: 'Orphan action plan', strategyType: 'action-plan', area, ...fact },
  {
    id: 'health-check',
    kind: 'Assessment',
    name: 'Prevent health check',
    assessmentType: 'prevent-benchmark',
    date: { by: '2022-06-22' },
    metThreshold: 3,
    benchmarks: [
      { name: 'Risk assessment', score: 1 },
      { name: 'Multi-agency partnership board', score: 2 },
      { name: 'Referral pathway', score: 5 },
      { name: 'Venue hire and IT policies', score: 3 },
    ],
    area,
    ...fact,
  },
];

const links: LinkInput[] = [
  { kind: 'IMPOSED_BY', from: 'duty-prevent', to: 'act-one', ...fact },
  { kind: 'IMPOSED_BY', from: 'duty-violence', to: 'act-one', validity: { from: '2023-01-31' }, ...fact },
  { kind: 'IMPOSED_BY', from: 'duty-orphan', to: 'act-one', ...fact },
  { kind: 'IMPOSED_BY', from: 'duty-future', to: 'act-two', ...fact, status: 'enacted-not-in-force' },
  { kind: 'OVERSEES', from: 'partnership', to: 'duty-prevent', validity: { from: { by: '2012-07-19' } }, ...fact, confidence: 'inferred' },
  { kind: 'DELIVERS', from: 'prevent-group', to: 'duty-prevent', ...fact, status: 'agreed' },
  { kind: 'SUB_GROUP_OF', from: 'prevent-group', to: 'partnership', ...fact, status: 'agreed' },
  { kind: 'LEADS', from: 'partnership', to: 'duty-violence', validity: { from: '2022-09-08' }, ...fact, status: 'proposed' },
  { kind: 'SITS_ON', from: 'chair', to: 'partnership', role: 'chair', ...fact },
  { kind: 'SITS_ON', from: 'sue', to: 'partnership', role: 'member', representing: 'council', ...fact },
  { kind: 'SITS_ON', from: 'sue', to: 'regional-vrp', role: 'link', validity: { from: '2020-03-12' }, ...fact, confidence: 'inferred' },
  { kind: 'SITS_ON', from: 'ian', to: 'partnership', role: 'member', ...fact },
  { kind: 'SITS_ON', from: 'ian', to: 'adults-board', role: 'link', validity: { from: '2019-03-14' }, ...fact },
  { kind: 'SITS_ON', from: 'chris', to: 'partnership', role: 'member', ...fact },
  { kind: 'SITS_ON', from: 'chris', to: 'prevent-group', role: 'lead', ...fact, status: 'agreed' },
  { kind: 'SITS_ON', from: 'chair', to: 'da-steering', role: 'chair', ...fact },
  { kind: 'MEMBER_OF', from: 'adults-board', to: 'partnership', membership: 'co-opted', ...fact },
  { kind: 'MEMBER_OF', from: 'council', to: 'partnership', membership: 'statutory', validity: { from: '2012-07-19' }, ...fact },
  { kind: 'MEMBER_OF', from: 'police', to: 'partnership', membership: 'statutory', validity: { from: '2012-07-19' }, ...fact },
  { kind: 'MEMBER_OF', from: 'police-authority', to: 'partnership', membership: 'statutory', validity: { from: '2012-07-19' }, ...fact },
  { kind: 'MEMBER_OF', from: 'fire', to: 'partnership', membership: 'statutory', validity: { from: '2012-07-19' }, ...fact },
  { kind: 'OWNS', from: 'partnership', to: 'terms-of-reference', ...fact },
  { kind: 'OWNS', from: 'partnership', to: 'partnership-plan', ...fact },
  { kind: 'ASSESSES', from: 'health-check', to: 'duty-prevent', ...fact },
  { kind: 'SUCCEEDED_BY', from: 'da-operational', to: 'da-steering', lineage: 'merge', validity: { from: '2020-03-12' }, ...fact },
  { kind: 'SUCCEEDED_BY', from: 'da-executive', to: 'da-steering', lineage: 'merge', validity: { from: '2020-03-12' }, ...fact },
  { kind: 'SUCCEEDED_BY', from: 'marsoc', to: 'marthr', lineage: 'relaunch', validity: { from: { by: '2022-03-17' } }, ...fact },
  { kind: 'REPORTS_TO', from: 'da-steering', to: 'partnership', validity: { from: '2020-03-12' }, ...fact, status: 'agreed' },
];

/** The fixture graph, normalised as a store holds it. */
export function testshireGraph(): GraphData {
  return {
    entities: entities.map((e) => normaliseEntity(entityInputSchema.parse(e))),
    links: links.map((l) => normaliseLink(linkInputSchema.parse(l))),
  };
}
