/** Partial dates as precise as their source, and only ones on the calendar (issue 14, finding 10). */
import { describe, expect, it } from 'vitest';
import { isFullDate, isPartialDate } from '../../server/common/partial-date.js';

describe('isPartialDate', () => {
  it('accepts a year, a month and a day that exist, leap days included', () => {
    for (const text of ['2017', '2015-07', '2016-09-29', '2024-02-29', '2000-02-29', '1999-12-31'])
      expect(isPartialDate(text), text).toBe(true);
  });

  it('refuses days and months that do not exist, and other shapes', () => {
    for (const text of [
      '2024-02-30',
      '2024-13',
      '2023-02-29',
      '1900-02-29',
      '2024-04-31',
      '2024-00',
      '2024-01-00',
      '0000',
      '24-01-01',
      '2024-1',
      '2024-01-01T00:00',
      ' 2024',
      '',
    ]) {
      expect(isPartialDate(text), text).toBe(false);
    }
  });

  it('isFullDate wants all three parts', () => {
    expect(isFullDate('2024-02-29')).toBe(true);
    expect(isFullDate('2024-02')).toBe(false);
    expect(isFullDate('2024-02-30')).toBe(false);
  });
});
