// Which nodes and links of a diagram the page draws: the filters (kind, status, confidence, links
// resting on one person), the board view's selection, and the groups that fold (an organisation's
// people, an Act's sections). Pure functions over the Cytoscape JSON the API returns (no DOM).

import { rawValue } from './vocabulary.js';

/**
 * The ids kept by the filters. A node stays when its kind is not hidden and its status and
 * confidence are among those kept (empty lists keep all); the focus always stays. A link stays when
 * both ends stay and its own status and confidence pass. With `onePerson`, only the bodies, people
 * and seats of person-dependent links stay (`personDependent` from the analytics), and the focus.
 */
export function filterDiagram(doc, state, personDependent = null) {
  const hidden = new Set(state.hideKinds ?? []);
  const statuses = new Set((state.statuses ?? []).map(rawValue));
  const confidences = new Set((state.confidences ?? []).map(rawValue));
  const passes = (data) =>
    (statuses.size === 0 || statuses.has(rawValue(data.status))) && (confidences.size === 0 || confidences.has(rawValue(data.confidence)));
  const focus = doc.data.focus;
  const nodes = new Set();
  for (const { data } of doc.elements.nodes) {
    if (data.id === focus) nodes.add(data.id);
    else if (!hidden.has(data.kind) && passes(data) && (!data.ended || state.includeEnded)) {
      if (!state.onePerson || !personDependent || personDependent.entities.has(data.id)) nodes.add(data.id);
    }
  }
  const edges = new Set();
  for (const { data } of doc.elements.edges) {
    if (!nodes.has(data.source) || !nodes.has(data.target) || !passes(data) || (data.ended && !state.includeEnded)) continue;
    if (state.onePerson && personDependent && !personDependent.links.has(data.id)) continue;
    edges.add(data.id);
  }
  return { nodes, edges };
}

/** The entities and seats of person-dependent links (GraphQL `personDependentLinks`), as sets of ids. */
export function personDependentSets(pairs) {
  const entities = new Set();
  const links = new Set();
  for (const pair of pairs) {
    for (const body of pair.bodies) entities.add(body.id);
    for (const person of pair.people) {
      entities.add(person.person.id);
      for (const seat of person.seats) links.add(seat.link.id);
    }
  }
  return { entities, links };
}

/** Link kinds of the board view: structure and who oversees, leads and delivers each duty. */
export const BOARD_LINK_KINDS = ['SUB_GROUP_OF', 'REPORTS_TO', 'OVERSEES', 'LEADS', 'DELIVERS'];
const DUTY_ROLES = new Set(['OVERSEES', 'LEADS', 'DELIVERS']);

/**
 * The board view of a diagram walked over {@link BOARD_LINK_KINDS}: the focus, its sub-groups (and
 * theirs), the duties any of them oversees, leads or delivers, and everyone who oversees, leads or
 * delivers one of those duties; the links among them of those kinds.
 */
export function boardSelection(doc) {
  const focus = doc.data.focus;
  const live = doc.elements.edges.filter((e) => BOARD_LINK_KINDS.includes(e.data.kind));
  const structure = new Set([focus]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const { data } of live) {
      if (data.kind === 'SUB_GROUP_OF' && structure.has(data.target) && !structure.has(data.source)) {
        structure.add(data.source);
        grown = true;
      }
    }
  }
  const kindOf = new Map(doc.elements.nodes.map((n) => [n.data.id, n.data.kind]));
  const duties = new Set();
  for (const { data } of live) if (DUTY_ROLES.has(data.kind) && structure.has(data.source) && kindOf.get(data.target) === 'Duty') duties.add(data.target);
  const keep = new Set([...structure, ...duties]);
  for (const { data } of live) if (DUTY_ROLES.has(data.kind) && duties.has(data.target)) keep.add(data.source);
  return {
    ...doc,
    elements: {
      nodes: doc.elements.nodes.filter((n) => keep.has(n.data.id)),
      edges: live.filter((e) => keep.has(e.data.source) && keep.has(e.data.target)),
    },
  };
}

/** Kinds that fold into the one node they hang from (duties always show: they are what a board answers for). */
const LEAF_KINDS = new Set(['Body', 'Person', 'Organisation', 'Legislation', 'Strategy', 'Review', 'Assessment', 'Meeting', 'Source']);

/**
 * The groups that fold, among the nodes and links `visible` keeps (default all): each person inside
 * the organisation they work for (WORKS_FOR, the first by link id); the sections of one Act inside a
 * box named after the Act when the view holds two or more of them; and, with `leaves`, every other
 * node but a duty joined to the rest by a single link (a strategy only its owner has, a
 * section only its duty cites) inside the one node it hangs from. Nothing folds into a member, and the focus folds into
 * nothing. Returns each child's group, each group (id, label, kind, members, noun, synthetic when
 * the box is not an entity), and the WORKS_FOR links the nesting stands for.
 */
export function foldingGroups(doc, { visible = null, leaves = false } = {}) {
  const focus = doc.data.focus;
  const nodes = doc.elements.nodes.filter((n) => !visible || visible.nodes.has(n.data.id));
  const edges = doc.elements.edges.filter((e) => !visible || visible.edges.has(e.data.id));
  const byId = new Map(nodes.map((n) => [n.data.id, n.data]));
  const parentOf = new Map();
  const groups = new Map();
  const nestingLinks = new Set();
  const join = (child, groupId, group) => {
    if (!groups.has(groupId)) groups.set(groupId, { ...group, id: groupId, members: [] });
    groups.get(groupId).members.push(child);
    parentOf.set(child, groupId);
  };
  const byLinkId = (a, b) => (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0);
  for (const { data } of edges.filter((e) => e.data.kind === 'WORKS_FOR').sort(byLinkId)) {
    const person = byId.get(data.source);
    const organisation = byId.get(data.target);
    if (person?.kind !== 'Person' || organisation?.kind !== 'Organisation' || person.id === focus) continue;
    if (!parentOf.has(person.id)) join(person.id, organisation.id, { label: organisation.label, kind: 'Organisation', synthetic: false });
    if (parentOf.get(person.id) === organisation.id) nestingLinks.add(data.id);
  }
  const sectionsByAct = new Map();
  for (const node of nodes) {
    if (node.data.kind !== 'Legislation' || !node.data.subtype || node.data.subtype === node.data.label || node.data.id === focus) continue;
    const list = sectionsByAct.get(node.data.subtype) ?? [];
    list.push(node.data.id);
    sectionsByAct.set(node.data.subtype, list);
  }
  for (const [act, sections] of [...sectionsByAct].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (sections.length < 2) continue;
    const groupId = `act-group:${act}`;
    for (const section of sections.sort()) join(section, groupId, { label: act, kind: 'Legislation', synthetic: true });
  }
  if (leaves) {
    // Degrees as drawn: a folded member counts as its group.
    const at = (id) => parentOf.get(id) ?? id;
    const neighbours = new Map();
    for (const { data } of edges) {
      const [a, b] = [at(data.source), at(data.target)];
      if (a === b) continue;
      for (const [x, y] of [[a, b], [b, a]]) {
        if (!neighbours.has(x)) neighbours.set(x, new Set());
        neighbours.get(x).add(y);
      }
    }
    for (const node of [...nodes].sort((a, b) => (a.data.id < b.data.id ? -1 : 1))) {
      const id = node.data.id;
      if (id === focus || parentOf.has(id) || groups.has(id) || !LEAF_KINDS.has(node.data.kind)) continue;
      const around = neighbours.get(id);
      if (!around || around.size !== 1) continue;
      const [host] = around;
      if (host.startsWith('act-group:') || parentOf.has(host) || !byId.has(host)) continue;
      join(id, host, { label: byId.get(host).label, kind: byId.get(host).kind, synthetic: false });
    }
  }
  for (const group of groups.values()) {
    const kinds = new Set(group.members.map((m) => byId.get(m)?.kind));
    group.memberNoun = kinds.size === 1 && kinds.has('Person') ? (group.members.length === 1 ? 'person' : 'people') : kinds.size === 1 && kinds.has('Legislation') ? (group.members.length === 1 ? 'section' : 'sections') : 'more';
  }
  return { parentOf, groups, nestingLinks };
}
