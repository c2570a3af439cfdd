// From a store to diagram text (CLI and GraphQL)
export {
  DIAGRAM_FORMATS,
  DEFAULT_DIAGRAM_DEPTH,
  MAX_DIAGRAM_DEPTH,
  createDiagram,
  loadDiagramModel,
  renderDiagram,
  resolveDiagramRequest,
} from './diagram-from-store.js';
export type { DiagramFormat, DiagramRequest, ResolvedDiagramRequest } from './diagram-from-store.js';

// The board view: a partnership, its groups, their duties and who leads, oversees and delivers each
export { BOARD_VIEW_SEAT_ROLES, boardViewOf, selectBoardView } from './board-view.js';
export type { BoardViewRequest } from './board-view.js';

// The format-neutral model
export { DIAGRAM_PRESETS, buildDiagramModel, findSinglePersonBridges, isTentativeStatus, walkClusters } from './diagram-model.js';
export type {
  DiagramModel,
  DiagramModelOptions,
  DiagramPreset,
  DiagramNode,
  DiagramEdge,
  DiagramCluster,
  DiagramClusterKind,
  SinglePersonBridge,
  ClusterVisitor,
} from './diagram-model.js';
export { printableText, REPLACEMENT_CHARACTER } from './printable-text.js';

// Renderers
export { toMermaid, escapeMermaidLabel, mermaidNodeId } from './mermaid.js';
export type { MermaidOptions } from './mermaid.js';
export { DOT_FONT_SIZES, PAGE_MARGIN_INCHES, PAGE_SIZES, defaultPage, toDot, dotString } from './dot.js';
export type { DotOptions, PageSize, RankDir } from './dot.js';
export { renderDiagramSvg, renderDotToSvg } from './svg.js';
export { DEFAULT_LAYOUT_TIMEOUT_MILLIS, GraphvizWorker } from './graphviz-worker.js';
export { toGraphml, escapeXml } from './graphml.js';
export { cytoscapeGroupId, toCytoscape, toCytoscapeJson, cytoscapeStylesheet } from './cytoscape.js';
export type { CytoscapeDocument, CytoscapeElement, CytoscapeStyleRule } from './cytoscape.js';

// The visual language (documented as the legend in docs/diagrams.md)
export { KIND_STYLES, LINK_STYLES, ARROW_STYLES, LINE_COLORS, ENDED_COLOR, SINGLE_PERSON_COLOR, STATUTORY_WIDTH } from './visual-language.js';
export type { ArrowStyle, KindStyle, LinkArrow, LinkStyle } from './visual-language.js';
