/**
 * Randstad share of the total and of the growth. Growth belongs outside the Randstad in
 * principle, so the monitor flags a period in which the Randstad's share of the growth exceeds
 * its share of the total at the start (growth concentrating in the Randstad).
 */
import type { MonitorInputs } from './monitor-inputs.js';
import type { MonitorFigure, MonitorResult } from './monitor.model.js';
import { unique } from './monitor.model.js';
import { missingProvinces, percent, provinceName, sumProvinces } from './snapshot.js';
import { date, list, pct, pp } from './format.js';

export function randstadShareMonitor(inputs: MonitorInputs): MonitorResult {
  const { from, to, options } = inputs;
  const randstad = options.randstad;
  const base = {
    id: 'randstad_aandeel' as const,
    title: 'Aandeel Randstad in totaal en groei',
    fromPeildatum: options.fromPeildatum,
    toPeildatum: options.toPeildatum,
    dataset: options.dataset,
    publishedStatements: inputs.randstadStatements.map((s) => `${s.valueAsWritten} (${s.metric})`),
  };
  const missing = unique([
    ...missingProvinces(from, randstad).map((c) => `${provinceName(from, c)} op ${date(from.peildatum)}`),
    ...missingProvinces(to, randstad).map((c) => `${provinceName(to, c)} op ${date(to.peildatum)}`),
    ...(from.national === null ? [`landelijk totaal op ${date(from.peildatum)}`] : []),
    ...(to.national === null ? [`landelijk totaal op ${date(to.peildatum)}`] : []),
  ]);
  const sources = unique([...from.sources, ...to.sources, ...inputs.randstadStatements.map((s) => s.sourceUrl)]);
  const rFrom = sumProvinces(from, randstad);
  const rTo = sumProvinces(to, randstad);
  if (rFrom === null || rTo === null || from.national === null || to.national === null || to.national === from.national) {
    return {
      ...base, verdict: 'onvoldoende_gegevens', missing, sources, figures: [],
      explanation: `Onvoldoende gepubliceerde gegevens: geen cijfer voor ${list(missing) || 'de groei'}.` +
        (base.publishedStatements.length ? ` Gepubliceerd: ${base.publishedStatements.join('; ')}.` : ''),
    };
  }
  const shareFrom = percent(rFrom, from.national);
  const shareTo = percent(rTo, to.national);
  const shareOfGrowth = percent(rTo - rFrom, to.national - from.national);
  const flagged = shareOfGrowth > shareFrom;
  const figures: MonitorFigure[] = [
    { label: `Aandeel Randstad op ${date(from.peildatum)}`, regionCode: null, value: shareFrom, unit: 'procent', basis: 'berekend', flagged: false },
    { label: `Aandeel Randstad op ${date(to.peildatum)}`, regionCode: null, value: shareTo, unit: 'procent', basis: 'berekend', flagged: false },
    { label: 'Verandering aandeel Randstad', regionCode: null, value: shareTo - shareFrom, unit: 'procentpunt', basis: 'berekend', flagged: false },
    { label: 'Aandeel Randstad in de groei', regionCode: null, value: shareOfGrowth, unit: 'procent', basis: 'berekend', flagged },
  ];
  return {
    ...base, verdict: flagged ? 'voldoet_niet' : 'voldoet', missing: [], sources, figures,
    explanation: `${pct(shareOfGrowth)} van de groei viel in de Randstad, bij een aandeel van ${pct(shareFrom)} in het totaal op ${date(from.peildatum)} ` +
      `(${pct(shareTo)} op ${date(to.peildatum)}, ${pp(shareTo - shareFrom)})` +
      (flagged ? ': de groei concentreert zich in de Randstad.' : ': de groei ligt naar verhouding buiten de Randstad.'),
  };
}
