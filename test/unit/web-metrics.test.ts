import { describe, expect, it } from 'vitest';
import { computeMetric, NO_FIGURE, type RegionFigure } from '../../web/src/lib/metrics.js';

const src = (s: string) => [`https://bron.example/${s}`];
const now: RegionFigure[] = [
  { code: 'PV31', name: 'Limburg', fte: 12000, asWritten: null, sources: src('nu') },
  { code: 'PV28', name: 'Zuid-Holland', fte: null, asWritten: 'bijna 95.000', sources: src('zh') },
  { code: 'PV26', name: 'Utrecht', fte: null, asWritten: null, sources: [] },
  { code: 'PV22', name: 'Drenthe', fte: 8000, asWritten: null, sources: src('dr') },
];
const before: RegionFigure[] = [
  { code: 'PV31', name: 'Limburg', fte: 10000, asWritten: null, sources: src('toen') },
];

describe('metrics (web)', () => {
  it('passes fte through and keeps missing figures missing with their reason', () => {
    const values = computeMetric({ metric: 'fte', current: now });
    expect(values.map((v) => v.value)).toEqual([12000, null, null, 8000]);
    expect(values[1]!.missing).toBe(`${NO_FIGURE} (alleen benadering: "bijna 95.000")`);
    expect(values[2]!.missing).toBe(NO_FIGURE);
  });

  it('computes the share of the national total in percent', () => {
    const values = computeMetric({ metric: 'aandeel', current: now, nationalFte: 400000 });
    expect(values[0]!.value).toBeCloseTo(3);
    expect(computeMetric({ metric: 'aandeel', current: now, nationalFte: null })[0]!.missing).toMatch(/landelijk totaal/);
  });

  it('computes fte per 1,000 inhabitants only where the population is known', () => {
    const values = computeMetric({ metric: 'per1000', current: now, population: new Map([['PV31', 1_200_000]]) });
    expect(values[0]!.value).toBeCloseTo(10);
    expect(values[3]!.value).toBeNull();
    expect(values[3]!.missing).toBe('geen inwonertal');
  });

  it('computes the change since the comparison date and cites both sources', () => {
    const values = computeMetric({ metric: 'verandering', current: now, previous: before });
    expect(values[0]!.value).toBe(2000);
    expect(values[0]!.sources).toEqual([...src('nu'), ...src('toen')]);
    expect(values[3]!.value).toBeNull();
  });

  it('computes growth against national growth in percentage points', () => {
    const values = computeMetric({ metric: 'groei', current: now, previous: before, nationalFte: 110000, nationalPreviousFte: 100000 });
    // Limburg +20 %, national +10 % → +10 percentage points.
    expect(values[0]!.value).toBeCloseTo(10);
    expect(computeMetric({ metric: 'groei', current: now, previous: before })[0]!.value).toBeNull();
  });
});
