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
export type { DiagramFormat, DiagramRequest } from './diagram-from-store.js';

// The format-neutral model
export { buildDiagramModel, findSinglePersonBridges, walkClusters } from './diagram-model.js';
export type { DiagramModel, DiagramModelOptions, DiagramNode, DiagramEdge, DiagramCluster, SinglePersonBridge, ClusterVisitor } from './diagram-model.js';
export { nameAsOf } from './name-as-of.js';

// Renderers
export { toMermaid, escapeMermaidLabel, mermaidNodeId } from './mermaid.js';
export type { MermaidOptions } from './mermaid.js';
export { toDot, dotString } from './dot.js';
export type { DotOptions, RankDir } from './dot.js';
export { renderDotToSvg } from './svg.js';
export { toGraphml, escapeXml } from './graphml.js';
export { toCytoscape, toCytoscapeJson, cytoscapeStylesheet } from './cytoscape.js';
export type { CytoscapeDocument, CytoscapeElement, CytoscapeStyleRule } from './cytoscape.js';

// The visual language (documented as the legend in docs/diagrams.md)
export { KIND_STYLES, LINK_STYLES, ENDED_COLOR, SINGLE_PERSON_COLOR, STATUTORY_WIDTH } from './visual-language.js';
export type { KindStyle, LinkStyle } from './visual-language.js';
