/** Arithmetic on figures that may be missing: every gap stays a gap, with the reason carried along. */
import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { known, missing } from '../../server/graphql/common.types.js';
import { changeOf, fteFigure, growthGap, per1000, sharePct, sumOf } from '../../server/fte/fte-figures.js';

describe('fte figures', () => {
  it('turns an approximation into a reason, and nothing into "no published figure"', () => {
    expect(fteFigure(null, 'bijna 95.000', 'gepubliceerd')).toEqual(
      missing('alleen benadering gepubliceerd: bijna 95.000'),
    );
    expect(fteFigure(null, null, 'gepubliceerd')).toEqual(missing('geen gepubliceerd cijfer'));
    expect(fteFigure(null, null, 'demo')).toEqual(missing('geen cijfer in de fictieve voorbeelddata'));
    expect(fteFigure(0, null, 'gepubliceerd')).toEqual(known(0));
  });

  it('derives share and density only from known inputs', () => {
    expect(sharePct(known(12691), known(336270)).value).toBeCloseTo(3.774, 3);
    expect(sharePct(missing('geen gepubliceerd cijfer'), known(1))).toEqual(missing('geen gepubliceerd cijfer'));
    expect(sharePct(known(1), known(0)).missingReason).toBe('landelijk totaal is 0');
    expect(per1000(known(353797), 17947684, '2024-01-01').value).toBeCloseTo(19.713, 3);
    expect(per1000(known(5), null, '2022-01-01')).toEqual(missing('geen bevolkingscijfer (CBS) op 2022-01-01'));
  });

  it('computes change and the gap to national growth, or says why not', () => {
    const region = changeOf(known(104), known(100));
    expect(region.absolute.value).toBe(4);
    expect(region.pct.value).toBeCloseTo(4, 10);
    expect(growthGap(region, changeOf(known(110), known(100))).value).toBeCloseTo(-6, 10);
    expect(changeOf(known(1), undefined).pct.missingReason).toBe(
      'geen vergelijkingsdatum opgegeven (comparePeildatum)',
    );
    expect(changeOf(known(1), known(0)).pct.missingReason).toBe('cijfer op de vergelijkingsdatum is 0');
    expect(growthGap(region, changeOf(missing('x'), known(1))).missingReason).toBe('landelijke groei onbekend: x');
  });

  it('sums only complete groups', () => {
    expect(sumOf([known(1), known(2.5)])).toEqual(known(3.5));
    expect(sumOf([known(1), missing('a'), missing('b')])).toEqual(missing('onvolledig: 2 van 3 regio’s zonder cijfer'));
  });
});
