/**
 * Motie-De Vries: growth in Fryslân, Drenthe, Zeeland and Limburg must not lag the national
 * growth. Each province's growth (from levels, else a published percentage for the same period)
 * is compared with national growth; a province growing less is flagged.
 */
import type { MonitorInputs } from './monitor-inputs.js';
import type { MonitorFigure, MonitorResult } from './monitor.model.js';
import { unique } from './monitor.model.js';
import { provinceGrowth } from './growth.js';
import { provinceName } from './snapshot.js';
import { date, list, pct } from './format.js';

/** Fryslân, Drenthe, Zeeland, Limburg. */
export const DE_VRIES_PROVINCES = ['PV21', 'PV22', 'PV29', 'PV31'];

export function deVriesMonitor(inputs: MonitorInputs): MonitorResult {
  const { from, to, options, nationalGrowth } = inputs;
  const base = {
    id: 'de_vries' as const,
    title: 'Motie-De Vries: groei in Fryslân, Drenthe, Zeeland en Limburg',
    fromPeildatum: options.fromPeildatum, toPeildatum: options.toPeildatum, dataset: options.dataset, publishedStatements: [] as string[],
  };
  const national = nationalGrowth.percent;
  const figures: MonitorFigure[] = [
    { label: `Landelijke groei ${date(from.peildatum)} → ${date(to.peildatum)}`, regionCode: null, value: national, unit: 'procent', basis: nationalGrowth.basis, flagged: false },
  ];
  const missing: string[] = [];
  const lagging: string[] = [];
  const statements: string[] = [];
  const sources = [...nationalGrowth.sources];
  for (const code of DE_VRIES_PROVINCES) {
    const growth = provinceGrowth(code, from, to, inputs.published);
    const name = provinceName(to, code);
    sources.push(...growth.sources);
    if (growth.asWritten && growth.percent === null) statements.push(`${name}: ${growth.asWritten}`);
    if (growth.percent === null) {
      missing.push(name);
      figures.push({ label: `Groei ${name}`, regionCode: code, value: null, unit: 'procent', basis: 'ontbreekt', flagged: false });
      continue;
    }
    const flagged = national !== null && growth.percent < national;
    if (flagged) lagging.push(`${name} (${pct(growth.percent)})`);
    figures.push({ label: `Groei ${name}`, regionCode: code, value: growth.percent, unit: 'procent', basis: growth.basis, flagged });
  }
  if (national === null) missing.unshift('landelijke groei');
  const verdict = lagging.length > 0 ? 'voldoet_niet' : missing.length > 0 ? 'onvoldoende_gegevens' : 'voldoet';
  const explanation = national === null
    ? 'Onvoldoende gegevens: de landelijke groei over deze periode is niet bekend.'
    : lagging.length > 0
      ? `Blijft achter bij de landelijke groei van ${pct(national)}: ${list(lagging)}.` + (missing.length ? ` Geen cijfer voor ${list(missing)}.` : '')
      : missing.length > 0
        ? `Geen achterblijvende provincie gevonden, maar geen cijfer voor ${list(missing)}.`
        : `Alle vier provincies groeien minstens zo hard als het land (${pct(national)}).`;
  return { ...base, publishedStatements: statements, verdict, explanation, figures, missing: unique(missing), sources: unique(sources) };
}
