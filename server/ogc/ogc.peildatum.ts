/**
 * Which peildatum a region collection shows when the request does not name one, and what OGC's
 * `datetime` selects. A GIS client sends no parameters of its own, so the default must be a
 * peildatum that has figures on this level: the newest peildatum overall may hold only national
 * totals, and then every region would be empty. With datetime, the newest peildatum inside the
 * interval that has figures (else the newest inside it); none inside → no features at all.
 */
import type { Queryable } from '../common/sql.js';
import { regionFigures } from '../fte/region-figures.service.js';
import { peildatums } from '../fte/fte.queries.js';
import type { Collection } from './collections.model.js';
import type { DataParams } from './features.service.js';
import { inRange, type DateRange } from './ogc.datetime.js';

/** DataParams with the peildatum settled; `empty` when datetime matches no peildatum. */
export async function resolvePeildatum(
  db: Queryable,
  collection: Collection,
  data: DataParams,
  range?: DateRange,
): Promise<DataParams> {
  const level = collection.regionLevel;
  if (!level || data.figures.peildatum !== undefined) return data;
  const candidates = (await peildatums(db, data.dataset)).filter((date) => !range || inRange(date, range));
  if (range && candidates.length === 0) return { ...data, empty: true };
  for (const peildatum of candidates) {
    const { figures } = await regionFigures(db, { level, dataset: data.dataset, ...data.figures, peildatum });
    if (figures.some((figure) => figure.fte !== null)) return { ...data, figures: { ...data.figures, peildatum } };
  }
  return candidates[0] ? { ...data, figures: { ...data.figures, peildatum: candidates[0] } } : data;
}
