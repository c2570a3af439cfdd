// Which nodes and links of a diagram the page draws: the filters (kind, status, confidence, links
// resting on one person), the board view's selection, and the groups that fold (an organisation's
// people, an Act's sections). Pure functions over the Cytoscape JSON the API returns (no DOM).

import { countedKind, rawValue } from './vocabulary.js';

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
    if (data.kind === 'group') continue;
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

/** Kinds that fold into the one node they hang from (duties always show: they are what a board answers for). */
const LEAF_KINDS = new Set(['Body', 'Person', 'Organisation', 'Legislation', 'Strategy', 'Review', 'Assessment', 'Meeting', 'Source']);

/**
 * The groups that fold, among the nodes and links `visible` keeps (default all). The diagram names
 * the groups (its compound parents): people under their employer and the sections of one Act are
 * folded into the employer or a box named after the Act; groups of a body's sub-groups are not
 * folded (the governance layout puts sub-groups below their board instead). With `leaves`, every
 * other node but a duty joined to the rest by a single link (a strategy only its owner has) is folded
 * into the one node it hangs from. Nothing folds into a member, and the focus folds into nothing.
 * Returns each child's group, each group (id, label, kind, members, noun, synthetic when the box is
 * not an entity), and the links the nesting stands for (a person's WORKS_FOR link to the employer).
 */
export function foldingGroups(doc, { visible = null, leaves = false } = {}) {
  const focus = doc.data.focus;
  const nodes = doc.elements.nodes.filter((n) => n.data.kind !== 'group' && (!visible || visible.nodes.has(n.data.id)));
  const edges = doc.elements.edges.filter((e) => !visible || visible.edges.has(e.data.id));
  const byId = new Map(nodes.map((n) => [n.data.id, n.data]));
  const diagramGroups = new Map(doc.elements.nodes.filter((n) => n.data.kind === 'group').map((n) => [n.data.id, n.data]));
  const parentOf = new Map();
  const groups = new Map();
  const nestingLinks = new Set();
  const join = (child, groupId, group) => {
    if (!groups.has(groupId)) groups.set(groupId, { ...group, id: groupId, members: [] });
    groups.get(groupId).members.push(child);
    parentOf.set(child, groupId);
  };
  for (const node of [...nodes].sort((a, b) => (a.data.id < b.data.id ? -1 : 1))) {
    const group = diagramGroups.get(node.data.parent);
    if (!group || node.data.id === focus) continue;
    if (group.groupKind === 'employer' && group.anchor && group.anchor !== node.data.id && byId.has(group.anchor)) {
      join(node.data.id, group.anchor, { label: byId.get(group.anchor).label, kind: byId.get(group.anchor).kind, synthetic: false });
    } else if (group.groupKind === 'act') {
      join(node.data.id, group.id, { label: group.label, kind: 'Legislation', synthetic: true });
    }
  }
  for (const { data } of edges) if (data.kind === 'WORKS_FOR' && parentOf.get(data.source) === data.target) nestingLinks.add(data.id);
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
      if (!byId.has(host) || parentOf.has(host)) continue;
      join(id, host, { label: byId.get(host).label, kind: byId.get(host).kind, synthetic: false });
    }
  }
  for (const group of groups.values()) {
    const kinds = new Set(group.members.map((m) => byId.get(m)?.kind));
    group.memberNoun = kinds.size === 1 && kinds.has('Person') ? (group.members.length === 1 ? 'person' : 'people') : kinds.size === 1 && kinds.has('Legislation') ? (group.members.length === 1 ? 'section' : 'sections') : 'more';
  }
  return { parentOf, groups, nestingLinks };
}

/**
 * What a folded group holds, by kind, most first: "14 bodies, 9 people, 3 strategies or plans"
 * (`kinds` the kind of each member). A group of mixed kinds said only "(+26 more)" until opened.
 */
export function foldedSummary(kinds) {
  const counts = new Map();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([kind, count]) => countedKind(kind, count))
    .join(', ');
}

/** A folded group's label: its name and how many it holds, with what they are when they are of several kinds. */
export function foldedLabel(name, memberNoun, kinds) {
  if (memberNoun !== 'more') return `${name} (+${kinds.length} ${memberNoun})`;
  return new Set(kinds).size === 1 ? `${name} (+${foldedSummary(kinds)})` : `${name} (+${kinds.length} more: ${foldedSummary(kinds)})`;
}
