/**
 * The network of structures and people as a graphology graph: bodies, organisations and people as
 * nodes, the governance links between them (sitting on, membership, sub-groups, reporting lines,
 * working links, ...) as undirected edges. Centrality, single points of failure and person-dependent
 * links are all read off this one graph, with graphology's algorithms.
 */
import { UndirectedGraph } from 'graphology';
import { GOVERNANCE_LINK_KINDS, compareStrings, type EntityKind, type Link, type LinkKind } from '@govgraph/core';
import type { GraphView } from './graph-view.js';

/** Node kinds of the network. */
export const NETWORK_NODE_KINDS: readonly EntityKind[] = ['Body', 'Organisation', 'Person'];

/** Links that join people to structures; left out when the network is built without people. */
export const PERSON_LINK_KINDS: readonly LinkKind[] = ['SITS_ON', 'WORKS_FOR'];

/** Links of the network: governance links, less lineage (a predecessor is not a working partner). */
export const NETWORK_LINK_KINDS: readonly LinkKind[] = GOVERNANCE_LINK_KINDS.filter((k) => k !== 'SUCCEEDED_BY');

/** Node attributes. */
export interface NetworkNode {
  kind: EntityKind;
  name: string;
}

/** Edge attributes: every link between the two ends, sorted by id. */
export interface NetworkEdge {
  links: Link[];
}

/** The network graph type. */
export type GovernanceNetwork = UndirectedGraph<NetworkNode, NetworkEdge>;

/**
 * Builds the network of the view. Nodes and edges are added in id order so that graphology's
 * algorithms (whose tie-breaking follows insertion order) give the same answer on every store.
 */
export function buildGovernanceNetwork(view: GraphView, options: { withPeople: boolean }): GovernanceNetwork {
  const graph: GovernanceNetwork = new UndirectedGraph<NetworkNode, NetworkEdge>();
  const kinds = options.withPeople ? NETWORK_NODE_KINDS : NETWORK_NODE_KINDS.filter((k) => k !== 'Person');
  for (const entity of view.entities) {
    if (kinds.includes(entity.kind)) graph.addNode(entity.id, { kind: entity.kind, name: entity.name });
  }
  for (const link of view.links) {
    if (!NETWORK_LINK_KINDS.includes(link.kind) || link.from === link.to) continue;
    if (!graph.hasNode(link.from) || !graph.hasNode(link.to)) continue;
    const existing = graph.edge(link.from, link.to);
    if (existing === undefined) graph.addEdge(link.from, link.to, { links: [link] });
    else graph.getEdgeAttributes(existing).links.push(link);
  }
  graph.forEachEdge((_edge, attributes) => attributes.links.sort((a, b) => compareStrings(a.id, b.id)));
  return graph;
}

/** The links along a node path of the network (the first, by id, of each step's links). */
export function linksAlong(graph: GovernanceNetwork, nodePath: readonly string[]): Link[] {
  const links: Link[] = [];
  for (let i = 0; i + 1 < nodePath.length; i++) {
    const edge = graph.edge(nodePath[i]!, nodePath[i + 1]!);
    if (edge === undefined) throw new Error(`governance-network: no edge between ${nodePath[i]} and ${nodePath[i + 1]}`);
    links.push(graph.getEdgeAttributes(edge).links[0]!);
  }
  return links;
}
