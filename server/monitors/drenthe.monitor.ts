/**
 * Drenthe: rijkswerkgelegenheid must not fall on balance. Judged on the change's interval at its
 * precision: flagged when it is surely negative, fine when surely not, otherwise no verdict.
 */
import { PRECISION_LABELS } from '../../common/domain.js';
import { describeInterval } from '../statements/statement-precision.service.js';
import { quoted } from '../statements/published-statement.model.js';
import type { MonitorInputs } from './monitor-inputs.js';
import type { MonitorFigure, MonitorResult } from './monitor.model.js';
import { unique } from './monitor.model.js';
import { provinceGrowth } from './growth.js';
import { date, fte, pct } from './format.js';

const DRENTHE = 'PV22';

export function drentheMonitor(inputs: MonitorInputs): MonitorResult {
  const { from, to, options } = inputs;
  const growth = provinceGrowth(DRENTHE, from, to, inputs.published);
  const between = `tussen ${date(from.peildatum)} en ${date(to.peildatum)}`;
  const base = {
    id: 'drenthe' as const,
    title: 'Drenthe: per saldo geen verlies van rijkswerkgelegenheid',
    fromPeildatum: options.fromPeildatum,
    toPeildatum: options.toPeildatum,
    dataset: options.dataset,
    sources: unique(growth.sources),
    publishedStatements: growth.statement ? [quoted(growth.statement)] : [],
  };
  const interval = growth.interval ?? (growth.fte !== null ? { low: growth.fte, high: growth.fte } : null);
  if (interval === null) {
    return {
      ...base,
      verdict: 'onvoldoende_gegevens',
      missing: [`verandering Drenthe ${between}`],
      figures: [],
      explanation: `Onvoldoende gegevens: geen gepubliceerd cijfer voor de verandering in Drenthe ${between}.`,
    };
  }
  const negative = interval.high < 0;
  const decided = negative || interval.low >= 0;
  const extra = { precision: growth.precision, asWritten: growth.asWritten };
  const figures: MonitorFigure[] = [
    ...(growth.fte !== null
      ? [
          {
            label: 'Saldo Drenthe',
            regionCode: DRENTHE,
            value: growth.fte,
            unit: 'fte' as const,
            basis: growth.basis,
            flagged: negative,
            ...extra,
          },
        ]
      : []),
    ...(growth.fte === null || growth.percent !== null
      ? [
          {
            label: 'Groei Drenthe',
            regionCode: DRENTHE,
            value: growth.percent,
            unit: 'procent' as const,
            basis: growth.basis,
            flagged: negative,
            ...extra,
          },
        ]
      : []),
  ];
  const amount =
    growth.basis === 'berekend'
      ? growth.fte !== null
        ? fte(growth.fte)
        : pct(growth.percent!)
      : `${growth.asWritten}, ${PRECISION_LABELS[growth.precision ?? 'exact']}`;
  if (!decided) {
    return {
      ...base,
      verdict: 'onvoldoende_gegevens',
      missing: [],
      figures,
      explanation:
        `Geen oordeel: de verandering in Drenthe ${between} (${amount}) ligt ${describeInterval(interval)}; ` +
        'die precisie laat niet zien of Drenthe per saldo daalde.',
    };
  }
  return {
    ...base,
    verdict: negative ? 'voldoet_niet' : 'voldoet',
    missing: [],
    figures,
    explanation: negative
      ? `De rijkswerkgelegenheid in Drenthe daalde per saldo (${amount}) ${between}.`
      : `De rijkswerkgelegenheid in Drenthe daalde niet per saldo (${amount}) ${between}.`,
  };
}
