/**
 * Reads what a reader of a Graphviz SVG would see: the page size, each node's box and the size its
 * text is printed at (font size times the scale Graphviz applied to fit the page).
 */
import { XMLParser } from 'fast-xml-parser';
import { estimatedTextBox, passesThrough, sampleEdgePath } from '../src/svg-crossings.js';

/** A rectangle in SVG user units. */
export interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What the tests check of a rendered SVG. */
export interface SvgGeometry {
  /** Page width and height in points. */
  widthPt: number;
  heightPt: number;
  /** The scale Graphviz applied to the drawing to fit the page. */
  scale: number;
  /** Each node's outline box (polygon, path or ellipse). */
  nodes: Box[];
  /** Printed size (points) of every text in a node, an edge label or the header. */
  nodeFontSizes: number[];
  edgeFontSizes: number[];
  /**
   * The box of every edge label and group name, estimated from its position, anchor and font size
   * (`estimatedTextBox`). Ids are the element's id, e.g. `group-…` or `edge-…`.
   */
  edgeLabels: Box[];
  groupLabels: Box[];
  /** Points along every edge's line (its cubic Béziers sampled), by edge id. */
  edgeLines: { id: string; points: [number, number][] }[];
}

/** The ids of the lines that pass through `box` (shrunk by `tolerance` on every side). */
export function linesThrough(box: Box, lines: SvgGeometry['edgeLines'], tolerance = 0.5): string[] {
  return lines.filter((line) => passesThrough(line.points, box, tolerance)).map((line) => line.id);
}

type XmlElement = Record<string, unknown>;

function textBox(id: string, text: XmlElement): Box {
  const box = estimatedTextBox({ x: Number(text['@x']), y: Number(text['@y']), fontSize: Number(text['@font-size']), anchor: text['@text-anchor'] as string | undefined, characters: String(text['#text'] ?? '').length });
  return { id, ...box };
}

function pointsOf(element: XmlElement): [number, number][] {
  const points: [number, number][] = [];
  const numbers = (text: string) => [...text.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  if (typeof element['@points'] === 'string') {
    const n = numbers(element['@points']);
    for (let i = 0; i + 1 < n.length; i += 2) points.push([n[i]!, n[i + 1]!]);
  }
  if (typeof element['@d'] === 'string') {
    const n = numbers(element['@d']);
    for (let i = 0; i + 1 < n.length; i += 2) points.push([n[i]!, n[i + 1]!]);
  }
  if (element['@cx'] !== undefined) {
    const [cx, cy, rx, ry] = ['@cx', '@cy', '@rx', '@ry'].map((k) => Number(element[k]));
    points.push([cx! - rx!, cy! - ry!], [cx! + rx!, cy! + ry!]);
  }
  return points;
}

function collect(value: unknown, visit: (element: XmlElement, tag: string) => void, tag = ''): void {
  if (Array.isArray(value)) return value.forEach((v) => collect(v, visit, tag));
  if (typeof value !== 'object' || value === null) return;
  const element = value as XmlElement;
  visit(element, tag);
  for (const [key, child] of Object.entries(element)) if (!key.startsWith('@') && key !== '#text') collect(child, visit, key);
}

/** Parses a Graphviz SVG into {@link SvgGeometry}. */
export function svgGeometry(svg: string): SvgGeometry {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', htmlEntities: true }).parse(svg) as { svg: XmlElement };
  const root = doc.svg;
  const graph = root['g'] as XmlElement;
  const scale = Number(/scale\(([\d.]+)/.exec(String(graph['@transform']))?.[1] ?? '1');
  const nodes: Box[] = [];
  const nodeFontSizes: number[] = [];
  const edgeFontSizes: number[] = [];
  const edgeLabels: Box[] = [];
  const groupLabels: Box[] = [];
  const edgeLines: SvgGeometry['edgeLines'] = [];
  collect(graph, (element, tag) => {
    if (tag !== 'g') return;
    const kind = element['@class'];
    if (kind === 'cluster' || kind === 'edge') {
      const id = String(element['@id']);
      // Graphviz writes groups, nodes and edges as siblings, so every text inside one is its own.
      collect(element, (child, childTag) => {
        if (childTag === 'text') (kind === 'cluster' ? groupLabels : edgeLabels).push(textBox(id, child));
        if (kind === 'edge' && childTag === 'path' && typeof child['@d'] === 'string') edgeLines.push({ id, points: sampleEdgePath(child['@d']) });
      });
    }
    if (kind !== 'node' && kind !== 'edge') return;
    const points: [number, number][] = [];
    const sizes: number[] = [];
    collect(element, (child, childTag) => {
      if (kind === 'node' && (childTag === 'polygon' || childTag === 'path' || childTag === 'ellipse') && child['@fill'] !== 'none') points.push(...pointsOf(child));
      if (childTag === 'text') sizes.push(Number(child['@font-size']) * scale);
    });
    if (kind === 'node' && points.length > 0) {
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      nodes.push({ id: String(element['@id']), x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) });
    }
    (kind === 'node' ? nodeFontSizes : edgeFontSizes).push(...sizes);
  });
  return { widthPt: parseFloat(String(root['@width'])), heightPt: parseFloat(String(root['@height'])), scale, nodes, nodeFontSizes, edgeFontSizes, edgeLabels, groupLabels, edgeLines };
}

/** Pairs of boxes that overlap by more than `tolerance` units both ways: among `boxes`, or between `boxes` and `others`. */
export function overlappingBoxes(boxes: readonly Box[], tolerance = 0.5, others?: readonly Box[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = others ? 0 : i + 1; j < (others ?? boxes).length; j++) {
      const a = boxes[i]!;
      const b = (others ?? boxes)[j]!;
      const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (dx > tolerance && dy > tolerance) out.push([a.id, b.id]);
    }
  }
  return out;
}
