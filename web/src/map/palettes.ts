/**
 * Colour-blind-safe palettes (ColorBrewer, marked safe for deuteranopia/protanopia there):
 * "Blues" (single hue, sequential) for levels, "PuOr" (orange–purple, diverging) for changes.
 * Grey is reserved for regions without a published figure, so no palette uses it.
 */
export type PaletteKind = 'sequentieel' | 'divergerend';

const BLUES: Record<number, string[]> = {
  5: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
  6: ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'],
  7: ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'],
};

const PUOR: Record<number, string[]> = {
  5: ['#e66101', '#fdb863', '#f7f7f7', '#b2abd2', '#5e3c99'],
  6: ['#b35806', '#f1a340', '#fee0b6', '#d8daeb', '#998ec3', '#542788'],
  7: ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#998ec3', '#542788'],
};

/** Colour for regions without a figure (with a hatch pattern on the map). */
export const MISSING_COLOR = '#d4d4d4';

/** `count` colours, light to dark (or negative to positive); fewer than 5 are spread over the 5-class set. */
export function paletteFor(kind: PaletteKind, count: number): string[] {
  const table = kind === 'divergerend' ? PUOR : BLUES;
  if (count >= 5 && count <= 7) return [...table[count]!];
  if (count > 7) throw new Error(`hoogstens 7 klassen (gevraagd: ${count})`);
  const five = table[5]!;
  if (count <= 1) return [five[3]!];
  return Array.from({ length: count }, (_, i) => five[Math.round((i * 4) / (count - 1))]!);
}
