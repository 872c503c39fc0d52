import { describe, expect, it } from 'vitest';
import {
  LOADING,
  NO_COMPARE,
  NO_FIGURE,
  pickMetric,
  type AggregateRow,
  type Figure,
} from '../../web/src/lib/metrics.js';

const known = (value: number): Figure => ({ value, missingReason: null });
const none = (reason: string): Figure => ({ value: null, missingReason: reason });

function row(code: string, fte: Figure, extra: Partial<AggregateRow> = {}): AggregateRow {
  return {
    code,
    name: code,
    basis: 'regiocijfer',
    asWritten: null,
    sources: [`https://bron.example/${code}`],
    fte,
    shareOfNationalPct: fte.value === null ? none(NO_FIGURE) : known(fte.value / 1000),
    ftePer1000Inhabitants: none('geen inwonertal'),
    change: { absolute: known(120), pct: known(1.5) },
    growthVsNationalPctPoints: known(-0.7),
    ...extra,
  };
}

const regions = [
  { code: 'PV31', name: 'Limburg' },
  { code: 'PV28', name: 'Zuid-Holland' },
  { code: 'PV26', name: 'Utrecht' },
];
const rows = [
  row('PV31', known(12691)),
  row('PV28', none('alleen benadering gepubliceerd: bijna 95.000'), { asWritten: 'bijna 95.000' }),
];

describe('pickMetric (web)', () => {
  it('takes fte from the server and keeps missing figures missing, with the server’s reason', () => {
    const values = pickMetric(regions, rows, { metric: 'fte', comparing: false });
    expect(values.map((v) => v.value)).toEqual([12691, null, null]);
    expect(values[1]!.missing).toBe('alleen benadering gepubliceerd: bijna 95.000');
    // A region the server returned no row for is "geen gepubliceerd cijfer", never 0.
    expect(values[2]).toMatchObject({ value: null, fte: null, missing: NO_FIGURE });
  });

  it('picks the derived metric the server computed', () => {
    expect(pickMetric(regions, rows, { metric: 'aandeel', comparing: false })[0]!.value).toBeCloseTo(12.691);
    expect(pickMetric(regions, rows, { metric: 'per1000', comparing: false })[0]).toMatchObject({
      value: null,
      missing: 'geen inwonertal',
      fte: 12691,
    });
    expect(pickMetric(regions, rows, { metric: 'verandering', comparing: true })[0]!.value).toBe(120);
    expect(pickMetric(regions, rows, { metric: 'groei', comparing: true })[0]!.value).toBe(-0.7);
  });

  it('asks for a comparison date before showing change metrics', () => {
    const values = pickMetric(regions, rows, { metric: 'verandering', comparing: false });
    expect(values[0]).toMatchObject({ value: null, missing: NO_COMPARE });
  });

  it('says figures are loading rather than missing while there are none yet', () => {
    expect(pickMetric(regions, null, { metric: 'fte', comparing: false }).every((v) => v.missing === LOADING)).toBe(
      true,
    );
  });
});
