/**
 * Where lines cross the names of groups in a Graphviz SVG. Graphviz places a group's name at the
 * top or the foot of its box but routes lines without regard to it, so whichever side the lines
 * from outside the group arrive on, the name there is struck through ("Safer Sefton Together" with
 * a reporting line across it). The board view is laid out both ways when the first has a crossing,
 * and the one with fewer is printed. Graphviz writes its SVG in a fixed shape, so a few patterns
 * read what is needed; the tests check the result against a full XML reading.
 */

/** A rectangle in SVG user units. */
export interface SvgBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Average width of a Helvetica character, as a share of the font size. */
const AVERAGE_CHARACTER_WIDTH = 0.55;

/**
 * The box a line of text covers, estimated from its position, anchor and font size (the average
 * character width, from the baseline up by the font size): close enough to tell a line through a
 * name from one that passes it.
 */
export function estimatedTextBox(text: { x: number; y: number; fontSize: number; anchor: string | undefined; characters: number }): SvgBox {
  const width = text.characters * text.fontSize * AVERAGE_CHARACTER_WIDTH;
  const x1 = text.anchor === 'middle' ? text.x - width / 2 : text.anchor === 'end' ? text.x - width : text.x;
  return { x1, y1: text.y - text.fontSize, x2: x1 + width, y2: text.y };
}

/** Points along a Graphviz edge path ("M x,y C x1,y1 x2,y2 x3,y3 ..."), 16 per cubic Bézier. */
export function sampleEdgePath(d: string): [number, number][] {
  const n = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const points: [number, number][] = [];
  for (let i = 0; i + 7 < n.length; i += 6) {
    const [x0, y0, x1, y1, x2, y2, x3, y3] = n.slice(i, i + 8) as [number, number, number, number, number, number, number, number];
    for (let k = 0; k <= 16; k++) {
      const t = k / 16;
      const u = 1 - t;
      points.push([u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3, u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3]);
    }
  }
  return points;
}

/** Whether any of `points` lies inside `box`, shrunk by `tolerance` on every side. */
export function passesThrough(points: readonly [number, number][], box: SvgBox, tolerance = 0.5): boolean {
  return points.some(([x, y]) => x > box.x1 + tolerance && x < box.x2 - tolerance && y > box.y1 + tolerance && y < box.y2 - tolerance);
}

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** How many (group name, line) pairs cross in a Graphviz SVG. */
export function groupNameCrossings(svg: string): number {
  const names: SvgBox[] = [];
  const lines: [number, number][][] = [];
  // Graphviz writes groups, nodes and edges as sibling <g> elements, each up to the next one.
  for (const part of svg.split(/(?=<g id="[^"]*" class="(?:cluster|edge|node)")/)) {
    const kind = /^<g id="[^"]*" class="(cluster|edge|node)"/.exec(part)?.[1];
    if (kind === 'cluster') {
      for (const [, tag, content] of part.matchAll(/(<text\b[^>]*>)([^<]*)<\/text>/g)) {
        names.push(estimatedTextBox({ x: Number(attribute(tag!, 'x')), y: Number(attribute(tag!, 'y')), fontSize: Number(attribute(tag!, 'font-size')), anchor: attribute(tag!, 'text-anchor'), characters: content!.length }));
      }
    } else if (kind === 'edge') {
      for (const [, d] of part.matchAll(/<path\b[^>]*\sd="([^"]*)"/g)) lines.push(sampleEdgePath(d!));
    }
  }
  let crossings = 0;
  for (const name of names) for (const line of lines) if (passesThrough(line, name)) crossings++;
  return crossings;
}
