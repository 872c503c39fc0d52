/** Drenthe: rijkswerkgelegenheid must not fall on balance. Flags a negative net change. */
import type { MonitorInputs } from './monitor-inputs.js';
import type { MonitorResult } from './monitor.model.js';
import { unique } from './monitor.model.js';
import { provinceGrowth } from './growth.js';
import { date, fte, pct } from './format.js';

const DRENTHE = 'PV22';

export function drentheMonitor(inputs: MonitorInputs): MonitorResult {
  const { from, to, options } = inputs;
  const growth = provinceGrowth(DRENTHE, from, to, inputs.published);
  const base = {
    id: 'drenthe' as const,
    title: 'Drenthe: per saldo geen verlies van rijkswerkgelegenheid',
    fromPeildatum: options.fromPeildatum, toPeildatum: options.toPeildatum, dataset: options.dataset,
    sources: unique(growth.sources),
    publishedStatements: growth.asWritten ? [growth.asWritten] : [],
  };
  const change = growth.fte ?? growth.percent;
  if (change === null) {
    return { ...base, verdict: 'onvoldoende_gegevens', missing: ['Drenthe'], figures: [],
      explanation: `Geen gepubliceerd cijfer voor de verandering in Drenthe tussen ${date(from.peildatum)} en ${date(to.peildatum)}.` };
  }
  const negative = change < 0;
  const figures = [
    ...(growth.fte !== null ? [{ label: 'Saldo Drenthe', regionCode: DRENTHE, value: growth.fte, unit: 'fte' as const, basis: growth.basis, flagged: negative }] : []),
    ...(growth.percent !== null ? [{ label: 'Groei Drenthe', regionCode: DRENTHE, value: growth.percent, unit: 'procent' as const, basis: growth.basis, flagged: negative }] : []),
  ];
  const amount = growth.fte !== null ? fte(growth.fte) : pct(growth.percent!);
  return { ...base, verdict: negative ? 'voldoet_niet' : 'voldoet', missing: [], figures,
    explanation: negative
      ? `De rijkswerkgelegenheid in Drenthe daalde per saldo (${amount}) tussen ${date(from.peildatum)} en ${date(to.peildatum)}.`
      : `De rijkswerkgelegenheid in Drenthe daalde niet per saldo (${amount}) tussen ${date(from.peildatum)} en ${date(to.peildatum)}.` };
}
