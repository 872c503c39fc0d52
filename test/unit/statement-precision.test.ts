/**
 * What a published statement allows us to say (server/statements/precision.ts): its interval per
 * precision, and comparisons made at the precision of the weaker figure.
 */
import { describe, expect, it } from 'vitest';
import { compare, intervalOf } from '../../server/statements/statement-precision.service.js';

describe('published statement precision', () => {
  it('turns rounded, approximate and direction-only statements into the values they allow', () => {
    expect(intervalOf({ value: 3, asWritten: '3 procent', precision: 'afgerond' })).toEqual({ low: 2.5, high: 3.5 });
    const limburg = intervalOf({ value: 3.5, asWritten: '3,5 procent', precision: 'afgerond' })!;
    expect(limburg.low).toBeCloseTo(3.45, 12);
    expect(limburg.high).toBeCloseTo(3.55, 12);
    expect(intervalOf({ value: null, asWritten: 'rond 2 procent', precision: 'benadering' })).toEqual({
      low: 1.5,
      high: 2.5,
    });
    expect(intervalOf({ value: null, asWritten: 'ruim 9.300 fte', precision: 'benadering' })).toEqual({
      low: 9300,
      high: 9400,
    });
    expect(intervalOf({ value: null, asWritten: 'ruim 10.000 fte', precision: 'benadering' })).toEqual({
      low: 10000,
      high: 11000,
    });
    expect(intervalOf({ value: null, asWritten: 'bijna 5 procent', precision: 'benadering' })).toEqual({
      low: 4,
      high: 5,
    });
    expect(intervalOf({ value: null, asWritten: 'nog geen 200 banen erbij', precision: 'benadering' })).toEqual({
      low: 0,
      high: 200,
    });
    expect(
      intervalOf({ value: -2.3, asWritten: 'krimp van de rijkswerkgelegenheid met 2,3%', precision: 'afgerond' })!.high,
    ).toBeCloseTo(-2.25, 12);
    expect(intervalOf({ value: null, asWritten: 'afname', precision: 'richting' })!.high).toBeLessThan(0);
    expect(intervalOf({ value: null, asWritten: 'afname', precision: 'richting' })!.low).toBe(-Infinity);
    expect(intervalOf({ value: 14873, asWritten: '14.873 voltijdsbanen', precision: 'exact' })).toEqual({
      low: 14873,
      high: 14873,
    });
    expect(intervalOf({ value: null, asWritten: 'kwalitatief iets', precision: 'richting' })).toBeNull();
  });

  it('compares at the weaker precision and says when it cannot decide', () => {
    const national = { low: 3.2255, high: 3.2255 };
    expect(compare(intervalOf({ value: 3, asWritten: '3 procent', precision: 'afgerond' })!, national)).toBe(
      'onbepaald',
    );
    expect(compare(intervalOf({ value: null, asWritten: 'rond 2 procent', precision: 'benadering' })!, national)).toBe(
      'lager',
    );
    expect(
      compare(intervalOf({ value: null, asWritten: 'afname', precision: 'richting' })!, { low: 5.15, high: 5.25 }),
    ).toBe('lager');
    expect(
      compare(intervalOf({ value: 7.5, asWritten: '7,5 procent', precision: 'afgerond' })!, { low: 5.2, high: 5.2 }),
    ).toBe('hoger');
    expect(
      compare(intervalOf({ value: null, asWritten: 'toename', precision: 'richting' })!, { low: 5.2, high: 5.2 }),
    ).toBe('onbepaald');
  });
});
