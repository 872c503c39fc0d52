/**
 * Explains the advice rule's outcome for a location case in words (the server decides
 * adviceRequired): BZK advises on growth or shrinkage of 100 fte or more, a new service of 100 fte
 * or more, new masterplans and every VtW; moves across a provincial border get special attention.
 */
import type { PlannerCaseFragment } from '../../gql/graphql.js';

export const ADVICE_THRESHOLD_FTE = 100;

type CaseFacts = Pick<PlannerCaseFragment, 'kind' | 'fteChange' | 'adviceRequired' | 'crossesProvinceBorder'> & {
  fteMoving?: number | null;
};

export function adviceExplanation(c: CaseFacts): string {
  const parts: string[] = [];
  if (c.adviceRequired === null) parts.push('onbekend: de bron geeft geen aantal fte');
  else if (c.kind === 'masterplan' || c.kind === 'vtw')
    parts.push(c.kind === 'vtw' ? 'advies nodig: elk verzoek tot wijziging' : 'advies nodig: nieuw masterplan');
  else if (
    c.adviceRequired &&
    (c.fteMoving ?? 0) >= ADVICE_THRESHOLD_FTE &&
    Math.abs(c.fteChange ?? 0) < ADVICE_THRESHOLD_FTE
  ) {
    parts.push(`advies nodig: verplaatsing van ${c.fteMoving} fte (drempel ${ADVICE_THRESHOLD_FTE} fte)`);
  } else if (c.adviceRequired)
    parts.push(`advies nodig: verandering van ${Math.abs(c.fteChange ?? 0)} fte (drempel ${ADVICE_THRESHOLD_FTE} fte)`);
  else parts.push(`geen advies nodig: verandering onder ${ADVICE_THRESHOLD_FTE} fte`);
  if (c.crossesProvinceBorder) parts.push('verplaatsing over een provinciegrens: bijzondere aandacht');
  return parts.join('; ');
}
