/**
 * The link styles a board member has to tell apart: no two kinds drawn alike, the governance kinds
 * apart by colour alone (also for colour-blind readers), every line legible on white, and the marks
 * for single-person and ended links apart from every kind's line.
 */
import { describe, expect, it } from 'vitest';
import { LINK_KINDS, OVERSIGHT_INHERITANCE_KINDS, OVERSIGHT_ROLE_KINDS, type LinkKind } from '@govgraph/core';
import { ARROW_STYLES, ENDED_COLOR, LINK_STYLES, SINGLE_PERSON_COLOR, STATUTORY_WIDTH, cytoscapeStylesheet } from '@govgraph/diagrams';
import { VISIONS, contrastOnWhite, deltaE } from './colour-metrics.js';

/**
 * Least CIE76 ΔE between two line colours that must be told apart. About 2.3 is a just-noticeable
 * difference between large patches side by side; a line is 1-3 px wide and its colour is judged
 * against a legend some way off, so we ask for far more: 40 with normal vision (roughly the step
 * between neighbouring named colours, e.g. blue and indigo) and 15 under a simulated full
 * dichromacy (the worst case of each colour-vision deficiency; partial ones see more).
 */
const MIN_DELTA_E = { normal: 40, protanopia: 15, deuteranopia: 15, tritanopia: 15 } as const;
/** WCAG 2.1 success criterion 1.4.11: graphical objects need 3:1 against their background. */
const MIN_CONTRAST = 3;

/** The kinds the board view draws together, which differ by colour alone (they share the filled arrow). */
const GOVERNANCE_KINDS: readonly LinkKind[] = [...OVERSIGHT_ROLE_KINDS, ...OVERSIGHT_INHERITANCE_KINDS];

function pairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
}

function expectApart(a: string, b: string, what: string): void {
  for (const vision of VISIONS) expect(deltaE(a, b, vision), `${what}, ${vision}`).toBeGreaterThanOrEqual(MIN_DELTA_E[vision]);
}

describe('link styles', () => {
  it('give every pair of link kinds a different colour and line end', () => {
    const looks = LINK_KINDS.map((kind) => `${LINK_STYLES[kind].color.toLowerCase()} ${LINK_STYLES[kind].arrow}`);
    expect(new Set(looks).size).toBe(LINK_KINDS.length);
    for (const [a, b] of pairs(LINK_KINDS)) {
      const [x, y] = [LINK_STYLES[a], LINK_STYLES[b]];
      expect(x.color.toLowerCase() !== y.color.toLowerCase() || x.arrow !== y.arrow, `${a} and ${b}`).toBe(true);
    }
  });

  it('tell the governance kinds apart by colour alone, with normal vision and each dichromacy', () => {
    expect(new Set(GOVERNANCE_KINDS.map((kind) => LINK_STYLES[kind].arrow)).size).toBe(1);
    for (const [a, b] of pairs(GOVERNANCE_KINDS)) expectApart(LINK_STYLES[a].color, LINK_STYLES[b].color, `${a} and ${b}`);
  });

  it('tell apart by colour the kinds that share a line end', () => {
    for (const [a, b] of pairs(LINK_KINDS)) {
      if (LINK_STYLES[a].arrow === LINK_STYLES[b].arrow) expectApart(LINK_STYLES[a].color, LINK_STYLES[b].color, `${a} and ${b}`);
    }
  });

  it('draw every line, and the single-person mark, at 3:1 or more against white', () => {
    for (const kind of LINK_KINDS) expect(contrastOnWhite(LINK_STYLES[kind].color), kind).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrastOnWhite(SINGLE_PERSON_COLOR)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('keep the single-person, ended and statutory marks apart from every kind', () => {
    for (const kind of LINK_KINDS) {
      expectApart(LINK_STYLES[kind].color, SINGLE_PERSON_COLOR, `${kind} and the single-person orange`);
      expectApart(LINK_STYLES[kind].color, ENDED_COLOR, `${kind} and the ended grey`);
    }
    expectApart(SINGLE_PERSON_COLOR, ENDED_COLOR, 'single-person and ended');
    // Statutory is a width, which no kind uses (Cytoscape's default edge width is 1.5).
    expect(STATUTORY_WIDTH).toBeGreaterThanOrEqual(3);
  });

  it('name every line end in every format and as a legend glyph, each different', () => {
    const ends = Object.values(ARROW_STYLES);
    for (const field of ['dot', 'yed', 'glyph'] as const) expect(new Set(ends.map((end) => end[field])).size, field).toBe(ends.length);
    expect(new Set(ends.map((end) => `${end.cytoscapeShape} ${end.cytoscapeFill}`)).size).toBe(ends.length);
    const rules = cytoscapeStylesheet();
    for (const kind of LINK_KINDS) {
      const end = ARROW_STYLES[LINK_STYLES[kind].arrow];
      expect(rules.find((rule) => rule.selector === `edge.${kind}`)!.style, kind).toMatchObject({
        'line-color': LINK_STYLES[kind].color,
        'target-arrow-shape': end.cytoscapeShape,
        'target-arrow-fill': end.cytoscapeFill,
      });
    }
  });
});

describe('the legend in docs/diagrams.md', () => {
  it('gives every link kind its colour and line end as drawn', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL('../../../docs/diagrams.md', import.meta.url), 'utf8');
    const rows = new Map([...text.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \| [a-z ]+`(#[0-9a-f]{6})` \| ([a-z ]+) (\S+) \|$/gm)].map((m) => [m[1], m.slice(2)]));
    expect([...rows.keys()].sort()).toEqual([...LINK_KINDS].sort());
    for (const kind of LINK_KINDS) {
      const [label, color, description, glyph] = rows.get(kind)!;
      const end = ARROW_STYLES[LINK_STYLES[kind].arrow];
      expect({ label: label!.trim(), color, description, glyph }, kind).toEqual({ label: LINK_STYLES[kind].label, color: LINK_STYLES[kind].color, description: end.description, glyph: end.glyph });
    }
  });
});
