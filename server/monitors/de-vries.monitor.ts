/**
 * Motie-De Vries: growth in Fryslân, Drenthe, Zeeland and Limburg must not lag the national
 * growth. Each province's growth (from levels, else the published statement for the same period,
 * with its precision) is compared with national growth at the precision of the weaker of the two:
 * "rond 2 procent" against 3,2 % lags, "3 procent" (afgerond: 2,5–3,5 %) against 3,2 % cannot be
 * judged, "afname" against +5,2 % lags. What cannot be compared is named, never read as a finding.
 */
import type { MonitorInputs } from './monitor-inputs.js';
import type { MonitorFigure, MonitorResult, Verdict } from './monitor.model.js';
import { unique } from './monitor.model.js';
import { provinceGrowth, type Growth } from './growth.js';
import { provinceName } from './snapshot.js';
import { date, list, pct } from './format.js';
import { compare, describeInterval } from '../statements/statement-precision.service.js';
import { PRECISION_LABELS } from '../../common/domain.js';
import { quoted } from '../statements/published-statement.model.js';

/** Fryslân, Drenthe, Zeeland, Limburg. */
export const DE_VRIES_PROVINCES = ['PV21', 'PV22', 'PV29', 'PV31'];

interface Outcome {
  name: string;
  growth: Growth;
  result: 'achter' | 'niet_achter' | 'onbepaald' | 'ontbreekt';
}

export function deVriesMonitor(inputs: MonitorInputs): MonitorResult {
  const { from, to, options, nationalGrowth: national } = inputs;
  const period = `${date(from.peildatum)} → ${date(to.peildatum)}`;
  const outcomes = DE_VRIES_PROVINCES.map((code): Outcome & { code: string } => {
    const growth = provinceGrowth(code, from, to, inputs.published);
    const name = provinceName(to, code);
    if (!growth.interval) return { code, name, growth, result: 'ontbreekt' };
    if (!national.interval) return { code, name, growth, result: 'onbepaald' };
    const c = compare(growth.interval, national.interval);
    return {
      code,
      name,
      growth,
      result: c === 'lager' ? 'achter' : c === 'hoger' ? 'niet_achter' : exactTie(growth, national),
    };
  });
  const figures: MonitorFigure[] = [
    figureOf(`Landelijke groei ${period}`, null, national, false),
    ...outcomes.map((o) => figureOf(`Groei ${o.name}`, o.code, o.growth, o.result === 'achter')),
  ];
  const missing = [
    ...(national.interval ? [] : [`landelijke groei ${period}`]),
    ...outcomes.filter((o) => o.result === 'ontbreekt').map((o) => `groei ${o.name} ${period}`),
  ];
  const statements = outcomes.filter((o) => o.growth.statement).map((o) => `${o.name}: ${quoted(o.growth.statement!)}`);
  const sources = unique([...national.sources, ...outcomes.flatMap((o) => o.growth.sources)]);
  return {
    id: 'de_vries',
    title: 'Motie-De Vries: groei in Fryslân, Drenthe, Zeeland en Limburg',
    fromPeildatum: options.fromPeildatum,
    toPeildatum: options.toPeildatum,
    dataset: options.dataset,
    verdict: verdictOf(outcomes, national),
    explanation: explain(outcomes, national, period),
    figures,
    missing: unique(missing),
    sources,
    publishedStatements: statements,
  };
}

/** Equal exact figures do not lag; an overlap of rounded figures cannot be decided. */
function exactTie(growth: Growth, national: Growth): Outcome['result'] {
  return growth.precision === 'exact' && national.precision === 'exact' ? 'niet_achter' : 'onbepaald';
}

function verdictOf(outcomes: Outcome[], national: Growth): Verdict {
  if (outcomes.some((o) => o.result === 'achter')) return 'voldoet_niet';
  if (!national.interval || outcomes.some((o) => o.result !== 'niet_achter')) return 'onvoldoende_gegevens';
  return 'voldoet';
}

function figureOf(label: string, regionCode: string | null, growth: Growth, flagged: boolean): MonitorFigure {
  return {
    label,
    regionCode,
    value: growth.percent,
    unit: 'procent',
    basis: growth.basis,
    flagged,
    precision: growth.precision,
    asWritten: growth.asWritten,
  };
}

/** "3,2 % (exact, uit de totalen)", "rond 2 procent (benadering)", "afname (alleen richting)". */
function describe(growth: Growth): string {
  const words = growth.basis === 'berekend' || growth.asWritten === null ? pct(growth.percent!) : growth.asWritten;
  const how = growth.basis === 'berekend' ? 'exact, uit de totalen' : PRECISION_LABELS[growth.precision ?? 'exact'];
  return `${words} (${how})`;
}

function explain(outcomes: Outcome[], national: Growth, period: string): string {
  const names = (result: Outcome['result']) => outcomes.filter((o) => o.result === result);
  const absent = names('ontbreekt').map((o) => o.name);
  if (!national.interval) {
    return (
      `Onvoldoende gegevens: er is geen gepubliceerd cijfer voor de landelijke groei ${period}, dus niets vergeleken.` +
      (absent.length ? ` Ook geen cijfer voor de groei van ${list(absent)}.` : '')
    );
  }
  if (absent.length === outcomes.length) {
    return (
      `Onvoldoende gegevens: geen gepubliceerd cijfer voor de groei van ${list(absent)} ${period}; niets vergeleken ` +
      `met de landelijke groei van ${describe(national)}.`
    );
  }
  const parts: string[] = [];
  const lagging = names('achter');
  if (lagging.length)
    parts.push(
      `Blijft achter bij de landelijke groei van ${describe(national)}: ${list(lagging.map((o) => `${o.name} ${describe(o.growth)}`))}.`,
    );
  const fine = names('niet_achter');
  if (fine.length)
    parts.push(
      `Niet achter: ${list(fine.map((o) => `${o.name} ${describe(o.growth)}`))}${lagging.length ? '' : ` tegen landelijk ${describe(national)}`}.`,
    );
  for (const o of names('onbepaald')) {
    parts.push(
      `Geen oordeel over ${o.name}: ${describe(o.growth)} betekent ${describeInterval(o.growth.interval!)}, ` +
        `tegen landelijk ${describe(national)}; die precisie laat niet zien of ${o.name} achterblijft.`,
    );
  }
  if (absent.length)
    parts.push(`Onvoldoende gegevens voor ${list(absent)}: geen gepubliceerd cijfer voor de groei ${period}.`);
  return parts.join(' ');
}
