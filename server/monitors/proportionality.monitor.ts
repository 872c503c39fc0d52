/**
 * Motie-Bisschop/Inge van Dijk: a more proportional spread over the provinces. For each province,
 * its share of rijkswerkgelegenheid against its share of the population, with the deviation in
 * fte (fte − national total × population share). The spread became more proportional when the
 * total absolute deviation, relative to the national total, fell between the two dates.
 */
import type { MonitorInputs } from './monitor-inputs.js';
import type { MonitorFigure, MonitorResult } from './monitor.model.js';
import { unique } from './monitor.model.js';
import { percent, provinceName, type ProvinceSnapshot } from './snapshot.js';
import type { PopulationRow } from './monitor.queries.js';
import { date, fte, list, pct } from './format.js';

export interface ProvinceProportion {
  code: string;
  fteShare: number;
  populationShare: number;
  deviationFte: number;
}

export function proportions(
  snapshot: ProvinceSnapshot,
  population: PopulationRow[],
): { rows: ProvinceProportion[]; missing: string[] } {
  const totalPopulation = population.reduce((sum, p) => sum + p.inhabitants, 0);
  const missing = population.filter((p) => snapshot.provinces.get(p.regionCode)?.fte == null).map((p) => p.regionCode);
  if (snapshot.national === null || totalPopulation === 0)
    return { rows: [], missing: population.map((p) => p.regionCode) };
  const rows = population
    .filter((p) => snapshot.provinces.get(p.regionCode)?.fte != null)
    .map((p) => {
      const value = snapshot.provinces.get(p.regionCode)!.fte!;
      const populationShare = percent(p.inhabitants, totalPopulation);
      return {
        code: p.regionCode,
        fteShare: percent(value, snapshot.national!),
        populationShare,
        deviationFte: value - (snapshot.national! * populationShare) / 100,
      };
    });
  return { rows, missing };
}

/** Sum of |deviation| as a share of the national total: 0 is a perfectly proportional spread. */
export function disproportion(rows: ProvinceProportion[], national: number): number {
  return percent(
    rows.reduce((sum, r) => sum + Math.abs(r.deviationFte), 0),
    national,
  );
}

export function proportionalityMonitor(inputs: MonitorInputs): MonitorResult {
  const { from, to, options, population } = inputs;
  const base = {
    id: 'evenredigheid' as const,
    title: 'Motie-Bisschop/Inge van Dijk: evenrediger spreiding over de provincies',
    fromPeildatum: options.fromPeildatum,
    toPeildatum: options.toPeildatum,
    dataset: options.dataset,
    publishedStatements: [] as string[],
  };
  const now = proportions(to, population);
  const before = proportions(from, population);
  const sources = unique([...to.sources, ...from.sources, ...population.map((p) => p.sourceUrl)]);
  const figures: MonitorFigure[] = now.rows.flatMap((r) => [
    {
      label: `Aandeel ${provinceName(to, r.code)} in rijkswerkgelegenheid`,
      regionCode: r.code,
      value: r.fteShare,
      unit: 'procent' as const,
      basis: 'berekend' as const,
      flagged: r.fteShare < r.populationShare,
    },
    {
      label: `Aandeel ${provinceName(to, r.code)} in bevolking`,
      regionCode: r.code,
      value: r.populationShare,
      unit: 'procent' as const,
      basis: 'berekend' as const,
      flagged: false,
    },
    {
      label: `Afwijking ${provinceName(to, r.code)} t.o.v. evenredig`,
      regionCode: r.code,
      value: r.deviationFte,
      unit: 'fte' as const,
      basis: 'berekend' as const,
      flagged: r.deviationFte < 0,
    },
  ]);
  const populationNote = population[0]
    ? ` Bevolking per ${date(population[0].peildatum)} (CBS).`
    : ' Geen bevolkingscijfers.';
  const missing = unique([...now.missing, ...before.missing].map((c) => provinceName(to, c)));
  if (missing.length > 0 || to.national === null || from.national === null || population.length === 0) {
    const partial = now.rows.map(
      (r) =>
        `${provinceName(to, r.code)} ${pct(r.fteShare)} van de fte bij ${pct(r.populationShare)} van de bevolking (${fte(r.deviationFte)} t.o.v. evenredig)`,
    );
    return {
      ...base,
      verdict: 'onvoldoende_gegevens',
      missing,
      sources,
      figures,
      explanation:
        `Onvoldoende gegevens om de spreiding te beoordelen: geen cijfer voor ${list(missing) || 'het landelijk totaal'}.` +
        (partial.length ? ` Wel bekend: ${partial.join('; ')}.` : '') +
        populationNote,
    };
  }
  const d0 = disproportion(before.rows, from.national);
  const d1 = disproportion(now.rows, to.national);
  const better = d1 < d0;
  return {
    ...base,
    verdict: better ? 'voldoet' : 'voldoet_niet',
    missing: [],
    sources,
    figures,
    explanation: `De scheefheid (som van afwijkingen als aandeel van het totaal) ging van ${pct(d0)} naar ${pct(d1)}: de spreiding werd ${better ? 'evenrediger' : 'niet evenrediger'}.${populationNote}`,
  };
}
