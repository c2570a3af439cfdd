/**
 * A small invented governance graph that every store is tested against. Two partnership areas
 * (Riverton and Hillford) and a national layer, chosen so that one graph exercises every query rule:
 *
 * - a partnership renamed on a day known only as "after 2020-03-12, by 2022-03-17" (two entities
 *   joined by SUCCEEDED_BY, the new one carrying the old name as a former name), with its
 *   sub-group re-attached across the rename;
 * - an older rename before that (a two-step lineage), and two sub-groups merged into one;
 * - duties delivered by sub-groups and overseen by the bodies above them, through SUB_GROUP_OF and
 *   REPORTS_TO chains up to five hops long (one more than MAX_OVERSIGHT_INHERITANCE);
 * - a REPORTS_TO cycle (two boards reporting to each other) reachable from a duty;
 * - proposed, agreed and in-force links, ended bodies, month and year precision dates;
 * - people sitting on bodies, a person leading a duty (never an oversight entry), evidence links
 *   (meeting, attendance, apologies, mentions) that default traversals leave out;
 * - every fact cites Source entities.
 *
 * Everything here is made up; the names only look like real governance.
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

/** Key days of the fixture, named after what happens on them. */
export const FIXTURE_DAYS = {
  /** A day on which everything current holds. */
  now: '2024-01-15',
  /** The rename's bracket "after 2020-03-12, by 2022-03-17": inside it the old partnership still counts. */
  insideRenameBracket: '2021-01-01',
  /** Last day the old partnership (and its links) count. */
  dayBeforeRename: '2022-03-16',
  /** First day the renamed partnership counts (the bracket's latest day). */
  renameDay: '2022-03-17',
  /** The serious violence duty's first day. */
  seriousViolenceStart: '2023-01-31',
  /** Day before the serious violence duty starts. */
  dayBeforeSeriousViolence: '2023-01-30',
  /** The partnership's agreed LEADS link is dated "2023-04": it counts from the month's last day. */
  leadsMonthLastDay: '2023-04-30',
  leadsMonthDayBefore: '2023-04-29',
  /** Hillford CSP is dated from "2012-06": it counts from 2012-06-30. */
  hillfordStart: '2012-06-30',
  hillfordDayBefore: '2012-06-29',
  /** Alex Morgan's seat on Hillford CSP ends "2019" (year precision): the last day it counts is 2019-12-30. */
  hillfordSeatLastDay: '2019-12-30',
  hillfordSeatEnded: '2019-12-31',
  /** The merger into the substance misuse group, a day-precise date. */
  mergeDay: '2020-01-01',
  dayBeforeMerge: '2019-12-31',
} as const;

/** The two partnership areas. */
export const FIXTURE_AREAS = { riverton: 'riverton', hillford: 'hillford' } as const;

const RENAME = { after: '2020-03-12', by: '2022-03-17' } as const;
const R = FIXTURE_AREAS.riverton;
const H = FIXTURE_AREAS.hillford;

const cite = (source: string, item?: string) => [item ? { source, item } : { source }];

const ENTITIES: EntityInput[] = [
  // Sources
  { id: 'src-crime-disorder-act', kind: 'Source', name: 'Crime and Disorder Act 1998 (as amended)', sourceType: 'legislation', status: 'in-force', confidence: 'confirmed', sources: [] },
  { id: 'src-riverton-minutes-2019', kind: 'Source', name: 'Riverton CSP minutes, 14 June 2019', area: R, sourceType: 'minutes', date: '2019-06-14', status: 'in-force', confidence: 'stated', sources: [] },
  { id: 'src-riverton-report-2022', kind: 'Source', name: 'Report on the new partnership arrangements', area: R, sourceType: 'report', date: '2022-03', status: 'in-force', confidence: 'stated', sources: [] },
  { id: 'src-hillford-minutes-2020', kind: 'Source', name: 'Hillford CSP minutes, 20 January 2020', area: H, sourceType: 'minutes', date: '2020-01-20', url: 'https://example.org/hillford/minutes-2020-01-20', status: 'in-force', confidence: 'stated', sources: [] },

  // National layer
  { id: 'leg-crime-disorder-act-s17', kind: 'Legislation', name: 'Crime and Disorder Act 1998, section 17', act: 'Crime and Disorder Act 1998', section: '17', status: 'in-force', confidence: 'confirmed', sources: cite('src-crime-disorder-act', 's17') },
  { id: 'leg-serious-violence-act', kind: 'Legislation', name: 'Serious Violence Act 2022, part 2', act: 'Serious Violence Act 2022', status: 'in-force', confidence: 'confirmed', sources: cite('src-crime-disorder-act') },
  { id: 'duty-reduce-reoffending', kind: 'Duty', name: 'Reduce reoffending', aliases: ['RRO'], validity: { from: '2010-04-01' }, status: 'in-force', confidence: 'confirmed', sources: cite('src-crime-disorder-act', 's6') },
  { id: 'duty-serious-violence', kind: 'Duty', name: 'Serious violence duty', validity: { from: '2023-01-31' }, status: 'in-force', confidence: 'confirmed', sources: cite('src-crime-disorder-act') },
  { id: 'duty-safeguarding-adults', kind: 'Duty', name: 'Safeguard adults at risk', status: 'in-force', confidence: 'unverified', sources: cite('src-crime-disorder-act') },
  { id: 'northshire-police', kind: 'Organisation', name: 'Northshire Police', aliases: ['NP'], organisationType: 'police', status: 'in-force', confidence: 'stated', sources: cite('src-riverton-minutes-2019') },
  { id: 'person-alex-morgan', kind: 'Person', name: 'Alex Morgan', honorific: 'Cllr', status: 'in-force', confidence: 'stated', sources: cite('src-riverton-report-2022') },

  // Riverton
  { id: 'riverton-crime-disorder-partnership', kind: 'Body', bodyType: 'partnership', name: 'Riverton Crime and Disorder Reduction Partnership', area: R, validity: { from: '1998-12', to: '2004-04' }, status: 'ended', confidence: 'inferred', note: 'dates from the 2019 minutes history section', sources: cite('src-riverton-minutes-2019', '2') },
  { id: 'riverton-csp', kind: 'Body', bodyType: 'partnership', statutory: true, name: 'Riverton Community Safety Partnership', aliases: ['RCSP'], area: R, validity: { from: '2004-04', to: RENAME }, status: 'ended', confidence: 'stated', sources: cite('src-riverton-minutes-2019') },
  {
    id: 'safer-riverton-partnership',
    kind: 'Body',
    bodyType: 'partnership',
    statutory: true,
    name: 'Safer Riverton Partnership',
    names: [
      { name: 'Riverton Community Safety Partnership', validity: { from: '2004-04', to: RENAME }, sources: cite('src-riverton-minutes-2019') },
      { name: 'Safer Riverton Partnership', validity: { from: RENAME }, sources: cite('src-riverton-report-2022') },
    ],
    aliases: ['SRP'],
    area: R,
    validity: { from: RENAME },
    status: 'in-force',
    confidence: 'stated',
    sources: cite('src-riverton-report-2022', '3.1'),
  },
  { id: 'riverton-reducing-reoffending-group', kind: 'Body', bodyType: 'sub-group', name: 'Reducing Reoffending Group', area: R, validity: { from: '2015' }, status: 'in-force', confidence: 'stated', sources: cite('src-riverton-minutes-2019', '7') },
  { id: 'riverton-youth-panel', kind: 'Body', bodyType: 'panel', name: 'Youth Justice Panel', area: R, validity: { from: '2016-09-01' }, status: 'in-force', confidence: 'stated', sources: cite('src-riverton-minutes-2019', '8') },
  { id: 'riverton-youth-outreach-team', kind: 'Body', bodyType: 'task-and-finish-group', name: 'Youth Outreach Team', area: R, validity: { from: '2023-02-01' }, status: 'in-force', confidence: 'stated', sources: cite('src-riverton-report-2022') },
  { id: 'riverton-overview-scrutiny', kind: 'Body', bodyType: 'committee', name: 'Overview and Scrutiny Committee (Safer Communities)', area: R, status: 'in-force', confidence: 'stated', sources: cite('src-riverton-report-2022') },
  { id: 'riverton-cabinet', kind: 'Body', bodyType: 'committee', name: 'Riverton Cabinet', area: R, status: 'in-force', confidence: 'stated', sources: cite('src-riverton-report-2022') },
  { id: 'riverton-serious-violence-board', kind: 'Body', bodyType: 'board', name: 'Serious Violence Board', area: R, status: 'proposed', confidence: 'stated', note: 'recommended by the 2022 report, not yet set up', sources: cite('src-riverton-report-2022', '5') },
  { id: 'riverton-council', kind: 'Organisation', name: 'Riverton Borough Council', area: R, organisationType: 'local-authority', status: 'in-force', confidence: 'stated', sources: cite('src-riverton-minutes-2019') },
  { id: 'riverton-strategy-2022', kind: 'Strategy', strategyType: 'strategy', name: 'Safer Riverton Strategy 2022-2025', area: R, validity: { from: '2022-04' }, status: 'in-force', confidence: 'stated', sources: cite('src-riverton-report-2022') },
  { id: 'meeting-srp-2023-06-14', kind: 'Meeting', name: 'Safer Riverton Partnership meeting, 14 June 2023', area: R, date: '2023-06-14', status: 'in-force', confidence: 'stated', sources: cite('src-riverton-report-2022') },
  { id: 'person-sam-lee', kind: 'Person', name: 'Sam Lee', area: R, title: 'Youth Justice Manager', status: 'in-force', confidence: 'stated', sources: cite('src-riverton-minutes-2019') },

  // Hillford
  { id: 'hillford-csp', kind: 'Body', bodyType: 'partnership', statutory: true, name: 'Hillford Community Safety Partnership', aliases: ['HCSP'], area: H, validity: { from: '2012-06' }, status: 'in-force', confidence: 'stated', sources: cite('src-hillford-minutes-2020') },
  { id: 'hillford-safeguarding-board', kind: 'Body', bodyType: 'board', name: 'Hillford Safeguarding Adults Board', area: H, status: 'in-force', confidence: 'stated', sources: cite('src-hillford-minutes-2020') },
  { id: 'hillford-health-wellbeing-board', kind: 'Body', bodyType: 'board', name: 'Hillford Health and Wellbeing Board', area: H, status: 'in-force', confidence: 'stated', sources: cite('src-hillford-minutes-2020') },
  { id: 'hillford-drugs-group', kind: 'Body', bodyType: 'sub-group', name: 'Drugs Group', area: H, validity: { from: '2012', to: '2020-01-01' }, status: 'ended', confidence: 'stated', sources: cite('src-hillford-minutes-2020', '4') },
  { id: 'hillford-alcohol-group', kind: 'Body', bodyType: 'sub-group', name: 'Alcohol Harm Group', area: H, validity: { from: '2013', to: '2020-01-01' }, status: 'ended', confidence: 'stated', sources: cite('src-hillford-minutes-2020', '4') },
  { id: 'hillford-substance-misuse-group', kind: 'Body', bodyType: 'sub-group', name: 'Substance Misuse Group', area: H, validity: { from: '2020-01-01' }, status: 'in-force', confidence: 'stated', sources: cite('src-hillford-minutes-2020', '4') },
  { id: 'hillford-council', kind: 'Organisation', name: 'Hillford District Council', area: H, organisationType: 'local-authority', status: 'in-force', confidence: 'stated', sources: cite('src-hillford-minutes-2020') },
];

const rm = 'src-riverton-minutes-2019';
const rr = 'src-riverton-report-2022';
const hm = 'src-hillford-minutes-2020';
const act = 'src-crime-disorder-act';

const LINKS: LinkInput[] = [
  // National
  { kind: 'IMPOSED_BY', from: 'duty-reduce-reoffending', to: 'leg-crime-disorder-act-s17', status: 'in-force', confidence: 'confirmed', sources: cite(act) },
  { kind: 'IMPOSED_BY', from: 'duty-serious-violence', to: 'leg-serious-violence-act', status: 'in-force', confidence: 'confirmed', sources: cite(act) },
  { kind: 'DELIVERS', from: 'northshire-police', to: 'duty-serious-violence', validity: { from: '2023-01-31' }, status: 'in-force', confidence: 'stated', sources: cite(rr) },
  { kind: 'MEMBER_OF', from: 'northshire-police', to: 'safer-riverton-partnership', membership: 'statutory', status: 'in-force', confidence: 'stated', sources: cite(rr) },
  { kind: 'MEMBER_OF', from: 'northshire-police', to: 'hillford-csp', membership: 'statutory', status: 'in-force', confidence: 'stated', sources: cite(hm) },

  // Riverton lineage: two renames, the second bracketed
  { kind: 'SUCCEEDED_BY', from: 'riverton-crime-disorder-partnership', to: 'riverton-csp', lineage: 'rename', validity: { from: '2004-04' }, status: 'in-force', confidence: 'inferred', note: 'named in the 2019 minutes history', sources: cite(rm, '2') },
  { kind: 'SUCCEEDED_BY', from: 'riverton-csp', to: 'safer-riverton-partnership', lineage: 'rename', validity: { from: RENAME }, status: 'in-force', confidence: 'stated', sources: cite(rr, '3.1') },

  // Riverton oversight of reoffending, before and after the rename
  { kind: 'OVERSEES', from: 'riverton-csp', to: 'duty-reduce-reoffending', validity: { from: '2010-04-01', to: RENAME }, status: 'ended', confidence: 'stated', sources: cite(rm) },
  { kind: 'OVERSEES', from: 'safer-riverton-partnership', to: 'duty-reduce-reoffending', validity: { from: RENAME }, status: 'in-force', confidence: 'stated', sources: cite(rr) },
  { kind: 'SUB_GROUP_OF', from: 'riverton-reducing-reoffending-group', to: 'riverton-csp', validity: { from: '2015', to: RENAME }, status: 'ended', confidence: 'stated', sources: cite(rm, '7') },
  { kind: 'SUB_GROUP_OF', from: 'riverton-reducing-reoffending-group', to: 'safer-riverton-partnership', validity: { from: RENAME }, status: 'in-force', confidence: 'inferred', note: 'the group carried on under the renamed partnership', sources: cite(rr) },
  { kind: 'DELIVERS', from: 'riverton-reducing-reoffending-group', to: 'duty-reduce-reoffending', validity: { from: '2015-04-01' }, status: 'in-force', confidence: 'stated', sources: cite(rm, '7') },
  { kind: 'SUB_GROUP_OF', from: 'riverton-youth-panel', to: 'riverton-reducing-reoffending-group', validity: { from: '2016-09-01' }, status: 'in-force', confidence: 'stated', sources: cite(rm, '8') },
  { kind: 'REPORTS_TO', from: 'riverton-csp', to: 'riverton-overview-scrutiny', validity: { to: RENAME }, status: 'ended', confidence: 'stated', sources: cite(rm) },
  { kind: 'REPORTS_TO', from: 'safer-riverton-partnership', to: 'riverton-overview-scrutiny', status: 'in-force', confidence: 'stated', sources: cite(rr) },
  { kind: 'REPORTS_TO', from: 'riverton-overview-scrutiny', to: 'riverton-cabinet', status: 'in-force', confidence: 'stated', sources: cite(rr) },

  // Riverton serious violence: in-force delivery five hops below the cabinet, agreed lead, proposed board
  { kind: 'REPORTS_TO', from: 'riverton-youth-outreach-team', to: 'riverton-youth-panel', validity: { from: '2023-02-01' }, status: 'in-force', confidence: 'stated', sources: cite(rr) },
  { kind: 'DELIVERS', from: 'riverton-youth-outreach-team', to: 'duty-serious-violence', validity: { from: '2023-02-01' }, status: 'in-force', confidence: 'stated', sources: cite(rr) },
  { kind: 'LEADS', from: 'safer-riverton-partnership', to: 'duty-serious-violence', validity: { from: '2023-04' }, status: 'agreed', confidence: 'stated', sources: cite(rr, '5') },
  { kind: 'OVERSEES', from: 'riverton-serious-violence-board', to: 'duty-serious-violence', status: 'proposed', confidence: 'stated', sources: cite(rr, '5') },

  // Riverton people, members, strategy, evidence
  { kind: 'LEADS', from: 'person-sam-lee', to: 'duty-reduce-reoffending', status: 'in-force', confidence: 'stated', sources: cite(rm) },
  { kind: 'WORKS_FOR', from: 'person-sam-lee', to: 'riverton-council', status: 'in-force', confidence: 'stated', sources: cite(rm) },
  { kind: 'SITS_ON', from: 'person-sam-lee', to: 'riverton-youth-panel', role: 'lead', representing: 'riverton-council', status: 'in-force', confidence: 'stated', sources: cite(rm, '8') },
  { kind: 'SITS_ON', from: 'person-alex-morgan', to: 'riverton-csp', role: 'member', validity: { from: '2018', to: RENAME }, status: 'ended', confidence: 'stated', sources: cite(rm) },
  { kind: 'SITS_ON', from: 'person-alex-morgan', to: 'safer-riverton-partnership', role: 'chair', representing: 'riverton-council', validity: { from: '2022-05-01' }, status: 'in-force', confidence: 'stated', sources: cite(rr) },
  { kind: 'MEMBER_OF', from: 'riverton-council', to: 'safer-riverton-partnership', membership: 'statutory', status: 'in-force', confidence: 'stated', sources: cite(rr) },
  { kind: 'OWNS', from: 'safer-riverton-partnership', to: 'riverton-strategy-2022', status: 'in-force', confidence: 'stated', sources: cite(rr) },
  { kind: 'REQUIRES', from: 'duty-reduce-reoffending', to: 'riverton-strategy-2022', status: 'in-force', confidence: 'inferred', note: 'the strategy is the plan the duty asks for', sources: cite(rr) },
  { kind: 'MEETING_OF', from: 'meeting-srp-2023-06-14', to: 'safer-riverton-partnership', status: 'in-force', confidence: 'stated', sources: cite(rr) },
  { kind: 'ATTENDED', from: 'person-alex-morgan', to: 'meeting-srp-2023-06-14', status: 'in-force', confidence: 'stated', sources: cite(rr) },
  { kind: 'SENT_APOLOGIES', from: 'person-sam-lee', to: 'meeting-srp-2023-06-14', status: 'in-force', confidence: 'stated', sources: cite(rr) },
  { kind: 'MENTIONS', from: 'src-riverton-report-2022', to: 'safer-riverton-partnership', status: 'in-force', confidence: 'stated', sources: cite(rr) },

  // Across the areas: two working links, one each way
  { kind: 'LINKS_TO', from: 'safer-riverton-partnership', to: 'hillford-csp', validity: { from: '2022-06' }, status: 'in-force', confidence: 'stated', sources: cite(rr) },
  { kind: 'LINKS_TO', from: 'hillford-csp', to: 'safer-riverton-partnership', validity: { from: '2022-06' }, status: 'in-force', confidence: 'stated', sources: cite(hm) },
  { kind: 'SITS_ON', from: 'person-alex-morgan', to: 'hillford-csp', role: 'member', validity: { from: '2015', to: '2019' }, status: 'ended', confidence: 'stated', sources: cite(hm) },

  // Hillford: oversight, a REPORTS_TO cycle, a merger
  { kind: 'OVERSEES', from: 'hillford-csp', to: 'duty-reduce-reoffending', validity: { from: '2012-06' }, status: 'in-force', confidence: 'stated', sources: cite(hm) },
  { kind: 'REPORTS_TO', from: 'hillford-csp', to: 'hillford-health-wellbeing-board', status: 'in-force', confidence: 'stated', sources: cite(hm) },
  { kind: 'REPORTS_TO', from: 'hillford-health-wellbeing-board', to: 'hillford-safeguarding-board', status: 'in-force', confidence: 'inferred', note: 'each board reports to the other on shared items', sources: cite(hm) },
  { kind: 'REPORTS_TO', from: 'hillford-safeguarding-board', to: 'hillford-health-wellbeing-board', status: 'in-force', confidence: 'stated', sources: cite(hm) },
  { kind: 'OVERSEES', from: 'hillford-safeguarding-board', to: 'duty-safeguarding-adults', status: 'in-force', confidence: 'stated', sources: cite(hm) },
  { kind: 'MEMBER_OF', from: 'hillford-council', to: 'hillford-csp', membership: 'statutory', status: 'in-force', confidence: 'stated', sources: cite(hm) },
  { kind: 'SUB_GROUP_OF', from: 'hillford-drugs-group', to: 'hillford-csp', validity: { from: '2012', to: '2020-01-01' }, status: 'ended', confidence: 'stated', sources: cite(hm, '4') },
  { kind: 'SUB_GROUP_OF', from: 'hillford-alcohol-group', to: 'hillford-csp', validity: { from: '2013', to: '2020-01-01' }, status: 'ended', confidence: 'stated', sources: cite(hm, '4') },
  { kind: 'SUB_GROUP_OF', from: 'hillford-substance-misuse-group', to: 'hillford-csp', validity: { from: '2020-01-01' }, status: 'in-force', confidence: 'stated', sources: cite(hm, '4') },
  { kind: 'SUCCEEDED_BY', from: 'hillford-drugs-group', to: 'hillford-substance-misuse-group', lineage: 'merge', validity: { from: '2020-01-01' }, status: 'in-force', confidence: 'stated', sources: cite(hm, '4') },
  { kind: 'SUCCEEDED_BY', from: 'hillford-alcohol-group', to: 'hillford-substance-misuse-group', lineage: 'merge', validity: { from: '2020-01-01' }, status: 'in-force', confidence: 'stated', sources: cite(hm, '4') },
  { kind: 'DELIVERS', from: 'hillford-drugs-group', to: 'duty-reduce-reoffending', validity: { from: '2012', to: '2020-01-01' }, status: 'ended', confidence: 'stated', sources: cite(hm, '4') },
  { kind: 'DELIVERS', from: 'hillford-substance-misuse-group', to: 'duty-reduce-reoffending', validity: { from: '2020-01-01' }, status: 'in-force', confidence: 'stated', sources: cite(hm, '4') },
];

/**
 * The fixture as a store holds it (parsed with the ontology schemas and normalised), in the order
 * written. Each call returns fresh objects, so a test may change its copy freely.
 */
export function fixtureGraph(): GraphData {
  return {
    entities: ENTITIES.map((input) => normaliseEntity(entityInputSchema.parse(structuredClone(input)))),
    links: LINKS.map((input) => normaliseLink(linkInputSchema.parse(structuredClone(input)))),
  };
}
