/**
 * The location-advice rule (BZK), the one every field and query applies (LocationCase.adviceRequired,
 * locationAdvice, evaluateAdvice). Pure: no database, fully explained, three-valued where an
 * input is unknown. From the sources:
 * - beslisnota aanpak spreiding (30 April 2024): advice on growth or shrinkage of a rijksdienst
 *   from 100 fte, on a new service or unit from 100 fte, on every new masterplan and every VtW;
 * - nota initiatieven rijkswerkgelegenheid Drenthe: BZK advises on substantial numbers (>100 fte)
 *   and changes across a provincial border, with special attention for grensregio's; Defensie
 *   must ask BZK for advice on moving units out of Drenthe. So a unit of 100 fte or more that
 *   moves (fteMoving) needs advice too, whatever the net change at the place it leaves.
 * Unknown stays unknown: no size at all → "onbekend"; a missing origin or destination →
 * crossing "onbekend"; no grensregio list configured → "onbekend", and the answer says so (the
 * sources name no list of grensregio's).
 */
import type { CaseKind } from '../../common/domain.js';

export const ADVICE_THRESHOLD_FTE = 100;

export const NO_GRENSREGIO_LIST = "geen grensregio's ingesteld";
export const GRENSREGIO_LIST_CONFIGURED =
  "grensregio's ingesteld door de beheerder (GRENSREGIO_CODES); de bronnen geven geen lijst";

export interface AdviceCase {
  kind: CaseKind;
  /** Net change: positive for growth, negative for shrinkage; null when unknown. */
  fteChange: number | null;
  /** Fte that move in one step (a unit leaving or arriving); null when unknown or none stated. */
  fteMoving?: number | null;
  from: PlaceFacts | null;
  to: PlaceFacts | null;
  /** Whether any grensregio is configured; without a list, touching one is unknown. */
  grensregioListed: boolean;
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
  touchesGrensregio: TriState;
  /** Where the grensregio list comes from, or that there is none. */
  grensregioList: string;
  reasons: string[];
  explanation: string;
}

export interface AdviceRequirement {
  required: TriState;
  reasons: string[];
}

/** Whether advice is required, from the kind and sizes alone (no places needed). */
export function adviceRequirement(
  kind: CaseKind,
  fteChange: number | null,
  fteMoving: number | null = null,
): AdviceRequirement {
  const reasons: string[] = [];
  if (kind === 'masterplan') reasons.push('het betreft een nieuw masterplan');
  if (kind === 'vtw') reasons.push('het betreft een verzoek tot wijziging (VtW) op een masterplan');
  if (kind === 'masterplan' || kind === 'vtw') return { required: 'ja', reasons };
  const size = fteChange === null ? null : Math.abs(fteChange);
  if (size !== null && size >= ADVICE_THRESHOLD_FTE) {
    const what = kind === 'nieuwe_dienst' ? 'nieuwe dienst of eenheid van' : fteChange! < 0 ? 'krimp van' : 'groei van';
    reasons.push(`${what} ${fmt(size)} fte (drempel ${ADVICE_THRESHOLD_FTE})`);
  }
  if (fteMoving != null && fteMoving >= ADVICE_THRESHOLD_FTE) {
    reasons.push(`verplaatsing van ${fmt(fteMoving)} fte (drempel ${ADVICE_THRESHOLD_FTE})`);
  }
  if (reasons.length > 0) return { required: 'ja', reasons };
  return { required: size === null && fteMoving == null ? 'onbekend' : 'nee', reasons };
}

export function evaluateAdvice(input: AdviceCase): AdviceOutcome {
  const { required, reasons } = adviceRequirement(input.kind, input.fteChange, input.fteMoving ?? null);
  const crosses = crossesBorder(input.from, input.to);
  const grens = touchesGrensregio(input);
  const parts = [requirementText(required, reasons), borderText(crosses, input), grensText(grens, input)];
  return {
    adviceRequired: required,
    crossesProvincialBorder: crosses,
    touchesGrensregio: grens,
    grensregioList: input.grensregioListed ? GRENSREGIO_LIST_CONFIGURED : NO_GRENSREGIO_LIST,
    reasons,
    explanation: parts.join(' '),
  };
}

/** Both sides known → compare; one side missing → the crossing cannot be told. */
function crossesBorder(from: PlaceFacts | null, to: PlaceFacts | null): TriState {
  if (!from?.provincieCode || !to?.provincieCode) return 'onbekend';
  return from.provincieCode === to.provincieCode ? 'nee' : 'ja';
}

function touchesGrensregio(input: AdviceCase): TriState {
  if (!input.grensregioListed) return 'onbekend';
  const sides = [input.from, input.to];
  if (sides.some((p) => p?.isGrensregio)) return 'ja';
  return sides.every((p) => p !== null) ? 'nee' : 'onbekend';
}

function requirementText(required: TriState, reasons: string[]): string {
  if (required === 'ja') return `Locatieadvies van BZK is nodig: ${reasons.join('; ')}.`;
  if (required === 'onbekend')
    return 'Of locatieadvies nodig is, is onbekend: de omvang van de verandering in fte ontbreekt.';
  return `Geen locatieadvies nodig: de verandering blijft onder ${ADVICE_THRESHOLD_FTE} fte en het is geen masterplan of VtW.`;
}

function borderText(crosses: TriState, input: AdviceCase): string {
  if (crosses === 'ja')
    return `De verandering gaat over de provinciegrens (${input.from!.provincieName} → ${input.to!.provincieName}): bijzondere aandacht.`;
  if (crosses === 'nee') return `De verandering blijft binnen ${input.from!.provincieName ?? 'één provincie'}.`;
  const missing = [!input.from?.provincieCode && 'herkomst', !input.to?.provincieCode && 'bestemming']
    .filter(Boolean)
    .join(' en ');
  return `Of de verandering een provinciegrens overschrijdt, is onbekend: provincie van ${missing} ontbreekt.`;
}

function grensText(grens: TriState, input: AdviceCase): string {
  if (!input.grensregioListed) return `Of de verandering een grensregio raakt, is niet bepaald: ${NO_GRENSREGIO_LIST}.`;
  const hit = [input.from, input.to].filter((p): p is PlaceFacts => p !== null && p.isGrensregio);
  if (grens === 'ja') return `Raakt een grensregio (${hit.map((g) => g.label).join(', ')}): bijzondere aandacht.`;
  if (grens === 'nee') return 'Raakt geen ingestelde grensregio.';
  return 'Of de verandering een grensregio raakt, is onbekend: herkomst of bestemming ontbreekt.';
}

function fmt(n: number): string {
  return n.toLocaleString('nl-NL');
}
