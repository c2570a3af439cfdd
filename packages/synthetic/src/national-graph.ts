/**
 * A deterministic synthetic national graph: every partnership area in England with its bodies,
 * partners, people, strategies, reviews and ten years of meetings with attendance, on top of the
 * real reference layer. Benchmarks use it to measure govgraph at the scale a national analyst works at.
 */
import {
  toFuzzyDate,
  type Entity,
  type EntityKind,
  type GraphData,
  type Link,
  type LinkKind,
  type SourceRef,
  type Status,
  type Validity,
} from '@govgraph/core';

/** Options of {@link generateNationalGraph}. */
export interface NationalGraphOptions {
  /** Partnership areas to generate (England has about 300). */
  areas?: number;
  /** Seed of the pseudo-random generator; the same seed gives the same graph. */
  seed?: number;
  /** First year of meetings. */
  firstYear?: number;
  /** Years of meetings. */
  years?: number;
  /** Meetings a year of each body that meets. */
  meetingsPerYear?: number;
}

/** Sizes the generator aims at, per area, documented for the benchmark report. */
export const PER_AREA = {
  bodies: 40,
  organisations: 8,
  people: 150,
  strategies: 10,
  reviews: 5,
  meetingBodies: 10,
} as const;

/** A small, fast, seedable PRNG (mulberry32), so graphs are reproducible across machines. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BOARD_NAMES = [
  ['safeguarding-adults-board', 'Safeguarding Adults Board', 'board'],
  ['safeguarding-children', 'Safeguarding Children Partnership', 'partnership'],
  ['health-wellbeing-board', 'Health and Wellbeing Board', 'board'],
  ['youth-justice-board', 'Youth Justice Management Board', 'board'],
  ['channel-panel', 'Channel Panel', 'panel'],
  ['marac', 'MARAC', 'panel'],
  ['da-partnership-board', 'Domestic Abuse Partnership Board', 'board'],
  ['combating-drugs', 'Combating Drugs Partnership', 'partnership'],
  ['reducing-reoffending', 'Reducing Reoffending Board', 'board'],
  ['asb-group', 'ASB Strategic Group', 'sub-group'],
  ['hate-crime-forum', 'Hate Crime Forum', 'forum'],
  ['vrp-link', 'Violence Reduction Partnership Link Group', 'forum'],
] as const;

const SUB_GROUP_TOPICS = [
  'Prevent',
  'Serious Violence',
  'Domestic Abuse Operational',
  'Domestic Abuse Executive',
  'Exploitation',
  'County Lines',
  'IOM',
  'Hate Crime Operational',
  'ASB Case Review',
  'Night-time Economy',
  'Substance Misuse',
  'Violence Against Women and Girls',
  'Modern Slavery',
  'Youth Diversion',
  'Reoffending Data',
  'Communications',
  'Performance',
  'Community Tensions',
  'Fire Safety',
  'Road Safety',
  'Homelessness',
  'Mental Health Crisis',
  'Cyber Crime',
  'Safer Streets',
  'Victims Support',
  'Licensing',
  'Business Crime',
] as const;

const ORGANISATIONS = [
  ['council', 'Council', true],
  ['police', 'Police', true],
  ['fire', 'Fire and Rescue Service', true],
  ['probation', 'Probation Service', true],
  ['icb', 'Integrated Care Board', true],
  ['cvs', 'Council for Voluntary Service', false],
  ['housing', 'Housing Association', false],
  ['college', 'Further Education College', false],
] as const;

const FIRST_NAMES = ['Alex', 'Sam', 'Jo', 'Chris', 'Pat', 'Morgan', 'Jamie', 'Taylor', 'Robin', 'Kim', 'Lee', 'Ash', 'Dana', 'Nic', 'Ray'];
const LAST_NAMES = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright', 'Hughes', 'Green', 'Hall', 'Wood', 'Clarke'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

interface AreaContext {
  area: string;
  prefix: string;
  rand: () => number;
  entities: Entity[];
  links: Link[];
  dutyIds: string[];
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function entity(ctx: AreaContext, id: string, kind: EntityKind, name: string, sources: SourceRef[], extra: Partial<Entity> = {}): Entity {
  const e: Entity = {
    id,
    kind,
    name,
    names: [{ name, sources: [] }],
    aliases: [],
    area: ctx.area,
    status: 'in-force',
    confidence: 'stated',
    sources,
    attributes: {},
    ...extra,
  };
  ctx.entities.push(e);
  return e;
}

function link(
  ctx: AreaContext,
  kind: LinkKind,
  from: string,
  to: string,
  sources: SourceRef[],
  extra: Partial<Link> & { key?: string } = {},
): void {
  const { key, ...rest } = extra;
  ctx.links.push({
    id: `${kind}:${from}->${to}${key ? `#${key}` : ''}`,
    kind,
    from,
    to,
    status: 'in-force' as Status,
    confidence: 'stated',
    sources,
    ...rest,
  });
}

function validity(from?: string, to?: string): Validity | undefined {
  if (!from && !to) return undefined;
  return { from: from ? toFuzzyDate(from) : undefined, to: to ? toFuzzyDate(to) : undefined };
}

function generateArea(index: number, options: Required<NationalGraphOptions>, dutyIds: string[]): GraphData {
  const code = pad(index + 1, 3);
  const ctx: AreaContext = {
    area: `area-${code}`,
    prefix: `a${code}`,
    rand: createRandom(options.seed * 100_003 + index),
    entities: [],
    links: [],
    dutyIds,
  };
  const { prefix, rand } = ctx;
  const firstDay = `${options.firstYear}-01-01`;
  const tor = `${prefix}-src-terms-of-reference`;
  entity(ctx, tor, 'Source', `Area ${code} partnership terms of reference`, [], {
    attributes: { sourceType: 'report', date: toFuzzyDate(`${options.firstYear}-01`) },
  });
  const torRef: SourceRef[] = [{ source: tor }];

  // The partnership, renamed in about a third of areas with a bracketed date.
  const csp = `${prefix}-csp`;
  const renamed = rand() < 0.33;
  const renameYear = options.firstYear + 3 + Math.floor(rand() * 5);
  const renameBounds = { after: `${renameYear}-03-01`, by: `${renameYear + 1}-03-01` };
  entity(ctx, csp, 'Body', renamed ? `Safer Area ${code} Together` : `Area ${code} Community Safety Partnership`, torRef, {
    names: renamed
      ? [
          { name: `Area ${code} Community Safety Partnership`, validity: { to: toFuzzyDate(renameBounds) }, sources: torRef },
          { name: `Safer Area ${code} Together`, validity: { from: toFuzzyDate(renameBounds) }, sources: torRef },
        ]
      : [{ name: `Area ${code} Community Safety Partnership`, sources: torRef }],
    aliases: [`CSP ${code}`],
    attributes: { bodyType: 'partnership', statutory: true },
  });

  // Boards and sub-groups.
  const boards: string[] = [];
  for (const [slug, name, bodyType] of BOARD_NAMES) {
    const id = `${prefix}-${slug}`;
    boards.push(id);
    entity(ctx, id, 'Body', `Area ${code} ${name}`, torRef, { attributes: { bodyType } });
    link(ctx, rand() < 0.5 ? 'REPORTS_TO' : 'LINKS_TO', id, csp, torRef);
  }
  const subGroups: string[] = [];
  SUB_GROUP_TOPICS.forEach((topic, i) => {
    const id = `${prefix}-sg-${pad(i + 1, 2)}`;
    subGroups.push(id);
    const parent = i < 8 ? csp : (boards[i % boards.length] as string);
    const ended = i === 2 || i === 3; // the two domestic abuse groups merge later
    entity(ctx, id, 'Body', `${topic} Sub-group`, torRef, {
      attributes: { bodyType: i % 5 === 4 ? 'task-and-finish-group' : 'sub-group' },
      validity: ended ? validity(firstDay, `${options.firstYear + 5}-06-01`) : validity(firstDay),
    });
    link(ctx, 'SUB_GROUP_OF', id, parent, torRef, ended ? { validity: validity(firstDay, `${options.firstYear + 5}-06-01`) } : { validity: validity(firstDay) });
  });
  const merged = `${prefix}-sg-da-steering`;
  const mergeDay = `${options.firstYear + 5}-06-01`;
  entity(ctx, merged, 'Body', 'Domestic Abuse Steering Group', torRef, { attributes: { bodyType: 'sub-group' }, validity: validity(mergeDay), status: 'agreed' });
  link(ctx, 'SUB_GROUP_OF', merged, csp, torRef, { validity: validity(mergeDay), status: 'agreed' });
  for (const predecessor of [subGroups[2], subGroups[3]] as string[]) {
    link(ctx, 'SUCCEEDED_BY', predecessor, merged, torRef, { lineage: 'merge' });
  }
  const allBodies = [csp, ...boards, ...subGroups, merged];

  // Duties: the partnership oversees most; sub-groups deliver; a board leads a few.
  dutyIds.forEach((duty, i) => {
    if (rand() < 0.85) link(ctx, 'OVERSEES', csp, duty, torRef, { status: rand() < 0.1 ? 'proposed' : 'in-force' });
    link(ctx, 'DELIVERS', subGroups[i % subGroups.length] as string, duty, torRef);
    if (rand() < 0.3) link(ctx, 'LEADS', boards[i % boards.length] as string, duty, torRef);
  });

  // Partner organisations.
  const orgs: string[] = [];
  for (const [slug, name, statutory] of ORGANISATIONS) {
    const id = `${prefix}-org-${slug}`;
    orgs.push(id);
    entity(ctx, id, 'Organisation', `Area ${code} ${name}`, torRef);
    link(ctx, 'MEMBER_OF', id, csp, torRef, { membership: statutory ? 'statutory' : 'co-opted' });
  }

  // Strategies and reviews.
  for (let s = 0; s < PER_AREA.strategies; s += 1) {
    const id = `${prefix}-strategy-${pad(s + 1, 2)}`;
    entity(ctx, id, 'Strategy', `Area ${code} strategy ${s + 1}`, torRef, { attributes: { strategyType: s % 3 === 0 ? 'plan' : 'strategy' } });
    if (s !== 9) link(ctx, 'OWNS', s < 5 ? csp : (pick(rand, boards) as string), id, torRef);
    if (s > 0) link(ctx, 'FEEDS_INTO', id, `${prefix}-strategy-01`, torRef);
  }
  for (let r = 0; r < PER_AREA.reviews; r += 1) {
    const id = `${prefix}-review-${r + 1}`;
    entity(ctx, id, 'Review', `Area ${code} review ${r + 1}`, torRef, { attributes: { reviewType: r % 2 ? 'domestic-homicide-review' : 'safeguarding-adults-review' } });
    link(ctx, 'COMMISSIONS', r % 2 ? csp : (boards[0] as string), id, torRef);
  }

  // People: each sits on one to three bodies; one in ten is the link between two structures.
  const membersOf = new Map<string, string[]>(allBodies.map((b) => [b, []]));
  for (let p = 0; p < PER_AREA.people; p += 1) {
    const id = `${prefix}-person-${pad(p + 1, 3)}`;
    entity(ctx, id, 'Person', `${pick(rand, FIRST_NAMES)} ${pick(rand, LAST_NAMES)} ${code}-${p + 1}`, torRef);
    link(ctx, 'WORKS_FOR', id, orgs[p % orgs.length] as string, torRef);
    const seats = 1 + Math.floor(rand() * 3);
    const sat = new Set<string>();
    for (let s = 0; s < seats; s += 1) {
      const body = p < 40 ? (allBodies[p % 13] as string) : (pick(rand, allBodies) as string);
      if (sat.has(body)) continue;
      sat.add(body);
      membersOf.get(body)?.push(id);
      const role = s === 0 && p % 10 === 0 ? 'link' : p < 13 && s === 0 ? 'chair' : 'member';
      link(ctx, 'SITS_ON', id, body, torRef, { role, representing: orgs[p % orgs.length] as string });
    }
  }

  // Ten years of meetings of the partnership and the main boards, with attendance and apologies.
  const meetingBodies = [csp, ...boards.slice(0, PER_AREA.meetingBodies - 1)];
  for (const body of meetingBodies) {
    const members = membersOf.get(body) ?? [];
    for (let y = 0; y < options.years; y += 1) {
      for (let q = 0; q < options.meetingsPerYear; q += 1) {
        const year = options.firstYear + y;
        const month = 1 + Math.floor((q * 12) / options.meetingsPerYear) + Math.floor(rand() * 2);
        const day = `${year}-${pad(Math.min(month, 12), 2)}-${pad(1 + Math.floor(rand() * 27), 2)}`;
        const suffix = `${body.slice(prefix.length + 1)}-${year}-${q + 1}`;
        const minutes = `${prefix}-min-${suffix}`;
        const meeting = `${prefix}-mtg-${suffix}`;
        entity(ctx, minutes, 'Source', `Minutes of ${body} on ${day}`, [], { attributes: { sourceType: 'minutes', date: toFuzzyDate(day) } });
        const cite: SourceRef[] = [{ source: minutes }];
        entity(ctx, meeting, 'Meeting', `Meeting of ${body} on ${day}`, cite, { attributes: { date: toFuzzyDate(day) }, validity: validity(day) });
        link(ctx, 'MEETING_OF', meeting, body, cite, { validity: validity(day) });
        const attendees = Math.min(members.length, 6 + Math.floor(rand() * 4));
        const start = Math.floor(rand() * Math.max(1, members.length));
        for (let a = 0; a < attendees; a += 1) {
          const person = members[(start + a) % members.length] as string;
          link(ctx, a === attendees - 1 && rand() < 0.5 ? 'SENT_APOLOGIES' : 'ATTENDED', person, meeting, cite, { validity: validity(day) });
        }
      }
    }
  }
  return { entities: ctx.entities, links: ctx.links };
}

/**
 * Generates the national graph on top of `reference` (the national layer, included in the result).
 * Areas use every Duty of the reference layer. Output is sorted by id and identical for identical options.
 */
export function generateNationalGraph(reference: GraphData, options: NationalGraphOptions = {}): GraphData {
  const resolved: Required<NationalGraphOptions> = {
    areas: options.areas ?? 300,
    seed: options.seed ?? 2026,
    firstYear: options.firstYear ?? 2013,
    years: options.years ?? 10,
    meetingsPerYear: options.meetingsPerYear ?? 4,
  };
  const dutyIds = reference.entities.filter((e) => e.kind === 'Duty').map((e) => e.id).sort();
  const entities: Entity[] = [...reference.entities];
  const links: Link[] = [...reference.links];
  for (let i = 0; i < resolved.areas; i += 1) {
    const area = generateArea(i, resolved, dutyIds);
    for (const e of area.entities) entities.push(e);
    for (const l of area.links) links.push(l);
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  links.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entities, links };
}
