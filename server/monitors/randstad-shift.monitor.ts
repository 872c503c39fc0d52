/**
 * "Shrink in the Randstad, grow outside it": per sector and per organisation, the change inside
 * the Randstad against the change outside it. A sector or organisation whose Randstad growth
 * exceeds its growth elsewhere is flagged. Sectors need a figure for every province on both
 * dates; organisations need a delivery on both dates (published data has none per organisation).
 */
import { SECTORS, SECTOR_LABELS } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import type { MonitorInputs } from './monitor-inputs.js';
import type { MonitorFigure, MonitorResult } from './monitor.model.js';
import { unique } from './monitor.model.js';
import { organisationRandstadChange, PROVINCE_CODES } from './monitor.queries.js';
import { provinceSnapshot, sumProvinces } from './snapshot.js';
import { fte, list } from './format.js';

export async function randstadShiftMonitor(db: Queryable, inputs: MonitorInputs): Promise<MonitorResult> {
  const { options } = inputs;
  const inside = options.randstad;
  const outside = PROVINCE_CODES.filter((c) => !inside.includes(c));
  const figures: MonitorFigure[] = [];
  const missing: string[] = [];
  const flagged: string[] = [];
  const sources: string[] = [];
  for (const sector of SECTORS) {
    const [from, to] = await Promise.all([
      provinceSnapshot(db, { peildatum: options.fromPeildatum, dataset: options.dataset, sector }),
      provinceSnapshot(db, { peildatum: options.toPeildatum, dataset: options.dataset, sector }),
    ]);
    const inFrom = sumProvinces(from, inside),
      inTo = sumProvinces(to, inside);
    const outFrom = sumProvinces(from, outside),
      outTo = sumProvinces(to, outside);
    const label = SECTOR_LABELS[sector];
    if (inFrom === null || inTo === null || outFrom === null || outTo === null) {
      missing.push(label);
      continue;
    }
    sources.push(...from.sources, ...to.sources);
    const growthIn = inTo - inFrom;
    const growthOut = outTo - outFrom;
    const isFlagged = growthIn > 0 && growthIn > growthOut;
    if (isFlagged) flagged.push(`${label} (Randstad ${fte(growthIn)}, elders ${fte(growthOut)})`);
    figures.push(
      {
        label: `${label}: verandering in de Randstad`,
        regionCode: null,
        value: growthIn,
        unit: 'fte',
        basis: 'berekend',
        flagged: isFlagged,
      },
      {
        label: `${label}: verandering buiten de Randstad`,
        regionCode: null,
        value: growthOut,
        unit: 'fte',
        basis: 'berekend',
        flagged: false,
      },
    );
  }
  const organisations = await organisationRandstadChange(db, {
    from: options.fromPeildatum,
    to: options.toPeildatum,
    dataset: options.dataset,
    randstad: inside,
  });
  for (const org of organisations) {
    if (org.insideFrom === null || org.outsideFrom === null || org.insideTo === null || org.outsideTo === null) {
      missing.push(org.name);
      continue;
    }
    sources.push(...org.sources);
    const growthIn = org.insideTo - org.insideFrom;
    const growthOut = org.outsideTo - org.outsideFrom;
    const isFlagged = growthIn > 0 && growthIn > growthOut;
    if (isFlagged) flagged.push(`${org.name} (Randstad ${fte(growthIn)}, elders ${fte(growthOut)})`);
    figures.push(
      {
        label: `${org.name}: verandering in de Randstad`,
        regionCode: null,
        value: growthIn,
        unit: 'fte',
        basis: 'berekend',
        flagged: isFlagged,
      },
      {
        label: `${org.name}: verandering buiten de Randstad`,
        regionCode: null,
        value: growthOut,
        unit: 'fte',
        basis: 'berekend',
        flagged: false,
      },
    );
  }
  const verdict = flagged.length > 0 ? 'voldoet_niet' : missing.length > 0 ? 'onvoldoende_gegevens' : 'voldoet';
  const explanation =
    flagged.length > 0
      ? `Groei vooral in de Randstad bij: ${list(flagged)}.` +
        (missing.length ? ` Geen cijfers voor beide peildata voor ${list(missing)}.` : '')
      : figures.length === 0
        ? 'Onvoldoende gegevens: er zijn geen cijfers per provincie en sector of per organisatie voor beide peildata.'
        : missing.length > 0
          ? `Geen sector of organisatie groeit vooral in de Randstad, maar geen cijfers voor ${list(missing)}.`
          : 'In geen enkele sector of organisatie groeit de Randstad harder dan de rest van het land.';
  return {
    id: 'krimp_randstad_groei_buiten',
    title: 'Krimp in de Randstad, groei daarbuiten (per sector en organisatie)',
    fromPeildatum: options.fromPeildatum,
    toPeildatum: options.toPeildatum,
    dataset: options.dataset,
    verdict,
    explanation,
    figures,
    missing,
    sources: unique(sources),
    publishedStatements: [],
  };
}
