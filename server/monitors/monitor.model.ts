/** What every monitor returns: figures, a verdict, the reasoning in words, sources and gaps. */
import type { Precision } from '../../common/domain.js';

export type Verdict = 'voldoet' | 'voldoet_niet' | 'onvoldoende_gegevens';

export interface MonitorFigure {
  /** What the figure is, in Dutch ("Groei Drenthe 2021→2022"). */
  label: string;
  /** Region code it belongs to, if any. */
  regionCode: string | null;
  value: number | null;
  unit: 'fte' | 'procent' | 'procentpunt';
  /** How it was obtained: berekend (from levels), gepubliceerd (a published change), ontbreekt. */
  basis: 'berekend' | 'gepubliceerd' | 'ontbreekt';
  /** Flagged by the monitor's rule (lagging, negative, under-represented…). */
  flagged: boolean;
  /** How precise the figure is (exact when computed from levels); null when it is missing. */
  precision?: Precision | null;
  /** The source's words for a published figure ("rond 2 procent", "afname"). */
  asWritten?: string | null;
}

export interface MonitorResult {
  id:
    'randstad_aandeel' | 'de_vries' | 'evenredigheid' | 'drenthe' | 'krimp_randstad_groei_buiten' | 'landelijke_groei';
  title: string;
  fromPeildatum: string;
  toPeildatum: string;
  dataset: 'gepubliceerd' | 'demo';
  verdict: Verdict;
  explanation: string;
  figures: MonitorFigure[];
  /** Provinces (or other items) for which a needed figure is missing. */
  missing: string[];
  sources: string[];
  /** Published statements on the same subject, quoted, for comparison ("74 procent van het totaal"). */
  publishedStatements: string[];
}

export interface MonitorOptions {
  fromPeildatum: string;
  toPeildatum: string;
  dataset: 'gepubliceerd' | 'demo';
  /** Provinces counted as Randstad (CBS codes). */
  randstad: string[];
}

export function unique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}
