/**
 * Parsers for the values a ministry's delivery holds. Each throws FieldError with a Dutch
 * reason that tells the sender what to fix.
 */
import { SECTORS, type Sector } from '../../common/domain.js';
import { MAX_NAME_LENGTH } from '../common/validate.js';
import { FieldError } from './row-errors.js';

/** The sector labels seen in letters and spreadsheets, mapped to our vocabulary. */
const SECTOR_WORDS: Record<string, Sector> = {
  ministeries: 'ministeries',
  ministerie: 'ministeries',
  'nationale politie': 'nationale_politie',
  politie: 'nationale_politie',
  rechtspraak: 'rechtspraak',
  gevangeniswezen: 'gevangeniswezen_dji',
  dji: 'gevangeniswezen_dji',
  'gevangeniswezen (dji)': 'gevangeniswezen_dji',
  defensie: 'defensie',
  zbo: 'zbo',
  "zbo's": 'zbo',
  zbos: 'zbo',
  'zelfstandige bestuursorganen': 'zbo',
};

export function parseSector(text: string): Sector {
  const key = text.trim().toLowerCase().replace(/_/g, ' ');
  if ((SECTORS as readonly string[]).includes(text.trim())) return text.trim() as Sector;
  const sector = SECTOR_WORDS[key];
  if (!sector) throw new FieldError(`onbekende sector "${text}" (toegestaan: ${SECTORS.join(', ')})`);
  return sector;
}

/** A reference date: 1 January, written 2024-01-01 or 1-1-2024 / 01-01-2024. */
export function parsePeildatum(text: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : [];
  if (!year) throw new FieldError(`"${text}" is geen datum (gebruik JJJJ-MM-DD, bijvoorbeeld 2024-01-01)`);
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day))
    throw new FieldError(`"${text}" is geen bestaande datum`);
  if (Number(month) !== 1 || Number(day) !== 1)
    throw new FieldError(`peildatum moet 1 januari zijn (gekregen: ${text})`);
  if (Number(year) < 1990 || Number(year) > 2100) throw new FieldError(`jaar ${year} valt buiten 1990–2100`);
  return `${year}-01-01`;
}

/** fte ≥ 0 with at most two decimals; a decimal comma is accepted ("12,5"). */
export function parseFte(text: string): number {
  if (text === '') throw new FieldError('fte ontbreekt');
  if (!/^\d+([.,]\d+)?$/.test(text))
    throw new FieldError(`"${text}" is geen getal van 0 of meer (geen scheidingstekens voor duizendtallen)`);
  const [, decimals = ''] = text.split(/[.,]/);
  if (decimals.length > 2)
    throw new FieldError(`"${text}" heeft meer dan twee decimalen; schrijf duizendtallen zonder punt`);
  const value = Number(text.replace(',', '.'));
  if (value > 1_000_000) throw new FieldError(`${text} fte is onwaarschijnlijk groot`);
  return value;
}

export function parseOptionalInt(text: string, what: string): number | null {
  if (text === '') return null;
  if (!/^\d+$/.test(text))
    throw new FieldError(`${what} moet een geheel getal van 0 of meer zijn (gekregen: "${text}")`);
  return Number(text);
}

export function parseOptionalNumber(text: string, what: string): number | null {
  if (text === '') return null;
  const value = Number(text.replace(',', '.'));
  if (!/^\d+([.,]\d+)?$/.test(text) || !Number.isFinite(value))
    throw new FieldError(`${what} moet een getal van 0 of meer zijn (gekregen: "${text}")`);
  return value;
}

/** A required name: present and no longer than the database's unique indexes can hold. */
export function requireText(text: string, what: string): string {
  if (text === '') throw new FieldError(`${what} ontbreekt`);
  if (text.length > MAX_NAME_LENGTH)
    throw new FieldError(`${what} is te lang: ${text.length} tekens, hoogstens ${MAX_NAME_LENGTH}`);
  return text;
}
