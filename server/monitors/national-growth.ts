/** National growth between two reference dates, from the published (or demonstration) totals. */
import type { Dataset } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import { nationalGrowthOf, type Growth } from './growth.js';
import { publishedChanges } from './monitor.queries.js';
import { provinceSnapshot } from './snapshot.js';

export async function nationalGrowth(db: Queryable, options: { from: string; to: string; dataset: Dataset }): Promise<Growth & { fromFte: number | null; toFte: number | null }> {
  const from = await provinceSnapshot(db, { peildatum: options.from, dataset: options.dataset });
  const to = await provinceSnapshot(db, { peildatum: options.to, dataset: options.dataset });
  const published = options.dataset === 'gepubliceerd' ? await publishedChanges(db, { from: options.from, to: options.to, regionCodes: [null] }) : [];
  return { ...nationalGrowthOf(from, to, published), fromFte: from.national, toFte: to.national };
}
