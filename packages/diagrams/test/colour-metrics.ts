/**
 * Colour measures for the visual-language tests: WCAG 2 contrast against white, CIE76 colour
 * difference (ΔE*ab, CIELAB under D65) and dichromat simulation, so "tell these lines apart" is a
 * number a test can hold.
 */

/** A vision the tests check: normal, or one of the three full dichromacies. */
export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
/** Every {@link Vision}. */
export const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

/** Machado, Oliveira and Fernandes (2009), severity 1.0, applied to linear sRGB. */
const DICHROMACY: Record<Exclude<Vision, 'normal'>, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** `#rrggbb` as linear-light sRGB channels in 0..1. */
function linearRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`colour-metrics: expecting #rrggbb, got ${hex}`);
  return [match[1]!, match[2]!, match[3]!].map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of a colour against white (1 to 21). */
export function contrastOnWhite(hex: string): number {
  return 1.05 / (luminance(linearRgb(hex)) + 0.05);
}

function simulate(rgb: Rgb, vision: Vision): Rgb {
  if (vision === 'normal') return rgb;
  const m = DICHROMACY[vision];
  return m.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]))) as Rgb;
}

function lab([r, g, b]: Rgb): Rgb {
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(luminance([r, g, b]));
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** CIE76 ΔE*ab between two colours as seen with `vision`. */
export function deltaE(a: string, b: string, vision: Vision = 'normal'): number {
  const [la, lb] = [a, b].map((hex) => lab(simulate(linearRgb(hex), vision)));
  return Math.hypot(la![0] - lb![0], la![1] - lb![1], la![2] - lb![2]);
}
