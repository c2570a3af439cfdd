/**
 * A small invented graph for the GraphQL resolver tests (area "testshire"): a partnership with a
 * sub-group that delivers a duty, a board renamed in 2020 (two entities joined by SUCCEEDED_BY), a
 * proposed lead for a second duty, a person whose seat ended, two meetings (one with items, attendance
 * and apologies) and an assessment, and every fact citing a Source. Everything here is made up.
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

const T = 'testshire';

const ENTITIES: EntityInput[] = [
  { id: 'src-minutes-2019', kind: 'Source', name: 'Testshire CSP minutes, 1 June 2019', area: T, sourceType: 'minutes', date: '2019-06-01', status: 'in-force', confidence: 'stated', sources: [] },
  { id: 'src-report-2020', kind: 'Source', name: 'Report on the board rename', area: T, sourceType: 'report', date: '2020-03', url: 'https://example.org/testshire/rename', status: 'in-force', confidence: 'stated', sources: [] },
  { id: 'src-test-act', kind: 'Source', name: 'Test Act 2015', sourceType: 'legislation', status: 'in-force', confidence: 'confirmed', sources: [] },
  {
    id: 'testshire-csp', kind: 'Body', bodyType: 'partnership', statutory: true, name: 'Safer Testshire Partnership', aliases: ['STP'], area: T,
    validity: { from: '2010-04-01' }, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes-2019', item: '1' }],
  },
  {
    id: 'prevention-sub-group', kind: 'Body', bodyType: 'sub-group', name: 'Prevention Sub-group', area: T,
    validity: { from: '2015' }, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes-2019', item: '4' }],
  },
  {
    id: 'old-board', kind: 'Body', bodyType: 'board', name: 'Old Safeguarding Board', aliases: ['OSB'], area: T,
    validity: { from: '2012', to: '2020-04-01' }, status: 'ended', confidence: 'stated', sources: [{ source: 'src-report-2020' }],
  },
  {
    id: 'new-board', kind: 'Body', bodyType: 'board', name: 'New Safeguarding Board', aliases: ['NSB'], area: T,
    names: [
      { name: 'Interim Safeguarding Board', validity: { from: '2020-04-01', to: '2021-01-01' }, sources: [{ source: 'src-report-2020' }] },
      { name: 'New Safeguarding Board', validity: { from: '2021-01-01' } },
    ],
    validity: { from: '2020-04-01' }, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-report-2020', quote: 'the board will be renamed' }],
  },
  { id: 'test-act', kind: 'Legislation', name: 'Test Act 2015, section 26', act: 'Test Act 2015', section: '26', status: 'in-force', confidence: 'confirmed', sources: [{ source: 'src-test-act' }] },
  { id: 'prevention-duty', kind: 'Duty', name: 'Prevention Duty', validity: { from: '2015-07-01' }, status: 'in-force', confidence: 'confirmed', sources: [{ source: 'src-test-act', item: 's26' }] },
  { id: 'violence-duty', kind: 'Duty', name: 'Violence Duty', validity: { from: '2023-01-31' }, status: 'in-force', confidence: 'confirmed', sources: [{ source: 'src-test-act' }] },
  { id: 'testshire-council', kind: 'Organisation', name: 'Testshire Council', area: T, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes-2019' }] },
  {
    id: 'alex-chair', kind: 'Person', name: 'Alex Chair', honorific: 'Cllr', area: T, status: 'in-force', confidence: 'stated',
    sources: [{ source: 'src-minutes-2019' }],
  },
  {
    id: 'csp-meeting-2019-06-01', kind: 'Meeting', name: 'Safer Testshire Partnership, 1 June 2019', date: '2019-06-01', venue: 'Town Hall', area: T,
    items: [
      { number: '1', title: 'Apologies for absence' },
      { number: '4', title: 'Prevention sub-group', resolutions: ['Report noted.', 'Sub-group to report each quarter.'], actions: ['Chair to write to partners.'] },
    ],
    status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes-2019' }],
  },
  { id: 'csp-meeting-2018-12-01', kind: 'Meeting', name: 'Safer Testshire Partnership, 1 December 2018', date: '2018-12-01', area: T, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes-2019', item: '3' }] },
  { id: 'sam-officer', kind: 'Person', name: 'Sam Officer', area: T, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes-2019' }] },
  { id: 'robin-absent', kind: 'Person', name: 'Robin Absent', area: T, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes-2019', item: '1' }] },
  {
    id: 'prevention-assessment-2021', kind: 'Assessment', name: 'Prevention benchmark 2021', assessmentType: 'benchmark', date: '2021', metThreshold: 3, area: T,
    benchmarks: [{ name: 'Risk assessment', score: 2, note: 'partly met' }, { name: 'Training', score: 4 }],
    status: 'in-force', confidence: 'stated', sources: [{ source: 'src-report-2020' }],
  },
];

const LINKS: LinkInput[] = [
  { kind: 'IMPOSED_BY', from: 'prevention-duty', to: 'test-act', status: 'in-force', confidence: 'confirmed', sources: [{ source: 'src-test-act' }] },
  {
    kind: 'DELIVERS', from: 'prevention-sub-group', to: 'prevention-duty', validity: { from: '2016-01-01' }, status: 'in-force', confidence: 'stated',
    sources: [{ source: 'src-minutes-2019', item: '4', quote: 'the sub-group delivers the prevention duty' }],
  },
  { kind: 'SUB_GROUP_OF', from: 'prevention-sub-group', to: 'testshire-csp', validity: { from: '2015' }, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes-2019', item: '4' }] },
  { kind: 'REPORTS_TO', from: 'old-board', to: 'testshire-csp', validity: { from: '2012', to: '2020-04-01' }, status: 'ended', confidence: 'stated', sources: [{ source: 'src-report-2020' }] },
  { kind: 'REPORTS_TO', from: 'new-board', to: 'testshire-csp', validity: { from: '2020-04-01' }, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-report-2020' }] },
  { kind: 'SUCCEEDED_BY', from: 'old-board', to: 'new-board', lineage: 'rename', validity: { from: '2020-04-01' }, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-report-2020' }] },
  { kind: 'LEADS', from: 'testshire-csp', to: 'violence-duty', status: 'proposed', confidence: 'stated', sources: [{ source: 'src-report-2020', item: '7' }] },
  {
    kind: 'SITS_ON', from: 'alex-chair', to: 'testshire-csp', role: 'chair', representing: 'testshire-council', validity: { from: '2019-01-01', to: '2021-01-01' },
    status: 'ended', confidence: 'stated', sources: [{ source: 'src-minutes-2019' }],
  },
  { kind: 'MEMBER_OF', from: 'testshire-council', to: 'testshire-csp', membership: 'statutory', status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes-2019' }] },
  { kind: 'MEETING_OF', from: 'csp-meeting-2019-06-01', to: 'testshire-csp', status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes-2019' }] },
  { kind: 'MEETING_OF', from: 'csp-meeting-2018-12-01', to: 'testshire-csp', status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes-2019', item: '3' }] },
  { kind: 'ATTENDED', from: 'alex-chair', to: 'csp-meeting-2019-06-01', role: 'chair', validity: { from: '2019-06-01' }, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes-2019', quote: 'in the Chair' }] },
  {
    kind: 'ATTENDED', from: 'sam-officer', to: 'csp-meeting-2019-06-01', role: 'officer', representing: 'testshire-council', validity: { from: '2019-06-01' },
    status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes-2019' }],
  },
  { kind: 'SENT_APOLOGIES', from: 'robin-absent', to: 'csp-meeting-2019-06-01', validity: { from: '2019-06-01' }, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes-2019', item: '1' }] },
  {
    kind: 'SITS_ON', from: 'sam-officer', to: 'testshire-csp', role: 'officer', validity: { from: { by: '2019-06-01' } }, status: 'in-force', confidence: 'inferred',
    note: 'Listed as present on 1 June 2019.', sources: [{ source: 'src-minutes-2019' }],
  },
  { kind: 'ASSESSES', from: 'prevention-assessment-2021', to: 'prevention-duty', status: 'in-force', confidence: 'stated', sources: [{ source: 'src-report-2020' }] },
];

/** The fixture as a store holds it. */
export function fixtureGraph(): GraphData {
  return {
    entities: ENTITIES.map((e) => normaliseEntity(entityInputSchema.parse(e))),
    links: LINKS.map((l) => normaliseLink(linkInputSchema.parse(l))),
  };
}
