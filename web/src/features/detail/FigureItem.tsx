/** One dated or per-sector figure in the region panel, with its sources; missing stays missing. */
import { graphql } from '../../gql/index.js';
import type { DatedFigureFragment } from '../../gql/graphql.js';
import { formatFte } from '../../lib/format.js';
import { Sources } from '../table/RegionTable.js';

/** What a figure line (and the trend chart) reads of Region.fte; the panel's queries spread it. */
export const DATED_FIGURE = graphql(`
  fragment DatedFigure on RegionFte { fte { value missingReason } asWritten sources }
`);

export type DatedFigure = DatedFigureFragment & { key: string };

export function FigureItem({ label, figure }: { label: string; figure: DatedFigureFragment }) {
  const missing = figure.fte.missingReason ?? (figure.asWritten ? `benadering "${figure.asWritten}"` : 'geen gepubliceerd cijfer');
  return (
    <li>
      <span>{label}: </span>
      <span>{figure.fte.value !== null ? formatFte(figure.fte.value) : <span className="rp-missing">{missing}</span>}</span>
      <Sources urls={figure.sources} />
    </li>
  );
}
