/**
 * Whether each partnership can meet its quorum and statutory membership on a day. Statutory members
 * are the MEMBER_OF links with `membership: statutory` holding on the day; members that have ended
 * (the police authority after November 2012) no longer count, even if a terms of reference still
 * lists them.
 *
 * The quorum rule is read from a terms-of-reference Strategy linked to the partnership, from its
 * description or note ("quorate with at least 3 of the 6 responsible authorities"); the ontology has
 * no structured field for it. When that terms of reference is only proposed, the finding says so.
 */
import {
  validFromDay,
  validToDay,
  type Entity,
  type GraphData,
  type GraphStore,
  type Link,
  type Status,
} from '@govgraph/core';
import type { AnalyticsOptions } from './analytics-options.js';
import { collectSources, sortLinks, toEntityRef } from './entity-ref.js';
import { compareFindings, type Finding } from './finding.js';
import { focusFamily, loadGraphView, type GraphView } from './graph-view.js';

/** A quorum rule as read from a terms of reference. */
export interface QuorumRule {
  /** Members that must be present. */
  atLeast: number;
  /** Out of how many, as the terms of reference count them (null when not said). */
  outOf: number | null;
  /** The terms of reference it was read from. */
  termsOfReference: Entity;
  /** The words it was read from. */
  text: string;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

function parseNumber(word: string | undefined): number | null {
  if (word === undefined) return null;
  const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()];
  return n === undefined ? null : n;
}

const QUORUM_PATTERN = /quor\w*[^.;]*?\bat least (\w+)(?: (?:of|out of) (?:the |its )?(\w+))?/i;

/** Reads "quorate with at least N of the M ..." from a text; null when it says nothing parseable. */
export function parseQuorumText(text: string): { atLeast: number; outOf: number | null; text: string } | null {
  const match = QUORUM_PATTERN.exec(text);
  if (!match) return null;
  const atLeast = parseNumber(match[1]);
  if (atLeast === null) return null;
  return { atLeast, outOf: parseNumber(match[2]), text: match[0] };
}

/** The quorum rule of a partnership, from a terms of reference linked to it on the view's day. */
export function findQuorumRule(view: GraphView, partnershipId: string): QuorumRule | null {
  const linked = [...view.out(partnershipId), ...view.in(partnershipId)].map((l) => (l.from === partnershipId ? l.to : l.from));
  const candidates = [...new Set(linked)]
    .map((id) => view.entity(id)!)
    .filter((e) => e.kind === 'Strategy' && e.attributes['strategyType'] === 'terms-of-reference')
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const tor of candidates) {
    const parsed = parseQuorumText([tor.description, tor.note].filter(Boolean).join(' '));
    if (parsed) return { ...parsed, termsOfReference: tor };
  }
  return null;
}

function statutoryMembersOn(view: GraphView, partnershipId: string): Link[] {
  return view.in(partnershipId, ['MEMBER_OF']).filter((l) => l.membership === 'statutory');
}

/** Statutory memberships that had ended by the day (link or member ended, or marked ended). */
function endedStatutoryMembers(view: GraphView, history: GraphData, partnershipId: string): { link: Link; member: Entity; endedOn: string }[] {
  const holding = new Set(statutoryMembersOn(view, partnershipId).map((l) => l.id));
  const entities = new Map(history.entities.map((e) => [e.id, e]));
  const out: { link: Link; member: Entity; endedOn: string }[] = [];
  for (const link of sortLinks(history.links)) {
    if (link.kind !== 'MEMBER_OF' || link.to !== partnershipId || link.membership !== 'statutory' || holding.has(link.id)) continue;
    const member = entities.get(link.from);
    if (!member) continue;
    const start = validFromDay(link.validity);
    if (start !== null && start > view.asOf) continue; // not yet begun: not an ended member
    const ends = [validToDay(link.validity), validToDay(member.validity)].filter((d): d is string => d !== null && d <= view.asOf).sort();
    const endedOn = ends[0] ?? (link.status === 'ended' || member.status === 'ended' ? 'date unknown' : null);
    if (endedOn !== null) out.push({ link, member, endedOn });
  }
  return out;
}

/**
 * Membership gaps of the view's statutory partnerships (bodyType `partnership`, of the area, marked
 * `statutory` or with a statutory member at some time; with a focus, those in the focus family). `history` is the area's graph over all time, to tell which members have ended.
 */
export function findMembershipGaps(view: GraphView, history: GraphData, options: Pick<AnalyticsOptions, 'focus'> = {}): Finding[] {
  const family = options.focus ? focusFamily(view, options.focus) : null;
  const findings: Finding[] = [];
  const partnerships = view
    .ofKind('Body')
    .filter((b) => b.attributes['bodyType'] === 'partnership')
    .filter((b) => (family ? family.has(b.id) : view.area === undefined || b.area === view.area))
    .filter((b) => b.attributes['statutory'] === true || history.links.some((l) => l.kind === 'MEMBER_OF' && l.to === b.id && l.membership === 'statutory'));
  for (const partnership of partnerships) {
    const members = statutoryMembersOn(view, partnership.id);
    const ended = endedStatutoryMembers(view, history, partnership.id);
    const rule = findQuorumRule(view, partnership.id);
    const memberNames = members.map((l) => view.entity(l.from)!.name);
    const endedText = ended.map((e) => `${e.member.name} (ended ${e.endedOn})`).join(', ');
    const ruleStatus: Status | undefined = rule?.termsOfReference.status;
    const ruleCaveat =
      rule && ruleStatus !== 'in-force'
        ? ` The quorum rule comes from ${rule.termsOfReference.name}, which is only ${ruleStatus}: no record of its adoption.`
        : '';
    const subjects = [toEntityRef(partnership), ...ended.map((e) => toEntityRef(e.member))];
    const sources = collectSources([...members, ...ended.map((e) => e.link), ...ended.map((e) => e.member), ...(rule ? [rule.termsOfReference] : [])]);

    if (rule && members.length < rule.atLeast) {
      findings.push({
        id: `quorum-at-risk:${partnership.id}`,
        kind: 'quorum-at-risk',
        severity: 'high',
        title: `${partnership.name} cannot be quorate`,
        explanation:
          `The quorum is at least ${rule.atLeast}${rule.outOf ? ` of ${rule.outOf}` : ''} ("${rule.text}"), but only ${members.length} statutory ` +
          `members hold on ${view.asOf}${memberNames.length ? `: ${memberNames.join(', ')}` : ''}.${endedText ? ` No longer counted: ${endedText}.` : ''}${ruleCaveat}`,
        subjects: [...subjects, toEntityRef(rule.termsOfReference)],
        status: ruleStatus,
        sources,
      });
      continue;
    }
    if (members.length === 0) {
      findings.push({
        id: `statutory-membership:${partnership.id}`,
        kind: 'statutory-membership',
        severity: partnership.attributes['statutory'] === true ? 'high' : 'medium',
        title: `${partnership.name} has no statutory members on ${view.asOf}`,
        explanation: `No statutory MEMBER_OF link to ${partnership.name} holds on ${view.asOf}.${endedText ? ` Ended: ${endedText}.` : ''}`,
        subjects,
        sources,
      });
      continue;
    }
    if (ended.length > 0 || (rule?.outOf != null && rule.outOf > members.length)) {
      const quorumText = rule
        ? ` The quorum of ${rule.atLeast}${rule.outOf ? ` of ${rule.outOf}` : ''} can still be met by the ${members.length} remaining.${ruleCaveat}`
        : '';
      findings.push({
        id: `statutory-membership:${partnership.id}`,
        kind: 'statutory-membership',
        severity: rule?.outOf != null && rule.outOf > members.length ? 'low' : 'info',
        title: `${partnership.name}: ${members.length} statutory members on ${view.asOf}`,
        explanation:
          `${members.length} statutory members hold on ${view.asOf}: ${memberNames.join(', ')}.` +
          `${endedText ? ` No longer counted: ${endedText}.` : ''}${rule?.outOf != null && rule.outOf > members.length ? ` The terms of reference count ${rule.outOf}.` : ''}${quorumText}`,
        subjects: rule ? [...subjects, toEntityRef(rule.termsOfReference)] : subjects,
        status: ruleStatus,
        sources,
      });
    }
  }
  return findings.sort(compareFindings);
}

/** Membership gaps as of a day, read from a store. */
export async function membershipGaps(store: GraphStore, options: AnalyticsOptions): Promise<Finding[]> {
  const view = await loadGraphView(store, options);
  return findMembershipGaps(view, await store.snapshot({ area: options.area }), options);
}
