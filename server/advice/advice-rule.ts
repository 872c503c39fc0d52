/**
 * The location-advice rule (BZK): advice is required when a service grows or shrinks by 100 fte
 * or more, for a new service or unit of 100 fte or more, and for every new masterplan and every
 * Verzoek tot Wijziging (VtW) on a masterplan. Special attention goes to changes that cross a
 * provincial border and to border regions (grensregio's). Pure: no database, fully explained.
 */
import type { CaseKind } from '../../common/domain.js';

export const ADVICE_THRESHOLD_FTE = 100;

export interface AdviceCase {
  kind: CaseKind;
  /** Positive for growth, negative for shrinkage; null when unknown. */
  fteChange: number | null;
  from: PlaceFacts | null;
  to: PlaceFacts | null;
}

export interface PlaceFacts {
  label: string;
  provincieCode: string | null;
  provincieName: string | null;
  isGrensregio: boolean;
}

export type TriState = 'ja' | 'nee' | 'onbekend';

export interface AdviceOutcome {
  adviceRequired: TriState;
  crossesProvincialBorder: TriState;
  touchesGrensregio: boolean;
  reasons: string[];
  explanation: string;
}

export function evaluateAdvice(input: AdviceCase): AdviceOutcome {
  const reasons: string[] = [];
  let required: TriState = 'nee';
  const size = input.fteChange === null ? null : Math.abs(input.fteChange);
  if (input.kind === 'masterplan') reasons.push('het betreft een nieuw masterplan');
  if (input.kind === 'vtw') reasons.push('het betreft een verzoek tot wijziging (VtW) op een masterplan');
  if (input.kind === 'nieuwe_dienst' && size !== null && size >= ADVICE_THRESHOLD_FTE) reasons.push(`nieuwe dienst of eenheid van ${fmt(size)} fte (drempel ${ADVICE_THRESHOLD_FTE})`);
  if ((input.kind === 'groei' || input.kind === 'krimp' || input.kind === 'overig') && size !== null && size >= ADVICE_THRESHOLD_FTE) {
    reasons.push(`${input.fteChange! < 0 ? 'krimp' : 'groei'} van ${fmt(size)} fte (drempel ${ADVICE_THRESHOLD_FTE})`);
  }
  if (reasons.length > 0) required = 'ja';
  else if (size === null && input.kind !== 'masterplan' && input.kind !== 'vtw') required = 'onbekend';

  const crosses = crossesBorder(input.from, input.to);
  const grens = [input.from, input.to].filter((p): p is PlaceFacts => p !== null && p.isGrensregio);
  const explanation = explain(required, reasons, crosses, input, grens);
  return { adviceRequired: required, crossesProvincialBorder: crosses, touchesGrensregio: grens.length > 0, reasons, explanation };
}

function crossesBorder(from: PlaceFacts | null, to: PlaceFacts | null): TriState {
  if (!from || !to) return 'nee';
  if (!from.provincieCode || !to.provincieCode) return 'onbekend';
  return from.provincieCode === to.provincieCode ? 'nee' : 'ja';
}

function explain(required: TriState, reasons: string[], crosses: TriState, input: AdviceCase, grens: PlaceFacts[]): string {
  const parts: string[] = [];
  if (required === 'ja') parts.push(`Locatieadvies van BZK is nodig: ${reasons.join('; ')}.`);
  else if (required === 'onbekend') parts.push('Of locatieadvies nodig is, is onbekend: de omvang van de verandering in fte ontbreekt.');
  else parts.push(`Geen locatieadvies nodig: de verandering blijft onder ${ADVICE_THRESHOLD_FTE} fte en het is geen masterplan of VtW.`);
  if (crosses === 'ja') parts.push(`De verandering gaat over de provinciegrens (${input.from!.provincieName} → ${input.to!.provincieName}): bijzondere aandacht.`);
  if (crosses === 'onbekend') parts.push('Of de verandering een provinciegrens overschrijdt, is onbekend (provincie van herkomst of bestemming ontbreekt).');
  if (grens.length > 0) parts.push(`Raakt een grensregio (${grens.map((g) => g.label).join(', ')}): bijzondere aandacht.`);
  return parts.join(' ');
}

function fmt(n: number): string {
  return n.toLocaleString('nl-NL');
}
