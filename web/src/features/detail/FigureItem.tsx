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

/** `barMax`: draw a bar (value / barMax of the track) before the figure; none when the figure is missing. */
export function FigureItem({ label, figure, barMax }: { label: string; figure: DatedFigureFragment; barMax?: number }) {
  const missing =
    figure.fte.missingReason ?? (figure.asWritten ? `benadering "${figure.asWritten}"` : 'geen gepubliceerd cijfer');
  const value = figure.fte.value;
  return (
    <li data-waarde={value ?? ''}>
      <span>{label}: </span>
      {barMax !== undefined && (
        // The figure beside it says the same in words; the bar is for the eye only.
        <span className="rp-bar-track" aria-hidden="true">
          {value !== null && barMax > 0 && (
            <span className="rp-bar" style={{ width: `${Math.max(0, (value / barMax) * 100)}%` }} />
          )}
        </span>
      )}
      <span>
        {figure.fte.value !== null ? formatFte(figure.fte.value) : <span className="rp-missing">{missing}</span>}
      </span>
      <Sources urls={figure.sources} />
    </li>
  );
}
