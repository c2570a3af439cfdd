/**
 * The format-neutral diagram: a subgraph turned into labelled, marked nodes and edges, clusters of
 * bodies and the pairs of bodies joined only through one person. Every renderer (Mermaid, DOT,
 * GraphML, Cytoscape) reads this model, so they all show the same thing in the same order.
 */
import {
  compareStrings,
  describeValidity,
  holdsOn,
  type Entity,
  type EntityKind,
  type IsoDay,
  type Link,
  type LinkKind,
  type Status,
  type Subgraph,
} from '@govgraph/core';
import { nameAsOf } from './name-as-of.js';
import { LINK_STYLES } from './visual-language.js';

/** One node as drawn. */
export interface DiagramNode {
  id: string;
  /** The name as of the diagram's date. */
  label: string;
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
  /** The body cluster the node is drawn in, if any. */
  cluster?: string | undefined;
  entity: Entity;
}

/** One edge as drawn. */
export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  kind: LinkKind;
  /** Link-kind wording plus role, membership or lineage, and "(proposed)"-style status notes. */
  label: string;
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
  link: Link;
}

/** A body drawn as a box around itself and its sub-groups. */
export interface DiagramCluster {
  /** The body's id. */
  id: string;
  label: string;
  /** The enclosing cluster, when the body is itself a sub-group of a clustered body. */
  parent?: string | undefined;
}

/** Two bodies connected only by one person sitting on both: the risk Sefton's interdependencies report names. */
export interface SinglePersonBridge {
  person: string;
  bodies: [string, string];
}

/** Everything a renderer needs. Nodes, edges, clusters and bridges are sorted by id. */
export interface DiagramModel {
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
  /** Group sub-groups inside their parent body (default true). */
  cluster?: boolean | undefined;
  /** Title; defaults to "<focus name> as of <date>". */
  title?: string | undefined;
}

const TENTATIVE_STATUSES: ReadonlySet<Status> = new Set(['proposed', 'agreed', 'scheduled', 'enacted-not-in-force']);
/** Link kinds whose statutory-ness follows the duty at their end. */
const DUTY_LINK_KINDS: ReadonlySet<LinkKind> = new Set(['OVERSEES', 'LEADS', 'DELIVERS', 'IMPOSED_BY', 'BINDS', 'REQUIRES']);

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

function edgeLabel(link: Link): string {
  let label = LINK_STYLES[link.kind].label;
  const qualifier = link.role ?? link.membership ?? link.lineage;
  if (qualifier) label += ` (${qualifier})`;
  if (TENTATIVE_STATUSES.has(link.status)) label += ` [${link.status}]`;
  return label;
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
 * Each body's parent cluster: the body it is a sub-group of (the first by link id when there are
 * several), following only live SUB_GROUP_OF links between bodies in the diagram, and never a cycle.
 */
function parentBodies(nodes: readonly Entity[], links: readonly Link[], isEnded: (link: Link) => boolean): Map<string, string> {
  const bodies = new Set(nodes.filter((n) => n.kind === 'Body').map((n) => n.id));
  const parent = new Map<string, string>();
  for (const link of links) {
    if (link.kind !== 'SUB_GROUP_OF' || isEnded(link)) continue;
    if (!bodies.has(link.from) || !bodies.has(link.to) || parent.has(link.from) || link.from === link.to) continue;
    // Refuse a parent that would close a cycle.
    let up: string | undefined = link.to;
    let cycle = false;
    while (up !== undefined) {
      if (up === link.from) {
        cycle = true;
        break;
      }
      up = parent.get(up);
    }
    if (!cycle) parent.set(link.from, link.to);
  }
  return parent;
}

/** Turns a subgraph into the diagram every format draws. Deterministic: the same subgraph gives the same model. */
export function buildDiagramModel(subgraph: Subgraph, options: DiagramModelOptions): DiagramModel {
  const { asOf } = options;
  const entities = [...subgraph.nodes].sort((a, b) => compareStrings(a.id, b.id));
  if (!entities.some((e) => e.id === subgraph.focus.id)) entities.push(subgraph.focus);
  entities.sort((a, b) => compareStrings(a.id, b.id));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const links = subgraph.links.filter((l) => byId.has(l.from) && byId.has(l.to)).sort((a, b) => compareStrings(a.id, b.id));

  const endedEntity = new Set(entities.filter((e) => isEndedEntity(e, asOf)).map((e) => e.id));
  const isEndedLink = (link: Link): boolean =>
    link.status === 'ended' || !holdsOn(link.validity, asOf) || endedEntity.has(link.from) || endedEntity.has(link.to);

  const bridges = findSinglePersonBridges(entities, links, isEndedLink);
  const bridgeLinks = new Set<string>();
  for (const bridge of bridges) for (const body of bridge.bodies) bridgeLinks.add(pairKey(bridge.person, body));

  const parent = options.cluster === false ? new Map<string, string>() : parentBodies(entities, links, isEndedLink);
  const hasChildren = new Set(parent.values());
  const clusterOf = (id: string): string | undefined => (hasChildren.has(id) ? id : parent.get(id));

  const nodes: DiagramNode[] = entities.map((entity) => ({
    id: entity.id,
    label: nameAsOf(entity, asOf),
    kind: entity.kind,
    status: entity.status,
    statutory: isStatutoryEntity(entity),
    ended: endedEntity.has(entity.id),
    focus: entity.id === subgraph.focus.id,
    subtype: subtypeOf(entity),
    validity: describeValidity(entity.validity),
    cluster: clusterOf(entity.id),
    entity,
  }));

  const edges: DiagramEdge[] = links.map((link) => {
    const from = byId.get(link.from)!;
    const to = byId.get(link.to)!;
    const statutory =
      (link.kind === 'MEMBER_OF' && link.membership === 'statutory') ||
      (DUTY_LINK_KINDS.has(link.kind) && (isStatutoryEntity(from) || isStatutoryEntity(to)) && (from.kind === 'Duty' || to.kind === 'Duty'));
    const ended = isEndedLink(link);
    return {
      id: link.id,
      from: link.from,
      to: link.to,
      kind: link.kind,
      label: edgeLabel(link),
      status: link.status,
      statutory,
      tentative: TENTATIVE_STATUSES.has(link.status),
      ended,
      singlePerson: link.kind === 'SITS_ON' && !ended && bridgeLinks.has(pairKey(link.from, link.to)),
      validity: describeValidity(link.validity),
      link,
    };
  });

  const clusters: DiagramCluster[] = [...hasChildren]
    .sort(compareStrings)
    .map((id) => ({ id, label: nameAsOf(byId.get(id)!, asOf), parent: parent.get(id) }));

  return {
    focus: subgraph.focus.id,
    asOf,
    title: options.title ?? `${nameAsOf(subgraph.focus, asOf)} as of ${asOf}`,
    nodes,
    edges,
    clusters,
    singlePersonBridges: bridges,
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
 * own nodes and sub-clusters), so every format nests sub-groups inside their parent the same way.
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
