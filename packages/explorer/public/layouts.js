// The two layouts. Governance: ELK's layered algorithm (through cytoscape-elk) top to bottom, with
// each link kind given the direction a board reads it in: boards above their sub-groups and
// members, a duty below who oversees, leads or delivers it, the law below the duty; people and
// sections inside their organisation or Act. Force: fCoSE (through cytoscape-fcose) for the rest.
// Both are deterministic for the same elements, and neither lets nodes overlap. The board view has
// its own columns (board-layout.js), and falls back to the governance layout for shapes they do not draw.

/**
 * How each link kind ranks its ends in the governance layout: 'down' puts the link's `from` above
 * its `to`, 'up' puts `to` above `from`; kinds not listed do not rank (they are still drawn).
 */
export const GOVERNANCE_RANKING = {
  SUB_GROUP_OF: 'up',
  REPORTS_TO: 'up',
  MEMBER_OF: 'up',
  SITS_ON: 'up',
  FEEDS_INTO: 'up',
  OVERSEES: 'down',
  LEADS: 'down',
  DELIVERS: 'down',
  IMPOSED_BY: 'down',
  REQUIRES: 'down',
  OWNS: 'down',
  COMMISSIONS: 'down',
  ASSESSES: 'down',
};

/** Space between nodes and between layers, in model pixels (labels are 15 px). */
const NODE_GAP = 10;
const LAYER_GAP = 30;
/** Room above a group's members for its label. */
export const GROUP_LABEL_ROOM = 30;
export const GROUP_PADDING = 12;

function sortedById(collection) {
  return collection.toArray().sort((a, b) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0));
}

/**
 * How many nodes a layer may hold so the drawing comes out about as wide as the canvas allows:
 * with n leaves of average size w x h, `bound` per layer gives about n/bound layers.
 */
function layerBound(leaves, aspect) {
  if (leaves.length === 0) return 1;
  const w = leaves.reduce((sum, n) => sum + n.data('w'), 0) / leaves.length + NODE_GAP;
  const h = leaves.reduce((sum, n) => sum + n.data('h'), 0) / leaves.length + LAYER_GAP;
  return Math.max(2, Math.round(Math.sqrt((leaves.length * aspect * h) / w)));
}

/**
 * The graph the governance layout ranks: every node of `eles` (sized, nested as drawn) and a link
 * per ranking link, pointing from the node to draw above to the node to draw below.
 */
export function governanceLayoutGraph(cy, eles) {
  const nodes = sortedById(eles.nodes());
  const inLayout = new Set(nodes.map((n) => n.id()));
  const leaves = nodes.filter((n) => !n.isParent());
  const elements = nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id(), parent: inLayout.has(n.data('parent')) ? n.data('parent') : undefined, w: n.data('w') ?? 40, h: n.data('h') ?? 30 },
  }));
  for (const edge of sortedById(eles.edges())) {
    const rank = GOVERNANCE_RANKING[edge.data('kind')];
    if (!rank) continue;
    const [source, target] = rank === 'down' ? [edge.source().id(), edge.target().id()] : [edge.target().id(), edge.source().id()];
    if (source === target || !inLayout.has(source) || !inLayout.has(target)) continue;
    // A link to a group's own member would put the member outside its box.
    if (cy.$id(source).ancestors().contains(cy.$id(target)) || cy.$id(target).ancestors().contains(cy.$id(source))) continue;
    elements.push({ group: 'edges', data: { id: `layout:${edge.id()}`, source, target } });
  }
  return { elements, leaves };
}

/**
 * Lays out `eles` of `cy` with ELK layered. cytoscape-elk ranks a link from its source to its
 * target, so the layout runs on a headless copy whose links point the way {@link GOVERNANCE_RANKING}
 * says; the positions found are then set on the drawn graph.
 */
export async function runGovernanceLayout(cytoscape, cy, eles, { width = cy.width(), height = cy.height(), direction = 'DOWN', padding = 24 } = {}) {
  const { elements, leaves } = governanceLayoutGraph(cy, eles);
  const copy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [
      { selector: 'node', style: { shape: 'rectangle', width: 'data(w)', height: 'data(h)' } },
      { selector: ':parent', style: { padding: 0 } },
    ],
  });
  const aspect = Math.max(0.4, Math.min(3, width / Math.max(1, height)));
  const guess = layerBound(leaves, direction === 'DOWN' || direction === 'UP' ? aspect : 1 / aspect);
  // Layer bounds around the estimate: keep the drawing that fits the canvas at the largest zoom (long
  // links add width the estimate cannot know), the first on a tie.
  let best = null;
  const candidates = [
    ['MIN_WIDTH', guess],
    ['MIN_WIDTH', guess + 1],
    ['MIN_WIDTH', guess + 2],
    ['MIN_WIDTH', guess + 3],
    ['COFFMAN_GRAHAM', guess + 1],
  ];
  for (const [layering, bound] of candidates) {
    const positions = await elkLayered(copy, layering, Math.max(2, bound), direction);
    const box = boundsOf(copy, positions);
    const zoom = Math.min((width - 2 * padding) / Math.max(1, box.w), (height - 2 * padding) / Math.max(1, box.h));
    if (!best || zoom > best.zoom + 1e-9) best = { zoom, positions };
  }
  copy.destroy();
  await place(eles, best.positions, padding);
}

/** One run of ELK layered over the headless copy, with a layering and its bound; returns the leaves' centres. */
async function elkLayered(copy, layering, bound, direction) {
  const layout = copy.layout({
    name: 'elk',
    fit: false,
    animate: false,
    nodeDimensionsIncludeLabels: false,
    elk: {
      algorithm: 'layered',
      'elk.direction': direction,
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      // Both layerings bound how many nodes a layer holds, so a wide neighbourhood wraps into more rows.
      'elk.layered.layering.strategy': layering,
      'elk.layered.layering.coffmanGraham.layerBound': bound,
      'elk.layered.layering.minWidth.upperBoundOnWidth': bound,
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      // Links are drawn by Cytoscape, not routed by ELK: merging them keeps ELK from reserving a lane for each.
      'elk.layered.mergeEdges': true,
      'elk.spacing.nodeNode': NODE_GAP,
      'elk.layered.spacing.nodeNodeBetweenLayers': LAYER_GAP,
      'elk.spacing.edgeEdge': 3,
      'elk.spacing.edgeNode': 5,
      'elk.layered.spacing.edgeEdgeBetweenLayers': 3,
      'elk.layered.spacing.edgeNodeBetweenLayers': 5,
      'elk.spacing.componentComponent': LAYER_GAP,
    },
    nodeLayoutOptions: (node) =>
      node.isParent()
        ? { 'elk.padding': `[top=${GROUP_LABEL_ROOM + GROUP_PADDING},left=${GROUP_PADDING},bottom=${GROUP_PADDING},right=${GROUP_PADDING}]`, 'elk.spacing.nodeNode': 10 }
        : {},
  });
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
  return new Map(copy.nodes().filter((n) => !n.isParent()).map((n) => [n.id(), { ...n.position() }]));
}

/** The box around the leaves at the given centres (groups add their padding around them). */
function boundsOf(copy, positions) {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const node of copy.nodes().filter((n) => !n.isParent())) {
    const p = positions.get(node.id());
    const [hw, hh] = [node.data('w') / 2, node.data('h') / 2];
    const room = node.parent().nonempty() ? GROUP_PADDING : 0;
    x1 = Math.min(x1, p.x - hw - room);
    x2 = Math.max(x2, p.x + hw + room);
    y1 = Math.min(y1, p.y - hh - (room ? GROUP_LABEL_ROOM + GROUP_PADDING : 0));
    y2 = Math.max(y2, p.y + hh + room);
  }
  return { w: x2 - x1, h: y2 - y1 };
}

/** Lays out `eles` with fCoSE, from a grid by id (so the same graph always gives the same picture). */
export async function runForceLayout(cy, eles, { padding = 24 } = {}) {
  const leaves = sortedById(eles.nodes().filter((n) => !n.isParent()));
  const columns = Math.max(1, Math.ceil(Math.sqrt(leaves.length)));
  leaves.forEach((node, index) => node.position({ x: (index % columns) * 220, y: Math.floor(index / columns) * 110 }));
  const layout = eles.layout({
    name: 'fcose',
    quality: 'proof',
    randomize: false,
    animate: false,
    fit: true,
    padding,
    nodeDimensionsIncludeLabels: false,
    uniformNodeDimensions: false,
    packComponents: false,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 110,
    edgeElasticity: () => 0.3,
    nestingFactor: 0.5,
    nodeSeparation: 90,
    numIter: 2500,
    tile: true,
    tilingPaddingVertical: 20,
    tilingPaddingHorizontal: 20,
  });
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
  removeOverlaps(eles);
  cy.fit(eles, padding);
}

/**
 * Pushes apart any leaf nodes (or whole top-level groups) whose boxes still overlap after a force
 * layout, along the axis that needs the smaller move, until none do (a force layout only tends to
 * keep nodes apart). Groups move with their members.
 */
export function removeOverlaps(eles, gap = 12) {
  const units = eles.nodes().filter((n) => n.parent().empty() || !eles.contains(n.parent()));
  const items = units.toArray().sort((a, b) => (a.id() < b.id() ? -1 : 1));
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i].boundingBox({ includeLabels: true, includeOverlays: false });
        const b = items[j].boundingBox({ includeLabels: true, includeOverlays: false });
        const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
        const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
        if (dx <= 0 || dy <= 0) continue;
        const shift = dx < dy ? { x: (a.x1 + a.x2 < b.x1 + b.x2 ? dx : -dx) / 2, y: 0 } : { x: 0, y: (a.y1 + a.y2 < b.y1 + b.y2 ? dy : -dy) / 2 };
        shiftUnit(items[i], -shift.x, -shift.y);
        shiftUnit(items[j], shift.x, shift.y);
        moved = true;
      }
    }
    if (!moved) return;
  }
}

function shiftUnit(node, dx, dy) {
  const leaves = node.isParent() ? node.descendants().filter((d) => !d.isParent()) : node;
  leaves.forEach((leaf) => {
    const p = leaf.position();
    leaf.position({ x: p.x + dx, y: p.y + dy });
  });
}

async function place(eles, positions, padding) {
  const layout = eles.layout({ name: 'preset', positions: (node) => positions.get(node.id()), fit: true, padding, animate: false });
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
}
