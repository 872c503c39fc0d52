import { describe, expect, it } from 'vitest';
import { classOf, classRanges, classify, colorOf, MISSING_CLASS } from '../../web/src/map/classify.js';
import { paletteFor } from '../../web/src/map/palettes.js';

const twelve = [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200];

describe('classify (web legend and choropleth)', () => {
  it('splits quantiles so each class holds about the same number of regions', () => {
    const c = classify(twelve, { method: 'kwantielen', classes: 5, palette: 'sequentieel' })!;
    expect(c.thresholds).toEqual([400, 600, 900, 1100]);
    const counts = [0, 0, 0, 0, 0];
    for (const v of twelve) counts[classOf(v, c)]! += 1;
    expect(counts).toEqual([3, 2, 3, 2, 2]);
  });

  it('splits equal intervals between min and max', () => {
    const c = classify([0, 10, 100], { method: 'gelijk', classes: 5, palette: 'sequentieel' })!;
    expect(c.thresholds).toEqual([20, 40, 60, 80]);
    expect(classOf(0, c)).toBe(0);
    expect(classOf(19.9, c)).toBe(0);
    expect(classOf(20, c)).toBe(1);
    expect(classOf(100, c)).toBe(4);
  });

  it('gives missing figures their own class, never the lowest', () => {
    const c = classify([5, null, 7], { method: 'kwantielen', classes: 5, palette: 'sequentieel' });
    expect(classOf(null, c)).toBe(MISSING_CLASS);
    expect(classOf(undefined, c)).toBe(MISSING_CLASS);
    expect(colorOf(null, c)).toBeNull();
  });

  it('returns no classification when nothing is known', () => {
    expect(classify([null, null], { method: 'gelijk', classes: 5, palette: 'sequentieel' })).toBeNull();
  });

  it('uses fewer classes than asked when the data has fewer distinct values', () => {
    const one = classify([12691], { method: 'kwantielen', classes: 7, palette: 'sequentieel' })!;
    expect(one.thresholds).toEqual([]);
    expect(one.colors).toHaveLength(1);
    const two = classify([1, 1, 1, 9], { method: 'kwantielen', classes: 5, palette: 'sequentieel' })!;
    expect(two.colors.length).toBe(two.thresholds.length + 1);
    expect(classOf(1, two)).toBe(0);
    expect(classOf(9, two)).toBeGreaterThan(0);
  });

  it('clamps the class count to 5–7', () => {
    expect(classify(twelve, { method: 'gelijk', classes: 3, palette: 'sequentieel' })!.colors).toHaveLength(5);
    expect(classify(twelve, { method: 'gelijk', classes: 12, palette: 'sequentieel' })!.colors).toHaveLength(7);
  });

  it('describes each class range for the legend, covering min to max without gaps', () => {
    const c = classify(twelve, { method: 'gelijk', classes: 6, palette: 'sequentieel' })!;
    const ranges = classRanges(c);
    expect(ranges[0]!.from).toBe(100);
    expect(ranges.at(-1)!.to).toBe(1200);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.from).toBe(ranges[i - 1]!.to);
    expect(ranges.map((r) => r.color)).toEqual(paletteFor('sequentieel', 6));
  });

  it('handles negative values (changes) with a diverging palette', () => {
    const c = classify([-300, -10, 0, 40, 500], { method: 'gelijk', classes: 5, palette: 'divergerend' })!;
    expect(classOf(-300, c)).toBe(0);
    expect(classOf(500, c)).toBe(4);
    // Two classes below zero, zero itself neutral, two above.
    expect(c.colors[classOf(0, c)]).toBe('#f7f7f7');
    expect(classOf(-10, c)).toBeLessThan(classOf(0, c));
    expect(classOf(40, c)).toBeGreaterThan(classOf(0, c));
  });

  it('draws a change that rounds to zero neutral and keeps each side on its own colours (issue 18 finding 8)', () => {
    const values = [-2.4, -0.8, -0.3, 0.03, -0.04, 0.2, 1.1, 3.5];
    for (const method of ['gelijk', 'kwantielen'] as const) {
      for (const classes of [5, 6, 7]) {
        const c = classify(values, { method, classes, palette: 'divergerend', neutralBand: 0.05 })!;
        const colour = (v: number) => c.colors[classOf(v, c)]!;
        expect(colour(0.03)).toBe('#f7f7f7');
        expect(colour(-0.04)).toBe('#f7f7f7');
        for (const v of [-2.4, -0.8, -0.3]) expect(['#b35806', '#f1a340', '#fee0b6']).toContain(colour(v));
        for (const v of [0.2, 1.1, 3.5]) expect(['#d8daeb', '#998ec3', '#542788']).toContain(colour(v));
        expect(c.colors.length).toBeLessThanOrEqual(classes);
      }
    }
    // All above zero: no neutral class and no orange.
    const up = classify([0.5, 1, 2, 4], {
      method: 'kwantielen',
      classes: 5,
      palette: 'divergerend',
      neutralBand: 0.05,
    })!;
    expect(up.colors.every((c) => ['#d8daeb', '#998ec3', '#542788'].includes(c))).toBe(true);
  });
});

describe('palettes', () => {
  it('never uses the grey reserved for missing figures and has distinct colours', () => {
    for (const kind of ['sequentieel', 'divergerend'] as const) {
      for (let n = 1; n <= 7; n++) {
        const colors = paletteFor(kind, n);
        expect(colors).toHaveLength(n);
        expect(new Set(colors).size).toBe(n);
        expect(colors).not.toContain('#d4d4d4');
      }
    }
  });
});
