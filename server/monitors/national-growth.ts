/** National growth between two reference dates, from the published (or demonstration) totals. */
import type { Dataset } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import type { PublishedStatement } from '../statements/published-statement.model.js';
import { changesForPeriod } from '../statements/statement.queries.js';
import { nationalGrowthOf, type Growth } from './growth.js';
import { provinceSnapshot } from './snapshot.js';
import { fte } from './format.js';

export interface NationalGrowth extends Growth {
  fromFte: number | null;
  toFte: number | null;
  /** Every published national statement about this period (sector totals excluded), with its precision. */
  published: PublishedStatement[];
  /** Where a published exact growth differs from the growth computed from the published totals. */
  discrepancies: string[];
}

export async function nationalGrowth(
  db: Queryable,
  options: { from: string; to: string; dataset: Dataset },
): Promise<NationalGrowth> {
  const from = await provinceSnapshot(db, { peildatum: options.from, dataset: options.dataset });
  const to = await provinceSnapshot(db, { peildatum: options.to, dataset: options.dataset });
  const all = options.dataset === 'gepubliceerd' ? await changesForPeriod(db, options.from, options.to) : [];
  const published = all.filter((s) => s.regionCode === null && s.regionLabel === 'Nederland');
  const growth = nationalGrowthOf(from, to, published);
  return {
    ...growth,
    fromFte: from.national,
    toFte: to.national,
    published,
    discrepancies: discrepancies(growth, published),
  };
}

/** "Gepubliceerd 14.873 fte …; uit de totalen 14.874 fte: de bronnen verschillen 1 fte." */
function discrepancies(growth: Growth, published: PublishedStatement[]): string[] {
  if (growth.basis !== 'berekend' || growth.fte === null) return [];
  return published
    .filter(
      (s) =>
        s.value !== null &&
        s.precision === 'exact' &&
        FTE_UNITS.has(s.unit ?? '') &&
        /groei/.test(s.metric) &&
        s.value !== growth.fte,
    )
    .map(
      (s) =>
        `Gepubliceerd: ${fte(s.value!)} (${s.asWritten}; ${s.sourceTitle ?? s.sourceUrl}${s.sourceDate ? `, ${s.sourceDate}` : ''}); ` +
        `uit de gepubliceerde totalen volgt ${fte(growth.fte!)}: de bronnen verschillen ${fte(Math.abs(growth.fte! - s.value!))}.`,
    );
}

const FTE_UNITS = new Set(['fte', 'voltijdsbanen']);
