/**
 * Randstad share of the total and of the growth. Growth belongs outside the Randstad in
 * principle, so the monitor flags a period in which the Randstad's share of the growth exceeds
 * its share of the total at the start (growth concentrating in the Randstad).
 */
import type { MonitorInputs } from './monitor-inputs.js';
import type { MonitorFigure, MonitorResult } from './monitor.model.js';
import { unique } from './monitor.model.js';
import { missingProvinces, percent, provinceName, sumProvinces } from './snapshot.js';
import { list, on, pct, pp } from './format.js';
import { quoted } from '../statements/published-statement.model.js';

export function randstadShareMonitor(inputs: MonitorInputs): MonitorResult {
  const { from, to, options } = inputs;
  const randstad = options.randstad;
  const base = {
    id: 'randstad_aandeel' as const,
    title: 'Aandeel Randstad in totaal en groei',
    fromPeildatum: options.fromPeildatum,
    toPeildatum: options.toPeildatum,
    dataset: options.dataset,
    publishedStatements: inputs.randstadStatements.map(quoted),
  };
  // The letters do not define "randstad" in the available text: say which provinces we count.
  const definition =
    `Randstad = ${list(randstad.map((c) => provinceName(to, c)))} (ingestelde definitie, een productkeuze; ` +
    'de Kamerbrieven definiëren de randstad niet in de beschikbare tekst).';
  const publishedFigures: MonitorFigure[] = inputs.randstadStatements
    .filter((s) => s.value !== null)
    .map((s) => ({
      label: `Aandeel randstad in de groei, gepubliceerd (${s.sourceTitle ?? s.sourceUrl})`,
      regionCode: null,
      value: s.value,
      unit: 'procent',
      basis: 'gepubliceerd',
      flagged: false,
      precision: s.precision,
      asWritten: s.asWritten,
    }));
  const missing = unique([
    ...missingProvinces(from, randstad).map((c) => `${provinceName(from, c)} ${on(from.peildatum)}`),
    ...missingProvinces(to, randstad).map((c) => `${provinceName(to, c)} ${on(to.peildatum)}`),
    ...(from.national === null ? [`landelijk totaal ${on(from.peildatum)}`] : []),
    ...(to.national === null ? [`landelijk totaal ${on(to.peildatum)}`] : []),
  ]);
  const sources = unique([...from.sources, ...to.sources, ...inputs.randstadStatements.map((s) => s.sourceUrl)]);
  const rFrom = sumProvinces(from, randstad);
  const rTo = sumProvinces(to, randstad);
  if (
    rFrom === null ||
    rTo === null ||
    from.national === null ||
    to.national === null ||
    to.national === from.national
  ) {
    return {
      ...base,
      verdict: 'onvoldoende_gegevens',
      missing,
      sources,
      figures: publishedFigures,
      explanation:
        `Onvoldoende gepubliceerde gegevens om het aandeel te berekenen: geen cijfer voor ${list(missing) || 'de groei'}.` +
        (base.publishedStatements.length ? ` Gepubliceerd: ${base.publishedStatements.join('; ')}.` : '') +
        ` ${definition}`,
    };
  }
  const shareFrom = percent(rFrom, from.national);
  const shareTo = percent(rTo, to.national);
  const shareOfGrowth = percent(rTo - rFrom, to.national - from.national);
  const flagged = shareOfGrowth > shareFrom;
  const computed: MonitorFigure[] = [
    {
      label: `Aandeel Randstad ${on(from.peildatum)}`,
      regionCode: null,
      value: shareFrom,
      unit: 'procent',
      basis: 'berekend',
      flagged: false,
    },
    {
      label: `Aandeel Randstad ${on(to.peildatum)}`,
      regionCode: null,
      value: shareTo,
      unit: 'procent',
      basis: 'berekend',
      flagged: false,
    },
    {
      label: 'Verandering aandeel Randstad',
      regionCode: null,
      value: shareTo - shareFrom,
      unit: 'procentpunt',
      basis: 'berekend',
      flagged: false,
    },
    {
      label: 'Aandeel Randstad in de groei',
      regionCode: null,
      value: shareOfGrowth,
      unit: 'procent',
      basis: 'berekend',
      flagged,
    },
  ];
  const figures = [
    ...computed.map((f) => ({ ...f, precision: 'exact' as const, asWritten: null })),
    ...publishedFigures,
  ];
  return {
    ...base,
    verdict: flagged ? 'voldoet_niet' : 'voldoet',
    missing: [],
    sources,
    figures,
    explanation:
      `${pct(shareOfGrowth)} van de groei viel in de Randstad, bij een aandeel van ${pct(shareFrom)} in het totaal ${on(from.peildatum)} ` +
      `(${pct(shareTo)} ${on(to.peildatum)}, ${pp(shareTo - shareFrom)})` +
      (flagged
        ? ': de groei concentreert zich in de Randstad.'
        : ': de groei ligt naar verhouding buiten de Randstad.') +
      ` ${definition}`,
  };
}
