/**
 * The format-neutral diagram: a subgraph turned into labelled, marked nodes and edges, the groups
 * they are drawn in (a body with its sub-groups, an organisation with its people, an Act with its
 * sections) and the pairs of bodies joined only through one person. Every renderer (Mermaid, DOT,
 * GraphML, Cytoscape) reads this model, so they all show the same thing in the same order.
 */
import {
  nameAsOf,
  compareStrings,
  confidenceLabel,
  dayLabel,
  describeValidity,
  entityKindLabel,
  holdsOn,
  linkKindLabel,
  statusLabel,
  type Entity,
  type EntityKind,
  type IsoDay,
  type Link,
  type LinkKind,
  type Status,
  type Subgraph,
} from '@govgraph/core';
import { printableText } from './printable-text.js';

/** What a diagram shows: the board view (a partnership's groups and duties) or the neighbourhood walked from the focus. */
export const DIAGRAM_PRESETS = ['board', 'neighbourhood'] as const;
/** One of {@link DIAGRAM_PRESETS}. */
export type DiagramPreset = (typeof DIAGRAM_PRESETS)[number];

/** One node as drawn. */
export interface DiagramNode {
  id: string;
  /** The name as of the diagram's date (shortened inside its Act's group to the section). */
  label: string;
  /** Further lines under the label in the board view: who chairs or leads a body, the law imposing a duty. */
  detail: string[];
  kind: EntityKind;
  status: Status;
  /** A statutory body or duty (bold border). */
  statutory: boolean;
  /** Ended, or not holding on the diagram's date (greyed). */
  ended: boolean;
  /** The diagram's focus (drawn with a heavier border). */
  focus: boolean;
  /** Body type, strategy type, etc., for tooltips and GraphML attributes. */
  subtype?: string | undefined;
  /** When it held, e.g. "from 2012-06-14". */
  validity: string;
  /** Hover text: name, kind, status and dates, in words (no ids). */
  tooltip: string;
  /** The group the node is drawn in, if any (a {@link DiagramCluster} id). */
  cluster?: string | undefined;
  /** Tier of the governance layout: 0 the focus, then the groups answering to it, duties last (board view only). */
  tier?: number | undefined;
  entity: Entity;
}

/** One edge as drawn. */
export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  kind: LinkKind;
  /** Link-kind wording plus role, membership or lineage, and the status when not in force, e.g. "member of (co-opted), proposed". */
  label: string;
  /**
   * What a static layout prints on the line: the label less what the picture already says (a
   * sub-group inside its parent's box outside the board view, a statutory membership's bold line,
   * an ordinary member's seat); may be empty, but never a status alone ("sub-group of, agreed").
   * The legend gives the line colours.
   */
  caption: string;
  status: Status;
  /** A statutory membership or a link that carries a statutory duty (thick line). */
  statutory: boolean;
  /** Proposed, agreed, scheduled or not yet in force (dashed line). */
  tentative: boolean;
  /** Ended, or not holding on the diagram's date (grey). */
  ended: boolean;
  /** A SITS_ON link that is the only connection between two bodies (highlighted). */
  singlePerson: boolean;
  validity: string;
  /** Hover text: "<from> <label> <to>", status, confidence and dates, in words (no ids). */
  tooltip: string;
  link: Link;
}

/** What a group is made of. */
export type DiagramClusterKind = 'body' | 'employer' | 'act' | 'duties';

/**
 * A group drawn as a box: a body with its sub-groups (`body`), an organisation or service with the
 * people working for it (`employer`), an Act with its sections (`act`), or the board view's duties.
 */
export interface DiagramCluster {
  /** Unique among clusters and never an entity id of another node: the anchor's id for body and employer groups, `act:<Act>` and `board:duties` otherwise. */
  id: string;
  kind: DiagramClusterKind;
  label: string;
  /** The node the group is built around (drawn inside it), for body and employer groups. */
  anchor?: string | undefined;
  /** The enclosing cluster, when the anchor is itself inside another group. */
  parent?: string | undefined;
}

/** Two bodies connected only by one person sitting on both: the risk Sefton's interdependencies report names. */
export interface SinglePersonBridge {
  person: string;
  bodies: [string, string];
}

/** Everything a renderer needs. Nodes, edges, clusters and bridges are sorted by id. */
export interface DiagramModel {
  preset: DiagramPreset;
  focus: string;
  asOf: IsoDay;
  title: string;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  clusters: DiagramCluster[];
  singlePersonBridges: SinglePersonBridge[];
}

/** Options of {@link buildDiagramModel}. */
export interface DiagramModelOptions {
  /** The day the diagram shows; names, ended marks and single-person links are worked out for it. */
  asOf: IsoDay;
  /** Leave out facts that had ended (or did not hold) on the day, and the links touching them (default false: draw them greyed). */
  dropEnded?: boolean | undefined;
  /** Draw nodes inside their groups (default true). */
  cluster?: boolean | undefined;
  /** `board` folds chairs and leads into their body and each duty's law into the duty, and ranks the tiers (default `neighbourhood`). */
  preset?: DiagramPreset | undefined;
  /** Title; defaults to "<focus name> as of <date>" (board: "<focus name>: groups and duties as of <date>"). */
  title?: string | undefined;
}

const TENTATIVE_STATUSES: ReadonlySet<Status> = new Set(['proposed', 'agreed', 'scheduled', 'enacted-not-in-force']);
/** Link kinds whose statutory-ness follows the duty at their end. */
const DUTY_LINK_KINDS: ReadonlySet<LinkKind> = new Set(['OVERSEES', 'LEADS', 'DELIVERS', 'IMPOSED_BY', 'BINDS', 'REQUIRES']);
/** Seats the board view prints inside the body's box, in this order. */
const BOARD_DETAIL_ROLES = ['chair', 'vice-chair', 'lead', 'link'] as const;
/** The board view's group of duties (a colon never appears in entity ids). */
const BOARD_DUTIES_CLUSTER = 'board:duties';
/** Links along which a group answers to the body above it (the board view's tiers). */
const TIER_KINDS: ReadonlySet<LinkKind> = new Set(['SUB_GROUP_OF', 'REPORTS_TO']);

/** True for a status that is not (yet) in force: the fact is drawn dashed and its status named. */
export function isTentativeStatus(status: Status): boolean {
  return TENTATIVE_STATUSES.has(status);
}

function isStatutoryEntity(entity: Entity): boolean {
  return (entity.kind === 'Body' || entity.kind === 'Duty') && entity.attributes['statutory'] === true;
}

function subtypeOf(entity: Entity): string | undefined {
  for (const key of ['bodyType', 'organisationType', 'strategyType', 'reviewType', 'assessmentType', 'sourceType', 'act']) {
    const value = entity.attributes[key];
    if (typeof value === 'string') return value;
  }
  return undefined;
}

function isEndedEntity(entity: Entity, asOf: IsoDay): boolean {
  return entity.status === 'ended' || !holdsOn(entity.validity, asOf);
}

function qualifierOf(link: Link): string | undefined {
  return link.role ?? link.membership ?? link.lineage;
}

function withStatus(text: string, status: Status): string {
  if (!TENTATIVE_STATUSES.has(status)) return text;
  return text ? `${text}, ${statusLabel(status)}` : statusLabel(status);
}

function edgeLabel(link: Link): string {
  const qualifier = qualifierOf(link);
  return withStatus(`${linkKindLabel(link.kind)}${qualifier ? ` (${qualifier})` : ''}`, link.status);
}

/**
 * The label less what the layout shows already (see {@link DiagramEdge.caption}). Never a bare
 * status: a line the picture would leave unnamed is named by its kind when its status is printed
 * ("sub-group of, agreed", not "agreed"). The board view names every sub-group line, as it names
 * every other line, since its box holds the partnership too and so does not say which boxes are
 * its sub-groups.
 */
function edgeCaption(link: Link, insideGroupOf: (member: string, anchor: string) => boolean, board: boolean): string {
  let text: string;
  switch (link.kind) {
    case 'SUB_GROUP_OF':
    case 'WORKS_FOR':
      text = insideGroupOf(link.from, link.to) && !(board && link.kind === 'SUB_GROUP_OF') ? '' : linkKindLabel(link.kind);
      break;
    case 'SITS_ON':
      text = link.role && link.role !== 'member' ? link.role : '';
      break;
    case 'MEMBER_OF':
      text = link.membership === 'statutory' ? '' : (link.membership ?? '');
      break;
    default:
      text = edgeLabel({ ...link, status: 'in-force' });
  }
  if (text === '' && isTentativeStatus(link.status)) text = linkKindLabel(link.kind);
  return withStatus(text, link.status);
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Finds bodies connected only through one person: both sat on (SITS_ON) by exactly one common
 * person, with no direct link of any other kind between them. Ended links are left out.
 */
export function findSinglePersonBridges(nodes: readonly Entity[], links: readonly Link[], isEnded: (link: Link) => boolean): SinglePersonBridge[] {
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
  const live = links.filter((l) => !isEnded(l));
  const bodiesOfPerson = new Map<string, string[]>();
  const directlyLinked = new Set<string>();
  for (const link of live) {
    if (link.kind === 'SITS_ON') {
      if (kindOf.get(link.from) !== 'Person' || kindOf.get(link.to) !== 'Body') continue;
      const list = bodiesOfPerson.get(link.from) ?? [];
      if (!list.includes(link.to)) list.push(link.to);
      bodiesOfPerson.set(link.from, list);
    } else {
      directlyLinked.add(pairKey(link.from, link.to));
    }
  }
  const sharers = new Map<string, string[]>();
  for (const [person, bodies] of bodiesOfPerson) {
    const sorted = [...bodies].sort(compareStrings);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const key = pairKey(sorted[i]!, sorted[j]!);
        const list = sharers.get(key) ?? [];
        list.push(person);
        sharers.set(key, list);
      }
    }
  }
  const bridges: SinglePersonBridge[] = [];
  for (const [key, persons] of sharers) {
    if (persons.length !== 1 || directlyLinked.has(key)) continue;
    const [a, b] = key.split('\u0000') as [string, string];
    bridges.push({ person: persons[0]!, bodies: [a, b] });
  }
  return bridges.sort(
    (x, y) => compareStrings(x.bodies[0], y.bodies[0]) || compareStrings(x.bodies[1], y.bodies[1]) || compareStrings(x.person, y.person),
  );
}

/**
 * Each node's home, the node it is drawn inside: a body's parent (SUB_GROUP_OF), a person's
 * employer (WORKS_FOR, the first by link id). Live links between nodes of the diagram only, the
 * first link of each node winning, and never a cycle.
 */
function homes(nodes: readonly Entity[], links: readonly Link[], isEnded: (link: Link) => boolean): Map<string, string> {
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
  const home = new Map<string, string>();
  const place = (member: string, anchor: string): void => {
    if (home.has(member) || member === anchor) return;
    for (let up: string | undefined = anchor; up !== undefined; up = home.get(up)) if (up === member) return;
    home.set(member, anchor);
  };
  // Sub-groups first, so a body's place in the structure wins over anything else.
  for (const link of links) {
    if (link.kind === 'SUB_GROUP_OF' && !isEnded(link) && kindOf.get(link.from) === 'Body' && kindOf.get(link.to) === 'Body') place(link.from, link.to);
  }
  for (const link of links) {
    const employer = kindOf.get(link.to);
    if (link.kind === 'WORKS_FOR' && !isEnded(link) && kindOf.get(link.from) === 'Person' && (employer === 'Organisation' || employer === 'Body')) place(link.from, link.to);
  }
  return home;
}

/** "Crime and Disorder Act 1998, section 6 (strategies)" inside the Act's group reads "Section 6 (strategies)". */
function sectionLabel(label: string, act: string): string {
  if (!label.startsWith(`${act}, `) || label.length <= act.length + 2) return label;
  const rest = label.slice(act.length + 2);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Board view: who chairs, leads or links each body, and the law imposing each duty, as lines inside the boxes. */
interface BoardFolding {
  detail: Map<string, string[]>;
  /** Every Act and section imposing each duty, for the tooltip. */
  lawText: Map<string, string[]>;
  foldedLinks: Set<string>;
}

function foldForBoard(byId: ReadonlyMap<string, Entity>, links: readonly Link[], asOf: IsoDay): BoardFolding {
  const seats = new Map<string, { order: number; text: string }[]>();
  /** Per duty, per Act (or provision name when it has no Act), the sections. */
  const laws = new Map<string, Map<string, string[]>>();
  const foldedLinks = new Set<string>();
  for (const link of links) {
    const from = byId.get(link.from)!;
    const to = byId.get(link.to)!;
    const status = isTentativeStatus(link.status) ? ` (${statusLabel(link.status)})` : '';
    const order = BOARD_DETAIL_ROLES.indexOf(link.role as (typeof BOARD_DETAIL_ROLES)[number]);
    if (link.kind === 'SITS_ON' && to.kind === 'Body' && order >= 0) {
      const list = seats.get(to.id) ?? [];
      list.push({ order, text: `${link.role}: ${nameAsOf(from, asOf)}${status}` });
      seats.set(to.id, list);
      foldedLinks.add(link.id);
    } else if (link.kind === 'IMPOSED_BY' && from.kind === 'Duty' && to.kind === 'Legislation') {
      const act = to.attributes['act'];
      const section = to.attributes['section'];
      const [heading, part] = typeof act === 'string' && typeof section === 'string' ? [act, section] : [nameAsOf(to, asOf), ''];
      const byAct = laws.get(from.id) ?? new Map<string, string[]>();
      const parts = byAct.get(heading) ?? [];
      parts.push(`${part}${status}`.trim());
      byAct.set(heading, parts);
      laws.set(from.id, byAct);
      foldedLinks.add(link.id);
    }
  }
  const detail = new Map<string, string[]>();
  const lawText = new Map<string, string[]>();
  for (const [id, list] of seats) detail.set(id, list.sort((a, b) => a.order - b.order || compareStrings(a.text, b.text)).map((s) => s.text));
  for (const [id, byAct] of laws) {
    const lines = [...byAct]
      .sort((a, b) => compareStrings(a[0], b[0]))
      .map(([heading, parts]) => {
        const sections = [...new Set(parts.filter((p) => p !== ''))].sort(compareStrings);
        return sections.length > 0 ? `${heading} ${sections.join(', ')}` : heading;
      });
    // Every line of law, however many: a printed page has no hover to show what a box leaves out.
    detail.set(id, lines);
    lawText.set(id, lines);
  }
  return { detail, lawText, foldedLinks };
}

/** Board tiers: the focus 0, each group answering to it one more than the body above, everything else 1, duties below all. */
function boardTiers(focus: string, nodes: readonly Entity[], links: readonly Link[]): Map<string, number> {
  const tier = new Map<string, number>([[focus, 0]]);
  let frontier = [focus];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const link of links) {
      if (!TIER_KINDS.has(link.kind) || tier.has(link.from) || !frontier.includes(link.to)) continue;
      tier.set(link.from, tier.get(link.to)! + 1);
      next.push(link.from);
    }
    frontier = next;
  }
  const deepest = Math.max(1, ...tier.values());
  for (const node of nodes) if (!tier.has(node.id)) tier.set(node.id, node.kind === 'Duty' ? deepest + 1 : 1);
  return tier;
}

/** Turns a subgraph into the diagram every format draws. Deterministic: the same subgraph gives the same model. */
export function buildDiagramModel(subgraph: Subgraph, options: DiagramModelOptions): DiagramModel {
  const { asOf } = options;
  const preset = options.preset ?? 'neighbourhood';
  let entities = [...subgraph.nodes];
  if (!entities.some((e) => e.id === subgraph.focus.id)) entities.push(subgraph.focus);
  entities.sort((a, b) => compareStrings(a.id, b.id));
  const allById = new Map(entities.map((e) => [e.id, e]));
  let links = subgraph.links.filter((l) => allById.has(l.from) && allById.has(l.to)).sort((a, b) => compareStrings(a.id, b.id));

  const endedEntity = new Set(entities.filter((e) => isEndedEntity(e, asOf)).map((e) => e.id));
  const isEndedLink = (link: Link): boolean =>
    link.status === 'ended' || !holdsOn(link.validity, asOf) || endedEntity.has(link.from) || endedEntity.has(link.to);
  if (options.dropEnded) {
    entities = entities.filter((e) => !endedEntity.has(e.id) || e.id === subgraph.focus.id);
    links = links.filter((l) => !isEndedLink(l));
  }

  const bridges = findSinglePersonBridges(entities, links, isEndedLink);
  const bridgeLinks = new Set<string>();
  for (const bridge of bridges) for (const body of bridge.bodies) bridgeLinks.add(pairKey(bridge.person, body));

  // The board view prints chairs, leads and each duty's law inside the boxes; what is left without a line goes.
  const folding: BoardFolding = preset === 'board' ? foldForBoard(allById, links, asOf) : { detail: new Map(), lawText: new Map(), foldedLinks: new Set() };
  if (folding.foldedLinks.size > 0) {
    links = links.filter((l) => !folding.foldedLinks.has(l.id));
    const linked = new Set([subgraph.focus.id, ...links.flatMap((l) => [l.from, l.to])]);
    entities = entities.filter((e) => linked.has(e.id) || (e.kind !== 'Person' && e.kind !== 'Legislation'));
  }
  const byId = new Map(entities.map((e) => [e.id, e]));

  // Groups: each node someone is drawn inside anchors one; Acts group their sections; the board groups its duties.
  const clustering = options.cluster !== false;
  const home = clustering ? homes(entities, links, isEndedLink) : new Map<string, string>();
  const anchors = new Set(home.values());
  const actOf = new Map<string, string>();
  if (clustering) {
    const sections = new Map<string, string[]>();
    for (const e of entities) {
      const act = e.attributes['act'];
      if (e.kind !== 'Legislation' || typeof act !== 'string' || home.has(e.id) || anchors.has(e.id)) continue;
      sections.set(act, [...(sections.get(act) ?? []), e.id]);
    }
    for (const [act, ids] of sections) if (ids.length >= 2) for (const id of ids) actOf.set(id, act);
  }
  const boardDuties = clustering && preset === 'board' && entities.some((e) => e.kind === 'Duty' && !home.has(e.id));
  const clusterOf = (id: string): string | undefined => {
    if (anchors.has(id)) return id;
    const up = home.get(id);
    if (up !== undefined) return up;
    const act = actOf.get(id);
    if (act !== undefined) return `act:${act}`;
    return boardDuties && byId.get(id)?.kind === 'Duty' ? BOARD_DUTIES_CLUSTER : undefined;
  };
  const insideGroupOf = (member: string, anchor: string): boolean => home.get(member) === anchor;
  const tiers = preset === 'board' ? boardTiers(subgraph.focus.id, entities, links) : null;

  const labelOf = (entity: Entity): string => {
    const name = printableText(nameAsOf(entity, asOf));
    const act = actOf.get(entity.id);
    return act === undefined ? name : sectionLabel(name, printableText(act));
  };
  const nodes: DiagramNode[] = entities.map((entity) => {
    const label = labelOf(entity);
    const subtype = subtypeOf(entity);
    const validity = describeValidity(entity.validity);
    return {
      id: entity.id,
      label,
      detail: (folding.detail.get(entity.id) ?? []).map(printableText),
      kind: entity.kind,
      status: entity.status,
      statutory: isStatutoryEntity(entity),
      ended: endedEntity.has(entity.id),
      focus: entity.id === subgraph.focus.id,
      subtype,
      validity,
      tooltip: printableText(
        [nameAsOf(entity, asOf), `${entityKindLabel(entity.kind)}${subtype ? ` (${subtype})` : ''}, ${statusLabel(entity.status)}`, validity, ...(folding.lawText.get(entity.id) ?? [])].join('\n'),
      ),
      cluster: clusterOf(entity.id),
      tier: tiers?.get(entity.id),
      entity,
    };
  });

  const edges: DiagramEdge[] = links.map((link) => {
    const from = byId.get(link.from)!;
    const to = byId.get(link.to)!;
    const statutory =
      (link.kind === 'MEMBER_OF' && link.membership === 'statutory') ||
      (DUTY_LINK_KINDS.has(link.kind) && (isStatutoryEntity(from) || isStatutoryEntity(to)) && (from.kind === 'Duty' || to.kind === 'Duty'));
    const ended = isEndedLink(link);
    const label = printableText(edgeLabel(link));
    const validity = describeValidity(link.validity);
    return {
      id: link.id,
      from: link.from,
      to: link.to,
      kind: link.kind,
      label,
      caption: printableText(edgeCaption(link, insideGroupOf, preset === 'board')),
      status: link.status,
      statutory,
      tentative: TENTATIVE_STATUSES.has(link.status),
      ended,
      singlePerson: link.kind === 'SITS_ON' && !ended && bridgeLinks.has(pairKey(link.from, link.to)),
      validity,
      tooltip: printableText(
        [`${nameAsOf(from, asOf)} ${edgeLabel({ ...link, status: 'in-force' })} ${nameAsOf(to, asOf)}`, `${statusLabel(link.status)}, ${confidenceLabel(link.confidence)}`, validity].join('\n'),
      ),
      link,
    };
  });

  const nodeLabel = new Map(nodes.map((n) => [n.id, n.label]));
  const clusters: DiagramCluster[] = [
    ...[...anchors].map((anchor): DiagramCluster => ({
      id: anchor,
      kind: byId.get(anchor)!.kind === 'Body' ? 'body' : 'employer',
      label: nodeLabel.get(anchor)!,
      anchor,
      parent: home.has(anchor) ? clusterOf(home.get(anchor)!) : undefined,
    })),
    ...[...new Set(actOf.values())].map((act): DiagramCluster => ({ id: `act:${act}`, kind: 'act', label: printableText(act) })),
    ...(boardDuties ? [{ id: BOARD_DUTIES_CLUSTER, kind: 'duties', label: 'Duties, and the law imposing each' } satisfies DiagramCluster] : []),
  ].sort((a, b) => compareStrings(a.id, b.id));

  const focusName = printableText(nameAsOf(subgraph.focus, asOf));
  const when = dayLabel(asOf);
  return {
    preset,
    focus: subgraph.focus.id,
    asOf,
    title: options.title ?? (preset === 'board' ? `${focusName}: its groups and duties as of ${when}` : `${focusName} as of ${when}`),
    nodes,
    edges,
    clusters,
    singlePersonBridges: bridges.filter((b) => byId.has(b.person)),
  };
}

/** Callbacks of {@link walkClusters}. */
export interface ClusterVisitor {
  node(node: DiagramNode, depth: number): void;
  enter(cluster: DiagramCluster, depth: number): void;
  leave(cluster: DiagramCluster, depth: number): void;
}

/**
 * Visits nodes and nested clusters in drawing order (top-level nodes, then each cluster with its
 * own nodes and sub-clusters), so every format nests groups the same way.
 */
export function walkClusters(model: DiagramModel, visitor: ClusterVisitor): void {
  const membersOf = new Map<string | undefined, DiagramNode[]>();
  for (const node of model.nodes) {
    const list = membersOf.get(node.cluster) ?? [];
    list.push(node);
    membersOf.set(node.cluster, list);
  }
  const visit = (clusterId: string | undefined, depth: number): void => {
    for (const node of membersOf.get(clusterId) ?? []) visitor.node(node, depth);
    for (const child of model.clusters.filter((c) => c.parent === clusterId)) {
      visitor.enter(child, depth);
      visit(child.id, depth + 1);
      visitor.leave(child, depth);
    }
  };
  visit(undefined, 0);
}
