/**
 * One call from a store to diagram text, shared by `govgraph diagram` and the GraphQL `diagram`
 * field so both give the same output: fetch the focus neighbourhood (as of a day, or with ended
 * facts kept for greying), optionally narrow it to one duty's oversight chains, build the model
 * and render it.
 */
import {
  GOVERNANCE_LINK_KINDS,
  GovgraphError,
  LINK_KINDS,
  compareStrings,
  isIsoDay,
  today,
  validFromDay,
  type Entity,
  type GraphStore,
  type IsoDay,
  type Link,
  type LinkKind,
  type Subgraph,
} from '@govgraph/core';
import { selectBoardView } from './board-view.js';
import { DIAGRAM_PRESETS, buildDiagramModel, type DiagramModel, type DiagramPreset } from './diagram-model.js';
import { toCytoscapeJson } from './cytoscape.js';
import { toDot, type DotOptions, type PageSize, type RankDir } from './dot.js';
import { toGraphml } from './graphml.js';
import { toMermaid } from './mermaid.js';
import { renderDiagramSvg } from './svg.js';

/** The formats a diagram can be written in. */
export const DIAGRAM_FORMATS = ['mermaid', 'dot', 'svg', 'graphml', 'cytoscape'] as const;
/** One of {@link DIAGRAM_FORMATS}. */
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];

/** Deepest neighbourhood a diagram may ask for (as the store's `interdependencies`). */
export const MAX_DIAGRAM_DEPTH = 4;
/**
 * Depth of a neighbourhood when a request gives none. One hop around a partnership is already
 * some sixty nodes (its members, the people on it, its groups and duties); two hops is a hundred,
 * too many to read on one page, so two is asked for, not given.
 */
export const DEFAULT_DIAGRAM_DEPTH = 1;

/** What to draw. */
export interface DiagramRequest {
  /** Id of the entity at the centre (the partnership at the top of the board view). */
  focus: string;
  /**
   * `board`: the partnership, the groups answering to it, their duties and who leads, oversees and
   * delivers each ({@link selectBoardView}); `neighbourhood` (the default): everything within
   * `depth` hops of the focus.
   */
  preset?: DiagramPreset | undefined;
  /** Hops from the focus, 0-4 (default 1); neighbourhood only. */
  depth?: number | undefined;
  /** Narrow to this duty: its own links, its oversight chains, and the focus's governance neighbours (no people or members). */
  duty?: string | undefined;
  /** Link kinds walked and drawn (default: the governance kinds). */
  kinds?: readonly LinkKind[] | undefined;
  /** The day shown (default today). */
  asOf?: IsoDay | undefined;
  /** Also draw facts that had ended by `asOf`, greyed, instead of hiding them. */
  includeEnded?: boolean | undefined;
  /** Only facts of this partnership area (plus national ones). */
  area?: string | undefined;
  /** Layout direction for DOT, SVG and Mermaid (default TB for DOT and SVG, LR for Mermaid). */
  rankdir?: RankDir | undefined;
  /** Paper DOT and SVG are scaled to fit, landscape (default A4 for the board view, natural size for a neighbourhood). */
  page?: PageSize | undefined;
}

/** A request with its defaults filled in. */
export type ResolvedDiagramRequest = Required<Pick<DiagramRequest, 'focus' | 'preset' | 'depth' | 'asOf' | 'kinds'>> & DiagramRequest;

/** Checks a request and fills in defaults; throws INVALID_INPUT with the field that is wrong. */
export function resolveDiagramRequest(request: DiagramRequest): ResolvedDiagramRequest {
  const preset = request.preset ?? 'neighbourhood';
  if (!(DIAGRAM_PRESETS as readonly string[]).includes(preset)) {
    throw new GovgraphError('INVALID_INPUT', `unknown diagram preset "${String(preset)}"; expected one of ${DIAGRAM_PRESETS.join(', ')}`, { field: 'preset' });
  }
  if (preset === 'board') {
    const walkOnly = (['depth', 'duty', 'kinds'] as const).filter((field) => request[field] !== undefined);
    if (walkOnly.length > 0) {
      throw new GovgraphError('INVALID_INPUT', `the board view draws a fixed selection; ${walkOnly.join(', ')} apply to the neighbourhood preset only`, { field: walkOnly[0] });
    }
  }
  const depth = request.depth ?? DEFAULT_DIAGRAM_DEPTH;
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DIAGRAM_DEPTH) {
    throw new GovgraphError('INVALID_INPUT', `depth must be a whole number from 0 to ${MAX_DIAGRAM_DEPTH}, got ${depth}`, { field: 'depth' });
  }
  const asOf = request.asOf ?? today();
  if (!isIsoDay(asOf)) throw new GovgraphError('INVALID_INPUT', `as-of date must be YYYY-MM-DD, got "${asOf}"`, { field: 'asOf' });
  const kinds = request.kinds ?? GOVERNANCE_LINK_KINDS;
  const unknown = kinds.filter((k) => !(LINK_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) {
    throw new GovgraphError('INVALID_INPUT', `unknown link kind(s): ${unknown.join(', ')}; expected some of ${LINK_KINDS.join(', ')}`, { field: 'kinds' });
  }
  return { ...request, preset, depth, asOf, kinds };
}

/**
 * The neighbourhood of `focus` over all facts begun by `asOf`, ended ones included, walked in
 * either direction like the store's `interdependencies`. Used when ended facts are to be greyed.
 */
async function neighbourhoodWithEnded(store: GraphStore, focusId: string, depth: number, kinds: readonly LinkKind[], asOf: IsoDay, area: string | undefined): Promise<Subgraph | null> {
  const all = await store.snapshot({ area });
  const begun = (fact: { validity?: Entity['validity'] }): boolean => {
    const from = validFromDay(fact.validity);
    return from === null || from <= asOf;
  };
  const entities = new Map(all.entities.filter(begun).map((e) => [e.id, e]));
  const focus = entities.get(focusId);
  if (!focus) return null;
  const allowed = new Set(kinds);
  const links = all.links.filter((l) => allowed.has(l.kind) && begun(l) && entities.has(l.from) && entities.has(l.to));
  const adjacency = new Map<string, string[]>();
  for (const link of links) {
    for (const [a, b] of [[link.from, link.to], [link.to, link.from]] as const) {
      const list = adjacency.get(a) ?? [];
      list.push(b);
      adjacency.set(a, list);
    }
  }
  const seen = new Set([focusId]);
  let frontier = [focusId];
  for (let hop = 0; hop < depth; hop++) {
    const next: string[] = [];
    for (const id of frontier) for (const other of adjacency.get(id) ?? []) if (!seen.has(other)) (seen.add(other), next.push(other));
    frontier = next;
  }
  return {
    focus,
    nodes: [...seen].sort(compareStrings).map((id) => entities.get(id)!),
    links: links.filter((l) => seen.has(l.from) && seen.has(l.to)).sort((a, b) => compareStrings(a.id, b.id)),
  };
}

/** Links left out of the focus neighbourhood when narrowing to a duty: people and memberships would swamp the chains. */
const DUTY_VIEW_SKIPPED_KINDS: ReadonlySet<LinkKind> = new Set(['SITS_ON', 'WORKS_FOR', 'MEMBER_OF']);

/**
 * Narrows a neighbourhood to one duty: the duty and its own links (the Act imposing it, whom it
 * binds), every link of its oversight chains and their ends, the focus and its direct governance
 * neighbours (not people, members or other duties), and the neighbourhood's links among all of those.
 */
async function restrictToDuty(store: GraphStore, subgraph: Subgraph, dutyId: string, kinds: readonly LinkKind[], asOf: IsoDay, area: string | undefined): Promise<Subgraph> {
  const answer = await store.oversight(dutyId, { asOf, area });
  if (!answer) throw new GovgraphError('NOT_FOUND', `no duty with id "${dutyId}"`, { field: 'duty', id: dutyId });
  // The chains' links, then the duty's own links (from the store: they may lie beyond the depth).
  const chainLinks = new Map<string, Link>();
  for (const entry of answer.entries) for (const link of entry.chain) chainLinks.set(link.id, link);
  const keep = new Set([subgraph.focus.id, answer.duty.id]);
  for (const link of chainLinks.values()) (keep.add(link.from), keep.add(link.to));
  const dutyLinks = await store.linksOf(answer.duty.id, { asOf, kinds });
  for (const link of dutyLinks) (chainLinks.set(link.id, link), keep.add(link.from), keep.add(link.to));
  const kindOf = new Map(subgraph.nodes.map((n) => [n.id, n.kind]));
  for (const link of subgraph.links) {
    if (DUTY_VIEW_SKIPPED_KINDS.has(link.kind)) continue;
    const other = link.from === subgraph.focus.id ? link.to : link.to === subgraph.focus.id ? link.from : null;
    // Other duties of the focus belong to their own duty views.
    if (other !== null && kindOf.get(other) !== 'Duty') keep.add(other);
  }
  const known = new Map(subgraph.nodes.map((n) => [n.id, n]));
  known.set(subgraph.focus.id, subgraph.focus);
  known.set(answer.duty.id, answer.duty);
  for (const entry of answer.entries) known.set(entry.body.id, entry.body);
  const missing = [...keep].filter((id) => !known.has(id)).sort(compareStrings);
  const fetched = await store.getEntities(missing);
  fetched.forEach((entity) => entity && known.set(entity.id, entity));
  const links = new Map<string, Link>(chainLinks);
  for (const link of subgraph.links) if (keep.has(link.from) && keep.has(link.to)) links.set(link.id, link);
  return {
    focus: subgraph.focus,
    nodes: [...keep].filter((id) => known.has(id)).sort(compareStrings).map((id) => known.get(id)!),
    links: [...links.values()].filter((l) => known.has(l.from) && known.has(l.to)).sort((a, b) => compareStrings(a.id, b.id)),
  };
}

/**
 * Fetches and builds the diagram model a request describes. Facts that had ended by the day are
 * left out unless `includeEnded` (then drawn grey), whatever the format. Throws NOT_FOUND for an
 * unknown focus or duty.
 */
export async function loadDiagramModel(store: GraphStore, request: DiagramRequest): Promise<DiagramModel> {
  const resolved = resolveDiagramRequest(request);
  const { focus, depth, kinds, asOf, area, preset } = resolved;
  const dropEnded = resolved.includeEnded !== true;
  if (preset === 'board') {
    const view = await selectBoardView(store, { focus, asOf, area, includeEnded: resolved.includeEnded });
    return buildDiagramModel(view, { asOf, preset, dropEnded });
  }
  const subgraph = resolved.includeEnded
    ? await neighbourhoodWithEnded(store, focus, depth, kinds, asOf, area)
    : await store.interdependencies(focus, { asOf, area, depth, kinds });
  if (!subgraph) throw new GovgraphError('NOT_FOUND', `no entity with id "${focus}"`, { field: 'focus', id: focus });
  const drawn = resolved.duty ? await restrictToDuty(store, subgraph, resolved.duty, kinds, asOf, area) : subgraph;
  return buildDiagramModel(drawn, { asOf, preset, dropEnded });
}

/** Writes a model in one format. SVG is laid out by Graphviz WebAssembly, hence async. */
export async function renderDiagram(
  model: DiagramModel,
  format: DiagramFormat,
  options: Pick<DotOptions, 'rankdir' | 'page' | 'groupNames'> = {},
): Promise<string> {
  switch (format) {
    case 'mermaid':
      return toMermaid(model, { rankdir: options.rankdir });
    case 'dot':
      return toDot(model, options);
    case 'svg':
      return renderDiagramSvg(model, options);
    case 'graphml':
      return toGraphml(model);
    case 'cytoscape':
      return toCytoscapeJson(model);
    default:
      throw new GovgraphError('INVALID_INPUT', `unknown diagram format "${String(format)}"; expected one of ${DIAGRAM_FORMATS.join(', ')}`, { field: 'format' });
  }
}

/**
 * The diagram text for a request, e.g.
 * `await createDiagram(store, { focus: 'safer-sefton-together', depth: 2, asOf: '2012-07-19' }, 'mermaid')`.
 */
export async function createDiagram(store: GraphStore, request: DiagramRequest, format: DiagramFormat): Promise<string> {
  const model = await loadDiagramModel(store, request);
  return renderDiagram(model, format, { rankdir: request.rankdir, page: request.page });
}
