/**
 * The `datetime` parameter of OGC API - Features - Part 1: Core (OGC 17-069r4, 7.15.4): an
 * instant ("2023-01-01" or "2023-01-01T00:00:00Z") or an interval with ".." (or nothing) for an
 * open end ("2020-01-01/2023-12-31", "../2023-01-01", "2022-01-01/.."). Our only temporal
 * property is the peildatum of the region figures, a calendar date, so every bound is read as
 * its UTC calendar date; a date-time that is not midnight bounds by its date (inclusive).
 */
import { ValidationError } from '../common/errors.js';

export interface DateRange {
  /** Inclusive, YYYY-MM-DD; absent = open. */
  start?: string;
  end?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export function parseDatetime(text: string | undefined): DateRange | undefined {
  if (text === undefined) return undefined;
  const parts = text.split('/');
  if (parts.length > 2) throw invalid(text);
  if (parts.length === 1) {
    const date = bound(parts[0]!, text);
    if (date === undefined) throw invalid(text);
    return { start: date, end: date };
  }
  const range = { start: bound(parts[0]!, text), end: bound(parts[1]!, text) };
  if (range.start === undefined && range.end === undefined) throw invalid(text);
  if (range.start !== undefined && range.end !== undefined && range.start > range.end) {
    throw new ValidationError('datetime', `datetime: het begin ligt na het einde (kreeg "${text}")`);
  }
  return range;
}

export function inRange(date: string, range: DateRange): boolean {
  return (range.start === undefined || date >= range.start) && (range.end === undefined || date <= range.end);
}

/** One end of the interval as a date; undefined for an open end. */
function bound(part: string, text: string): string | undefined {
  if (part === '' || part === '..') return undefined;
  if (DATE.test(part)) return realDate(part, text);
  // GDAL 3.6's OAPIF driver turns a filter on a date field into "2023-01-01T": read as that date.
  if (/^\d{4}-\d{2}-\d{2}T$/.test(part)) return realDate(part.slice(0, 10), text);
  const match = DATE_TIME.exec(part);
  if (!match) throw invalid(text);
  const instant = new Date(part);
  if (Number.isNaN(instant.getTime())) throw invalid(text);
  realDate(match[1]!, text);
  return instant.toISOString().slice(0, 10);
}

function realDate(date: string, text: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) throw invalid(text);
  return date;
}

function invalid(text: string): ValidationError {
  return new ValidationError(
    'datetime',
    `datetime moet een datum(-tijd) volgens RFC 3339 zijn of een interval begin/einde met .. voor open (kreeg "${text}")`,
  );
}
