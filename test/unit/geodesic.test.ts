/** The independent distance the spatial tests compare PostGIS with must itself be right. */
import { describe, expect, it } from 'vitest';
import { insideRing, vincentyMetres } from '../support/geodesic.js';

describe('vincentyMetres (test reference)', () => {
  it('reproduces Vincenty’s own published example: Flinders Peak – Buninyong, 54 972,271 m', () => {
    const dms = (d: number, m: number, s: number) => d + m / 60 + s / 3600;
    const distance = vincentyMetres(
      dms(144, 25, 29.5244),
      -dms(37, 57, 3.7203),
      dms(143, 55, 35.3839),
      -dms(37, 39, 10.1561),
    );
    expect(Math.abs(distance - 54972.271)).toBeLessThan(0.005);
  });

  it('is symmetric and zero for the same point', () => {
    expect(vincentyMetres(5, 52, 5, 52)).toBe(0);
    expect(vincentyMetres(4.3, 52.08, 6.57, 52.99)).toBeCloseTo(vincentyMetres(6.57, 52.99, 4.3, 52.08), 6);
  });
});

describe('insideRing', () => {
  const square: [number, number][] = [
    [0, 0],
    [2, 0],
    [2, 2],
    [0, 2],
    [0, 0],
  ];
  it('tells inside from outside', () => {
    expect(insideRing([1, 1], square)).toBe(true);
    expect(insideRing([3, 1], square)).toBe(false);
  });
});
